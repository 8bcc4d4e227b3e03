package parse

// The arc-eager transition system. Words are numbered 1..n; 0 is the
// artificial root, which starts on the stack. The parser reads the buffer
// left to right and ends when it is empty; words left without a head are
// attached afterwards (see finish), so the output is always a tree.

// The four transitions of the arc-eager system.
const (
	shift  = iota // push the buffer front
	reduce        // pop the stack top (it has a head)
	left          // the buffer front becomes the head of the stack top, which is popped
	right         // the stack top becomes the head of the buffer front, which is pushed
	nActions
)

const none = -1

// encoded is a sentence with every word reduced to the hashes the features
// use, computed once per sentence. Index 0 is the root.
type encoded struct {
	n    int
	word []uint64 // normalised form
	tag  []uint64 // XPOS, or UPOS when XPOS is missing
	upos []uint64 // UPOS
	sfx  []uint64 // last three bytes of the normalised form
	ucls []string // UPOS strings, for the choice of the root word
	// nverb and npunct count the verbs and the punctuation marks among
	// words 1..i, for the features of the words between two others.
	nverb, npunct []int
}

// state is a parser configuration: the stack, the buffer front and the arcs
// built so far, with the per-word summaries the features read.
type state struct {
	n         int
	stack     []int
	b         int // buffer front; the buffer is b..n
	head      []int
	label     []int
	l1, l2    []int // leftmost and second leftmost dependents
	r1, r2    []int // rightmost and second rightmost dependents
	nl, nr    []int
	lset      []uint64 // labels of left dependents, as a bit set
	rset      []uint64 // labels of right dependents
	rootChild int
}

func (st *state) reset(n int) {
	st.n = n
	grow := func(s []int) []int {
		if cap(s) < n+1 {
			return make([]int, n+1)
		}
		return s[:n+1]
	}
	st.head, st.label = grow(st.head), grow(st.label)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1), grow(st.l2), grow(st.r1), grow(st.r2)
	st.nl, st.nr = grow(st.nl), grow(st.nr)
	if cap(st.lset) < n+1 {
		st.lset, st.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	st.lset, st.rset = st.lset[:n+1], st.rset[:n+1]
	for i := 0; i <= n; i++ {
		st.head[i], st.label[i] = none, none
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = none, none, none, none
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	st.rootChild = none
}

func (st *state) terminal() bool { return st.b > st.n }

func (st *state) s0() int { return st.stack[len(st.stack)-1] }

func (st *state) s1() int {
	if len(st.stack) < 2 {
		return none
	}
	return st.stack[len(st.stack)-2]
}

// valid reports which transitions the configuration allows. The root takes
// one dependent only, so that the tree has a single root word.
func (st *state) valid() (ok [nActions]bool) {
	if st.b > st.n {
		return ok
	}
	s := st.s0()
	ok[shift] = true
	ok[reduce] = s != 0 && st.head[s] != none
	ok[left] = s != 0 && st.head[s] == none
	ok[right] = s != 0 || st.rootChild == none
	return ok
}

// addArc records h -> d with label l.
func (st *state) addArc(h, d, l int) {
	st.head[d], st.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if h == 0 {
		st.rootChild = d
	}
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		switch {
		case st.l1[h] == none || d < st.l1[h]:
			st.l2[h], st.l1[h] = st.l1[h], d
		case st.l2[h] == none || d < st.l2[h]:
			st.l2[h] = d
		}
		return
	}
	st.nr[h]++
	st.rset[h] |= bit
	switch {
	case st.r1[h] == none || d > st.r1[h]:
		st.r2[h], st.r1[h] = st.r1[h], d
	case st.r2[h] == none || d > st.r2[h]:
		st.r2[h] = d
	}
}

// arc returns the head and dependent the transition a would link.
func (st *state) arc(a int) (h, d int) {
	if a == left {
		return st.b, st.s0()
	}
	return st.s0(), st.b
}

// apply performs transition a; for left and right, l is the label.
func (st *state) apply(a, l int) {
	switch a {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case reduce:
		st.stack = st.stack[:len(st.stack)-1]
	case left:
		st.addArc(st.b, st.s0(), l)
		st.stack = st.stack[:len(st.stack)-1]
	case right:
		st.addArc(st.s0(), st.b, l)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// costs returns, for each valid transition, how many gold arcs it makes
// unreachable (the dynamic oracle of Goldberg & Nivre 2012 for arc-eager).
// gold[i] is the gold head of word i (0 for the root word).
func (st *state) costs(gold []int, ok [nActions]bool) (c [nActions]int) {
	s, b, n := st.s0(), st.b, st.n
	if ok[left] {
		// s is popped with head b: its other heads and its dependents in
		// the buffer are lost.
		for k := b; k <= n; k++ {
			if k != b && gold[s] == k {
				c[left]++
			}
			if gold[k] == s {
				c[left]++
			}
		}
	}
	if ok[right] {
		// b gets head s: a head elsewhere on the stack or in the buffer is
		// lost, and so are its headless dependents on the stack.
		if gold[b] != s {
			if gold[b] > b {
				c[right]++
			} else {
				for _, k := range st.stack {
					if k == gold[b] {
						c[right]++
						break
					}
				}
			}
		}
		for _, k := range st.stack {
			if k != 0 && st.head[k] == none && gold[k] == b {
				c[right]++
			}
		}
	}
	if ok[reduce] {
		for k := b; k <= n; k++ {
			if gold[k] == s {
				c[reduce]++
			}
		}
	}
	if ok[shift] {
		for _, k := range st.stack {
			if gold[b] == k {
				c[shift]++
			}
			if k != 0 && st.head[k] == none && gold[k] == b {
				c[shift]++
			}
		}
	}
	return c
}
