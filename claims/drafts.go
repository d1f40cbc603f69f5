package claims

import (
	"github.com/frnews/frnews/normalize"
	"sort"
	"strings"
	"unicode"
)

// grammar holds what the attribution rules need.
type grammar struct {
	verbs *Verbs
	doc   *document
}

// lookup is verbs.lookup.

// verbAt returns the reporting verb token k of s is a form of, if any: the
// rules ask for the same tokens many times, and the answer is kept in the
// token.
func (g *grammar) verbAt(s *sentence, k int) *Verb {
	t := &s.toks[k]
	if t.vk == 0 {
		t.v = g.verbs.lookupFolded(t.lw, t.f)
		t.vk = 1
		if t.v != nil {
			t.vk = 2
		}
	}
	return t.v
}

// document is the article as the grammar sees it.
type document struct {
	text   string
	sents  []*sentence
	quotes []*quote
}

func (g *grammar) tokSpan(s *sentence, a, b int) Span {
	if a >= b {
		return Span{}
	}
	return Span{s.toks[a].start, s.toks[b-1].end}
}

// drafts runs the attribution rules over every sentence.
func (g *grammar) drafts() []*draft {
	g.splitIncises()
	var out []*draft
	for si, s := range g.doc.sents {
		out = append(out, g.sentenceDrafts(si, s)...)
	}
	out = append(out, g.quoteDrafts(out)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].cue.Start < out[j].cue.Start })
	return out
}

// trimSpan trims spaces, commas and final punctuation from both ends.
func (g *grammar) trimSpan(sp Span) Span {
	t := g.doc.text
	for sp.Start < sp.End {
		c := t[sp.Start]
		if c == ' ' || c == ',' || c == '\n' {
			sp.Start++
			continue
		}
		if hasPrefixAt(t, sp.Start, "\u00a0") || hasPrefixAt(t, sp.Start, "\u202f") {
			sp.Start += 2
			continue
		}
		break
	}
	for sp.End > sp.Start {
		c := t[sp.End-1]
		if c == ' ' || c == ',' || c == '\n' || c == '.' || c == ';' || c == ':' {
			sp.End--
			continue
		}
		if hasSuffixAt(t, sp.End, "\u00a0") || hasSuffixAt(t, sp.End, "\u202f") {
			sp.End -= 2
			continue
		}
		break
	}
	return sp
}

func hasPrefixAt(s string, i int, p string) bool { return i+len(p) <= len(s) && s[i:i+len(p)] == p }
func hasSuffixAt(s string, i int, p string) bool { return i-len(p) >= 0 && s[i-len(p):i] == p }

// quoteAt returns the quotation whose outer span is exactly sp trimmed, or
// which covers most of it at its end.
func (g *grammar) quoteIn(sp Span) *quote {
	var best *quote
	qs := g.doc.quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].outer.Start >= sp.Start })
	for _, q := range qs[i:] {
		if q.outer.Start > sp.End {
			break
		}
		if q.outer.End <= sp.End+1 {
			if best == nil || q.outer.Len() > best.outer.Len() {
				best = q
			}
		}
	}
	return best
}

