package claims

import (
	"strings"

	"github.com/frnews/frnews/normalize"
	"github.com/frnews/frnews/normalize/number"
)

// reportedFacts returns the journalist's own statements that carry a
// measured number or the journalistic conditional, in sentences where no
// attributed claim stands.
func (r *resolver) reportedFacts(have []Claim) []Claim {
	doc := r.g.doc
	text := doc.text
	var out []Claim
	taken := make([]bool, len(doc.sents)) // sentences holding a claim already
	for _, c := range have {
		r.each(Span{c.Start, c.End}, func(si int) { taken[si] = true })
	}
	for si, s := range doc.sents {
		if s.heading || taken[si] {
			continue
		}
		cue, stance := r.conditional(s)
		if cue.Len() == 0 && !countish(s) {
			continue // no digit nor number word: no measured fact
		}
		f := r.sentenceFinds(si)
		ds := f.dates
		var nums []number.Number
		for _, n := range f.nums {
			if n.Ordinal || !n.Known || definiteBefore(text, n.Start) {
				continue // "les deux pays" names, it does not count
			}
			nums = append(nums, n)
		}
		measured := false
		for _, n := range nums {
			if n.Unit != "" && !distanceUnits[normalize.Fold(n.Unit)] {
				measured = true
			}
		}
		if cue.Len() == 0 && !measured {
			continue
		}
		c := Claim{Kind: ReportedFact, Stance: stance, ContentSpan: s.span, Content: text[s.span.Start:s.span.End],
			Numbers: nums, Dates: ds, Start: s.span.Start, End: s.span.End, Sentence: text[s.span.Start:s.span.End], Paragraph: s.para}
		if cue.Len() > 0 {
			c.CueSpan, c.Cue = cue, text[cue.Start:cue.End]
		} else {
			c.CueSpan = Span{s.span.Start, s.span.Start}
		}
		if c.Stance == Asserted && r.hedged(s.span) {
			c.Stance = Hedged
		}
		r.about(&c)
		out = append(out, c)
	}
	return out
}

// conditional finds "aurait envoyé", "seraient arrivés" outside quotations.
func (r *resolver) conditional(s *sentence) (Span, Stance) {
	ts := s.toks
	for i := 0; i+1 < len(ts); i++ {
		if s.inQuote[i] || !auxCond[ts[i].f] {
			continue
		}
		j := i + 1
		for j < len(ts) && adverbs[ts[j].f] {
			j++
		}
		if j < len(ts) && isParticiple(ts[j].f) {
			return Span{ts[i].start, ts[j].end}, Conditional
		}
	}
	return Span{}, Asserted
}

func isParticiple(f string) bool {
	// first-group and most others; then ouvert, offert, atteint, craint,
	// fait, mort
	for _, e := range []string{"e", "ee", "es", "ees", "i", "is", "u", "us", "ue", "ues", "it", "ite",
		"ert", "erte", "erts", "ertes", "int", "inte", "ints", "intes", "ait", "aite", "aits", "aites", "ort", "orte", "orts", "ortes"} {
		if hasSuffix(f, e) && len(f) > 3 {
			return true
		}
	}
	return false
}

// distanceUnits measure where a thing is, not what happened.
var distanceUnits = set("km", "kilometres", "kilometre", "metres", "metre", "m", "miles")

// definiteBefore reports a definite determiner just before off: "les deux
// pays", "ces trois villes".
func definiteBefore(text string, off int) bool {
	w := strings.Fields(normalize.Fold(text[max(0, off-6):off]))
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "les", "des", "ces", "nos", "vos", "leurs", "ses":
		return true
	}
	return false
}

// countWords are the number words that can open a count; a sentence with
// none of them and no digit carries no measured number.
var countWords = set("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
	"treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante",
	"nonante", "cent", "cents", "mille", "million", "millions", "milliard", "milliards", "dizaine", "dizaines", "douzaine",
	"quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "centaines", "millier",
	"milliers", "moitie", "tiers", "quart")

func countish(s *sentence) bool {
	for _, t := range s.toks {
		if countWords[t.f] || len(t.f) > 0 && t.f[0] >= '0' && t.f[0] <= '9' {
			return true
		}
		if strings.Contains(t.f, "-") && strings.IndexFunc(t.f, func(r rune) bool { return r == '-' }) > 0 && countWords[t.f[:strings.IndexByte(t.f, '-')]] {
			return true // "vingt-deux"
		}
	}
	return false
}
