package pos

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
)

// tagged reads "form/UPOS/XPOS ..." into tokens.
func tagged(words string) []dossier.Token {
	var toks []dossier.Token
	for _, w := range strings.Fields(words) {
		f := strings.Split(w, "/")
		toks = append(toks, dossier.Token{Text: f[0], UPOS: f[1], XPOS: f[2]})
	}
	return toks
}

// checkRetag runs retag over tagged words and checks that word want (-1
// for none) became a verb, with XPOS xpos unless that is empty, and that
// no other word changed.
func checkRetag(t *testing.T, retag func([]dossier.Token), words string, want int, xpos string) {
	t.Helper()
	toks := tagged(words)
	before := append([]dossier.Token(nil), toks...)
	retag(toks)
	for i := range toks {
		if i == want {
			if xpos != "" {
				require.Equal(t, xpos, toks[i].XPOS, "word %d", i)
			}
			require.Equal(t, "VERB", toks[i].UPOS, "word %d", i)
			continue
		}
		require.Equal(t, before[i], toks[i], "word %d changed", i)
	}
}

func TestVerbOfNounPhrase(t *testing.T) {
	for _, tc := range []struct {
		name string
		// words are "form/UPOS/XPOS"; want is the index retagged VBD, or -1.
		words string
		want  int
	}{
		{"no finite verb", "The/DET/DT dam/NOUN/NN burst/NOUN/NN on/ADP/IN Monday/PROPN/NNP ./PUNCT/.", 2},
		{"participle after it", "The/DET/DT dam/NOUN/NN burst/NOUN/NN ,/PUNCT/, flooding/VERB/VBG villages/NOUN/NNS", 2},
		{"a finite verb elsewhere", "The/DET/DT dam/NOUN/NN burst/NOUN/NN was/AUX/VBD repaired/VERB/VBN", -1},
		{"not after a noun", "A/DET/DT burst/NOUN/NN of/ADP/IN gunfire/NOUN/NN", -1},
		{"not before a noun", "Dam/NOUN/NN burst/NOUN/NN victims/NOUN/NNS", -1},
		{"a participle before its object", "The/DET/DT CVM/PROPN/NNP fined/VERB/VBN Marcos/PROPN/NNP 45/NUM/CD million/NUM/CD reais/NOUN/NNS", 2},
		{"after a name's possessive ending", "Moody/PROPN/NNP 's/PART/POS downgraded/VERB/VBN Peru/PROPN/NNP 's/PART/POS rating/NOUN/NN", 2},
		{"a headline's passive", "Opposition/NOUN/NN leader/NOUN/NN arrested/VERB/VBN in/ADP/IN Minsk/PROPN/NNP", -1},
		{"not a past form", "The/DET/DT dam/NOUN/NN wall/NOUN/NN on/ADP/IN Monday/PROPN/NNP", -1},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRetag(t, verbOfNounPhrase, tc.words, tc.want, "VBD") })
	}
}

func TestFaceVerb(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words string
		want  int
	}{
		{"names face charges", "Phiri/PROPN/NNP face/NOUN/NN charges/NOUN/NNS of/ADP/IN fraud/NOUN/NN", 1},
		{"officers face trial", "Two/NUM/CD officers/NOUN/NNS face/NOUN/NN trial/NOUN/NN", 2},
		{"a face", "a/DET/DT face/NOUN/NN charges/NOUN/NNS", -1},
		{"face of the company", "Lopez/PROPN/NNP face/NOUN/NN of/ADP/IN Veltrix/PROPN/NNP", -1},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRetag(t, faceVerb, tc.words, tc.want, "") })
	}
}

func TestCurrencyNouns(t *testing.T) {
	toks := tagged("45/NUM/CD million/NUM/CD reais/VERB/VBZ rose/VERB/VBD")
	currencyNouns(toks)
	require.Equal(t, "NOUN", toks[2].UPOS)
	require.Equal(t, "NNS", toks[2].XPOS)
	require.Equal(t, "VERB", toks[3].UPOS, "a verb after the amount's currency stays")
}

func TestNounsAfterDeterminers(t *testing.T) {
	toks := tagged("charged/VERB/VBD the/DET/DT two/NUM/CD suspects/VERB/VBZ ,/PUNCT/, police/NOUN/NNS says/VERB/VBZ")
	nounsAfterDeterminers(toks)
	require.Equal(t, "NNS", toks[3].XPOS, "a noun after an article and a number")
	require.Equal(t, "VBZ", toks[6].XPOS, "a verb after a noun stays")
}