func (g *grammar) sentenceDrafts(si int, s *sentence) []*draft {
	ts := s.toks
	var out []*draft
	groups := g.groups(s)
	// stops[k] is clauseEnd(ts, k), computed once for the sentence.
	stops := make([]int, len(ts)+1)
	stops[len(ts)] = len(ts)
	for k := len(ts) - 1; k >= 0; k-- {
		stops[k] = stops[k+1]
		if ts[k].punct && (ts[k].lw == ";" || ts[k].lw == "?" || ts[k].lw == "!") {
			stops[k] = k
		}
	}
	// "Selon des sources sécuritaires, les mutins réclamaient …": what
	// follows a fronted source is its content; a verb there reports only
	// with "que" or a quotation.
	selonEnd := -1
	if len(ts) > 2 && (ts[0].f == "selon" || ts[0].f == "d'" && ts[1].f == "apres") {
		for m := 1; m < len(ts) && m < 16; m++ {
			if ts[m].lw == "," {
				selonEnd = m
				break
			}
		}
	}
	claimedUntil := 0  // token index: content start for an inverted verb
	invertedUntil := 0 // token index past the last inverted attribution
	for gi, vg := range groups {
		inverted := false
		d := &draft{cue: g.tokSpan(s, vg.first, vg.last+1), sent: si, sentLast: si, negated: vg.neg, weak: vg.v.Weak}
		if vg.v.Denial && !vg.neg {
			d.stance = Denial
		} else if vg.v.Confirmation && !vg.neg {
			d.stance = Confirmation
		}
		k := skipAdverbials(ts, vg.last+1)
		before := g.trimSpan(Span{tokStart(s, claimedUntil), ts[vg.first].start})
		// An inverted attribution reports everything before it, a claim
		// of its own included ("Le gouvernement a salué ces résultats,
		// rapporte Le Figaro"), unless that was an inverted attribution.
		invFrom := invertedUntil
		invBefore := g.trimSpan(Span{tokStart(s, invFrom), ts[vg.first].start})
		precededByBreak := vg.first == 0 || ts[vg.first-1].lw == "," || ts[vg.first-1].close
		nextGroup := len(ts)
		if gi+1 < len(groups) {
			nextGroup = groups[gi+1].first
			// "… a démenti les informations venues de Kiev et Séoul a
			// indiqué que …": the next clause starts at its subject.
			if p := ts[nextGroup-1]; (p.lw == "," || p.close) && !conjunctionBefore(ts, vg.last+1, nextGroup) {
				// an inverted attribution: no new subject before it
			} else if a, _, _, ok := g.subject(s, nextGroup); ok && a > vg.last {
				nextGroup = a
				for nextGroup > vg.last+1 && (ts[nextGroup-1].f == "et" || ts[nextGroup-1].f == "mais" || ts[nextGroup-1].lw == ",") {
					nextGroup--
				}
			}
		}
		contentEnd := func(from int) int {
			e := stops[min(from, len(ts))]
			if nextGroup < e && nextGroup > from {
				e = nextGroup
				// "a dénoncé une « terreur » et a exhorté …": the
				// coordination is not part of the content
				for e > from+1 && (ts[e-1].f == "et" || ts[e-1].f == "mais" || ts[e-1].f == "puis" || ts[e-1].f == "tandis" || ts[e-1].f == "alors" ||
					ts[e-1].f == "que" || ts[e-1].f == "qu'" || ts[e-1].lw == ",") {
					e--
				}
			}
			// A trailing "…, selon X" belongs to its own claim.
			for m := from; m < e; m++ {
				if selonWords[ts[m].f] && m > 0 && ts[m-1].lw == "," && !s.inQuote[m] {
					return m - 1
				}
			}
			return e
		}
		kInv, invVia, invOK := g.invertedAt(s, k)
		if invOK && gi+1 < len(groups) {
			// "Le contrôle, effectué …, a révélé la présence de X, a
			// précisé l’organisme": the words after the verb are its
			// object when another attribution follows them at once.
			if e := npEnd(s, kInv); e < len(ts) && ts[e].lw == "," && groups[gi+1].first == e+1 {
				invOK = false
			}
		}
		switch {
		case vg.first >= 2 && (ts[vg.first-1].f == "que" || ts[vg.first-1].f == "qu'") && ts[vg.first-2].f == "ce" && invOK:
			// "L’armée affirme avoir détruit un tunnel, ce que dément le
			// Hamas": the words before "ce que", by the subject after;
			// "« … » C’est ce qu’a déclaré à la presse X": the quotation
			// before.
			k = kInv
			e := npEnd(s, k)
			if e <= k {
				continue
			}
			d.spk = g.tokSpan(s, k, e)
			end := ts[vg.first-2].start
			if vg.first >= 4 && ts[vg.first-3].f == "est" && ts[vg.first-4].f == "c'" {
				end = ts[vg.first-4].start
			}
			d.content = g.trimSpan(Span{s.span.Start, end})
			if len(out) > 0 && out[len(out)-1].sent == si && out[len(out)-1].content.Len() > 0 {
				d.content = g.trimSpan(Span{out[len(out)-1].content.Start, end})
			}
			d.attrib = Span{ts[vg.first].start, ts[e-1].end}
		case vg.pron >= 0 && ts[vg.pron].f != "on":
			// "…, a-t-elle dit", "soulignent-ils".
			d.pron = ts[vg.pron].f
			d.spk = Span{ts[vg.pron].start, ts[vg.pron].end}
			if before.Len() == 0 {
				d.content = Span{} // attribution of what precedes: see quoteDrafts
			} else {
				d.content = before
			}
			d.attrib = Span{ts[vg.first].start, s.span.End}
			g.incise(s, d, vg, k)
		case precededByBreak && invBefore.Len() > 0 && vg.shape != formGerund && invOK && (!g.isSubject(s, vg, invFrom) || inciseAfter(s, kInv)):
			// "…, a déclaré vendredi le ministre X."
			k = kInv
			before = invBefore
			inverted = true
			if invVia.Len() > 0 {
				d.via = append(d.via, invVia)
			}
			e := npEnd(s, k)
			if e <= k {
				continue
			}
			d.spk = g.tokSpan(s, k, e)
			d.content = before
			if q := g.quoteIn(before); q != nil && q.outer.End >= before.End-1 && q.outer.Start > before.Start {
				// "Washington s’en est félicité : « … », a déclaré Joe
				// Biden": the quotation after the colon is what he said.
				if qi := tokenAt(ts, q.outer.Start); qi > 0 && ts[qi-1].lw == ":" {
					d.content = q.inner
					d.quoted = true
					q.used = true
				}
			}
			d.attrib = Span{ts[vg.first].start, ts[e-1].end}
			if e < len(ts) {
				d.attrib.End = s.span.End
			}
			g.incise(s, d, vg, e)
		default:
			// Subject before the verb.
			if vg.shape == formGerund && vg.first > 0 && ts[vg.first-1].lw != "," && ts[vg.first].f != "en" && findQue(s, k, nextGroup) < 0 {
				// "une déclaration condamnant l’attaque": an adjective; a
				// participle that reports has its comma ("…, soulignant")
				// or its "que" (a scraped page may lose the comma)
				continue
			}
			a, b, via, ok := g.subject(s, vg.first)
			relativeOfSource := false
			if !ok && vg.first > 0 && ts[vg.first-1].f == "qui" {
				// "a fustigé Dale Whitcomb, qui accuse la direction de …"
				// goes on with the speaker just named; "des dissidents qui
				// ont rejeté l’accord" says what others did.
				if !g.relativeOfSpeaker(s, out, si, vg.first-1) {
					continue
				}
			}
			coordinated := vg.shape == formParticiple && vg.first == vg.head && vg.first > 0 && ts[vg.first-1].f == "et"
			if vg.shape == formGerund || !ok || coordinated {
				// "…, soulignant que …", "a dénoncé … et affirmé que …":
				// the subject of the main verb.
				if len(out) > 0 && out[len(out)-1].sent == si {
					prev := out[len(out)-1]
					d.spk, d.pron, d.anaphor = prev.spk, prev.pron, prev.anaphor
					ok = true
				} else if ma, mb, mok := g.mainSubject(s, vg.first); mok {
					a, b, ok = ma, mb, true
					d.spk = g.tokSpan(s, a, b)
					if b-a == 1 && subjectPronouns[ts[a].f] {
						d.pron = ts[a].f
					}
				}
			} else {
				d.spk = g.tokSpan(s, a, b)
				if b-a == 1 && subjectPronouns[ts[a].f] {
					d.pron = ts[a].f
				}
				if b-a == 2 && (ts[a].f == "ce" || ts[a].f == "cette") && strings.HasPrefix(ts[a+1].f, "dernier") {
					d.anaphor = true // "Ce dernier a assuré": the one named last
				}
				if ts[a].f == "qui" {
					continue
				}
				if vg.v.Infinitive == "prévoir" && headNoun(s, a, b, documentNouns) {
					continue // "l’accord prévoyait une levée des sanctions": a text, not a forecast
				}
				if q := vg.first - 1; q > 0 && ts[q].f == "qui" {
					// "…, selon la préfecture, qui a fait état de trois
					// interpellations": the source of the "selon" speaks.
					if src := selonSourceBefore(s, q); src[0] >= 0 {
						d.spk = g.tokSpan(s, src[0], src[1])
						a, b = src[0], src[1]
						relativeOfSource = true
					}
				}
				if n := len(out); n > 0 && out[n-1].sent == si && out[n-1].content.Start <= ts[vg.first].start && ts[vg.first].start < out[n-1].content.End &&
					(vg.neg || !ts[a].upper && !namesPeople(g.doc.text[ts[a].start:ts[b-1].end]) && !institution(normalize.Fold(g.doc.text[ts[a].start:ts[b-1].end]))) {
					// reported speech inside reported speech, said by a
					// thing or a pronoun, or denied: "X a estimé que ces
					// chiffres confirmaient que …", "Peskov a répété que
					// Moscou ne commentait pas …" are X's claims alone
					continue
				}
				if a >= 2 && (ts[a-1].f == "que" || ts[a-1].f == "qu'") && ts[a-2].f == "ce" && (k >= len(ts) || ts[k].punct) {
					// "…, ce que Matignon a démenti": what comes before "ce
					// que", after a fronted "selon X," that has its own claim.
					start := s.span.Start
					if ts[0].f == "selon" || ts[0].f == "d'" && len(ts) > 1 && ts[1].f == "apres" {
						for m := 1; m < a-2; m++ {
							if ts[m].lw == "," {
								start = ts[m].end
								break
							}
						}
					}
					d.content = g.trimSpan(Span{start, ts[a-2].start})
					d.attrib = Span{ts[a].start, ts[vg.last].end}
					claimedUntil = vg.last + 1
					out = append(out, d)
					continue
				}
				if selonEnd >= 0 && a > selonEnd && findQue(s, k, nextGroup) < 0 && !(k < len(ts) && ts[k].open) {
					continue
				}
				if vg.first > 0 && ts[vg.first-1].f == "qui" && !relativeOfSource && g.relativeOfSpeaker(s, out, si, vg.first-1) {
					// "…, a écrit X, qui a promis de …": X goes on
					prev := out[len(out)-1]
					d.spk, d.pron, d.anaphor = prev.spk, prev.pron, prev.anaphor
					relativeOfSource = true
				}
				if vg.first > 0 && ts[vg.first-1].f == "qui" && !relativeOfSource {
					// a relative clause reports only with "que": "le maire,
					// qui a déclaré que …", not "les pays, qui réclamaient
					// 1 300 milliards, …"; and it ends where the main
					// clause goes on: "…, a visité les quartiers"
					if findQue(s, k, nextGroup) < 0 {
						continue
					}
					for m := k; m+1 < nextGroup; m++ {
						if ts[m].lw == "," && !s.inQuote[m] && isVerbish(ts[m+1]) {
							nextGroup = m
							break
						}
					}
				}
				if via[0] >= 0 {
					d.via = append(d.via, g.tokSpan(s, via[0], via[1]))
				}
			}
			if ok && d.pron == "on" {
				// "On indique au rectorat que …": the place speaks.
				m := k
				if m < len(ts) && (ts[m].f == "a" || ts[m].f == "au" || ts[m].f == "aux" || ts[m].f == "chez") {
					e := npEnd(s, m+1)
					if q := findQue(s, e, len(ts)); e > m+1 && q >= 0 {
						d.kind = AccordingTo
						d.spk, d.pron = g.tokSpan(s, m+1, e), ""
						if ts[m].f == "au" || ts[m].f == "aux" {
							d.spk = g.tokSpan(s, m, e)
						}
						d.content = g.trimSpan(Span{ts[q].end, tokEnd(s, contentEnd(q+1))})
						d.attrib = Span{ts[vg.first].start, ts[q].start}
						claimedUntil = vg.last + 1
						out = append(out, d)
					}
				}
				continue
			}
			if !ok {
				continue
			}
			d.attrib = Span{tokStart(s, a), ts[min(k, len(ts)-1)].start}
			if k >= len(ts) {
				d.attrib.End = s.span.End
			}
			// "a raconté à l’AFP avoir été battu", "a dénoncé sur Facebook
			// un acte …": the addressee and the medium stand between the
			// verb and what was said.
			if k2 := skipComplements(s, k); k2 > k && k2 < len(ts) && (infinitiveAt(ts, k2) >= 0 || startsObject(s, k2) || ts[k2].open) {
				k = k2
			}
			switch q := findQue(s, k, nextGroup); {
			case vg.v == mettreEnGarde && k+1 < len(ts) && ts[k].f == "contre":
				// "a mis en garde contre « des risques persistants »"
				d.content = g.trimSpan(Span{ts[k+1].start, tokEnd(s, contentEnd(k+1))})
			case vg.v == faireEtat && vg.head+2 < len(ts):
				// "a fait état de 43 morts"
				d.content = g.trimSpan(Span{ts[vg.head+2].start, tokEnd(s, contentEnd(vg.head+2))})
			case k < len(ts) && vg.reflexive && vg.v.Infinitive == "dire" && !ts[k].punct && ts[k].f != "que" && ts[k].f != "qu'":
				// "se disent préoccupés par …"
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
			case k < len(ts) && ts[k].lw == ":":
				d.content = g.trimSpan(Span{ts[k].end, s.span.End})
				d.colon = true
				if q := g.quoteIn(d.content); q != nil {
					d.quoted = true
					if q.outer.Start == d.content.Start {
						// "s’en est félicité : « … », a déclaré X"
						d.content = q.inner
						q.used = true
					}
				}
			case q >= 0 && (vg.v.Que || vg.v.Weak):
				d.attrib.End = ts[q].start
				d.content = g.trimSpan(Span{ts[q].end, tokEnd(s, contentEnd(q+1))})
			case vg.v.Inf && infinitiveAt(ts, k) >= 0:
				// "affirme avoir pris", "a promis de verser", "disent ne pas
				// avoir été prévenus"
				d.content = g.trimSpan(Span{ts[infinitiveAt(ts, k)].start, tokEnd(s, contentEnd(k))})
			case colonAfter(ts, k, nextGroup) >= 0:
				// "a écrit aux parents : « … »"
				c := colonAfter(ts, k, nextGroup)
				d.content = g.trimSpan(Span{ts[c].end, s.span.End})
				d.colon = true
				if g.quoteIn(d.content) != nil {
					d.quoted = true
				}
			case k < len(ts) && (vg.v.DeInf || vg.v.AInf) && g.objectThen(s, k, vg.v):
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
				d.weak = false // "appeler X à …" is a claim
			case k < len(ts) && ts[k].open:
				// "a évoqué « des liens très étroits »"
				q := g.quoteIn(Span{ts[k].start, s.span.End})
				if q == nil || q.outer.Start != ts[k].start {
					continue
				}
				d.content = q.inner
				d.quoted = true
				q.used = true
				// "juge « inacceptable » la livraison de missiles": the
				// quoted words open a longer object.
				after := g.trimSpan(Span{q.outer.End, tokEnd(s, contentEnd(k))})
				if after.Len() > 0 && (vg.v.Object || vg.v.Weak) && startsAfterQuote(g.doc.text[after.Start:]) {
					d.content = g.trimSpan(Span{ts[k].start, after.End})
					d.quoted = false
				}
			case k+1 < len(ts) && vg.reflexive && (ts[k].f == "de" || ts[k].f == "d'" || ts[k].f == "du" || ts[k].f == "des") &&
				(startsObject(s, k+1) || ts[k+1].open || ts[k].f == "du" || ts[k].f == "des"):
				// "s’est félicité d’un « signal fort »", "s’inquiète de la
				// situation"
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
			case k+1 < len(ts) && vg.v.Object && (ts[k].f == "de" || ts[k].f == "d'") && ts[k+1].open:
				// "a qualifié d’« escalade » la décision"
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
			case k+1 < len(ts) && vg.v.Object && ts[k].f == "a" && isNumber(ts[k+1].f):
				// "estiment à 3 millions le nombre de déplacés"
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
			case k < len(ts) && vg.v.Object && startsObject(s, k) && !vg.v.Weak:
				d.content = g.trimSpan(Span{ts[k].start, tokEnd(s, contentEnd(k))})
			case !vg.v.Weak && nextGroup == len(ts) && g.nothingAfter(s, k):
				// "M. Zelensky a déclaré dans son indemnité journalière.":
				// attribution of what precedes.
				if q := g.quoteIn(before); before.Len() > 0 && q != nil {
					d.content = q.inner
					d.quoted = true
					q.used = true
				} else {
					d.content = Span{}
				}
			default:
				continue
			}
		}
		if d.content.Len() == 0 && d.pron == "" && d.spk.Len() == 0 {
			continue
		}
		if c := normalize.Fold(g.doc.text[d.content.Start:min(d.content.End, d.content.Start+16)]); strings.HasPrefix(c, "l'anonymat") {
			continue // "qui a requis l’anonymat": no statement
		}
		if d.weak && d.content.Len() > 0 && !d.quoted && g.quoteIn(d.content) == nil && before.Len() == 0 && findQue(s, k, nextGroup) < 0 {
			continue
		}
		if d.content.Len() > 0 {
			if q := g.quoteIn(d.content); q != nil && g.wholeQuote(q, d.content) {
				d.quoted = true
				d.content = q.inner
				q.used = true
			}
		}
		claimedUntil = vg.last + 1
		if inverted {
			invertedUntil = claimedUntil
		}
		out = append(out, d)
	}
	// "…, Séoul a indiqué que X, selon les Occidentaux": the source backs
	// what the verb introduces, not the whole sentence.
	for _, sd := range g.selonDrafts(si, s, groups) {
		if sd.content.Start == g.trimSpan(s.span).Start && sd.content2.Len() == 0 {
			for _, d := range out {
				if d.content.Len() > 0 && d.content.End == sd.content.End && d.content.Start > sd.content.Start {
					sd.content = d.content
				}
			}
		}
		out = append(out, sd)
	}
	return out
}

