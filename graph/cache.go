package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// cached wraps a quad store for one read: Quad assembles quads from
// QuadDirection and a cache of node values. Cayley's KV stores decode all
// four values of a quad from the log on every Quad call, while our reads
// meet the same predicates, types and document IRIs over and over; this
// cuts the CPU time of reads several times. It is not safe for concurrent
// use and must not outlive the read lock it was made under.
type cached struct {
	cgraph.QuadStore
	names map[any]quad.Value
}

func newCached(qs cgraph.QuadStore) *cached {
	if c, ok := qs.(*cached); ok {
		return c
	}
	return &cached{QuadStore: qs, names: make(map[any]quad.Value)}
}

// Quad returns the quad of a quad reference.
func (c *cached) Quad(ref cgraph.Ref) (quad.Quad, error) {
	var q quad.Quad
	for _, d := range quad.Directions {
		r, err := c.QuadStore.QuadDirection(ref, d)
		if err != nil {
			return q, err
		}
		if r == nil {
			continue
		}
		v, err := c.NameOf(r)
		if err != nil {
			return q, err
		}
		q.Set(d, v)
	}
	return q, nil
}

// NameOf returns the value of a node reference.
func (c *cached) NameOf(r cgraph.Ref) (quad.Value, error) {
	k := r.Key()
	if v, ok := c.names[k]; ok {
		return v, nil
	}
	v, err := c.QuadStore.NameOf(r)
	if err != nil {
		return nil, err
	}
	c.names[k] = v
	return v, nil
}
