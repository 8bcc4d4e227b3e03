package coref

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"

	"github.com/dossier-kg/dossier"
)

// givenNamesGz lists given names with the sex most locales give them
// ("Maria\tF"), built by tools/names/given.mjs from @faker-js/faker's
// locale data (MIT licence; see MODELS.md).
//
//go:embed data/given.tsv.gz
var givenNamesGz []byte

// givenNames returns the embedded given-name list, read once.
var givenNames = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	zr, err := gzip.NewReader(bytes.NewReader(givenNamesGz))
	if err != nil {
		return m // the file is embedded: only a broken build gets here
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		name, sex, ok := strings.Cut(sc.Text(), "\t")
		if ok && sex != "" {
			m[name] = sex[0]
		}
	}
	return m
})

// genderTitles are words before a name that tell its bearer's sex.
var genderTitles = map[string]byte{
	"mr": 'M', "mr.": 'M', "sir": 'M', "lord": 'M', "king": 'M', "prince": 'M', "sheikh": 'M', "emir": 'M',
	"mrs": 'F', "mrs.": 'F', "ms": 'F', "ms.": 'F', "miss": 'F', "madam": 'F', "lady": 'F', "dame": 'F',
	"queen": 'F', "princess": 'F', "sister": 'F',
}

// genderNouns are words of kinship and gendered posts that tell the sex of
// the person named right after them.
var genderNouns = map[string]byte{
	"husband": 'M', "widower": 'M', "son": 'M', "brother": 'M', "father": 'M', "grandson": 'M', "grandfather": 'M',
	"nephew": 'M', "uncle": 'M', "boyfriend": 'M', "stepfather": 'M', "stepson": 'M', "spokesman": 'M', "chairman": 'M',
	"wife": 'F', "widow": 'F', "daughter": 'F', "mother": 'F', "granddaughter": 'F', "grandmother": 'F',
	"niece": 'F', "aunt": 'F', "girlfriend": 'F', "stepmother": 'F', "stepdaughter": 'F', "spokeswoman": 'F',
	"chairwoman": 'F', "actress": 'F', "businesswoman": 'F', "businessman": 'M', "congresswoman": 'F', "congressman": 'M',
}

// pronounSex is the sex a personal pronoun refers to.
func pronounSex(w string) byte {
	switch w {
	case "he", "him", "his", "himself":
		return 'M'
	case "she", "her", "hers", "herself":
		return 'F'
	}
	return 0
}

// genders works out the sex of each person entity, 0 when unknown: from a
// title before any of its mentions ("Mrs Lupu"), else from its given name
// ("Doina Lupu"). A name written family name first is not read as given.
func (d *doc) genders() []byte {
	sex := make([]byte, len(d.entities))
	names := givenNames()
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		e := d.entOf[i]
		if m.drop || e < 0 || d.entities[e].Type != dossier.Person || sex[e] != 0 {
			continue
		}
		// The title may stand before the mention or open it.
		for t := max(m.first-1, 0); t <= m.first && t < len(toks); t++ {
			if g := genderTitles[strings.ToLower(toks[t].Text)]; g != 0 {
				sex[e] = g
			}
		}
		// "Her husband, Chidi Nwosu,", "Halen's wife Marija": a word of
		// kinship or a gendered post right before the name, or set off
		// before it, tells more than a given name the list may not know.
		k := m.first - 1
		if k >= 1 && toks[k].Text == "," {
			k--
		}
		if k >= d.a.Sentences[m.Sentence].First {
			if g := genderNouns[strings.ToLower(toks[k].Text)]; g != 0 {
				sex[e] = g
			}
		}
	}
	for e, ent := range d.entities {
		if ent.Type != dossier.Person || sex[e] != 0 {
			continue
		}
		f := strings.Fields(ent.Name)
		if len(f) >= 2 {
			sex[e] = names[f[0]]
		}
	}
	return sex
}
