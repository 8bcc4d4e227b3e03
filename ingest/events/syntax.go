package events

import (
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/parse"
)

// args are the arguments of a verbal trigger read from the parse.
type args struct {
	subj, obj, agents []*smention
	passive           bool
	ok                bool
	// nominalSubj and hasObj say the parse found a subject noun or an
	// object that names no entity ("the authorities", "the ban"): then the
	// surface rules must not guess one.
	nominalSubj, hasObj bool
	// modifier says the verb is a participle modifying a noun: its
	// undergoer is that noun and nothing else.
	modifier bool
}

// syntaxArgs reads the subject, object and passive agent of the verb at
// token v from the dependency parse: shared subjects of coordinated verbs,
// controlled subjects of infinitives ("agreed to take them in"), relative
// pronouns resolved to their noun ("Rama, who cut ties"), the subject a
// participle clause modifies ("Founded in 1965, it...").
// auxWords are the auxiliaries between a subject and its verb.
var auxWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"been": true, "be": true, "being": true}

func (s *sentence) syntaxArgs(v int) args {
	if !s.parsed {
		return args{}
	}
	ps := s.view()
	// A verb the parse attached as an adjective ("began attacking
	// merchant ships" read as "attacking ships") has no arguments there:
	// the surface rules read it.
	if ps.Rel(v) == "amod" {
		return args{}
	}
	var a args
	a.ok = true
	a.passive = ps.Passive(v)
	// A subject given by the governor's "for" oblique is as explicit as
	// the verb's own: "called for the cabinet to step down".
	inherited := len(ps.Children(v, "nsubj", "nsubj:pass", "csubj", "csubj:pass")) == 0 && !ps.Controlled(v)
	// "protesters detained during demonstrations": a participle modifying
	// a noun is about that noun, named or not.
	a.modifier = inherited && ps.Rel(v) == "acl"
	// "was first detained in March 2020 and sentenced that December": a
	// bare participle conjoined to a passive is passive too.
	// (A past form the tagger called a past tense as well, unless it has
	// an object of its own: "was detained and sentenced him".)
	if inherited && !a.passive && (s.toks[v].XPOS == "VBN" || s.toks[v].XPOS == "VBD") && ps.Rel(v) == "conj" && ps.Child(v, "aux") < 0 &&
		ps.Head(v) >= 0 && ps.Head(v) < v && ps.Passive(ps.Head(v)) && !slices.ContainsFunc(ps.Objects(v), func(o int) bool {
		return s.toks[o].UPOS == "PRON" || s.Covering(o) >= 0 && s.toks[o].UPOS == "PROPN" && !s.inDate(o)
	}) {
		a.passive = true
	}
	if inherited && s.toks[v].XPOS == "VBN" && ps.Child(v, "aux") < 0 && ps.Rel(v) != "conj" {
		// A bare past participle takes its subject from the clause it
		// modifies, and that subject undergoes the action.
		a.passive = true
	}
	subjects := ps.Subjects(v)
	// A verb has one subject: of two the parse gave it before it, the
	// nearer ("The rebel leader, Ali Saleh, was among those killed, the
	// ministry said": the ministry said it).
	// (A comma parts them; not "Lord Justice Rix and Mr Justice Forbes
	// ruled", "Airbus this week announced".)
	if n := len(subjects); n > 1 && subjects[n-1] < v && subjects[n-2] < subjects[n-1] && len(ps.Children(v, "nsubj")) > 1 &&
		slices.Contains(s.lower[subjects[n-2]:subjects[n-1]], ",") {
		subjects = subjects[n-1:]
	}
	// "after his predecessor, Kaja Kallas, resigned to become ...", parsed
	// as a verb conjoined to the main one: a name set off by commas right
	// before the verb is its subject, not the main clause's.
	// So is it of an infinitive that verb controls ("to become").
	cv := v
	if ps.Rel(v) == "xcomp" && len(ps.Children(v, "nsubj", "nsubj:pass")) == 0 && ps.Head(v) < v {
		cv = ps.Head(v)
	}
	// (Past its auxiliaries: "after his father, Idriss Deby Itno, was
	// killed".)
	p := cv - 1
	for p > 0 && auxWords[s.lower[p]] {
		p--
	}
	if p >= 1 && ps.Rel(cv) == "conj" && len(ps.Children(cv, "nsubj", "nsubj:pass")) == 0 && s.lower[p] == "," {
		if m := s.mentionEndingAt(p - 1); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" && m.First > 0 && s.lower[m.First-1] == "," {
			a.subj = append(a.subj, m)
			subjects = nil
		}
	}
	// "Harlow's chief executive, Richard Stanton, said", parsed with
	// Harlow as the subject: a person set off after a title right before
	// the verb is its subject.
	if v >= 4 && s.lower[v-1] == "," && len(a.subj) == 0 {
		// ("The mayor of the Spanish resort town of Marbella, Carmen
		// Villalba, resigned": the title is the verb's subject.)
		titledSubject := slices.ContainsFunc(ps.Children(v, "nsubj", "nsubj:pass"), func(c int) bool { return titleHeadWords[s.lower[c]] && c < v })
		if m := s.mentionEndingAt(v - 2); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" && m.First >= 2 && s.lower[m.First-1] == "," &&
			((titleHeadWords[s.lower[m.First-2]] || slices.Contains(militaryNouns, s.lower[m.First-2])) && !s.inMention(m.First-2) || titledSubject) {
			a.subj = append(a.subj, m)
			subjects = nil
		}
	}
	// "She tested positive ..., the Athletics Integrity Unit (AIU) said",
	// parsed with "said" and the name conjoined to "tested": the name set
	// off before a closing saying verb is its speaker.
	if ps.Rel(v) == "conj" && len(ps.Children(v, "nsubj", "nsubj:pass")) == 0 && saidForms[s.lower[v]] {
		if m := s.setOffBefore(v); m != nil {
			a.subj = append(a.subj, m)
			subjects = nil
		}
	}
	for _, h := range subjects {
		// "The agency said Falk, 52, was detained", with Falk parsed as a
		// second subject of "said": a verb with a subject before it has
		// none after it.
		if h > v && slices.ContainsFunc(subjects, func(x int) bool { return x < v }) {
			continue
		}
		a.subj = append(a.subj, s.argMentions(ps, h)...)
		if inherited {
			// A subject taken over from another clause is the parse's
			// weakest guess: the surface rules may still find a better one.
			// (Not a controller: "said helicopters would begin airlifting
			// residents" is the helicopters' airlift, not the speaker's.)
			if ps.Rel(v) == "xcomp" && (s.toks[v].XPOS == "VB" || s.toks[v].XPOS == "VBG") && h < v && s.toks[h].UPOS == "NOUN" && ps.Head(v) == ps.Head(h) {
				a.nominalSubj = true
			}
			// "Gunmen attacked a village near Kaabong, Uganda, killing six
			// herders": the participle's doer is the clause's subject, not
			// the place named before the comma.
			if ps.Rel(v) == "advcl" && s.toks[v].XPOS == "VBG" && h < v && s.toks[h].UPOS == "NOUN" && ps.Head(h) == ps.Head(v) && !sayingGerunds[s.lower[v]] {
				a.nominalSubj = true
			}
			// "Soldiers detained President Abdul Kamara on Tuesday and
			// dissolved the government": a second verb shares the first
			// one's unnamed subject, not the object named between them.
			if ps.Rel(v) == "conj" && h < v && s.toks[h].UPOS == "NOUN" && ps.Head(v) == ps.Head(h) && s.Covering(h) < 0 && len(s.argMentions(ps, h)) == 0 {
				a.nominalSubj = true
			}
			continue
		}
		switch s.toks[h].UPOS {
		case "NOUN", "PROPN", "PRON":
			// An unresolved relative pronoun leaves the subject to the
			// surface rules, which find its antecedent.
			switch s.lower[h] {
			case "who", "which", "that", "whom":
			default:
				a.nominalSubj = true
			}
		}
	}
	for _, h := range ps.Objects(v) {
		a.obj = append(a.obj, s.argMentions(ps, h)...)
		a.hasObj = true
	}
	for _, h := range ps.Agents(v) {
		a.agents = append(a.agents, s.argMentions(ps, h)...)
	}
	// "Bumi Logam chief executive Rudi Hartono and Serra Verde chairman
	// Paulo Azevedo signed", which the parse reads as one name: a person
	// before "and", a body and a title is a second subject.
	if len(a.subj) == 1 && a.subj[0].Type == dossier.Person && a.subj[0].First < v && !slices.ContainsFunc(s.lower[a.subj[0].Last:v], func(w string) bool {
		return w == "," || w == "\"" || w == "”" || w == "''"
	}) {
		if m := s.titledConjunctBefore(a.subj[0]); m != nil {
			a.subj = append([]*smention{m}, a.subj...)
		}
	}
	// "Kamara had President Conte arrested", "got him fired": a
	// participle after causative "have" or "get" is done to its subject,
	// by the subject of the causative.
	if r := ps.Rel(v); (r == "ccomp" || r == "xcomp") && !a.hasObj && (s.toks[v].XPOS == "VBN" || s.toks[v].XPOS == "VBD") {
		if h := ps.Head(v); h >= 0 && h < v && causatives[s.lower[h]] && slices.ContainsFunc(ps.Subjects(v), func(x int) bool { return x > h && x < v }) {
			a.passive = true
			a.agents = nil
			for _, c := range ps.Subjects(h) {
				a.agents = append(a.agents, s.argMentions(ps, c)...)
			}
		}
	}
	return a
}

