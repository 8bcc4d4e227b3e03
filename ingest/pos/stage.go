package pos

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Stage is the pipeline stage: fills Token.UPOS/XPOS of every sentence of a.
// It needs the tokens and sentences of an earlier segmentation stage. A nil
// Tagger means the embedded model (Default).
type Stage struct{ Tagger *Tagger }

// Name implements ingest.Stage.
func (Stage) Name() string { return "pos" }

// Process implements ingest.Stage: it tags the words of each sentence of a,
// and returns an error if a sentence's token range is out of bounds.
func (s Stage) Process(ctx context.Context, a *dossier.Analysis) error {
	if a == nil {
		return errors.New("pos: nil analysis")
	}
	t := s.Tagger
	if t == nil {
		var err error
		if t, err = Default(); err != nil {
			return err
		}
	}
	var words []string
	for si, sent := range a.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if sent.First < 0 || sent.First > sent.Last || sent.Last > len(a.Tokens) {
			return fmt.Errorf("pos: sentence %d has tokens %d..%d of %d", si, sent.First, sent.Last, len(a.Tokens))
		}
		toks := a.Tokens[sent.First:sent.Last]
		words = words[:0]
		for i := range toks {
			words = append(words, toks[i].Text)
		}
		t.TagFunc(words, func(i int, tag Tag) {
			toks[i].UPOS, toks[i].XPOS = tag.UPOS, tag.XPOS
			// "Moody's downgraded Kenya's rating": after a possessive
			// name the model can read a lower-case past form as part of
			// a name; a proper noun is capitalised.
			if tag.UPOS == "PROPN" && pastForm(words[i]) {
				toks[i].UPOS, toks[i].XPOS = "VERB", "VBD"
			}
			// "The commission on Tuesday fined Veltrix": a past form
			// right after a weekday and before its object is the verb
			// the wire puts the day before, not an adjective.
			if tag.UPOS == "ADJ" && pastForm(words[i]) && afterDay(words, i) && i+1 < len(words) && objectStart(words[i+1]) {
				toks[i].UPOS, toks[i].XPOS = "VERB", "VBD"
			}
		})
		currencyNouns(toks)
		nounsAfterDeterminers(toks)
		verbOfNounPhrase(toks)
		faceVerb(toks)
	}
	return nil
}

// verbOfNounPhrase retags the verb of a sentence the model read as one
// long noun phrase: "The dam burst on 14 August 2022, flooding three
// villages" has no finite verb when "burst" is taken for the head of "dam
// burst". In a sentence without a finite verb, a past form that is
// also a noun, right after a noun and before a preposition, a comma or the
// end, is the verb such a sentence lacks.
func verbOfNounPhrase(toks []dossier.Token) {
	for i := range toks {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	// "The CVM fined Marcos and Paulo Ferraz 45 million reais": a past
	// participle between a name and its object is the past tense.
	for i := 1; i+1 < len(toks); i++ {
		// ("Moody's downgraded Peru's credit rating": past a possessive
		// ending of the name.)
		name := toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "NOUN" || i >= 2 && (toks[i-1].Text == "'s" || toks[i-1].Text == "’s") && toks[i-2].UPOS == "PROPN"
		if toks[i].XPOS == "VBN" && name &&
			(toks[i+1].UPOS == "PROPN" || toks[i+1].UPOS == "DET" || toks[i+1].UPOS == "PRON" && toks[i+1].XPOS == "PRP") {
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBD"
			return
		}
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].UPOS != "NOUN" || !nounPasts[toks[i].Text] || toks[i-1].UPOS != "NOUN" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].UPOS != "ADP" && toks[i+1].UPOS != "PUNCT" && toks[i+1].UPOS != "ADV" {
			continue
		}
		toks[i].UPOS, toks[i].XPOS = "VERB", "VBD"
		return
	}
}

// currencyNouns retags a currency read as a verb after an amount: "fined
// Marcos and Paulo Ferraz 45 million reais" (the model has seen few reais).
func currencyNouns(toks []dossier.Token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].UPOS == "VERB" && currencies[strings.ToLower(toks[i].Text)] && toks[i-1].UPOS == "NUM" {
			toks[i].UPOS, toks[i].XPOS = "NOUN", "NNS"
		}
	}
}

