package normalize

import (
	"sort"
	"strings"
)

// edit replaces in[start:end] of one step's input by text.
// Edits of a step are sorted by start and do not overlap; several
// insertions (start == end) may share a position and keep their order.
type edit struct {
	start, end int
	text       string
	kind       Kind
}

// seg is an applied edit: in[in0:in1] of a step's input became
// out[out0:out1] of its output.
type seg struct {
	in0, in1, out0, out1 int
}

// stepMap is the offset map of one step: its applied edits, in order.
type stepMap []seg

// editor collects the edits of one step.
type editor struct {
	edits []edit
}

func (e *editor) replace(start, end int, text string, kind Kind) {
	e.edits = append(e.edits, edit{start, end, text, kind})
}

func (e *editor) insert(at int, text string, kind Kind) {
	e.edits = append(e.edits, edit{at, at, text, kind})
}

func (e *editor) delete(start, end int, kind Kind) {
	e.edits = append(e.edits, edit{start, end, "", kind})
}

// apply returns in with the edits applied, and the offset map.
func apply(in string, edits []edit) (string, stepMap) {
	n := len(in)
	for _, e := range edits {
		n += len(e.text) - (e.end - e.start)
	}
	var b strings.Builder
	b.Grow(n)
	m := make(stepMap, 0, len(edits))
	last := 0
	for _, e := range edits {
		b.WriteString(in[last:e.start])
		out0 := b.Len()
		b.WriteString(e.text)
		m = append(m, seg{e.start, e.end, out0, b.Len()})
		last = e.end
	}
	b.WriteString(in[last:])
	return b.String(), m
}

// back maps an offset in the step's output to its input. An offset inside
// a replacement maps to the replacement's start (or, with end set, to its
// end); an offset where text was deleted maps to the start of the deleted
// text.
func (m stepMap) back(off int, end bool) int {
	// First edit whose output ends at or after off.
	i := sort.Search(len(m), func(i int) bool { return m[i].out1 >= off })
	if i < len(m) && m[i].out0 <= off {
		s := m[i]
		switch {
		case off == s.out0:
			return s.in0
		case off < s.out1:
			if end {
				return s.in1
			}
			return s.in0
		}
		// off == s.out1 of a non-empty replacement: the text after it.
		return s.in1
	}
	if i == 0 {
		return off
	}
	p := m[i-1]
	return p.in1 + off - p.out1
}

// mapper maps offsets of one stage of the pipeline back to the input.
type mapper []stepMap

func (ms mapper) back(off int, end bool) int {
	for i := len(ms) - 1; i >= 0; i-- {
		off = ms[i].back(off, end)
	}
	return off
}
