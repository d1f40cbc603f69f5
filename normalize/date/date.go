package date

import (
	"strconv"
	"time"
	"unicode/utf8"
)

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
	// Past is news usage: the most recent one, today included ("mardi" in a
	// Tuesday article is that day). A day and month, or a month, that
	// falls in the coming month is still read forward ("le sommet aura lieu
	// le 18 novembre" in a 5 November article).
	Past Prefer = iota
	// Future is calendar usage (Duckling's): the next one; a bare weekday
	// names the next such day after today.
	Future
)

// Duration is a calendar duration (P2M, PT90M).
type Duration struct {
	Years, Months, Weeks, Days, Hours, Minutes, Seconds int
}

// Date is one temporal expression found in a text.
type Date struct {
	Start, End int    // byte offsets of Text in the searched string
	Text       string // the words of the expression, prepositions included ("en juin")
	Kind       Kind
	Grain      Grain     // precision of Value, or of From and To
	Value      time.Time // a Point: the start of the period named, in Ref's location
	From, To   time.Time // an Interval: [From, To); a zero side is open ("depuis août")
	Duration   Duration  // a Span ("en deux mois")
}

// Parser resolves expressions against Ref. Its zero value reads the past
// relative to the zero time; set Ref. A Parser holds no state: Find may be
// called from several goroutines at once.
type Parser struct {
	Ref    time.Time // "now": the article's publication time; its location is the output's
	Prefer Prefer    // reading of underspecified expressions; zero is Past
}

// String returns the grain's name as written in JSON: "day", "week"…
func (g Grain) String() string {
	if g >= Second && g <= Year {
		return grainNames[g]
	}
	return "Grain(" + strconv.Itoa(int(g)) + ")"
}

var grainNames = [...]string{"second", "minute", "hour", "day", "week", "month", "quarter", "year"}

// layout is how a time is written at a grain.
func (g Grain) layout() string {
	switch g {
	case Year:
		return "2006"
	case Month, Quarter:
		return "2006-01"
	case Day, Week:
		return "2006-01-02"
	}
	return "2006-01-02T15:04:05-07:00"
}

// ISO returns d in ISO 8601: "P2M", "PT90M", "P7W", "P1Y2M". The zero
// duration is "PT0S".
func (d Duration) ISO() string {
	b := make([]byte, 0, 16)
	b = append(b, 'P')
	unit := func(v int, c byte) {
		if v != 0 {
			b = strconv.AppendInt(b, int64(v), 10)
			b = append(b, c)
		}
	}
	unit(d.Years, 'Y')
	unit(d.Months, 'M')
	unit(d.Weeks, 'W')
	unit(d.Days, 'D')
	if d.Hours != 0 || d.Minutes != 0 || d.Seconds != 0 {
		b = append(b, 'T')
		unit(d.Hours, 'H')
		unit(d.Minutes, 'M')
		unit(d.Seconds, 'S')
	}
	if len(b) == 1 {
		return "PT0S"
	}
	return string(b)
}

// MarshalJSON writes d in the annotate contract's shape: text, start, end,
// grain, then "value" for a point, "from" and "to" for an interval (null
// for an open side, "to" exclusive) or "duration" for a span. Times are
// written in ISO 8601 cut to the grain, at the offset they carry.
func (d Date) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 128)
	b = append(b, `{"text":`...)
	b = appendString(b, d.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(d.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(d.End), 10)
	b = append(b, `,"grain":"`...)
	b = append(b, d.Grain.String()...)
	b = append(b, '"')
	lay := d.Grain.layout()
	at := func(name string, t time.Time) {
		b = append(b, `,"`...)
		b = append(b, name...)
		b = append(b, `":`...)
		if t.IsZero() {
			b = append(b, "null"...)
			return
		}
		b = append(b, '"')
		b = t.AppendFormat(b, lay)
		b = append(b, '"')
	}
	switch d.Kind {
	case Point:
		at("value", d.Value)
	case Interval:
		at("from", d.From)
		at("to", d.To)
	case Span:
		b = append(b, `,"duration":"`...)
		b = append(b, d.Duration.ISO()...)
		b = append(b, '"')
	}
	b = append(b, '}')
	return b, nil
}

// appendString appends s as a JSON string, as encoding/json writes it but
// without HTML escaping: invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	return append(b, '"')
}