// invertedAt looks for a subject noun phrase after a verb group, at k or
// past an incise ", selon X," (returned as a chain link) or an addressee
// ("à l’AFP"): it returns where the phrase starts.
func (g *grammar) invertedAt(s *sentence, k int) (int, Span, bool) {
	ts := s.toks
	j := k
	var via Span
	if j < len(ts) && ts[j].lw == "," && j+1 < len(ts) && selonWords[ts[j+1].f] {
		e := j + 2
		for e < len(ts) && ts[e].lw != "," {
			e++
		}
		if e >= len(ts) {
			return k, Span{}, false
		}
		via = g.tokSpan(s, j+2, e)
		j = skipAdverbials(ts, e+1)
	}
	if m := circumstance(ts, j); m > j {
		// "a déclaré à l’issue de la réunion Roch Wamytan": past the
		// circumstance to the name.
		j = m
	} else if m := prepPhraseEnd(ts, j); m > j && m < len(ts) && (npStart[ts[m].f] || ts[m].upper) && !ts[m].punct {
		// "a lancé depuis la tribune le chef du parti", "a raconté par
		// téléphone Mohammad Ashraf", "a insisté lors d’une conférence de
		// presse un responsable": past the phrase to the subject.
		j = m
	}
	if j+2 < len(ts) && ts[j].f == "sur" && !ts[j].upper {
		// "a lancé sur la BBC la députée X", "a écrit sur X Romain
		// Vasseur": past the medium to the subject.
		m := j + 1
		if ts[m].f == "la" || ts[m].f == "le" || ts[m].f == "l'" || ts[m].f == "les" || ts[m].f == "son" || ts[m].f == "sa" {
			m++
		}
		if m < len(ts) && g.acronym(ts[m]) || m < len(ts) && ts[m].upper && m+1 < len(ts) && (npStart[ts[m+1].f] || ts[m+1].upper) {
			if m+1 < len(ts) && (npStart[ts[m+1].f] || ts[m+1].upper) && !ts[m+1].punct {
				j = m + 1
			}
		}
	}
	if j < len(ts) && (ts[j].f == "a" || ts[j].f == "au" || ts[j].f == "aux") && !ts[j].upper {
		// "ont confirmé à l’AFP des sources concordantes": past the
		// addressee to the subject.
		m := j + 1
		if m < len(ts) && (ts[m].f == "l'" || ts[m].f == "la" || ts[m].f == "le" || ts[m].f == "les") {
			m++
		}
		if m < len(ts) && !ts[m].punct && m+1 < len(ts) && ts[m+1].upper && !ts[m+1].punct && !npStart[ts[m+1].f] &&
			(g.acronym(ts[m]) || !ts[m].upper) && (m+2 >= len(ts) || ts[m+2].upper || ts[m+2].punct) {
			// "a expliqué à l’AFP Chiara Benedetti", "a déclaré à franceinfo
			// Julien Arnaud": a name after the agency
			j = m + 1
		} else {
			for m < len(ts) && m-j < 6 && !ts[m].punct && !npStart[ts[m].f] {
				m++
			}
			if m < len(ts) && npStart[ts[m].f] && m-j < 6 {
				j = m
			}
		}
	}
	if !startsNP(s, j) || ts[j].f == "que" || ts[j].f == "qu'" {
		return k, Span{}, false
	}
	// "auraient repris ces derniers jours": a time, not a speaker
	if e := npEnd(s, j); e > j && timeNouns[ts[e-1].f] && e-j <= 4 {
		return k, Span{}, false
	}
	return j, via, true
}

