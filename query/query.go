// Package query runs Gizmo queries (Cayley's JavaScript path language)
// against a graph.Store, with a timeout and a result limit, and returns
// JSON-able results.
//
// The prefixes of the graph vocabulary (graph.Prefixes: id:, dossier:, role:,
// rel:, schema:, rdf:, rdfs:, xsd:) work inside angle brackets anywhere in a
// query, so
//
//	g.V().Has("<rdf:type>", "<schema:Event>").Out("<schema:startDate>").All()
//
// matches the full IRIs the store keeps; they are also registered for
// g.IRI("schema:Event"). Each query runs in its own Gizmo session (sessions
// are not goroutine-safe) under the store's read lock, which is held until
// the query's iterator is closed and its goroutine has finished.
//
// The package does not serve HTTP and does not export graphs (package
// query/export does).
package query

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cquery "github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/graph"
)

// Defaults for the zero Options.
const (
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 1000
)

// Options bound a query.
type Options struct {
	// Timeout stops the query after this long; 0 means DefaultTimeout.
	Timeout time.Duration
	// Limit is the most results returned; 0 means DefaultLimit, a
	// negative value means no limit.
	Limit int
	// ShortIRIs writes IRIs in results with the vocabulary's prefixes
	// ("<id:org/...>", "<schema:Event>") instead of in full.
	ShortIRIs bool
}

// ErrTimeout is wrapped by the error of a query that ran out of time.
var ErrTimeout = errors.New("query: timed out")

// Error is a query that Gizmo could not compile or run: a mistake in the
// query, not in the store.
type Error struct {
	Query string
	Err   error
}