func (s *sentence) view() parse.Sentence {
	return parse.Sentence{Tokens: s.toks, Offset: s.first}
}

// argMentions returns the entity mentions an argument headed by token h
// refers to: the mention at h, else the nearest mention inside its noun
// phrase (a demonym modifier, an "of" complement: "3,000 members of the
// PMOI"), for h and each of its conjuncts.
func (s *sentence) argMentions(ps parse.Sentence, h int) []*smention {
	var out []*smention
	heads := append([]int{h}, ps.Children(h, "conj")...)
	for _, x := range heads {
		m, at := s.mentionIn(ps, x)
		if m == nil {
			out = append(out, s.pair(x)...)
			continue
		}
		out = append(out, m)
		// "three graduates, A, B and C, founded": the conjuncts of an
		// apposition count too.
		if at != x {
			for _, c := range ps.Children(at, "conj") {
				if cm, _ := s.mentionIn(ps, c); cm != nil {
					out = append(out, cm)
				}
			}
		}
		// "banned its former president Sepp Blatter and UEFA chief Michel
		// Platini", the conjunct hung on the name's last word.
		for t := m.First; t < m.Last; t++ {
			if t == x || t == at {
				continue
			}
			for _, c := range ps.Children(t, "conj") {
				if cm, _ := s.mentionIn(ps, c); cm != nil && cm != m && cm.Type == m.Type && !slices.Contains(out, cm) {
					out = append(out, cm)
				}
			}
		}
	}
	return out
}

// nominalRels are the dependents searched, breadth first, for a mention
// inside a noun phrase.
// The subject of a small clause names the referent ("designated [the FARC a
// terrorist organization]"); then an apposition ("a spokesman, X,"), then names
// and modifiers inside the phrase; "of" complements come last ("members
// of the PMOI") and other prepositional modifiers ("the treaty in Prague")
// are not searched.
var nominalRels = []string{"nsubj", "appos", "flat", "compound", "amod", "nmod:poss", "det:poss", "nmod", "nummod"}