// isSubject reports whether the words before the verb group are its
// subject rather than reported content: "Le ministre américain de la
// Défense, Lloyd Austin, a annoncé …".
func (g *grammar) isSubject(s *sentence, vg verbGroup, from int) bool {
	a, _, _, ok := g.subject(s, vg.first)
	// The subject may follow fronted adverbials ("Dans une lettre ouverte
	// au ministre, le maire, Yannick Carré, réclame …"): the verb test
	// below reads them too.
	if !ok || vg.first-a > 24 {
		return false
	}
	// "…, tandis que l’avocate, Me X, a annoncé …": the subject's clause
	// starts after its conjunction; the clause before is another claim's.
	for m := a - 1; m >= from; m-- {
		if f := s.toks[m].f; f == "que" || f == "qu'" || f == ";" || f == ":" {
			from = m + 1
			break
		}
	}
	if vg.first-from > 40 {
		return false
	}
	relative := false // inside ", qui réclamaient …,": part of the subject
	for m := from; m < vg.first; m++ {
		t := s.toks[m]
		if t.lw == "," {
			relative = m+1 < vg.first && (s.toks[m+1].f == "qui" || s.toks[m+1].f == "dont" || s.toks[m+1].lw == "où")
			continue
		}
		if relative {
			continue
		}
		if subjectPronouns[t.f] && t.f != "on" && m+1 < vg.first && !s.toks[m+1].punct && !t.upper {
			return false // "… qu’elle gagne la guerre, a déclaré X": a pronoun and its verb
		}
		if (t.f == "que" || t.f == "qu'") && !(m > 0 && s.toks[m-1].f == "ainsi") {
			return false // "La Corée du Nord soutiendra la Russie jusqu’à ce qu’elle gagne …, a déclaré X": a clause
		}
		if t.close && shortNameQuote(s, from, m) {
			continue // "le groupe « Villeneuve en commun »": a name in the subject
		}
		if isVerbish(t) || t.close || g.verbAt(s, m) != nil || t.f == "se" || t.f == "s'" || t.f == "ne" || t.f == "n'" ||
			!t.upper && len(t.f) > 4 && (hasSuffix(t.f, "ent") && !hasSuffix(t.f, "ment") || hasSuffix(t.f, "ront") || hasSuffix(t.f, "aient")) && m > from && !determiners[s.toks[m-1].f] {
			return false // a verb: the words before are a clause, reported
		}
	}
	return true
}

