package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReproducible rebuilds the gazetteer from ../shared/data and checks
// that the result is byte for byte the committed data file: the build is
// deterministic and the shipped data is up to date.
func TestReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared corpora (about 30 MB)")
	}
	shared := filepath.Join("..", "..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(shared, "geonames", "countryInfo.txt")); err != nil {
		t.Fatalf("the shared corpora are missing (want %s next to the work tree): %v", shared, err)
	}
	out := t.TempDir()
	if _, err := run(shared, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "gazetteer.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "data", "gazetteer.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("rebuilt data (%d bytes) differs from ingest/gazetteer/data/gazetteer.tsv.gz (%d bytes): rerun the generator", len(got), len(want))
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"Albanian": "Albanians", "Iraqi": "Iraqis", "Chinese": "", "Swiss": "", "French": "", "British": "", "Frenchman": "Frenchmen"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCommonWord(t *testing.T) {
	w := &wordCounts{
		lower:   map[string]int{"reading": 40, "march": 2, "states": 26},
		capital: map[string]int{"reading": 3, "march": 90, "states": 126, "victoria": 4},
	}
	for in, want := range map[string]bool{"Reading": true, "March": false, "Victoria": false, "States": true, "New York": false} {
		if got := w.commonWord(in); got != want {
			t.Errorf("commonWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPersonName(t *testing.T) {
	w := &wordCounts{
		person: map[string]int{"George": 27, "Paris": 12, "Jackson": 1},
		place:  map[string]int{"Paris": 11},
	}
	for in, want := range map[string]bool{"George": true, "Paris": false, "Jackson": false, "Tirana": false, "George Town": false} {
		if got := w.personName(in); got != want {
			t.Errorf("personName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestOtherName(t *testing.T) {
	w := &wordCounts{
		capital:     map[string]int{"san": 29, "texas": 40, "tirana": 1},
		singlePlace: map[string]int{"Texas": 28},
	}
	for in, want := range map[string]bool{"San": true, "Texas": false, "Tirana": false, "San Diego": false} {
		if got := w.otherName(in); got != want {
			t.Errorf("otherName(%q) = %v, want %v", in, got, want)
		}
	}
}