func (s *sentence) mentionIn(ps parse.Sentence, h int) (*smention, int) {
	// "her employer said", "his brother told": a possessive pronoun names
	// whose relative or employer the head is, not who acts; only a name in
	// apposition does ("his daughter, Defne Arkan").
	// (Nor "its governor resigned": the holder of a post, not the body.)
	if h < len(s.toks) && s.Covering(h) < 0 && (otherPerson[nounLemma(s.lower[h])] || s.lower[h] == "employer" || titleHeadWords[s.lower[h]]) {
		for _, c := range ps.Children(h, "nmod:poss") {
			if m := s.mentionAt(c); m != nil && m.Kind == "pronoun" {
				for _, a := range ps.Children(h, "appos") {
					if am := s.mentionAt(a); am != nil {
						return am, a
					}
				}
				if h+2 < len(s.toks) && s.lower[h+1] == "," {
					// (Past a rank: "Its leader, Brigadier General Tomás
					// Nhaga, was sworn in".)
					j := h + 2
					for j < len(s.toks) && j < h+5 && s.mentionAt(j) == nil && (titleHeadWords[s.lower[j]] || royalTitles[s.lower[j]] || slices.Contains(militaryNouns, s.lower[j]) || honorifics[s.lower[j]] || s.lower[j] == "brigadier") {
						j++
					}
					if am := s.mentionAt(j); am != nil && am.Kind != "pronoun" {
						return am, j
					}
				}
				return nil, -1
			}
		}
	}
	// "acquire Dutch port operator Zeeland Terminals Group": a name right
	// after a common noun head is what the noun describes, however the
	// parse attached it.
	if h+1 < len(s.toks) && s.toks[h].UPOS == "NOUN" && s.Covering(h) < 0 {
		// ... or after a word more of the description: "Lithuanian discus
		// thrower Darius Vaitkus" (whatever the tagger made of "thrower").
		if m := s.mentionAt(h + 1); m != nil && m.Type != dossier.Misc && m.Kind != "pronoun" {
			return m, h + 1
		}
		if k := h + 2; k < len(s.toks) && s.descriptionWord(h+1) {
			if m := s.mentionAt(k); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" {
				return m, k
			}
		}
	}
	// "FBI Director Kash Patel said": a title, however tagged, names the
	// person right after it, not the organisation before it (whichever
	// word the parse made the head).
	if h+1 < len(s.toks) && s.Covering(h) < 0 && titleHeadWords[s.lower[h]] {
		if m := s.mentionAt(h + 1); m != nil && m.Type == dossier.Person {
			return m, h + 1
		}
		// "Emirati minister of state Khalifa Al Marar met": past "of
		// state".
		if h+3 < len(s.toks) && s.lower[h+1] == "of" && s.lower[h+2] == "state" {
			if m := s.mentionAt(h + 3); m != nil && m.Type == dossier.Person {
				return m, h + 3
			}
		}
	}
	if k := s.Covering(h); k >= 0 && s.ms[k].Type != dossier.Person {
		// Up to three words of title after the name ("Director", "Foreign
		// Minister"), its head word right before the person.
		last := s.ms[k].Last
		for t := last; t < len(s.toks) && t < last+3 && s.Covering(t) < 0; t++ {
			if !titleHeadWords[s.lower[t]] {
				continue
			}
			// (Or right after it, past title words only, however the
			// parse attached the person: "Ghanaian President John Mahama
			// and German Chancellor Friedrich Merz signed".)
			if m := s.mentionAt(t + 1); m != nil && m.Type == dossier.Person && (ps.Dominates(h, t+1) || s.titlesBetween(last, t+1)) {
				return m, t + 1
			}
		}
	}
	// "The Public Defender of Georgia, Levan Ioseliani, said": a person set
	// off by commas inside a title's phrase is the one it names, however
	// the parse attached the apposition.
	// ("The chief executive of Acme Mining, Jane Roe, resigned", with
	// "executive" tagged an adjective).
	if s.Covering(h) < 0 && (s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN" || titleHeadWords[s.lower[h]]) {
		for k := h + 1; k < len(s.toks) && k <= h+8; k++ {
			if s.lower[k-1] != "," {
				continue
			}
			// (Past a rank or title: "The MJR's leader, Colonel Ousmane
			// Bichara, told".)
			at := k
			if s.mentionAt(k) == nil && (titleHeadWords[s.lower[k]] || royalTitles[s.lower[k]] || slices.Contains(militaryNouns, s.lower[k]) || honorifics[s.lower[k]]) {
				at = k + 1
			}
			if m := s.mentionAt(at); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" && ps.Dominates(h, k) &&
				m.Last < len(s.toks) && s.lower[m.Last] == "," {
				return m, at
			}
		}
	}
	queue := []int{h}
	for steps := 0; len(queue) > 0 && steps < 20; steps++ {
		x := queue[0]
		queue = queue[1:]
		if k := s.Covering(x); k >= 0 {
			return &s.ms[k], x
		}
		// Children in the order of nominalRels, not of the words.
		for _, rel := range nominalRels {
			// "Iran's government" is Iran acting, "his predecessor"
			// is not him.
			if (rel == "nmod:poss" || rel == "det:poss") && (otherPerson[nounLemma(s.lower[x])] || s.chiefOfStaff(x)) {
				continue
			}
			for _, c := range ps.Children(x, rel) {
				// "the French-American equipment maker": a descriptive
				// adjective names no participant.
				if rel == "amod" || rel == "compound" {
					if k := s.Covering(c); k >= 0 && s.ms[k].Type == dossier.Misc {
						continue
					}
					// "former Philips engineers": people of a company
					// act on their own account.
					if k := s.Covering(c); k >= 0 && s.ms[k].Type != dossier.Person && staffNouns[nounLemma(s.lower[x])] {
						continue
					}
					// "a US consortium", "a Chinese company": the
					// company's country is not the company.
					if k := s.Covering(c); k >= 0 && s.ms[k].Type == dossier.Place && !stateNouns[s.lower[x]] && (orgNouns[nounLemma(s.lower[x])] || s.lower[x] == "consortium" || s.lower[x] == "investor" || s.lower[x] == "fund") {
						continue
					}
					// "a Bucharest court sentenced him": the court sits in
					// the city; the city does not sentence.
					if k := s.Covering(c); k >= 0 && s.ms[k].Type == dossier.Place && s.ms[k].Kind != "demonym" && courtNouns[s.lower[x]] {
						continue
					}
				}
				if rel == "nmod" {
					// "Prosecutors from the DNA opened an investigation":
					// officials act for the body they come from.
					if cs := ps.Case(c); cs != "of" && cs != "" && !(cs == "from" && agentNouns[nounLemma(s.lower[x])]) {
						continue
					}
					// "Residents of Nembe said": the residents, not the
					// town.
					if peopleOf[nounLemma(s.lower[x])] {
						continue
					}
				}
				queue = append(queue, c)
			}
		}
	}
	return nil, -1
}

// setOffBefore returns the name right before token v, after a comma and
// an optional "the", and before an optional bracketed acronym: ", the
// Athletics Integrity Unit (AIU) said"; nil when there is none.
func (s *sentence) setOffBefore(v int) *smention {
	e := v - 1
	if e >= 3 && s.lower[e] == ")" && s.lower[e-2] == "(" {
		e -= 3
	}
	m := s.mentionEndingAt(e)
	if m == nil || m.Kind == "pronoun" || m.First < 1 {
		return nil
	}
	k := m.First - 1
	if s.lower[k] == "the" && k > 0 {
		k--
	}
	if s.lower[k] != "," {
		return nil
	}
	return m
}

