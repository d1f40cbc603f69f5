package normalize

import (
	"testing"
	"unicode/utf8"
)

// FuzzString checks the properties every result has (see check): valid
// UTF-8 in NFC, idempotence, a monotonic Original inside the input, repair
// spans that hold what they replaced, and no letter or digit lost without a
// repair. It is seeded from the table tests and the seed articles.
func FuzzString(f *testing.F) {
	for _, tt := range repairTests {
		f.Add(tt.in)
	}
	for _, s := range seeds(f) {
		f.Add(s)
		// Paragraphs alone too: smaller inputs mutate better.
		for len(s) > 0 {
			n := min(len(s), 600)
			for n < len(s) && !utf8.RuneStart(s[n]) {
				n++
			}
			f.Add(s[:n])
			s = s[n:]
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<12 {
			return
		}
		check(t, Options{}, in)
		// And one other set of options, chosen by the length.
		others := []Options{
			{ASCIIApostrophe: true, NBSP: true},
			{PlainSpaces: true},
			{UnifyNBSP: true, NBSP: true},
			{NoSplit: true, ASCIIApostrophe: true},
			{PlainSpaces: true, NBSP: true, UnifyNBSP: true},
		}
		check(t, others[len(in)%len(others)], in)
	})
}
