package ner

import (
	"strings"
	"testing"
)

// A GUM-style fragment written for this test: a named organisation with a
// nested named place and a determiner, a titled person, an unnamed person
// mention and a named event.
const gumSample = `# newdoc id = GUM_news_test
# sent_id = GUM_news_test-1
1	The	the	DET	DT	_	2	det	_	Entity=(1-organization-new-sssss-cf1-2,4-coref-University_of_Lagos
2	University	University	PROPN	NNP	_	0	root	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Lagos	Lagos	PROPN	NNP	_	2	nmod	_	Entity=(2-place-new-sssss-cf2-1-coref-Lagos)1)
5	hired	hire	VERB	VBD	_	0	root	_	_
6	Professor	professor	PROPN	NNP	_	7	compound	_	Entity=(3-person-new-sssss-cf3-2-coref-Ada_Obi
7	Obi	Obi	PROPN	NNP	_	5	obj	_	Entity=3)
8	,	,	PUNCT	,	_	5	punct	_	_
9	a	a	DET	DT	_	10	det	_	Entity=(4-person-new-sssss-cf4-2-sgl
10	chemist	chemist	NOUN	NN	_	5	obj	_	Entity=4)
11	,	,	PUNCT	,	_	5	punct	_	_
12	before	before	ADP	IN	_	13	case	_	_
13	Expo	Expo	PROPN	NNP	_	5	obl	_	Entity=(5-event-new-sssss-cf5-1-sgl)
14	.	.	PUNCT	.	_	5	punct	_	_

`

func TestReadGUM(t *testing.T) {
	docs, tags, err := ReadGUM(strings.NewReader(gumSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0]) != 1 {
		t.Fatalf("got %d documents", len(docs))
	}
	got := strings.Join(tags[0][0], " ")
	want := "O B-ORG I-ORG I-ORG O O B-PER O O O O O ? O"
	if got != want {
		t.Errorf("tags\n got %s\nwant %s", got, want)
	}
	for _, bad := range []string{"1\tx\n", "1\ta\ta\tX\t_\t_\t0\t_\t_\tEntity=3)\n", "1\ta\ta\tX\t_\t_\t0\t_\t_\tEntity=(1\n"} {
		if _, _, err := ReadGUM(strings.NewReader("# newdoc id = GUM_news_a\n"+bad), "bad"); err == nil {
			t.Errorf("ReadGUM(%q): want an error", bad)
		}
	}
}