// honorifics come before a name set off after a title: "The WHO's
// representative in Colombo, Dr. Olivia Mendes, met".
var honorifics = map[string]bool{"dr": true, "dr.": true, "prof": true, "prof.": true, "professor": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms": true, "ms.": true, "sir": true, "dame": true, "rev": true, "rev.": true, "judge": true, "justice": true}

// descriptionWord reports whether token k is a lower-case noun of a
// description before a name ("discus thrower"), or a word the tagger took
// for a preposition that no preposition is.
func (s *sentence) descriptionWord(k int) bool {
	w := s.toks[k].Text
	if !lowerASCII(w) {
		return false
	}
	switch s.toks[k].UPOS {
	case "NOUN":
		return true
	case "ADP":
		return len(w) > 4 && !prepositions[w] && w != "since" && w != "until" && w != "throughout"
	}
	return false
}

// courtNouns are words for a court, which a city's name before them
// locates: "a Bucharest court", "a Paris appeals court".
var courtNouns = map[string]bool{"court": true, "tribunal": true, "judge": true, "jury": true, "magistrate": true}

// agentNouns are officials who act for the body they come from.
var agentNouns = map[string]bool{
	"prosecutor": true, "investigator": true, "official": true, "officer": true, "police": true, "inspector": true,
	"agent": true, "diplomat": true, "negotiator": true, "representative": true, "delegate": true, "envoy": true,
	"regulator": true, "auditor": true, "delegation": true, "team": true, "expert": true, "judge": true,
}

// lightVerbs carry an event noun as their object: "carried out attacks",
// "staged a protest"; their subject is the event's agent.
var lightVerbs = map[string]bool{
	"carry": true, "launch": true, "stage": true, "conduct": true, "wage": true, "hold": true, "mount": true,
	"organize": true, "organise": true, "lead": true, "perpetrate": true, "commit": true, "claim": true,
	"sign": true, "announce": true, "order": true, "impose": true, "make": true, "win": true, "reach": true,
	"strike": true, "seal": true, "secure": true, "place": true, "complete": true, "finalize": true,
	"finalise": true, "close": true, "agree": true, "negotiate": true, "broker": true, "issue": true,
	// "began a hunger strike", "called a general strike", "joined the strike"
	"begin": true, "start": true, "call": true, "join": true, "end": true,
}

// inDate reports whether token k lies in a date or time expression
// (dated or not: "last week" without a publication date).
func (s *sentence) inDate(k int) bool {
	t := s.toks[k]
	for _, tx := range s.dated {
		if (tx.Type == "DATE" || tx.Type == "TIME") && tx.Start <= t.Start && t.End <= tx.End {
			return true
		}
	}
	return false
}

// openNouns are nouns whose infinitive tells what may yet be done: "21
// days to lodge an appeal", "the right to appeal", "a bid to seize".
var openNouns = map[string]bool{
	"day": true, "week": true, "month": true, "hour": true, "year": true, "deadline": true, "time": true,
	"right": true, "chance": true, "opportunity": true, "bid": true, "effort": true, "attempt": true,
	"plan": true, "proposal": true, "threat": true, "call": true, "pressure": true, "request": true,
	"demand": true, "option": true, "power": true, "authority": true, "permission": true, "ability": true,
}

// lightVerbLemma reports whether a word form is a form of a light verb.
func lightVerbLemma(w string) bool {
	for _, l := range lemmas(w) {
		if lightVerbs[l] {
			return true
		}
	}
	return false
}

// calledEvents are the events one calls by calling them: "called a
// strike", "called snap elections".
var calledEvents = map[string]bool{"strike": true, "walkout": true, "protest": true, "rally": true, "demonstration": true,
	"election": true, "referendum": true, "vote": true, "meeting": true, "summit": true, "ceasefire": true, "truce": true,
	"boycott": true, "halt": true, "shutdown": true, "stoppage": true}

// otherPerson are nouns for someone related to their possessor but not
// the possessor: "removed his predecessor", "arrested her lawyer".
var otherPerson = map[string]bool{
	"predecessor": true, "successor": true, "wife": true, "husband": true, "son": true, "daughter": true,
	// "One of Lins's co-defendants, Daniel Okafor, was arrested".
	"co-defendant": true, "co-accused": true, "accomplice": true, "co-conspirator": true,
	"father": true, "mother": true, "brother": true, "sister": true, "child": true, "lawyer": true,
	"rival": true, "opponent": true, "critic": true, "victim": true, "friend": true, "deputy": true,
	"aide": true, "adviser": true, "advisor": true, "partner": true, "relative": true, "widow": true,
	// "Its crew were freed": the crew, not the ship's owner.
	"crew": true, "staff": true, "employee": true, "passenger": true, "hostage": true, "family": true,
	"relatives": true, "children": true, "bodyguard": true, "driver": true, "assistant": true, "associate": true,
	"ally": true, "supporter": true, "colleague": true, "nephew": true, "niece": true, "cousin": true, "uncle": true,
	"aunt": true, "grandson": true, "granddaughter": true, "fiancee": true, "fiancée": true, "girlfriend": true,
	"boyfriend": true, "bodyguards": true, "allies": true,
	// "Hallworth died at his home on Saturday, his agent said".
	"agent": true, "publicist": true, "doctors": true, "doctor": true,
	// "Many of the party's lawmakers joined X": they, not the party.
	"lawmaker": true, "member": true, "legislator": true, "mp": true,
}

// chiefOfStaff reports whether the noun at x heads "chief of staff": "police
// detained his chief of staff" arrested someone else.
func (s *sentence) chiefOfStaff(x int) bool {
	return s.lower[x] == "chief" && x+2 < len(s.lower) && s.lower[x+1] == "of" && s.lower[x+2] == "staff"
}

// peopleOf are nouns for people of a place or group who are not that
// place or group: "residents of Nembe", "relatives of the victims".
var peopleOf = map[string]bool{
	"resident": true, "people": true, "citizen": true, "villager": true, "inhabitant": true, "family": true,
	"families": true, "relative": true, "survivor": true, "victim": true, "supporter": true, "critic": true,
	"opponent": true, "fan": true, "parent": true, "student": true, "worker": true, "employee": true,
}

// undergoVerbs take an event noun as object and their subject undergoes
// the event: "survived a knife attack", "suffered an attack".
var undergoVerbs = map[string]bool{"survive": true, "suffer": true, "escape": true, "endure": true, "face": true}

// undergoer returns the subject of the verb of undergoing whose object is
// the event noun at n, if any.
func (s *sentence) undergoer(n int) *smention {
	if !s.parsed {
		return nil
	}
	ps := s.view()
	if ps.Rel(n) != "obj" {
		return nil
	}
	v := ps.Head(n)
	if v < 0 || ps.Passive(v) {
		return nil
	}
	ok := false
	for _, l := range lemmas(s.lower[v]) {
		ok = ok || undergoVerbs[l]
	}
	if !ok {
		return nil
	}
	for _, h := range ps.Subjects(v) {
		if ms := s.argMentions(ps, h); len(ms) > 0 {
			return ms[0]
		}
	}
	return nil
}

// titledConjunctBefore returns the person named before "and" ahead of
// person m's title (and the body the title is of): "Rudi Hartono and
// Serra Verde chairman Paulo Azevedo" gives Rudi Hartono for Paulo
// Azevedo; nil when there is none.
func (s *sentence) titledConjunctBefore(m *smention) *smention {
	k := m.First - 1
	n := 0
	for k >= 0 && (titleHeadWords[s.lower[k]] || titleNouns[s.lower[k]]) {
		k--
		n++
	}
	if n == 0 || k < 1 {
		return nil
	}
	if o := s.mentionEndingAt(k); o != nil && o.Type == dossier.Org {
		k = o.First - 1
	}
	if k < 1 || s.lower[k] != "and" {
		return nil
	}
	if p := s.mentionEndingAt(k - 1); p != nil && p.Type == dossier.Person && p.Kind != "pronoun" && p.Entity != m.Entity {
		return p
	}
	return nil
}

// titlesBetween reports whether tokens [from, to) are all words of a
// title ("Foreign Minister", "Chancellor").
func (s *sentence) titlesBetween(from, to int) bool {
	for t := from; t < to; t++ {
		if !titleHeadWords[s.lower[t]] && !titleNouns[s.lower[t]] {
			return false
		}
	}
	return from < to
}

// titleHeadWords end titles of office written before a name: the posts one
// is named to (officeNouns) and a few more.
var titleHeadWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append(officeNouns, "secretary", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
		"commissioner", "ambassador", "general", "judge", "executive") {
		m[w] = true
	}
	return m
}()