// incise handles "« … », a-t-elle dit, « … »" and "X, a ajouté Y, …": the
// words after the attribution that continue the content.
func (g *grammar) incise(s *sentence, d *draft, vg verbGroup, k int) {
	ts := s.toks
	// The rest of a quotation cut at this incise (see splitIncises).
	for m := k; m < len(ts) && m < k+maxIncise; m++ {
		if ts[m].open || ts[m].close {
			break
		}
		if q := g.contAt(ts[m].start); q != nil && !q.used {
			d.content2 = q.inner
			q.used = true
			if d.spk.End > ts[m].start {
				d.spk.End = ts[m].start
			}
			return
		}
	}
	for k < len(ts) && (ts[k].lw == "," || adverbs[ts[k].f]) {
		k++
	}
	if k >= len(ts) || vg.first == 0 {
		return
	}
	if ts[k].open {
		if q := g.quoteIn(Span{ts[k].start, s.span.End}); q != nil && q.outer.Start == ts[k].start {
			d.content2 = q.inner
			q.used = true
		}
		return
	}
	if !(vg.first > 0 && (ts[vg.first-1].lw == "," || ts[vg.first-1].close) && k > 0 && ts[k-1].lw == "," && !ts[k].punct) {
		return
	}
	if ts[k].upper {
		// "…, a déclaré le préfet du Var, Philippe Mahé, lors d’un point
		// presse": the speaker's name in apposition.
		m := k
		for m < len(ts) && m-k < 7 && !ts[m].punct && (ts[m].upper || m > k && m+1 < len(ts) && nameParticles[ts[m].f] && (ts[m+1].upper || nameParticles[ts[m+1].f])) {
			m++ // "Armando Correia da Silva", "Ursula von der Leyen"
		}
		if m > k && (m == len(ts) || ts[m].punct) {
			d.spk.End = ts[m-1].end
			if m+1 >= len(ts) || ts[m].lw != "," {
				return
			}
			k = m + 1
		}
	}
	if k >= len(ts) || ts[k].punct || npStop[ts[k].f] || hasSuffix(ts[k].f, "ant") || isNumber(ts[k].f) {
		return
	}
	if q := g.quoteIn(d.content); q != nil && g.wholeQuote(q, d.content) {
		return // after a quotation, what follows the speaker is about the speaker
	}
	// "Pyongyang, a ajouté Choe Son-hui, n’a aucun doute …"
	d.content2 = g.trimSpan(Span{ts[k].start, s.span.End})
}

func tokStart(s *sentence, k int) int {
	if k >= len(s.toks) {
		return s.span.End
	}
	return s.toks[k].start
}

func tokEnd(s *sentence, k int) int {
	if k >= len(s.toks) {
		return s.span.End
	}
	if k <= 0 {
		return s.span.Start
	}
	return s.toks[k-1].end
}

// objectThen reports "accuser X de + infinitive", "exhorter X à + infinitive".
func (g *grammar) objectThen(s *sentence, k int, v *Verb) bool {
	ts := s.toks
	for n := 0; k < len(ts) && n < 15; k, n = k+1, n+1 {
		f := ts[k].f
		if ts[k].punct && (ts[k].lw == "." || ts[k].lw == ";" || ts[k].lw == ":" || ts[k].lw == "!" || ts[k].lw == "?") {
			return false
		}
		if v.DeInf && (f == "de" || f == "d'") && k+1 < len(ts) {
			n := k + 1
			if ts[n].open && n+1 < len(ts) {
				n++ // "de « faire de la politique »"
			}
			for n+1 < len(ts) && (ts[n].f == "ne" || ts[n].f == "n'" || negations[ts[n].f]) {
				n++ // "de ne pas avoir déclaré"
			}
			if isInfinitive(ts[n].f) || ts[n].f == "avoir" {
				return true
			}
		}
		if v.AInf && (f == "a" || f == "au" || f == "aux") && k+1 < len(ts) && (!ts[k+1].punct || ts[k+1].open) {
			return true // "exhorter X à aider", "appeler les habitants à la prudence"
		}
	}
	return false
}

// nothingAfter reports whether the clause ends after an addressee or a
// medium ("à Reuters", "sur Telegram", "dans un communiqué").
func (g *grammar) nothingAfter(s *sentence, k int) bool {
	ts := s.toks
	if k >= len(ts) {
		return true
	}
	f := ts[k].f
	if ts[k].punct {
		return ts[k].lw == "." || ts[k].lw == "!" || ts[k].lw == "?"
	}
	if f == "a" || f == "au" || f == "aux" || f == "sur" || f == "dans" || f == "lors" || f == "devant" || f == "en" || f == "depuis" || f == "pendant" || f == "par" {
		for m := k; m < len(ts); m++ {
			if ts[m].f == "que" || ts[m].f == "qu'" || ts[m].open || ts[m].lw == ":" {
				return false
			}
			if m > k && ts[m].punct && ts[m].lw == "," {
				return false
			}
		}
		return true
	}
	return false
}

