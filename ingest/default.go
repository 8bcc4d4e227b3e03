package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/coref"
	"github.com/dossier-kg/dossier/ingest/events"
	"github.com/dossier-kg/dossier/ingest/gazetteer"
	"github.com/dossier-kg/dossier/ingest/ner"
	"github.com/dossier-kg/dossier/ingest/parse"
	"github.com/dossier-kg/dossier/ingest/pos"
	"github.com/dossier-kg/dossier/ingest/relations"
	"github.com/dossier-kg/dossier/ingest/text"
	"github.com/dossier-kg/dossier/ingest/timex"
)

// Default returns the standard pipeline: segmentation, part-of-speech
// tagging, dependency parsing, entity recognition, the publication date
// from a dateline when the reader found none, time expressions, alias and
// coreference resolution, events and relations. The embedded models are
// loaded once per process; the pipeline is safe for concurrent use.
func Default() (*Pipeline, error) {
	tagger, err := pos.Default()
	if err != nil {
		return nil, fmt.Errorf("part-of-speech model: %w", err)
	}
	parser, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	rec, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	gaz, err := DefaultGazetteer()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return &Pipeline{Stages: []Stage{
		text.Segmenter{},
		pos.Stage{Tagger: tagger},
		parse.Stage{Parser: parser},
		ner.Stage{Recognizer: rec},
		StageFunc{StageName: "dateline", Func: dateline},
		timex.Stage{Tagger: timex.New()},
		&coref.Resolver{Gazetteer: gaz},
		&events.Extractor{Gazetteer: gaz},
		&relations.Extractor{Gazetteer: gaz},
	}}, nil
}

// dateline sets the publication date from a dateline at the top of the
// text when the reader found none.
func dateline(_ context.Context, a *dossier.Analysis) error {
	if a.Doc.HasPublished() {
		return nil
	}
	if t, ok := timex.Dateline(a.Doc.Text); ok {
		a.Doc.Published = t
	}
	return nil
}

// DefaultGazetteer returns the embedded gazetteer in the form the alias
// resolver asks for.
func DefaultGazetteer() (coref.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return gazetteerAdapter{g}, nil
}

// gazetteerAdapter answers the resolver's questions from the gazetteer.
type gazetteerAdapter struct{ g *gazetteer.Gazetteer }

// Canonical returns the best entry for a name. Cities count only when the
// name is the city's own (not one of many alternate spellings) so that
// ordinary capitalised words are not taken for places.
func (a gazetteerAdapter) Canonical(name string) (string, dossier.EntityType, string, bool) {
	es := a.g.Lookup(name)
	if len(es) == 0 {
		return "", "", "", false
	}
	e := es[0]
	return e.Name, e.Type, string(e.Kind), true
}

// CountryOf returns the country a city or region lies in.
func (a gazetteerAdapter) CountryOf(name string) (string, bool) {
	es := a.g.Lookup(name)
	if len(es) == 0 || es[0].Country == "" || es[0].Kind == gazetteer.KindCountry {
		return "", false
	}
	c, ok := a.g.Country(es[0].Country)
	if !ok {
		return "", false
	}
	return c.Name, true
}

// CapitalOf returns the country whose capital the city is.
func (a gazetteerAdapter) CapitalOf(name string) (string, bool) {
	c, ok := a.CountryOf(name)
	if !ok {
		return "", false
	}
	es := a.g.Lookup(c)
	if len(es) == 0 || es[0].Kind != gazetteer.KindCountry {
		return "", false
	}
	// The country's capital by name, or the city GeoNames marks as the
	// seat of government ("Washington", whose country lists "Washington
	// D.C.").
	for _, e := range a.g.Lookup(name) {
		if e.Kind == gazetteer.KindCity && e.Country == es[0].Country && (e.Feature == "PPLC" || strings.EqualFold(es[0].Capital, e.Name)) {
			return c, true
		}
	}
	return "", false
}

// Demonym returns the country of a demonym.
func (a gazetteerAdapter) Demonym(word string) (string, bool) {
	e, ok := a.g.Demonym(word)
	if !ok {
		return "", false
	}
	return e.Name, true
}