// impactVerbs take an attack or disaster noun as subject and what it hit
// as object: "the attack hit the Maasland Zorg Group".
var impactVerbs = map[string]bool{
	"hit": true, "strike": true, "target": true, "cripple": true, "paralyse": true, "paralyze": true,
	"disrupt": true, "affect": true, "knock": true, "damage": true, "destroy": true, "shut": true,
	"kill": true, "devastate": true, "ravage": true, "sweep": true, "displace": true, "flatten": true,
}

// struck returns the verb an event noun at n is the subject of (or that
// a relative clause on it heads), when that verb says what the event hit,
// and the verb's object mention: "The attack, claimed by BlackHarbor, hit
// MZG on September 14", "the earthquake that struck southern Peru on
// Tuesday". The verb is -1 when there is none.
func (s *sentence) struck(n int) (int, *smention) {
	if !s.parsed {
		return -1, nil
	}
	ps := s.view()
	v := -1
	switch {
	case ps.Rel(n) == "nsubj":
		v = ps.Head(n)
	default:
		// "the earthquake that struck southern Peru on Tuesday"
		for _, c := range ps.Children(n, "acl:relcl") {
			v = c
		}
	}
	if v < 0 && n+1 < len(s.toks) && s.toks[n+1].UPOS == "VERB" && s.impactVerb(n+1) {
		// "a magnitude 7.1 earthquake struck eastern Turkey" with
		// "struck" parsed as a modifier: the verb right after the noun,
		// its object the first name within three words.
		for k := n + 2; k < len(s.toks) && k <= n+4; k++ {
			if m := s.mentionAt(k); m != nil {
				return n + 1, m
			}
			if s.toks[k].UPOS != "ADJ" && s.toks[k].UPOS != "DET" {
				break
			}
		}
		return n + 1, nil
	}
	if v < 0 || ps.Passive(v) || !s.impactVerb(v) {
		return -1, nil
	}
	for _, o := range ps.Objects(v) {
		if ms := s.argMentions(ps, o); len(ms) > 0 {
			return v, ms[0]
		}
	}
	return v, nil
}

