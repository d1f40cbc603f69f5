package claims

import "sort"

// This file splits a quotation at an attribution inside its marks:
//
//	« Cette réforme protège ceux qui travaillent, a-t-il ajouté. Elle ne
//	stigmatise personne. »
//	« Je n’ai rien pris, a martelé Paul Roux à la barre. J’ai signé. »
//
// French typography often keeps the guillemets open over the incise. The
// words of the incise are the journalist's, not the speaker's: once the
// quotation is cut in two around them, the ordinary rules read the incise
// as an inverted attribution of the first part, and the second part as
// its continuation.

// maxIncise bounds the tokens of an incise, its speaker's words and a
// complement ("à la barre, la voix tremblante") included.
const maxIncise = 16

// splitIncises cuts the quotations of the document at their incises.
func (g *grammar) splitIncises() {
	doc := g.doc
	var added []*quote
	for _, q := range doc.quotes {
		if q.recovered || q.unclosed {
			continue
		}
		si := sentenceAt(doc, q.outer.Start)
		if si < 0 || doc.sents[si].span.End < q.outer.End {
			continue // over several sentences: not handled
		}
		s := doc.sents[si]
		ts := s.toks
		open := tokenAt(ts, q.outer.Start)
		for m := open + 1; m < len(ts) && ts[m].end <= q.inner.End; m++ {
			if ts[m].lw != "," || m == open+1 {
				continue
			}
			e := g.inciseEnd(s, m+1, q.inner.End)
			if e < 0 {
				continue
			}
			// e is the punctuation that closes the incise: the quotation
			// goes on after it.
			rest := innerSpan(doc.text, ts[e].end, q.inner.End)
			if rest.Len() == 0 {
				break
			}
			second := &quote{outer: Span{rest.Start, q.outer.End}, inner: rest, para: q.para, cont: true}
			q.outer.End = ts[m].start
			q.inner = innerSpan(doc.text, q.inner.Start, ts[m].start)
			added = append(added, second)
			for k := m; k <= e; k++ {
				s.inQuote[k] = false
			}
			// the second part may hold an incise of its own
			q = second
			m = e
		}
	}
	if len(added) > 0 {
		doc.quotes = append(doc.quotes, added...)
		sort.Slice(doc.quotes, func(i, j int) bool { return doc.quotes[i].outer.Start < doc.quotes[j].outer.Start })
	}
}

// inciseEnd reports whether an incise starts at token k of s (after a
// comma inside a quotation ending at limit) and returns the index of the
// comma or period that ends it, or -1. An incise is a reporting verb with
// an inverted pronoun ("a-t-il ajouté", "poursuit-elle") or followed by its
// subject ("a martelé Paul Roux", "explique le maire").
func (g *grammar) inciseEnd(s *sentence, k, limit int) int {
	ts := s.toks
	verb, inv := -1, false
	j := k
	for ; j < len(ts) && j < k+4 && ts[j].end <= limit; j++ {
		t := ts[j]
		if t.punct {
			break
		}
		if t.inv {
			inv = true
			continue
		}
		if auxAvoir[t.f] || adverbs[t.f] {
			continue
		}
		if g.verbAt(s, j) != nil {
			verb = j
			j++
		}
		break
	}
	if verb < 0 {
		return -1
	}
	if j < len(ts) && ts[j].inv {
		inv, j = true, j+1 // "ajoute-t-il"
	}
	if !inv {
		// the subject after the verb: a name or a determiner
		if j >= len(ts) || ts[j].punct || !(ts[j].upper || determiners[ts[j].f]) {
			return -1
		}
	}
	for e := j; e < len(ts) && e < k+maxIncise && ts[e].end <= limit; e++ {
		t := ts[e]
		if t.open || t.close || s.inQuote[e] && t.lw == "»" {
			return -1
		}
		if t.lw == "." || t.lw == "," && inv && e == j {
			return e
		}
		if t.lw == "," && !inv && e > j {
			// "a martelé Paul Roux, la voix tremblante." goes on to the
			// period; "a dit Paul Roux, le maire, …" too.
			continue
		}
	}
	return -1
}

// contAt returns the rest of a cut quotation that starts at off, or nil.
func (g *grammar) contAt(off int) *quote {
	qs := g.doc.quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].outer.Start >= off })
	if i < len(qs) && qs[i].outer.Start == off && qs[i].cont {
		return qs[i]
	}
	return nil
}
