package evaluate

import "strings"

// TargetType returns the taxonomy type a MEANTIME predicate lemma names,
// if it is one Dossier targets (see targetPredicates).
func TargetType(pred string) (string, bool) {
	t, ok := targetPredicates[strings.ToLower(pred)]
	return t, ok
}

// targetPredicates maps the MEANTIME predicate lemmas (EVENT_MENTION pred)
// that name an event of Dossier's taxonomy to that type. It defines the
// "targeted" gold events whose recall is reported apart, since MEANTIME
// annotates every event while Dossier extracts a few kinds.
//
// The lemmas are the verbs and nominalisations in the glosses of the
// taxonomy (package events) and their plain synonyms, written down once
// from those glosses, not from the corpus. Lemmas whose usual sense in
// business news is outside the taxonomy are left out although the
// extractor may use them in another sense: "release" (a product, not a
// prisoner), "launch", "create" and "form" (products, not organisations),
// "move", "list", "name", "buy" and "purchase" (orders of goods, not
// takeovers) and "rally" (markets, not protests). A lemma maps to one
// type even where the extractor knows several.
var targetPredicates = map[string]string{
	"found": "founding", "establish": "founding", "foundation": "founding", "founding": "founding",
	"dissolve": "dissolution", "disband": "dissolution", "dissolution": "dissolution",
	"designate": "designation", "designation": "designation", "blacklist": "designation",
	"delist": "delisting",
	"ban":    "ban", "outlaw": "ban", "prohibit": "ban", "proscribe": "ban",
	"sanction": "sanction", "embargo": "sanction",
	"relocate": "relocation", "relocation": "relocation",
	"exile": "exile", "flee": "exile",
	"expel": "expulsion", "deport": "expulsion", "expulsion": "expulsion", "deportation": "expulsion",
	"sever":   "diplomatic_break",
	"restore": "diplomatic_restoration",
	"agree":   "agreement", "agreement": "agreement", "sign": "agreement", "treaty": "agreement", "deal": "agreement",
	"elect": "election", "election": "election",
	"appoint": "appointment", "appointment": "appointment",
	"resign": "resignation", "resignation": "resignation", "quit": "resignation",
	"arrest": "arrest", "detain": "arrest", "detention": "arrest",
	"charge": "charge", "convict": "conviction", "sentence": "sentence", "trial": "trial", "conviction": "conviction",
	"attack": "attack", "bomb": "attack", "bombing": "attack", "assault": "attack",
	"kill": "killing", "die": "death", "death": "death", "assassinate": "killing", "murder": "killing",
	"protest": "protest", "demonstrate": "protest", "demonstration": "protest",
	"merge": "merger", "merger": "merger",
	"acquire": "acquisition", "acquisition": "acquisition", "takeover": "acquisition",
	"reveal": "disclosure", "disclose": "disclosure", "disclosure": "disclosure", "expose": "disclosure",
	"overthrow": "overthrow", "oust": "overthrow",
	"say": "statement", "tell": "statement", "announce": "statement", "announcement": "statement",
	"state": "statement", "statement": "statement",
}