// clauseFollows reports whether a finite verb or auxiliary follows the
// noun at n within its phrase (before punctuation): "claimed [the attacks
// on Albania had been] orchestrated".
func (s *sentence) clauseFollows(n int) bool {
	for k := n + 1; k < len(s.toks) && k <= n+6; k++ {
		if s.toks[k].UPOS == "PUNCT" {
			return false
		}
		switch s.toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// impactVerb reports whether the word at v is a form of a verb of impact
// ("struck", "hit").
func (s *sentence) impactVerb(v int) bool {
	for _, l := range lemmas(s.lower[v]) {
		if impactVerbs[l] {
			return true
		}
	}
	return false
}

// lightVerbAgent returns the subject of the light verb whose object is the
// event noun at n, if any. When the parse gives the verb no subject, the
// surface subject of the verb is taken.
func (s *sentence) lightVerbAgent(n int) *smention {
	if !s.parsed {
		return nil
	}
	ps := s.view()
	// "waging bombing campaigns": the event noun may modify the object.
	for steps := 0; steps < 3 && (ps.Rel(n) == "compound" || ps.Rel(n) == "amod") && ps.Head(n) >= 0; steps++ {
		n = ps.Head(n)
	}
	if ps.Rel(n) != "obj" {
		return nil
	}
	v := ps.Head(n)
	if v < 0 {
		return nil
	}
	if !lightVerbLemma(s.lower[v]) || ps.Passive(v) {
		return nil
	}
	// "called a general strike", "called elections"; not "called the
	// arrest deeply worrying", a judgment of someone else's deed.
	if lemmaIs(s.lower[v], "call") && !calledEvents[nounLemma(s.lower[n])] {
		return nil
	}
	// "after claiming cyberattacks on Albania had been orchestrated by
	// Iran": a claim that something happened, not of responsibility.
	if lemmaIs(s.lower[v], "claim") && s.clauseFollows(n) {
		return nil
	}
	// "accused Russia's military intelligence agency, the GRU, of
	// carrying out the attack": the one accused of it.
	if v >= 2 && s.lower[v-1] == "of" && s.toks[v].XPOS == "VBG" {
		k := v - 2
		if s.lower[k] == "," && k > 0 {
			k--
		}
		if m := s.mentionEndingAt(k); m != nil {
			return m
		}
	}
	subjects := ps.Subjects(v)
	for _, h := range subjects {
		if ms := s.argMentions(ps, h); len(ms) > 0 {
			return ms[0]
		}
	}
	if len(subjects) == 0 {
		return s.subject(v)
	}
	return nil
}

// syntaxDate returns the dated time expression attached to the clause of
// verb v: one whose head word's nearest clause head is v.
func (s *sentence) syntaxDate(v int) (stimex, bool) {
	if !s.parsed {
		return stimex{}, false
	}
	ps := s.view()
	if tx, ok := s.ownDate(ps, v); ok {
		return tx, true
	}
	// "charged the two suspects with kidnapping on 10 March": a date hung
	// on what the charge alleges is the charging's.
	for _, c := range ps.Children(v, "advcl") {
		if c > v && s.toks[c].XPOS == "VBG" && (lemmaIs(s.lower[v], "charge") || lemmaIs(s.lower[v], "indict")) && s.chargedWith(c) {
			if tx, ok := s.ownDate(ps, c); ok {
				return tx, true
			}
		}
	}
	// "born in 1929, when A merged with B": a when-clause happens at the
	// time of the clause it modifies, and at the date right before "when"
	// if there is one ("since the 1990s, most notably in 2013, when Necas
	// resigned").
	if r := ps.Rel(v); r == "advcl" || r == "acl:relcl" || r == "parataxis" || r == "conj" {
		for _, c := range ps.Children(v, "advmod", "mark") {
			if s.lower[c] != "when" || c > v {
				continue
			}
			k := c
			if k > 0 && s.lower[k-1] == "," {
				k--
			}
			if tx, ok := s.timexEndingAt(k); ok {
				return tx, true
			}
		}
	}
	if ps.Rel(v) == "advcl" {
		for _, c := range ps.Children(v, "advmod", "mark") {
			if w := s.lower[c]; w == "when" || w == "as" || w == "while" {
				return s.ownDate(ps, ps.Head(v))
			}
		}
	}
	// "attacked a base on July 1, 2019, killing 40 soldiers": a participle
	// clause happens with the clause it modifies.
	if ps.Rel(v) == "advcl" && s.toks[v].XPOS == "VBG" && len(ps.Children(v, "mark")) == 0 {
		return s.ownDate(ps, ps.Head(v))
	}
	// "took el-Geneina in November 2023, where militias killed
	// thousands": a relative clause of place or time happens then too.
	// "the 2011 uprising that toppled Mubarak": a relative clause on a
	// dated noun happens then.
	if ps.Rel(v) == "acl:relcl" {
		n := ps.Head(v)
		for _, tx := range s.timexs {
			if h := s.phraseHead(ps, tx.first, tx.last); h >= 0 && ps.Head(h) == n && tx.last <= n {
				return tx, true
			}
		}
	}
	if r := ps.Rel(v); r == "acl:relcl" || r == "parataxis" {
		for _, c := range ps.Children(v, "advmod") {
			if w := s.lower[c]; w == "where" || w == "when" {
				if h := ps.ClauseHead(ps.Head(v)); h >= 0 {
					return s.ownDate(ps, h)
				}
			}
		}
	}
	// "During the 1970s the group carried out bombings and killed
	// advisers": a date fronted before the first verb covers its
	// conjuncts.
	if ps.Rel(v) == "conj" {
		h := ps.Head(v)
		if tx, ok := s.ownDate(ps, h); ok && tx.last <= h && s.frontedDate(tx, h) {
			return tx, true
		}
		// "visited Bissau in September and met Embalo", "banned the
		// group in April 2006, and Bugti fled": a verb joined to a dated
		// one, with no date of its own, happened then too, unless the
		// text orders them ("and later released him", "and then").
		// Not when the sentence has a later date the parse may have
		// hung elsewhere ("appointed in 2022 and was elected leader in
		// November, replacing"), nor across tenses ("took the city in
		// 2023, where the UN says ..."), nor between participles.
		if tx, ok := s.ownDate(ps, h); ok && h < v && tx.last <= v && s.toks[h].UPOS == "VERB" && !s.sequenced(tx.last, v) &&
			!s.timexAfter(tx.last) && sameTense(s.toks[h].XPOS, s.toks[v].XPOS) {
			return tx, true
		}
		// "voted on Thursday to impeach and remove him": conjoined
		// infinitives share the date of the clause they complete.
		if r := ps.Rel(h); (r == "xcomp" || r == "advcl") && s.toks[v].XPOS == "VB" && s.toks[h].XPOS == "VB" {
			for _, c := range ps.Children(h, "mark") {
				if s.lower[c] == "to" {
					if tx, ok := s.ownDate(ps, ps.Head(h)); ok {
						return tx, true
					}
				}
			}
		}
	}
	// "Courts ordered its owner to pay damages in 2009": an order is
	// dated by the date of what it orders, unless that is a deadline
	// ("ordered to leave by Friday").
	if lemmaIs(s.lower[v], "order") {
		for _, c := range ps.Children(v, "xcomp") {
			if tx, ok := s.ownDate(ps, c); ok && (tx.first == 0 || !deadlineWords[s.lower[tx.first-1]]) {
				return tx, true
			}
		}
	}
	// "In 1967 A merged with B to form C": a purpose infinitive happens
	// with the clause it completes.
	if r := ps.Rel(v); r == "advcl" || r == "xcomp" {
		for _, c := range ps.Children(v, "mark") {
			if s.lower[c] == "to" {
				h := ps.Head(v)
				// "erupted on Monday, forcing authorities to evacuate":
				// through the participle that forced it.
				if tx, ok := s.ownDate(ps, h); ok || !forcers[s.lower[h]] || ps.Rel(h) != "advcl" {
					return tx, ok
				}
				return s.ownDate(ps, ps.Head(h))
			}
		}
	}
	return stimex{}, false
}

// causatives are the forms of "have" and "get" that make another do
// something: "had him arrested".
var causatives = map[string]bool{"had": true, "has": true, "have": true, "having": true, "got": true, "gets": true, "get": true, "gotten": true}

// deadlineWords set a time by which something must be done.
var deadlineWords = map[string]bool{"by": true, "before": true, "until": true, "within": true, "till": true}

// sequenceWords put one event after another: "and later released him".
var sequenceWords = map[string]bool{
	"later": true, "then": true, "afterwards": true, "afterward": true, "subsequently": true, "eventually": true,
	"since": true, "soon": true, "finally": true, "again": true, "now": true, "still": true, "until": true,
	"before": true, "after": true, "ultimately": true, "thereafter": true, "recently": true,
}

// sequenced reports whether a word between tokens from and to orders the
// events on either side of it in time.
func (s *sentence) sequenced(from, to int) bool {
	for k := from; k < to; k++ {
		if sequenceWords[s.lower[k]] {
			return true
		}
	}
	return false
}

// timexAfter reports whether a date or time, resolved or not, starts at
// or after token i.
func (s *sentence) timexAfter(i int) bool {
	for _, t := range s.timexs {
		if t.first >= i {
			return true
		}
	}
	for _, f := range s.unresolved {
		if f >= i {
			return true
		}
	}
	return false
}

// sameTense reports whether two verbs' Penn tags put them in one time:
// both past ("arrested ... and charged"), or both present; never a
// gerund or participle of a modifier.
func sameTense(a, b string) bool {
	past := func(x string) bool { return x == "VBD" || x == "VBN" }
	present := func(x string) bool { return x == "VBZ" || x == "VBP" }
	return past(a) && past(b) || present(a) && present(b)
}

// ownDate returns the dated time expression whose clause head is v.
func (s *sentence) ownDate(ps parse.Sentence, v int) (stimex, bool) {
	for _, tx := range s.timexs {
		h := s.phraseHead(ps, tx.first, tx.last)
		if h < 0 || untilBefore(s.lower, tx.first) {
			continue
		}
		// "reopen border crossing closed since 1993", with the year hung
		// on "reopen": "since" opens a state, which only a perfect
		// ("has been closed since 1993") dates by its start.
		// (Not "since August 2007, when an earthquake killed 500": the
		// when-clause happened then.)
		if tx.first > 0 && s.lower[tx.first-1] == "since" && s.haveBefore(v, 3) == "" && s.toks[v].XPOS != "VBN" &&
			!(tx.last+1 < len(s.lower) && s.lower[tx.last] == "," && s.lower[tx.last+1] == "when") {
			continue
		}
		// "after the July 2005 bombings": a date inside a noun phrase
		// dates that noun, not the clause.
		if p := ps.Head(h); p > tx.last-1 && (s.toks[p].UPOS == "NOUN" || s.toks[p].UPOS == "PROPN") && p < len(s.toks) {
			switch ps.Rel(h) {
			case "compound", "amod", "nummod", "nmod", "nmod:unmarked", "obl:unmarked":
				// "told the BBC in a 2015 interview": the date of the
				// occasion a verb of saying names is the saying's.
				if occasionNouns[s.lower[p]] && ps.Head(p) == v && ps.Rel(p) == "obl" {
					return s.restated(tx), true
				}
				if !s.inMention(p) {
					continue
				}
			}
		}
		// "said on Monday she would travel to Brescello on Tuesday", with
		// "on Monday" hung on "travel": a date between the verb that
		// governs a complement and the complement's subject is the
		// governor's.
		if g := ps.Head(v); ps.Rel(v) == "ccomp" && g >= 0 && g < tx.first {
			if subj := ps.Child(v, "nsubj", "nsubj:pass"); subj >= tx.last && subj < v {
				continue
			}
		}
		if c := ps.ClauseHead(ps.Head(h)); c == v || (c >= 0 && ps.Rel(v) == "xcomp" && ps.Head(v) == c && c != v && !s.isTriggerWord(c)) {
			return s.restated(tx), true
		}
	}
	return stimex{}, false
}

// restated returns the date right after tx that restates it more
// precisely ("A year later, in August 2023, soldiers opened fire": August
// 2023), or tx.
func (s *sentence) restated(tx stimex) stimex {
	for _, t := range s.timexs {
		if t.first < tx.last || t.first > tx.last+2 || len(t.timex.Value) <= len(tx.timex.Value) || !strings.HasPrefix(t.timex.Value, tx.timex.Value) {
			continue
		}
		between := true
		for k := tx.last; k < t.first; k++ {
			if w := s.lower[k]; w != "," && w != "in" && w != "on" {
				between = false
			}
		}
		if between && s.lower[tx.last] == "," {
			return t
		}
	}
	return tx
}

// occasionNouns are the occasions of a statement that a date may modify:
// "in a 2015 interview", "in his 2019 speech".
var occasionNouns = map[string]bool{"interview": true, "speech": true, "statement": true, "address": true, "letter": true,
	"broadcast": true, "podcast": true, "memoir": true, "memoirs": true, "testimony": true, "post": true, "briefing": true}

// untilBefore reports whether the time expression starting at token i
// ends a period rather than dates an event: "runs until May 2030", "in
// office till 2019", "ordered them to leave by Saturday".
func untilBefore(lower []string, i int) bool {
	return i > 0 && (lower[i-1] == "until" || lower[i-1] == "till" || lower[i-1] == "through" || lower[i-1] == "by")
}

// frontedDate reports whether time expression tx opens the clause of verb
// h: it comes before h with only its clause's subject and adjuncts between
// (no other verb).
func (s *sentence) frontedDate(tx stimex, h int) bool {
	for k := tx.last; k < h; k++ {
		if s.toks[k].UPOS == "VERB" {
			return false
		}
	}
	return true
}

// isTriggerWord reports whether token i could itself trigger an event.
func (s *sentence) isTriggerWord(i int) bool {
	for _, l := range lemmas(s.lower[i]) {
		if _, ok := verbRules[l]; ok {
			return true
		}
	}
	return false
}

// phraseHead returns the token of [first, last) whose head lies outside it.
func (s *sentence) phraseHead(ps parse.Sentence, first, last int) int {
	for i := first; i < last; i++ {
		h := ps.Head(i)
		if h < first || h >= last {
			return i
		}
	}
	return -1
}

// syntaxMood reads negation and modality from the parse: a negation or
// modal on the verb, or on a verb governing it through xcomp, ccomp,
// advcl or conj, or a governing verb of demand, wish or plan ("calls on
// Europe to expel").
func (s *sentence) syntaxMood(v int) (pol, mod string, ok bool) {
	if !s.parsed {
		return "", "", false
	}
	ps := s.view()
	pol, mod = "positive", "actual"
	// "its refusal to extradite", "died without ever saying".
	if ps.Negated(v) || v >= 2 && s.lower[v-1] == "to" && refusals[s.lower[v-2]] || s.without(v) {
		pol = "negative"
	}
	// "convicted of plotting to overthrow", however the parse attached
	// the infinitive: the word of intent right before "to" rules it.
	if v >= 2 && s.lower[v-1] == "to" {
		if m, ok := s.intent(v - 2); ok {
			return pol, m, true
		}
		// "has 21 days to lodge her appeal", "a bid to overturn the
		// ban": an infinitive on a noun of time, chance or aim.
		// (Not "decided last week to raise rates": a date.)
		// (Not "forcing authorities to evacuate": a causative's object
		// did it.)
		if s.toks[v-2].UPOS == "NOUN" && openNouns[nounLemma(s.lower[v-2])] && !s.inDate(v-2) && !(v >= 3 && forcers[s.lower[v-3]]) {
			return pol, "hypothetical", true
		}
	}
	x, from := v, v
	for steps := 0; x >= 0 && steps < 8; steps++ {
		if m := ps.Modal(x); m != "" {
			if mm, ok := modals[m]; ok && (m != "can" || x == v) {
				mod = mm
			}
			return pol, mod, true
		}
		// "If convicted, he faces life": a condition is not a fact.
		if conditionalMark(ps, x) {
			return pol, "hypothetical", true
		}
		// "until Beridze is freed", "once she takes office": a clause of
		// time in the present tense looks ahead.
		if presentTimeClause(ps, x) {
			return pol, "future", true
		}
		if x != v {
			// "its refusal to extradite them", "failed to arrest" (not
			// "ruled that the plan had failed and appointed X": a verb
			// conjoined to the failure happened).
			if refusals[s.lower[x]] && ps.Rel(from) != "conj" {
				return "negative", mod, true
			}
			if m, ok := s.intent(x); ok {
				return pol, m, true
			}
			switch s.lower[x] {
			case "agreed", "decided", "voted", "managed", "began", "started", "helped", "allowed":
				return pol, mod, true
			}
			if forcers[s.lower[x]] {
				return pol, mod, true // "forcing authorities to evacuate 12,000 residents": done
			}
			// "has three months to pay the fine or lodge an appeal": the
			// infinitive a noun of time, chance or aim governs.
			if x >= 2 && s.lower[x-1] == "to" && s.toks[x-2].UPOS == "NOUN" && openNouns[nounLemma(s.lower[x-2])] && !s.inDate(x-2) &&
				!(x >= 3 && forcers[s.lower[x-3]]) {
				return pol, "hypothetical", true
			}
			if ps.Negated(x) && ps.Rel(v) == "xcomp" {
				pol = "negative"
			}
		}
		switch ps.Rel(x) {
		case "xcomp", "ccomp", "advcl", "conj", "acl", "parataxis":
			// A clause of time or cause states a fact of its own,
			// whatever governs it: "the vote was called after Yoon
			// declared martial law".
			if ps.Rel(x) == "advcl" && factualMark(ps, x) {
				return pol, mod, true
			}
			// "The HRPP refused to leave office, and Mata'afa was sworn
			// in": a clause with a subject of its own after a comma and
			// a conjunction is a sentence of its own.
			if ps.Rel(x) == "conj" && len(ps.Children(x, "nsubj", "nsubj:pass")) > 0 && s.commaConjunction(ps, x) {
				return pol, mod, true
			}
			from, x = x, ps.Head(x)
		default:
			return pol, mod, true
		}
	}
	return pol, mod, true
}

// commaConjunction reports whether the conjoined verb x is introduced by
// ", and" or ", but".
func (s *sentence) commaConjunction(ps parse.Sentence, x int) bool {
	for _, c := range ps.Children(x, "cc") {
		if c >= 1 && s.lower[c-1] == "," && (s.lower[c] == "and" || s.lower[c] == "but") {
			return true
		}
	}
	return false
}

// ownMood returns the polarity and modality of verb v from its own clause
// only: a negation or a modal auxiliary of v.
func (s *sentence) ownMood(v int) (pol, mod string) {
	ps := s.view()
	pol, mod = "positive", "actual"
	// "declined to comment": a refused statement was not made.
	if ps.Negated(v) || s.without(v) || v >= 2 && s.lower[v-1] == "to" && refusals[s.lower[v-2]] {
		pol = "negative"
	}
	if m := ps.Modal(v); m != "" {
		if mm, ok := modals[m]; ok {
			mod = mm
		}
	}
	return pol, mod
}

// without reports whether "without" opens the clause of verb v ("without
// ever saying", "without being charged").
func (s *sentence) without(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch s.lower[k] {
		case "without":
			return true
		case "ever", "being", "having", "been", "first", "even":
			continue
		}
		return false
	}
	return false
}

// sayingGerunds report what someone said ("quoted X as saying", "...,
// adding that"): their speaker is found by the surface rules.
var sayingGerunds = map[string]bool{"saying": true, "telling": true, "adding": true, "warning": true, "arguing": true,
	"insisting": true, "noting": true, "claiming": true, "stating": true, "announcing": true, "reporting": true}

// forcers make their object do what the infinitive after it says, which
// then happened: "forced the airline to ground its fleet".
var forcers = map[string]bool{
	"force": true, "forces": true, "forced": true, "forcing": true, "compel": true, "compelled": true,
	"compelling": true, "oblige": true, "obliged": true, "obliging": true, "prompt": true, "prompted": true,
	"prompting": true,
}

// refusals govern a clause that did not happen.
var refusals = map[string]bool{
	"refuse": true, "refused": true, "refuses": true, "refusing": true, "refusal": true, "decline": true,
	"declined": true, "declines": true, "fail": true, "failed": true, "fails": true, "failure": true,
}

// conditionalMark reports whether the clause headed by x opens with a
// subordinator of condition.
func conditionalMark(ps parse.Sentence, x int) bool {
	for _, c := range ps.Children(x, "mark") {
		switch ps.Lower(c) {
		case "if", "unless", "whether", "lest":
			return true
		}
	}
	return false
}

// presentTimeClause reports whether the clause headed by x opens with
// "until", "once" or "before" and is in the present tense ("takes", "is
// freed", "has signed"). (Not "when": "when a typhoon hits us, as it did
// in 2013" is a habit.)
func presentTimeClause(ps parse.Sentence, x int) bool {
	marked := false
	for _, c := range ps.Children(x, "mark", "advmod") {
		switch ps.Lower(c) {
		case "until", "once", "before", "till":
			marked = c < x
		}
	}
	if !marked {
		return false
	}
	switch ps.Tokens[x].XPOS {
	case "VBZ", "VBP":
		return true
	case "VB": // "once Serbia and Kosovo sign", tagged as a base form
		return ps.Child(x, "nsubj") >= 0 && ps.Child(x, "aux") < 0
	case "VBN":
		for _, c := range ps.Children(x, "aux", "aux:pass") {
			switch ps.Lower(c) {
			case "is", "are", "has", "have":
				return true
			}
		}
	}
	return false
}

// factualMark reports whether the adverbial clause headed by x opens with
// a subordinator of time or cause.
func factualMark(ps parse.Sentence, x int) bool {
	for _, c := range ps.Children(x, "mark", "advmod") {
		switch ps.Lower(c) {
		case "after", "before", "since", "when", "until", "while", "because", "once":
			return true
		}
	}
	return false
}

// pairNouns are the plural nouns that, after "the two" or "both", stand
// for two entities of a type named before them; countryNouns among them
// stand for countries.
var pairNouns = map[string]dossier.EntityType{
	"countries": dossier.Place, "nations": dossier.Place, "states": dossier.Place, "neighbours": dossier.Place,
	"neighbors": dossier.Place, "governments": dossier.Place,
	"companies": dossier.Org, "firms": dossier.Org, "groups": dossier.Org, "carmakers": dossier.Org, "banks": dossier.Org,
	"airlines": dossier.Org, "parties": dossier.Org, "clubs": dossier.Org, "organisations": dossier.Org, "organizations": dossier.Org,
	"leaders": dossier.Person, "men": dossier.Person, "women": dossier.Person, "presidents": dossier.Person,
	"ministers": dossier.Person, "brothers": dossier.Person, "rivals": dossier.Person,
}

// pair resolves "the two countries", "both companies" at token x to two
// entities of the noun's type named before it: places and organisations
// the two the document names most often (the nearer first on a tie), its
// protagonists rather than a venue named on the way ("talks in Zurich,
// Switzerland"); people the two named last in this sentence or the three
// before ("the two men"). "Honduras and Nicaragua went to war in 1969.
// The two countries restored relations in 2002." For country nouns only
// countries count. It returns nothing unless it finds two.
func (s *sentence) pair(x int) []*smention {
	typ, ok := pairNouns[s.lower[x]]
	if !ok || x == 0 || s.lower[x-1] != "two" && s.lower[x-1] != "both" {
		return nil
	}
	if s.lower[x-1] == "two" && (x < 2 || s.lower[x-2] != "the") {
		return nil // "two countries" is any two
	}
	before := s.toks[x-1].Start
	type cand struct {
		last, count int
		entity      string
	}
	var found []cand
	for _, e := range s.a.Entities {
		if e.Type != typ || typ == dossier.Place && !s.countries[e.ID] {
			continue
		}
		c := cand{last: -1, entity: e.ID}
		for _, m := range e.Mentions {
			if m.Kind == "pronoun" {
				continue
			}
			c.count++
			// People are the two named last, in the sentences just
			// before: a name is more often mistyped a person than a
			// country is misread.
			if m.Start < before && (typ != dossier.Person || m.Sentence >= s.index-3) {
				c.last = max(c.last, m.Start)
			}
		}
		if c.last >= 0 {
			found = append(found, c)
		}
	}
	if len(found) < 2 {
		return nil
	}
	slices.SortFunc(found, func(a, b cand) int {
		if a.count != b.count && typ != dossier.Person {
			return b.count - a.count
		}
		return b.last - a.last
	})
	out := make([]*smention, 0, 2)
	for _, f := range found[:2] {
		out = append(out, &smention{First: x - 1, Last: x + 1, Entity: f.entity, Type: typ, Kind: "nominal"})
	}
	return out
}