// nounsAfterDeterminers retags a present-tense verb form right after an
// article (past a number) as a plural noun: "charged the two suspects,
// Alnur Sahiron and Jimmy Asdani" has no verb "suspects".
func nounsAfterDeterminers(toks []dossier.Token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].XPOS != "VBZ" || !strings.HasSuffix(toks[i].Text, "s") {
			continue
		}
		j := i - 1
		if toks[j].UPOS == "NUM" && j > 0 {
			j--
		}
		switch strings.ToLower(toks[j].Text) {
		case "the", "a", "an", "these", "those", "its", "their", "his", "her":
			toks[i].UPOS, toks[i].XPOS = "NOUN", "NNS"
		}
	}
}

// currencies are the plural names of currencies.
var currencies = map[string]bool{"reais": true, "rupees": true, "pesos": true, "rand": true, "yuan": true, "yen": true,
	"naira": true, "shillings": true, "dirhams": true, "riyals": true, "euros": true, "dollars": true, "pounds": true,
	"francs": true, "kwacha": true, "cedis": true, "birr": true, "taka": true, "lira": true, "soles": true, "rubles": true,
	"roubles": true, "hryvnias": true, "dinars": true, "tenge": true, "lari": true, "manat": true, "lei": true, "zlotys": true,
	"forints": true, "crowns": true, "kronor": true, "kroner": true, "ringgit": true, "baht": true, "dong": true, "rupiah": true,
	"won": false, "leva": true, "drams": true, "somoni": true, "afghanis": true, "kyat": true, "riels": true, "bolivianos": true}

// faceVerb retags "face" read as a noun between a name and what is faced:
// "Sichilima and Phiri face charges of money laundering", "Two officers
// face trial".
func faceVerb(toks []dossier.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].UPOS != "NOUN" || toks[i].Text != "face" && toks[i].Text != "faces" || !faced[toks[i+1].Text] {
			continue
		}
		if p := toks[i-1].UPOS; p != "PROPN" && p != "PRON" && p != "NOUN" {
			continue
		}
		toks[i].UPOS, toks[i].XPOS = "VERB", "VBP"
		if toks[i].Text == "faces" {
			toks[i].XPOS = "VBZ"
		}
	}
}

// faced are the words that open what a defendant faces.
var faced = map[string]bool{"charges": true, "charge": true, "trial": true, "prosecution": true, "jail": true, "prison": true,
	"extradition": true, "deportation": true, "life": true, "death": true, "up": true}

// nounPasts are past forms the same as a noun ("a burst", "a hit").
var nounPasts = map[string]bool{"burst": true, "hit": true, "split": true, "spread": true, "cut": true, "shut": true,
	"struck": true, "fell": true, "rose": true, "broke": true, "sank": true, "slid": true, "surged": true, "crashed": true}

// pastForm reports whether w is a lower-case word of five letters or more
// ending in "ed".
func pastForm(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// weekdays are the days a wire story puts before its verb: "on Tuesday
// fined".
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "yesterday": true, "today": true}

// afterDay reports whether word i follows a weekday, directly or past a
// date set off by commas: "on Tuesday fined", "on Tuesday, March 11,
// 2025, fined".
func afterDay(words []string, i int) bool {
	if i > 0 && weekdays[words[i-1]] {
		return true
	}
	if i < 2 || words[i-1] != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		w := words[k]
		if weekdays[w] {
			return true
		}
		if w != "," && !months[w] && (w == "" || w[0] < '0' || w[0] > '9') {
			return false
		}
	}
	return false
}

// months are the months a date between a weekday and a verb may name.
var months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Sep.": true, "Oct.": true, "Nov.": true, "Dec.": true}

// objectStart reports whether w may open a verb's object: a capitalised
// word, a determiner or a possessive pronoun.
func objectStart(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "two", "three", "four", "five", "several", "more":
		return true
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