// selonDrafts finds "selon X", "d’après X", "de source X",
// "a-t-on appris auprès de X" and "… selon lesquelles …".
func (g *grammar) selonDrafts(si int, s *sentence, groups []verbGroup) []*draft {
	ts := s.toks
	var out []*draft
	inGroup := func(k int) bool {
		// "a déclaré, selon une traduction, X": part of the verb's attribution.
		for _, vg := range groups {
			if k > vg.last && k <= vg.last+2 && ts[vg.last+1].lw == "," {
				return true
			}
		}
		return false
	}
	for k := 0; k < len(ts); k++ {
		if s.inQuote[k] {
			continue
		}
		f := ts[k].f
		cueEnd := k + 1
		switch {
		case f == "selon":
		case f == "d'" && k+1 < len(ts) && ts[k+1].f == "apres":
			cueEnd = k + 2
		case f == "lire" && k >= 2 && ts[k-1].inv && ts[k-1].f == "on" && k+1 < len(ts) && (ts[k+1].f == "dans" || ts[k+1].f == "sur"):
			// "« … », peut-on lire dans le communiqué"
			cueEnd = k + 2
		case f == "pour" && k == 0 && len(ts) > 3 && !introAfterPour[ts[1].f]:
			// "Pour le Kremlin, il s’agit d’une provocation": an opinion,
			// kept only when the words name an entity (see resolve).
			cueEnd = 1
		case f == "a" && k+2 < len(ts) && ts[k+1].f == "en" && ts[k+2].f == "croire":
			cueEnd = k + 3 // "à en croire X"
		case f == "aux" && k+2 < len(ts) && ts[k+1].f == "dires" && (ts[k+2].f == "de" || ts[k+2].f == "d'" || ts[k+2].f == "du" || ts[k+2].f == "des"):
			cueEnd = k + 2 // "aux dires de X"
			if ts[k+2].f == "de" || ts[k+2].f == "d'" {
				cueEnd = k + 3
			}
		case f == "de" && k+2 < len(ts) && (ts[k+1].f == "source" || ts[k+1].f == "sources") && !ts[k+2].punct && !determiners[ts[k+2].f] &&
			(k == 0 || ts[k-1].lw == "," || k >= 2 && ts[k-2].f == "on" && ts[k-2].inv):
			// "De source diplomatique, …", "a-t-on appris de source policière"
			// "de source diplomatique", "de sources concordantes"
			cueEnd = k + 1
		case f == "aupres" && k >= 2 && (ts[k-1].f == "on" && ts[k-1].inv || ts[k-2].f == "on" && ts[k-2].inv):
			// "a-t-on appris auprès de X"
			cueEnd = k + 1
			if cueEnd < len(ts) && (ts[cueEnd].f == "de" || ts[cueEnd].f == "d'" || ts[cueEnd].f == "du" || ts[cueEnd].f == "des") {
				if ts[cueEnd].f == "de" || ts[cueEnd].f == "d'" {
					cueEnd++
				}
			}
		default:
			continue
		}
		if inGroup(k) {
			continue
		}
		cueStart := k
		if f == "aupres" || f == "lire" || f == "de" && k >= 2 && ts[k-2].f == "on" && ts[k-2].inv {
			for cueStart > 0 && !ts[cueStart-1].punct {
				cueStart--
			}
		}
		d := &draft{kind: AccordingTo, cue: Span{ts[cueStart].start, ts[cueEnd-1].end}, sent: si, sentLast: si}
		if cueEnd < len(ts) && (ts[cueEnd].f == "lesquelles" || ts[cueEnd].f == "lesquels" || ts[cueEnd].f == "lequel" || ts[cueEnd].f == "laquelle") {
			// "les affirmations des États-Unis et de l’OTAN selon lesquelles …"
			d.cue.End = ts[cueEnd].end
			a := k - 1
			for a >= 0 && !speechNouns[ts[a].f] && !ts[a].punct && k-a < 12 {
				a--
			}
			if a < 0 || !speechNouns[ts[a].f] {
				continue
			}
			d.spk = g.tokSpan(s, a+1, k)
			d.content = g.trimSpan(Span{ts[cueEnd].end, s.span.End})
			d.attrib = Span{ts[a].start, ts[cueEnd].end}
			out = append(out, d)
			continue
		}
		// The source: up to a comma, a dash or the end.
		e := cueEnd
		for e < len(ts) && !(ts[e].punct && ts[e].lw != "’" && ts[e].lw != "'" && ts[e].lw != "(" && ts[e].lw != ")" && ts[e].lw != "-") && !s.inQuote[e] {
			if e > cueEnd && (ts[e].f == "que" || ts[e].f == "qu'" || ts[e].f == "qui") {
				break
			}
			e++
		}
		if cueEnd < len(ts) && stressedPronouns[ts[cueEnd].f] {
			e = cueEnd + 1 // "responsables selon lui de 80 % des émissions"
		}
		if e-cueEnd > 14 {
			// "d’après une étude publiée mardi dans la revue X par une
			// équipe de …": the source is the head, before its participle
			for m := cueEnd + 2; m < e; m++ {
				if f := ts[m].f; hasSuffix(f, "ee") || hasSuffix(f, "ees") || f == "dans" || f == "par" {
					e = m
					break
				}
			}
		}
		if e == cueEnd || e-cueEnd > 14 {
			continue
		}
		// "selon le site Politico, qui cite des sources …, X": the relative
		// clause is about the source, not part of the content.
		relEnd := -1
		if e+1 < len(ts) && ts[e].lw == "," && ts[e+1].f == "qui" {
			relEnd = e + 2
			for relEnd < len(ts) && ts[relEnd].lw != "," {
				relEnd++
			}
			if f := ts[e+2].f; (f == "cite" || f == "citent" || f == "citait") && e+3 < relEnd {
				d.via = append(d.via, g.tokSpan(s, e+3, relEnd)) // "qui cite des sources"
			}
		}
		// "selon le gouverneur de la région, Viatcheslav Gladkov, …": the
		// name in apposition belongs to the source.
		if e+2 < len(ts) && ts[e].lw == "," && ts[e+1].upper && !s.inQuote[e+1] {
			m := e + 1
			for m < len(ts) && m-e <= 4 && ts[m].upper && !ts[m].punct {
				m++
			}
			if m < len(ts) && m-e <= 4 && ts[m].lw == "," && !introWords[ts[e+1].f] {
				e = m
			}
		}
		d.spk = g.tokSpan(s, cueEnd, e)
		d.attrib = Span{ts[cueStart].start, ts[e-1].end}
		spk := ts[cueEnd].f
		if e-cueEnd == 1 && (spk == "lui" || spk == "elle" || spk == "eux" || spk == "elles") {
			d.pron = spk
		}
		if anaphoricSource(s, cueEnd, e) {
			d.anaphor = true
		}
		for m := cueEnd; m < e; m++ {
			if ts[m].f == "source" || ts[m].f == "sources" || ts[m].f == "informations" {
				d.stance = Hedged
			}
		}
		// "selon Séoul, citant des sources du renseignement"
		if e+1 < len(ts) && ts[e].lw == "," && ts[e+1].f == "citant" {
			ve := e + 2
			for ve < len(ts) && !ts[ve].punct {
				ve++
			}
			d.via = append(d.via, g.tokSpan(s, e+2, ve))
			d.attrib.End = ts[ve-1].end
			e = ve
		}
		before := g.trimSpan(Span{s.span.Start, ts[cueStart].start})
		if cueStart > 0 && ts[cueStart-1].lw != "," && ts[cueStart-1].lw != "–" && ts[cueStart-1].lw != "—" && !(cueStart == 0) {
			// "… l’œuvre de la Russie selon la Lituanie –"
			before = g.trimSpan(Span{s.span.Start, ts[cueStart].start})
		}
		after := Span{}
		if relEnd >= 0 {
			e = relEnd // past the relative clause
		}
		if e < len(ts) {
			// past the comma or dash that closes the source; a source
			// inside a phrase ("responsables selon lui de 80 %") has none
			from := ts[e].end
			if !ts[e].punct || ts[e].open {
				from = ts[e].start // a source inside a phrase; a quotation after it
			}
			after = g.trimSpan(Span{from, s.span.End})
		}
		if cueStart > 0 && ts[cueStart-1].f == "qui" && after.Len() > 0 {
			// "une démarche des Occidentaux, qui selon lui « ne fera
			// qu’aggraver les tensions »": what the relative clause says
			before = Span{}
		}
		switch {
		case before.Len() == 0:
			d.content = after
		case after.Len() == 0:
			d.content = before
		default:
			d.content = before
			d.content2 = after
		}
		if d.content.Len() == 0 {
			continue
		}
		if q := g.quoteIn(d.content); q != nil && d.content2.Len() == 0 && g.wholeQuote(q, d.content) {
			// "« … », peut-on lire dans le communiqué", "« … », selon X":
			// the quoted words.
			d.content = q.inner
			d.quoted = true
			q.used = true
		}
		out = append(out, d)
	}
	return out
}

