package ner

// Entity types, in label order.
const numTypes = 4

// typeNames are the CoNLL names of the entity types, indexed by type.
func typeName(t int) string {
	switch t {
	case 0:
		return "PER"
	case 1:
		return "ORG"
	case 2:
		return "LOC"
	default:
		return "MISC"
	}
}

func typeIndex(s string) int {
	switch s {
	case "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	case "MISC":
		return 3
	}
	return -1
}

// BILOU labels: 0 is O; 1+4*type+pos with pos 0 B, 1 I, 2 L, 3 U.
const (
	numLabels = 1 + 4*numTypes
	posB      = 0
	posI      = 1
	posL      = 2
	posU      = 3
)

func label(typ, pos int) uint8 { return uint8(1 + 4*typ + pos) }
func labelType(l uint8) int    { return int(l-1) / 4 }
func labelPos(l uint8) int     { return int(l-1) % 4 }

// open reports whether label l leaves an entity open (B or I).
func open(l uint8) bool {
	if l == 0 {
		return false
	}
	p := labelPos(l)
	return p == posB || p == posI
}

// allowed reports whether label l may follow prev; last says l ends the
// sentence.
func allowed(prev, l uint8, last bool) bool {
	if open(prev) {
		if l == 0 || labelType(l) != labelType(prev) {
			return false
		}
		p := labelPos(l)
		if p == posI {
			return !last
		}
		return p == posL
	}
	if l == 0 {
		return true
	}
	p := labelPos(l)
	if p == posB {
		return !last
	}
	return p == posU
}

// bilouFromIOB2 converts IOB2 tags to BILOU labels.
func bilouFromIOB2(tags []string) []uint8 {
	out := make([]uint8, len(tags))
	for i, t := range tags {
		p, typ := splitTag(t)
		ti := typeIndex(typ)
		if p == 'O' || ti < 0 {
			continue
		}
		nextIn := false
		if i+1 < len(tags) {
			np, ntyp := splitTag(tags[i+1])
			nextIn = np == 'I' && ntyp == typ
		}
		switch {
		case p == 'B' && nextIn:
			out[i] = label(ti, posB)
		case p == 'B':
			out[i] = label(ti, posU)
		case nextIn:
			out[i] = label(ti, posI)
		default:
			out[i] = label(ti, posL)
		}
	}
	return out
}

// iob2Names holds the IOB2 tag of every BILOU label.
var iob2Names = func() [numLabels]string {
	var n [numLabels]string
	n[0] = "O"
	for t := 0; t < numTypes; t++ {
		n[label(t, posB)] = "B-" + typeName(t)
		n[label(t, posU)] = "B-" + typeName(t)
		n[label(t, posI)] = "I-" + typeName(t)
		n[label(t, posL)] = "I-" + typeName(t)
	}
	return n
}()

// iob2 returns the IOB2 tag of a BILOU label.
func iob2(l uint8) string { return iob2Names[l] }
