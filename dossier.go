// Package dossier holds the domain types that every stage of Dossier shares:
// documents and their text, the spans, tokens and sentences the NLP stages
// produce, and the mentions, entities, time expressions, events and relations
// that end up in the knowledge graph.
//
// The package depends on the standard library only. It produces nothing by
// itself: package ingest reads documents and fills an Analysis, package graph
// stores it as quads, package timeline orders events, and package query reads
// the graph back. Offsets are always byte offsets into Document.Text, end
// exclusive, so that Document.Text[s.Start:s.End] is the text of a span.
package dossier

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) of a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span is a well-formed range within a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Document is one article as read from its source, before analysis.
type Document struct {
	// ID is the stable identifier of the document, derived from its source
	// (path or URL), so that re-ingesting the same source replaces its facts.
	ID string `json:"id"`
	// Title is the headline, if the reader found one.
	Title string `json:"title,omitempty"`
	// Published is the publication date (document creation time); the zero
	// time means unknown.
	Published time.Time `json:"published,omitempty"`
	// Source names where the document came from: a file path, "-" for
	// standard input, or a URL.
	Source string `json:"source"`
	// URL is the canonical address of the article, if known.
	URL string `json:"url,omitempty"`
	// Format is the reader that produced the text: "text", "markdown",
	// "html" or "jsonl".
	Format string `json:"format,omitempty"`
	// Text is the plain text every offset refers to.
	Text string `json:"-"`
}

// HasPublished reports whether the publication date is known.
func (d *Document) HasPublished() bool { return !d.Published.IsZero() }

// SpanText returns the text of a span, or "" if the span is out of range.
func (d *Document) SpanText(s Span) string {
	if !s.Valid(len(d.Text)) {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// InputError reports a document that cannot be read or analysed, naming the
// input and the reason. Readers and the pipeline return it so that a batch
// can report each bad file and carry on with the rest.
type InputError struct {
	// Source is the path, "-" or URL of the input.
	Source string
	// Reason says what is wrong, e.g. "invalid UTF-8 at byte 112".
	Reason string
	// Err is the underlying error, if any.
	Err error
}

// Error implements error.
func (e *InputError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Source, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Source, e.Reason)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }
