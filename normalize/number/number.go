package number

import (
	"encoding/json"
	"sync"
)

// Qualifier says how the text bounds a number.
type Qualifier string

// Qualifiers, as written in the JSON contract.
const (
	Exact    Qualifier = ""
	About    Qualifier = "about"     // environ, près de, une trentaine
	AtLeast  Qualifier = "at-least"  // au moins
	MoreThan Qualifier = "more-than" // plus de
	LessThan Qualifier = "less-than" // moins de
	UpTo     Qualifier = "up-to"     // jusqu'à
	Vague    Qualifier = "vague"     // des milliers
)

// Number is one number found in a text.
type Number struct {
	Start, End int    // byte offsets of Text in the searched string
	Text       string // the words that make the number, qualifier and range words included
	Value      float64
	Known      bool      // false for vague amounts ("des milliers"): Value is meaningless
	Ordinal    bool      // Value is a rank: "1er", "XXIe", "vingt et unième"
	Approx     bool      // a collective noun ("une trentaine") or an "about" qualifier
	Qualifier  Qualifier // how the text bounds the number; Exact when it does not
	HasRange   bool      // Min and Max are set ("entre 10 000 et 12 000", "de 22 à 83 ans"); Value is Min
	Min, Max   float64
	Unit       string // counted noun or unit that follows ("soldats", "km", "%"), as written; "" if none
}

// Find returns every number in s, in order of position. See the package
// documentation for what is read and what is left out.
//
// Find is safe for concurrent use.
func Find(s string) []Number {
	return find(s, false)
}

// buffers are the tokenizer's reusable storage.
type buffers struct {
	toks  []token
	arena []byte
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

// find scans s; whole turns the context rules off (see Parse).
func find(s string, whole bool) []Number {
	b := bufPool.Get().(*buffers)
	sc := scanner{s: s, whole: whole}
	sc.t, b.arena = tokenize(s, b.toks, b.arena)
	sc.keys = string(b.arena)
	out := sc.run(nil)
	if cap(sc.t) <= 1<<16 {
		b.toks = sc.t
		bufPool.Put(b)
	}
	return out
}

// MarshalJSON writes n in the annotate contract's shape.
func (n Number) MarshalJSON() ([]byte, error) {
	type out struct {
		Text      string   `json:"text"`
		Start     int      `json:"start"`
		End       int      `json:"end"`
		Value     *float64 `json:"value"`
		Ordinal   bool     `json:"ordinal"`
		Approx    bool     `json:"approx"`
		Qualifier string   `json:"qualifier"`
		Min       *float64 `json:"min,omitempty"`
		Max       *float64 `json:"max,omitempty"`
		Unit      string   `json:"unit"`
	}
	o := out{Text: n.Text, Start: n.Start, End: n.End, Ordinal: n.Ordinal, Approx: n.Approx, Qualifier: string(n.Qualifier), Unit: n.Unit}
	if n.Known {
		v := n.Value
		o.Value = &v
	}
	if n.HasRange {
		lo, hi := n.Min, n.Max
		o.Min, o.Max = &lo, &hi
	}
	return json.Marshal(o)
}
