package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sharedDir is the shared corpora directory, seen from this package.
const sharedDir = "../../../shared/data"

// corpusText returns the plain text of the TimeBank part of TBAQ, joined.
func corpusText(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(sharedDir, "tempeval3", "TBAQ-cleaned", "TimeBank")
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("shared corpora missing (%v): the timex tests read TimeBank from %s", err, dir)
	}
	docs, err := ReadTimeMLDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for _, d := range docs {
		b.WriteString(d.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkTag measures tagging speed on newswire (TimeBank texts).
func BenchmarkTag(b *testing.B) {
	text := corpusText(b)
	t := New()
	dct := time.Date(1998, 2, 13, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.Tag(text, dct)
	}
}