// anaphoricSource reports "la même source", "ces sources", "cette source".
func anaphoricSource(s *sentence, a, b int) bool {
	ts := s.toks
	if b-a < 2 {
		return false
	}
	f0 := ts[a].f
	return f0 == "ces" || f0 == "cette" || b-a <= 3 && (ts[a+1].f == "meme" || ts[a+1].f == "memes")
}

// inciseAfter reports an inverted subject inside an incise: "Pyongyang, a
// ajouté Choe Son-hui, n’a aucun doute …".
func inciseAfter(s *sentence, k int) bool {
	e := npEnd(s, k)
	return e < len(s.toks)-1 && s.toks[e].lw == "," && !npStop[s.toks[e+1].f]
}

// infinitiveAt returns the index of the infinitive a verb introduces at k
// ("avoir pris", "de verser", "ne pas avoir"), or -1.
func infinitiveAt(ts []token, k int) int {
	if k < len(ts) && (ts[k].f == "de" || ts[k].f == "d'") {
		k++
	}
	open := -1
	if k+1 < len(ts) && ts[k].open {
		open, k = k, k+1 // "a assuré « collaborer pleinement »"
	}
	for k < len(ts) && (ts[k].f == "ne" || ts[k].f == "n'" || negations[ts[k].f] || ts[k].f == "plus") {
		k++
	}
	if k < len(ts) && isInfinitive(ts[k].f) && !ts[k].upper {
		if open >= 0 {
			return open // the content keeps its quotation mark
		}
		return k
	}
	return -1
}

// colonAfter finds the colon that introduces a quotation after an
// addressee: "a écrit aux parents : « … »".
func colonAfter(ts []token, k, limit int) int {
	for n := 0; k < len(ts) && k < limit && n < 12; k, n = k+1, n+1 {
		if ts[k].lw == ":" {
			return k
		}
		if ts[k].punct && ts[k].lw != "’" && ts[k].lw != "'" || ts[k].f == "que" || ts[k].f == "qu'" {
			return -1
		}
	}
	return -1
}

// introAfterPour opens "pour …," phrases that are not a source: "Pour la
// première fois", "pour cela".
var introAfterPour = set("cela", "ca", "autant", "rappel", "mémoire", "memoire", "l'heure", "l'instant", "sa", "son", "ses", "leur", "leurs", "tous", "toutes", "chaque", "cette", "ce", "ces", "rien", "moi", "nous", "vous")

// circumstances are the locutions of time and occasion that stand between
// a verb and its inverted subject, by their first words.
var circumstances = [][]string{
	{"a", "l'", "issue", "de"}, {"a", "l'", "issue", "du"}, {"a", "la", "sortie", "de"}, {"a", "la", "sortie", "du"},
	{"a", "la", "fin", "de"}, {"a", "la", "fin", "du"}, {"a", "l'", "occasion", "de"}, {"a", "l'", "occasion", "du"},
	{"au", "terme", "de"}, {"au", "terme", "du"}, {"au", "cours", "de"}, {"au", "cours", "du"},
	{"lors", "de"}, {"lors", "du"}, {"lors", "d'"}, {"en", "marge", "de"}, {"en", "marge", "du"},
}

// circumstance returns the index past a circumstance at k ("à l’issue de
// la réunion") when a capitalized name follows it, else k.
func circumstance(ts []token, k int) int {
	for _, c := range circumstances {
		if k+len(c) > len(ts) {
			continue
		}
		match := true
		for i, w := range c {
			if ts[k+i].f != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		m := k + len(c)
		for m < len(ts) && !ts[m].upper && !ts[m].punct && m-k < 10 {
			if m > k+len(c)+1 && npStart[ts[m].f] && !determiners[ts[m-1].f] && ts[m-1].f != "de" && ts[m-1].f != "d'" {
				return m // "lors d’une conférence de presse un responsable"
			}
			m++
		}
		if m < len(ts) && ts[m].upper {
			return m
		}
		return k
	}
	return k
}

// tokenAt returns the index of the token starting at off, or -1.
func tokenAt(ts []token, off int) int {
	for i, t := range ts {
		if t.start == off {
			return i
		}
	}
	return -1
}

// startsAfterQuote reports words that continue a noun phrase after a
// quotation: a determiner ("« inacceptable » la livraison") or "entre",
// "contre", "avec" ("« des liens étroits » entre les armées").
func startsAfterQuote(rest string) bool {
	// Only the first word counts: look no further than it.
	rest = strings.TrimLeft(rest, " \u00a0\u202f")
	if i := strings.IndexAny(rest, " \u00a0\u202f\n"); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "la", "le", "les", "l’", "un", "une", "des", "entre", "contre", "avec", "de", "du", "d’", "pour":
		return true
	}
	return strings.HasPrefix(f[0], "l’") || strings.HasPrefix(f[0], "l'") || strings.HasPrefix(f[0], "d’") || strings.HasPrefix(f[0], "d'")
}

// addresseeNouns are the people and media a statement is made to or on:
// "à la presse", "aux journalistes", "sur les réseaux sociaux", "dans un
// communiqué", "lors d’une conférence de presse".
var addresseeNouns = set("presse", "journalistes", "journaliste", "chaine", "television", "radio", "agence", "journal",
	"quotidien", "hebdomadaire", "magazine", "site", "micro", "antenne", "plateau", "deputes", "senateurs", "elus",
	"habitants", "salaries", "militants", "partisans", "lecteurs", "reseaux", "compte", "page", "communique", "entretien",
	"interview", "declaration", "message", "lettre", "courrier", "tweet", "video", "tribune", "discours", "conference",
	"point", "emission", "blog", "publication", "post", "proches", "enqueteurs", "juges", "policiers", "parlementaires",
	"representants", "syndicats", "personnel", "employes", "agents", "ministres", "dirigeants", "membres", "reseau",
	"audience", "tribunal", "barre", "jures", "cour")

