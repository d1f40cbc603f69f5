package number

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// ErrSyntax indicates that a value does not have the right syntax for a
// French number.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange indicates that a value is out of range for a float64.
var ErrRange = errors.New("value out of range")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (Parse)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrSyntax, ErrRange)
}

func (e *NumError) Error() string {
	return "number." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error, so that errors.Is(err, ErrSyntax) works.
func (e *NumError) Unwrap() error { return e.Err }

// Parse returns the value of s, a whole string that is one French number:
// digits in any French convention ("10.000", "10 000", "1,5", "-3", "100K"),
// number words ("vingt et un", "quatre-vingt-dix-neuf", "deux cent mille",
// "septante"), a mix ("1,5 million", "trente 3"), an ordinal ("1er",
// "vingt et unième", "XXIe": the value is the rank) or an approximation
// ("une trentaine": 30). Surrounding spaces are ignored.
//
// The context rules of [Find] are off: Parse("un") is 1 and Parse("2022")
// is 2022. A qualifier before the number is allowed and dropped
// (Parse("environ 10") is 10). Anything else in s, a range ("de 22 à 83")
// or an amount with no value ("des milliers") is a syntax error.
//
// The error Parse returns has concrete type *NumError and wraps ErrSyntax
// or, when the value does not fit a float64, ErrRange.
func Parse(s string) (float64, error) {
	n, err := parseOne("Parse", s)
	return n.Value, err
}

// parseOne reads s as exactly one known number.
func parseOne(fn, s string) (Number, error) {
	in := strings.TrimFunc(s, unicode.IsSpace)
	if in == "" {
		return Number{}, &NumError{fn, s, ErrSyntax}
	}
	ns := find(in, true)
	if len(ns) != 1 || ns[0].Start != 0 || ns[0].End != len(in) || !ns[0].Known || ns[0].HasRange {
		return Number{}, &NumError{fn, s, ErrSyntax}
	}
	n := ns[0]
	if math.IsInf(n.Value, 0) || math.IsNaN(n.Value) {
		return Number{}, &NumError{fn, s, ErrRange}
	}
	return n, nil
}
