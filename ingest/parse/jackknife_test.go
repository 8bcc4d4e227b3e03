package parse

import (
	"context"
	"slices"
	"testing"

	"github.com/dossier-kg/dossier/ingest/pos"
)

func TestJackknifePOS(t *testing.T) {
	all, err := ReadExamplesFile(ewtPath(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	train := slices.Clone(all[:300])
	dev := slices.Clone(all[300:340])
	for i := range train {
		train[i].UPOS = slices.Clone(train[i].UPOS)
	}
	if err := JackknifePOS(context.Background(), train, dev, 1, pos.TrainOptions{}, nil); err == nil {
		t.Error("one fold accepted")
	}
	if err := JackknifePOS(context.Background(), train, dev, 3, pos.TrainOptions{Iters: 2, Stages: 1}, nil); err != nil {
		t.Fatal(err)
	}
	changed, total := 0, 0
	for i := range train {
		if len(train[i].UPOS) != len(train[i].Words) || len(train[i].XPOS) != len(train[i].Words) {
			t.Fatalf("sentence %d: %d words, %d/%d tags after jackknifing", i, len(train[i].Words), len(train[i].UPOS), len(train[i].XPOS))
		}
		for j := range train[i].UPOS {
			total++
			if train[i].UPOS[j] != all[i].UPOS[j] {
				changed++
			}
		}
	}
	// A tagger trained on 200 sentences errs often on the held-out third,
	// and still gets most words right.
	if changed == 0 || changed > total/3 {
		t.Errorf("%d of %d UPOS tags differ from gold after jackknifing", changed, total)
	}
}