// skipComplements returns the index after the addressees and media that
// follow a reporting verb at token k: "à l’AFP", "au quotidien Le Monde",
// "sur Facebook", "sur les réseaux sociaux", "dans un communiqué",
// "devant la presse", "lors d’une conférence de presse". It returns k when
// there is none.
func skipComplements(s *sentence, k int) int {
	ts := s.toks
	for n := 0; n < 4 && k < len(ts); n++ {
		if ts[k].lw == "," {
			// a parenthesis between commas: "a évoqué, sous couvert
			// d’anonymat, la piste de …", "a reconnu à l’audience, par la
			// voix de son conseil, des « lacunes »"
			j := k + 1
			for j < len(ts) && j < k+9 && !ts[j].open && !ts[j].close && !isVerbish(ts[j]) && ts[j].lw != "," {
				j++
			}
			if j < len(ts) && ts[j].lw == "," && j > k+1 {
				k = skipAdverbials(ts, j+1)
				continue
			}
			return k
		}
		f := ts[k].f
		j := k + 1
		switch f {
		case "a", "au", "aux", "sur", "dans", "devant", "aupres":
			if f == "aupres" {
				if j >= len(ts) || ts[j].f != "de" && ts[j].f != "du" && ts[j].f != "des" && ts[j].f != "d'" {
					return k
				}
				j++
			}
		case "lors":
			if j < len(ts) && (ts[j].f == "d'" || ts[j].f == "de") {
				j++
			}
		default:
			return k
		}
		if ts[k].upper || s.inQuote[k] {
			return k
		}
		for j < len(ts) && (determiners[ts[j].f] && ts[j].f != "de" && ts[j].f != "d'") {
			j++
		}
		// the complement: a name, or an addressee noun with its name
		// ("la chaîne KBS") or its complement ("de presse")
		m := j
		switch {
		case m < len(ts) && ts[m].upper && !ts[m].punct:
			for m < len(ts) && ts[m].upper && !ts[m].punct {
				m++
			}
		case m < len(ts) && addresseeNouns[ts[m].f]:
			m++
			if m+1 < len(ts) && (ts[m].f == "du" || ts[m].f == "des") && !ts[m+1].punct && !ts[m+1].upper && !isInfinitive(ts[m+1].f) {
				m += 2 // "aux représentants du personnel"
			}
			if m+1 < len(ts) && (ts[m].f == "de" || ts[m].f == "du") && (ts[m+1].f == "presse" || ts[m+1].upper) {
				m += 2 // "conférence de presse", "micro de RTL"
			}
			if m < len(ts) && (ts[m].f == "sociaux" || ts[m].f == "social" || ts[m].f == "presse") {
				m++ // "sur le réseau social X"
			}
			for m < len(ts) && ts[m].upper && !ts[m].punct {
				m++
			}
		default:
			return k
		}
		k = skipAdverbials(ts, m)
	}
	return k
}

// wholeQuote reports whether the quotation q is all of the content sp, the
// marks and punctuation around it aside: "un « plan de casse sociale »" is
// the journalist's noun phrase around quoted words, not a quotation.
func (g *grammar) wholeQuote(q *quote, sp Span) bool {
	if q.outer.Start < sp.Start-3 || q.outer.End > sp.End+3 {
		return false
	}
	for _, part := range []Span{{sp.Start, q.outer.Start}, {q.outer.End, sp.End}} {
		if part.Start < part.End && hasLetter(g.doc.text[part.Start:part.End]) {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// selonSourceBefore returns the source of a "selon X" that the relative
// pronoun at token q follows ("selon la préfecture, qui …"), or {-1, -1}.
func selonSourceBefore(s *sentence, q int) [2]int {
	ts := s.toks
	if q < 2 || ts[q-1].lw != "," {
		return [2]int{-1, -1}
	}
	for k := q - 2; k >= 0 && k >= q-16; k-- {
		if ts[k].punct {
			break
		}
		if ts[k].f == "selon" || ts[k].f == "apres" && k > 0 && ts[k-1].f == "d'" {
			if k+1 < q-1 {
				return [2]int{k + 1, q - 1}
			}
			break
		}
	}
	return [2]int{-1, -1}
}

// documentNouns name texts that provide for things rather than people who
// say them.
var documentNouns = set("accord", "texte", "loi", "projet", "plan", "budget", "contrat", "traite", "decret", "reforme",
	"programme", "calendrier", "reglement", "dispositif", "protocole", "amendement", "article", "convention", "document")

// headNoun reports whether the noun phrase [a, b) of s, after its
// determiner (and past an apposition before it), is headed by a word of set.
func headNoun(s *sentence, a, b int, set map[string]bool) bool {
	ts := s.toks
	for k := b - 1; k > a; k-- {
		if ts[k].lw == "," {
			a = k + 1 // "Conclu en 2015, l’accord de Vienne"
			break
		}
	}
	for a < b && determiners[ts[a].f] {
		a++
	}
	return a < b && set[ts[a].f]
}

// acronym reports a word of two or more letters, all capitals: "AFP".
func (g *grammar) acronym(t token) bool {
	w := g.doc.text[t.start:t.end]
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// shortNameQuote reports whether the closing mark at token m ends a short
// quotation that opened after from and starts with a capital: a name
// ("le groupe « Villeneuve en commun »") inside a noun phrase, not quoted
// speech.
func shortNameQuote(s *sentence, from, m int) bool {
	ts := s.toks
	for k := m - 1; k > from && k >= m-7; k-- {
		if ts[k].open {
			return k+1 < m && ts[k+1].upper
		}
	}
	return false
}

// relativeOfSpeaker reports whether the relative pronoun at token q
// follows the speaker of the sentence's last draft, or that speaker's
// apposition: "…, a fustigé Dale Whitcomb, qui accuse …", "…, s’est
// indigné Karim Benali, délégué CGT du site, qui accuse …".
func (g *grammar) relativeOfSpeaker(s *sentence, out []*draft, si, q int) bool {
	n := len(out)
	if n == 0 || out[n-1].sent != si || q < 1 || s.toks[q-1].lw != "," {
		return false
	}
	spkEnd := out[n-1].spk.End
	ts := s.toks
	k := q - 1
	for k > 0 && ts[k-1].start >= spkEnd && q-k < 10 {
		k--
		if g.verbAt(s, k) != nil || isVerbish(ts[k]) {
			return false
		}
	}
	return k == 0 || ts[k-1].end <= spkEnd
}

// prepPhraseEnd returns the end of a short prepositional phrase of place,
// time or means at token k ("depuis la tribune", "par téléphone", "lors
// d’une conférence de presse", "devant les députés"), or k.
func prepPhraseEnd(ts []token, k int) int {
	if k >= len(ts) {
		return k
	}
	m := k + 1
	switch ts[k].f {
	case "depuis", "devant", "par", "pendant", "dans":
	case "lors":
		if m < len(ts) && (ts[m].f == "d'" || ts[m].f == "de" || ts[m].f == "du") {
			m++
		} else {
			return k
		}
	default:
		return k
	}
	if m < len(ts) && determiners[ts[m].f] && ts[m].f != "de" {
		m++
	}
	// the noun, and one complement: "conférence de presse"
	if m >= len(ts) || ts[m].punct || ts[m].upper || npStart[ts[m].f] {
		return k
	}
	m++
	if m+1 < len(ts) && (ts[m].f == "de" || ts[m].f == "du") && !ts[m+1].punct && !ts[m+1].upper && !npStart[ts[m+1].f] {
		m += 2
	}
	return m
}

// conjunctionBefore reports a conjunction that opens a new clause between
// tokens from and to: "…, tandis que l’avocate, Me X, a annoncé …".
func conjunctionBefore(ts []token, from, to int) bool {
	for m := from; m+1 < to; m++ {
		if f := ts[m].f; (f == "tandis" || f == "alors" || f == "pendant") && (ts[m+1].f == "que" || ts[m+1].f == "qu'") {
			return true
		}
	}
	return false
}
