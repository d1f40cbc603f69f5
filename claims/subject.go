package claims

import "strings"

// segClass classifies a comma-separated segment before a verb.
type segClass int

const (
	segNP    segClass = iota // a noun phrase: "le Kremlin", "Kim Yong-hyun", "un responsable du …"
	segAppos                 // an apposition or incise: "recevant son homologue", "en particulier", "dotée de …"
	segIntro                 // a fronted adverbial: "Jeudi", "De son côté", "Lors d’un voyage en Russie"
)

// maxSubject bounds, in tokens, how far back a subject with its
// appositions is looked for: a bound that keeps a sentence of many verbs
// linear.
const maxSubject = 48

// subject finds the subject of the verb group starting at token first:
// the noun phrase before it, back to the clause start, with appositions.
// It returns the token range [a, b) or ok=false. via is set when the
// subject holds "citant X".
func (g *grammar) subject(s *sentence, first int) (a, b int, via [2]int, ok bool) {
	ts := s.toks
	via = [2]int{-1, -1}
	end := first
	// Hard clause boundary.
	start := 0
	sawVerb := false
	for k := end - 1; k >= 0 && k >= end-2*maxSubject; k-- {
		t := ts[k]
		if s.inQuote[k] {
			start = k + 1
			break
		}
		if t.close && shortNameQuote(s, -1, k) {
			// "le groupe « Villeneuve en commun »": a name inside the
			// subject, step over it
			for k > 0 && !ts[k].open {
				k--
			}
			continue
		}
		if t.close || t.open {
			start = k + 1
			break
		}
		if t.punct && (t.lw == ":" || t.lw == ";") {
			start = k + 1
			break
		}
		if (t.f == "que" || t.f == "qu'") && !(k > 0 && ts[k-1].f == "ainsi") {
			start = k + 1
			break
		}
		if t.f == "quand" || t.f == "lorsque" || t.f == "lorsqu'" || t.f == "puisque" || t.f == "puisqu'" {
			start = k + 1 // "…, quand la direction évoque 20 %"
			break
		}
		if (t.f == "et" || t.f == "mais" || t.f == "puis" || t.f == "car" || t.f == "donc" || t.f == "or") && k > 0 {
			// A coordination of clauses when a verb stands before it.
			for m := k - 1; m >= 0 && m >= k-maxSubject; m-- {
				if isVerbish(ts[m]) || g.verbAt(s, m) != nil && !determiners[prevF(ts, m)] {
					sawVerb = true
					break
				}
				if ts[m].punct && ts[m].lw != "," {
					break
				}
			}
			if sawVerb {
				start = k + 1
				break
			}
		}
	}
	if end-start > maxSubject {
		start = end - maxSubject
	}
	if start >= end {
		return 0, 0, via, false
	}
	// Segments separated by commas.
	type seg struct{ a, b int }
	var segs []seg
	a0 := start
	depth := 0
	for k := start; k < end; k++ {
		switch ts[k].lw {
		case "(":
			depth++
		case ")":
			depth--
		case ",", "–", "—":
			if depth <= 0 {
				segs = append(segs, seg{a0, k})
				a0 = k + 1
			}
		}
	}
	segs = append(segs, seg{a0, end})
	// Walk back: skip trailing appositions/intros until a noun phrase, then
	// take the run of noun phrases and appositions before it.
	i := len(segs) - 1
	for i >= 0 && g.classify(s, segs[i].a, segs[i].b) != segNP {
		i--
	}
	if i < 0 {
		return 0, 0, via, false
	}
	b = segs[i].b
	a = segs[i].a
	for j := i - 1; j >= 0; j-- {
		c := g.classify(s, segs[j].a, segs[j].b)
		if c == segIntro {
			break
		}
		a = segs[j].a
	}
	// The speaker's own phrase ends at "citant …".
	for k := a; k < b; k++ {
		if ts[k].f == "citant" {
			via = [2]int{k + 1, b}
			b = k
			break
		}
	}
	for j := 0; j < len(segs); j++ {
		if segs[j].a >= a && segs[j].b < b && g.classify(s, segs[j].a, segs[j].b) != segNP {
			a = segs[j].b + 1
			continue
		}
		if segs[j].a >= a {
			break
		}
	}
	for a < b && (ts[a].punct || ts[a].f == "et") {
		a++
	}
	for b > a && ts[b-1].punct && ts[b-1].lw != ")" {
		b--
	}
	return a, b, via, a < b
}

func prevF(ts []token, k int) string {
	if k == 0 {
		return ""
	}
	return ts[k-1].f
}

// isVerbish reports a token that is almost surely a finite verb or an
// auxiliary.
func isVerbish(t token) bool {
	// "a" the auxiliary, not "à" the preposition: both fold to "a"
	return auxAvoir[t.f] && t.f != "a" || t.lw == "a" && !t.upper || auxEtre[t.f]
}

func (g *grammar) classify(s *sentence, a, b int) segClass {
	ts := s.toks
	for a < b && ts[a].punct && !ts[a].open {
		a++
	}
	if a >= b {
		return segAppos
	}
	t := ts[a]
	f := t.f
	if selonWords[f] || f == "d'" && a+1 < b && ts[a+1].f == "apres" {
		return segIntro
	}
	if f == "qui" || strings.HasSuffix(f, "ant") && len(f) > 5 && (!t.upper || a+1 < b && !ts[a+1].upper) {
		return segAppos
	}
	if subjectPronouns[f] {
		return segNP
	}
	if f == "en" && a+1 < b && (ts[a+1].f == "particulier" || ts[a+1].f == "outre") || f == "pour" && a+2 < b && ts[a+2].f == "part" {
		return segAppos
	}
	if (f == "ce" || f == "cette" || f == "ces") && a+1 < b && strings.HasPrefix(ts[a+1].f, "dernier") {
		return segNP // "Ce dernier a assuré": the last one named
	}
	if (f == "joint" || f == "jointe" || f == "joints" || f == "jointes" || f == "contacte" || f == "contactee" || f == "sollicite" || f == "sollicitee") && a+1 < b && ts[a+1].f == "par" {
		return segAppos // "Joint par téléphone, son frère a confié …"
	}
	if introWords[f] || weekdays[f] || months[f] || isNumber(f) {
		// "La police" starts with a determiner listed as intro ("la"
		// also opens "là-bas"): a determiner followed by a word is a
		// noun phrase.
		if (f == "la" || f == "le" || f == "les" || f == "l'" || f == "des") && a+1 < b {
			return segNP
		}
		return segIntro
	}
	if npStart[f] || t.upper {
		return segNP
	}
	return segAppos
}

// mainSubject returns the subject of the sentence's first verb: the
// speaker of a gerund ("…, soulignant que") or of a colon ("… : « … »").
func (g *grammar) mainSubject(s *sentence, before int) (a, b int, ok bool) {
	ts := s.toks
	for k := 0; k < before && k < len(ts); k++ {
		if s.inQuote[k] {
			continue
		}
		if isVerbish(ts[k]) || g.verbAt(s, k) != nil && k > 0 && !determiners[ts[k-1].f] {
			first := k
			for first > 0 && (ts[first-1].f == "n'" || ts[first-1].f == "ne" || ts[first-1].f == "s'" || ts[first-1].f == "se") {
				first--
			}
			a, b, _, ok = g.subject(s, first)
			return a, b, ok
		}
	}
	return 0, 0, false
}
