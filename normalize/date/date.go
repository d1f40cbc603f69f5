// Package date finds French temporal expressions in text and resolves them
// against a reference time.
//
// TEMPORARY SKELETON: the API below is agreed; the implementation is being written.
package date

import "time"

// Grain is the precision of a resolved expression.
type Grain int

// Grains, finest first.
const (
	Second Grain = iota
	Minute
	Hour
	Day
	Week
	Month
	Quarter
	Year
)

// Kind says which fields of a Date hold the answer.
type Kind int

const (
	Point    Kind = iota // Value
	Interval             // From, To (To exclusive); either may be zero for an open interval
	Span                 // Duration
)

// Prefer chooses how an underspecified expression ("mardi", "en mars") is read.
type Prefer int

const (
	Past   Prefer = iota // news usage: the most recent one, today included
	Future               // calendar usage: the next one
)

// Duration is a calendar duration (P2M, PT90M).
type Duration struct {
	Years, Months, Weeks, Days, Hours, Minutes, Seconds int
}

// Date is one temporal expression found in a text.
type Date struct {
	Start, End int // byte offsets of Text in the searched string
	Text       string
	Kind       Kind
	Grain      Grain
	Value      time.Time
	From, To   time.Time
	Duration   Duration
}

// Parser resolves expressions against Ref. Its zero value reads the past
// relative to the zero time; set Ref.
type Parser struct {
	Ref    time.Time
	Prefer Prefer
}

// Find returns every temporal expression in s, in order of position.
func (p Parser) Find(s string) []Date { return nil }
