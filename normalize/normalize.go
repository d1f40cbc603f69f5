package normalize

import (
	"sort"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run makelexicon.go

// Kind names a class of repair.
type Kind string

// The kinds of repair, in the order the steps run (see the package
// documentation for the rule behind each).
const (
	// KindUTF8: a run of invalid UTF-8 bytes became U+FFFD.
	KindUTF8 Kind = "utf8"
	// KindNFC: text was put in Unicode normalisation form C.
	KindNFC Kind = "nfc"
	// KindNewline: \r\n, \r, U+0085, U+2028 or U+2029 became \n.
	KindNewline Kind = "newline"
	// KindControl: a control or invisible format character (soft hyphen,
	// zero-width space, BOM, bidi mark) was removed.
	KindControl Kind = "control"
	// KindSpace: a space character was changed (tab, exotic Unicode spaces,
	// NBSP with Options.PlainSpaces), a run of spaces became one, or spaces
	// at the start or end of a line were removed.
	KindSpace Kind = "space"
	// KindHyphen: U+2010 or U+2011 became '-'.
	KindHyphen Kind = "hyphen"
	// KindApostrophe: an apostrophe between letters was written as the
	// chosen apostrophe (’, or ' with Options.ASCIIApostrophe).
	KindApostrophe Kind = "apostrophe"
	// KindQuote: a quotation mark “ ” „ or " became « or ».
	KindQuote Kind = "quote"
	// KindPunctSpace: a missing space was added inside « », before : ; ? !,
	// after a closing quotation mark, before an opening guillemet, or after a
	// sentence's final period.
	KindPunctSpace Kind = "punct-space"
	// KindDoubled: a doubled », « or comma was made single.
	KindDoubled Kind = "doubled-punct"
	// KindDropCap: a doubled initial capital (CC’est) was made single.
	KindDropCap Kind = "drop-cap"
	// KindDuplicate: a word repeated after a stray period was removed.
	KindDuplicate Kind = "duplicate-word"
	// KindGlued: a space was added between two glued words.
	KindGlued Kind = "glued-words"
)

// Repair is one change made to the input.
type Repair struct {
	Kind       Kind
	Start, End int    // byte span in the original input
	Before     string // original[Start:End]
	After      string // what replaced it
}

// Result is repaired text with the record of how it was obtained.
type Result struct {
	Text    string
	Repairs []Repair // sorted by Start

	maps mapper // one offset map per step that changed something
}

// Original maps a byte offset in r.Text to a byte offset in the input.
//
// Offsets outside [0, len(r.Text)] are clamped first. Text that no repair
// touched maps to where it was; an offset inside a repair's replacement
// maps to the start of the replaced text, and so does the offset where
// text was removed (so len(r.Text) maps before spaces trimmed at the end).
// Original is monotonic: a greater offset never maps to a smaller one.
func (r *Result) Original(off int) int {
	off = min(max(off, 0), len(r.Text))
	return r.maps.back(off, false)
}

// OriginalSpan maps the span r.Text[start:end] to the smallest span of the
// input that holds all it came from: an end inside a replacement maps to the
// end of the replaced text.
func (r *Result) OriginalSpan(start, end int) (int, int) {
	start = r.Original(start)
	end = r.maps.back(min(max(end, 0), len(r.Text)), true)
	return start, max(start, end)
}

// Options controls choices where French writing has more than one right
// form, and which repairs run. The zero value is the default: typographic
// apostrophe ’, no-break spaces kept as they are, plain spaces inserted,
// every repair on.
type Options struct {
	// ASCIIApostrophe writes apostrophes as ' instead of the typographic ’.
	ASCIIApostrophe bool
	// PlainSpaces turns NBSP and narrow NBSP into plain spaces (zero value keeps them).
	PlainSpaces bool
	// UnifyNBSP turns narrow NBSP (U+202F) and figure space (U+2007) into
	// NBSP (U+00A0); zero value keeps narrow NBSP and turns figure space into
	// NBSP. PlainSpaces wins over it.
	UnifyNBSP bool
	// NBSP makes the spaces that repairs add inside « » and before : no-break
	// spaces (U+00A0), and those before ; ? ! narrow no-break spaces (U+202F,
	// or U+00A0 with UnifyNBSP), as French typography wants. Zero value adds
	// plain spaces. PlainSpaces wins over it.
	NBSP bool
	// NoSplit turns off the repairs that need the embedded word list, so
	// that it is never loaded (about 10 MB in memory): glued words
	// (KindGlued), a doubled capital before a lowercase word (LLes; CC’est
	// is still repaired) and a missing space after a period (mardi.Le).
	NoSplit bool
}

// String repairs s with the default options.
func String(s string) Result { return Options{}.String(s) }

// String repairs s. It is safe for concurrent use.
func (o Options) String(s string) Result {
	p := pipeline{in: s, text: s}
	p.run(fixUTF8)
	p.run(fixNFC)
	p.run(o.mapRunes)
	p.run(fixQuotes)
	p.run(o.fixWords)
	p.run(o.fixSpacing)
	if p.joined {
		p.run(fixNFC) // a removal put a combining mark after a new base
	}
	sort.SliceStable(p.repairs, func(i, j int) bool { return p.repairs[i].Start < p.repairs[j].Start })
	return Result{Text: p.text, Repairs: p.repairs, maps: p.maps}
}

// pipeline runs the steps one after the other, each on the output of the
// previous one, and records their repairs against the input.
type pipeline struct {
	in, text string
	maps     mapper
	repairs  []Repair
	ed       editor
	joined   bool // an edit ends before a rune that may combine with the text before
}

func (p *pipeline) run(step func(string, *editor)) {
	p.ed.edits = p.ed.edits[:0]
	step(p.text, &p.ed)
	if len(p.ed.edits) == 0 {
		return
	}
	out, m := apply(p.text, p.ed.edits)
	for _, e := range p.ed.edits {
		start := p.maps.back(e.start, false)
		end := max(start, p.maps.back(e.end, true))
		p.repairs = append(p.repairs, Repair{Kind: e.kind, Start: start, End: end, Before: p.in[start:end], After: e.text})
	}
	p.maps = append(p.maps, m)
	p.text = out
	// Text may leave NFC where an edit ends before a combining mark.
	for _, s := range m {
		if s.out1 < len(out) && out[s.out1] >= utf8.RuneSelf && !norm.NFC.PropertiesString(out[s.out1:]).BoundaryBefore() {
			p.joined = true
			break
		}
	}
}
