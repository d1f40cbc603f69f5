// Package normalize repairs scraped French text.
//
// TEMPORARY SKELETON: the API below is agreed; the implementation is being written.
package normalize

import "golang.org/x/text/unicode/norm"

// Kind names a class of repair.
type Kind string

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
	Repairs []Repair
	// offset map back to the input (unexported)
	orig []int
}

// Original maps a byte offset in r.Text to a byte offset in the input.
func (r *Result) Original(off int) int {
	if off <= 0 || r.orig == nil {
		return off
	}
	if off >= len(r.orig) {
		return r.orig[len(r.orig)-1]
	}
	return r.orig[off]
}

// Options controls choices where French writing has more than one right form.
// The zero value is the default.
type Options struct {
	// ASCIIApostrophe writes apostrophes as ' instead of the typographic ’.
	ASCIIApostrophe bool
	// PlainSpaces turns NBSP and narrow NBSP into plain spaces (zero value keeps them).
	PlainSpaces bool
}

// String repairs s with the default options.
func String(s string) Result { return Options{}.String(s) }

// String repairs s.
func (o Options) String(s string) Result {
	return Result{Text: norm.NFC.String(s)}
}