// Error implements error.
func (e *Error) Error() string { return "query: gizmo: " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Result is what a query returned.
type Result struct {
	// Values are the results, in the order Gizmo produced them: maps of
	// tag to value for All() and ForEach(), or whatever Emit() was given.
	// Values are strings (IRIs in angle brackets), int64, float64, bool
	// and time.Time, all JSON-encodable.
	Values []any `json:"results"`
	// Truncated reports that the limit stopped the query early.
	Truncated bool `json:"truncated,omitempty"`
	// Elapsed is how long the query ran.
	Elapsed time.Duration `json:"elapsed_ns"`
}

// Gizmo runs a Gizmo query against the store and returns its results
// (JSON-able values), at most opts.Limit of them.
func Gizmo(ctx context.Context, s *graph.Store, q string, opts Options) ([]any, error) {
	r, err := Run(ctx, s, q, opts)
	if err != nil {
		return nil, err
	}
	return r.Values, nil
}

// Run runs a Gizmo query like Gizmo and also reports whether the limit cut
// it short and how long it took.
func Run(ctx context.Context, s *graph.Store, q string, opts Options) (*Result, error) {
	if strings.TrimSpace(q) == "" {
		return nil, &Error{Query: q, Err: errors.New("empty query")}
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Limit == 0 {
		opts.Limit = DefaultLimit
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	start := time.Now()
	res := &Result{Values: []any{}}
	err := s.View(ctx, func(qs cgraph.QuadStore) error {
		// The prelude goes on the query's first line, so that line numbers
		// in errors stay right. (A second Execute on one session would
		// not do: closing the first iterator leaves the session
		// interrupted.)
		vals, err := collect(ctx, gizmo.NewSession(qs), prelude+Expand(q), opts.Limit)
		res.Values = append(res.Values, vals...)
		if errors.Is(err, errLimit) {
			res.Truncated = true
			return nil
		}
		return err
	})
	res.Elapsed = time.Since(start)
	switch {
	case err == nil:
	case errors.Is(err, context.DeadlineExceeded):
		return nil, fmt.Errorf("%w after %v: %w", ErrTimeout, opts.Timeout, err)
	default:
		return nil, err
	}
	if opts.ShortIRIs {
		for i, v := range res.Values {
			res.Values[i] = shorten(v)
		}
	}
	return res, nil
}

var errLimit = errors.New("limit reached")

// collect executes q in sess and gathers its JSON results, stopping after
// limit results (if limit >= 0) with errLimit. It always closes the
// iterator and waits for the query's goroutine to end, so that nothing
// touches the quad store after it returns.
func collect(ctx context.Context, sess *gizmo.Session, q string, limit int) (vals []any, err error) {
	copts := cquery.Options{Collation: cquery.JSON}
	if limit >= 0 {
		copts.Limit = limit + 1 // one more, to tell a full page from a cut one
	}
	it, err := sess.Execute(ctx, q, copts)
	if err != nil {
		return nil, queryError(q, err)
	}
	started := false
	defer func() {
		it.Close()
		if started {
			// Close interrupts the query; wait until its goroutine has
			// stopped (Next returns false once it has).
			for it.Next(context.Background()) {
			}
		}
	}()
	for {
		started = true
		if !it.Next(ctx) {
			break
		}
		v := it.Result()
		if v == nil {
			continue
		}
		if limit >= 0 && len(vals) == limit {
			return vals, errLimit
		}
		vals = append(vals, v)
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return vals, ctx.Err()
		}
		return vals, queryError(q, err)
	}
	return vals, ctx.Err()
}

// position matches a line 1 position in goja's messages ("Line 1:467",
// "<eval>:1:475(52)").
var position = regexp.MustCompile(`(Line 1:|<eval>:1:)(\d+)`)

// queryError wraps an error of Gizmo in an Error for the user's query,
// taking the prelude's length off line 1 columns.
func queryError(q string, err error) error {
	msg := position.ReplaceAllStringFunc(err.Error(), func(m string) string {
		sub := position.FindStringSubmatch(m)
		col, _ := strconv.Atoi(sub[2])
		if col > len(prelude) {
			col -= len(prelude)
		}
		return sub[1] + strconv.Itoa(col)
	})
	return &Error{Query: strings.TrimPrefix(q, prelude), Err: errors.New(msg)}
}

// prelude registers the vocabulary's prefixes for g.IRI(), on one line.
var prelude = func() string {
	var b strings.Builder
	for _, p := range graph.Prefixes() {
		fmt.Fprintf(&b, "g.addNamespace(%q, %q); ", p.Name, p.IRI)
	}
	return b.String()
}()

// prefixed matches "<prefix:local>" for the vocabulary's prefixes.
var prefixed = func() *regexp.Regexp {
	var names []string
	for _, p := range graph.Prefixes() {
		names = append(names, regexp.QuoteMeta(p.Name))
	}
	return regexp.MustCompile(`<(` + strings.Join(names, "|") + `):([^<>"'\s\\]*)>`)
}()

// Expand rewrites every "<prefix:local>" of the vocabulary's prefixes in a
// query into the full IRI "<namespace+local>". Other text is left alone.
func Expand(q string) string {
	full := map[string]string{}
	for _, p := range graph.Prefixes() {
		full[p.Name] = p.IRI
	}
	return prefixed.ReplaceAllStringFunc(q, func(m string) string {
		sub := prefixed.FindStringSubmatch(m)
		return "<" + full[sub[1]] + sub[2] + ">"
	})
}

// Shorten writes a full IRI "<namespace+local>" of the vocabulary as
// "<prefix:local>"; other strings are returned unchanged.
func Shorten(s string) string {
	if len(s) < 2 || s[0] != '<' || s[len(s)-1] != '>' {
		return s
	}
	iri := s[1 : len(s)-1]
	for _, p := range graph.Prefixes() {
		if strings.HasPrefix(iri, p.IRI) {
			return "<" + p.Name + ":" + iri[len(p.IRI):] + ">"
		}
	}
	return s
}

// shorten applies Shorten to every string in a result value.
func shorten(v any) any {
	switch v := v.(type) {
	case string:
		return Shorten(v)
	case quad.IRI:
		return Shorten(v.String())
	case map[string]any:
		for k, x := range v {
			v[k] = shorten(x)
		}
		return v
	case []any:
		for i, x := range v {
			v[i] = shorten(x)
		}
		return v
	}
	return v
}
