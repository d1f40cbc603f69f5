package claims

import "sort"

// findQuotes pairs quotation marks within each paragraph: « … », “ … ”
// and straight " … ". The outermost pairs are kept. A quotation left open
// at the end of a paragraph runs to the end of the paragraph.
func findQuotes(text string, paras []Span, sents []*sentence) []*quote {
	var out []*quote
	var toks []token
	for pi, p := range paras {
		toks = toks[:0]
		for _, s := range sents {
			if s.para == pi {
				toks = append(toks, s.toks...)
			}
		}
		type open struct {
			i     int
			close string
		}
		var stack []open
		for i, t := range toks {
			switch {
			case t.lw == "«" || t.lw == "‹":
				stack = append(stack, open{i, map[string]string{"«": "»", "‹": "›"}[t.lw]})
			case t.lw == "“":
				stack = append(stack, open{i, "”"})
			case t.lw == "\"" && (len(stack) == 0 || stack[len(stack)-1].close != "\""):
				stack = append(stack, open{i, "\""})
			case t.close:
				// Close the innermost matching opener; a stray closer
				// (»» doubled) is ignored.
				for j := len(stack) - 1; j >= 0; j-- {
					if stack[j].close == t.lw || t.lw == "\"" && stack[j].close == "\"" || (t.lw == "»" || t.lw == "”") && stack[j].close != "\"" && j == len(stack)-1 {
						o := toks[stack[j].i]
						if j == 0 {
							out = append(out, &quote{outer: Span{o.start, t.end}, inner: innerSpan(text, o.end, t.start), para: pi})
						}
						stack = stack[:j]
						break
					}
				}
			}
		}
		if len(stack) > 0 {
			o := toks[stack[0].i]
			out = append(out, &quote{outer: Span{o.start, p.End}, inner: innerSpan(text, o.end, p.End), para: pi, unclosed: true})
		}
	}
	return out
}

// innerSpan trims spaces and no-break spaces from [a, b).
func innerSpan(text string, a, b int) Span {
	for a < b {
		switch {
		case text[a] == ' ':
			a++
		case hasPrefixAt(text, a, "\u00a0") || hasPrefixAt(text, a, "\u202f"):
			a += 2
		default:
			goto right
		}
	}
right:
	for b > a {
		switch {
		case text[b-1] == ' ':
			b--
		case hasSuffixAt(text, b, "\u00a0") || hasSuffixAt(text, b, "\u202f"):
			b -= 2
		default:
			return Span{a, b}
		}
	}
	return Span{a, b}
}

// quoteDrafts attributes the quotations no rule has claimed yet, and gives
// content to attributions left without ("M. Zelensky a déclaré dans son
// indemnité journalière.", "a-t-il ajouté" opening a line).
func (g *grammar) quoteDrafts(ds []*draft) []*draft {
	doc := g.doc
	// covered is asked for every quotation and draft pair in the loops
	// below: index the drafts so that each question looks at the few
	// drafts near the quotation, not at all of them.
	ix := newDraftIndex(ds)
	covered := func(q *quote) bool {
		if q.used {
			return true
		}
		// A probable quotation that holds an attribution of its own
		// ("D’après nos informations, …") is not a quotation.
		if q.recovered && ix.cueInside(q.outer) {
			return true
		}
		return ix.contentHolds(q.outer)
	}
	// Attributions without content take the quotation, or the paragraph,
	// just before them.
	for _, d := range ds {
		if d.content.Len() > 0 || !d.colon {
			continue
		}
		// "X a déclaré :" closing its paragraph: the quotation that opens
		// the next one, and the paragraphs that go on with « (French
		// quotations over several paragraphs).
		para := doc.sents[d.sent].para
		first := sort.Search(len(doc.quotes), func(i int) bool { return doc.quotes[i].outer.Start >= d.cue.End })
		for _, q := range doc.quotes[first:] {
			if covered(q) {
				continue
			}
			if q.para != para+1 || !startsParagraph(doc, q) {
				break
			}
			ix.add(q.inner)
			if d.content.Len() == 0 {
				d.content = q.inner
			} else {
				d.content2 = Span{d.content2.Start, q.inner.End}
				if d.content2.Start == 0 {
					d.content2.Start = q.inner.Start
				}
			}
			d.quoted = true
			d.sentLast = sentenceAtOr(doc, max(q.outer.End-1, q.outer.Start), d.sent)
			q.used = true
			if !q.unclosed {
				break
			}
			para++
		}
	}
	for _, d := range ds {
		if d.content.Len() > 0 {
			continue
		}
		var best *quote
		minPara := doc.sents[d.sent].para - 1
		first := sort.Search(len(doc.quotes), func(i int) bool { return doc.quotes[i].para >= minPara })
		for _, q := range doc.quotes[first:] {
			if q.outer.End > d.cue.Start {
				break
			}
			if !covered(q) {
				best = q
			}
		}
		if best != nil {
			ix.add(best.inner)
			d.content = best.inner
			d.quoted = true
			best.used = true
			continue
		}
		// The paragraph before, when no claim is in it: a quotation that
		// lost its marks.
		s := doc.sents[d.sent]
		if d.sent > 0 && doc.sents[d.sent-1].para == s.para-1 && firstSentenceOfPara(doc, d.sent) && !doc.sents[d.sent-1].heading {
			pp := s.para - 1
			var sp Span
			first := sort.Search(len(doc.sents), func(i int) bool { return doc.sents[i].para >= pp })
			for _, t := range doc.sents[first:] {
				if t.para != pp {
					break
				}
				if sp.Len() == 0 {
					sp = t.span
				}
				sp.End = t.span.End
			}
			// d stands in the paragraph after pp, so it is not counted.
			free := ix.perPara(doc, pp) == 0
			if free && sp.Len() > 0 {
				ix.add(sp)
				d.content = sp
				d.quoted = true
			}
		}
	}
	// Quotations still unattributed.
	var out []*draft
	for _, q := range doc.quotes {
		if covered(q) {
			continue
		}
		si := sentenceAt(doc, q.outer.Start)
		if si < 0 {
			continue
		}
		s := doc.sents[si]
		if s.heading {
			continue
		}
		// Where the quotation stands in its sentence.
		k := 0
		for k < len(s.toks) && s.toks[k].start < q.outer.Start {
			k++
		}
		d := &draft{kind: DirectQuote, quoted: true, content: q.inner, sent: si, sentLast: sentenceAt(doc, max(q.outer.End-1, q.outer.Start))}
		switch {
		case k > 0 && s.toks[k-1].lw == ":":
			// "… comme un avertissement : « … »": the sentence's subject.
			a, b, ok := g.mainSubject(s, k-1)
			if !ok {
				continue
			}
			d.spk = g.tokSpan(s, a, b)
			if b-a == 1 && subjectPronouns[s.toks[a].f] {
				d.pron = s.toks[a].f
			}
			d.cue = Span{s.toks[k-1].start, s.toks[k-1].end}
			d.attrib = Span{s.span.Start, q.outer.Start}
		case k == 0 && q.outer.End >= s.span.End-2 && g.continues(ds, si, q):
			// "« … », a promis X. « … »": the same statement goes on.
			continue
		case k == 0 && q.outer.End >= s.span.End-2 && q.inner.Len() > 40:
			// A quotation standing alone: its speaker is the one before.
			d.anaphor = true
			d.cue = Span{q.outer.Start, q.outer.Start}
		default:
			continue // a quoted phrase inside the journalist's sentence
		}
		q.used = true
		out = append(out, d)
	}
	for _, d := range ds {
		if d.sentLast < d.sent {
			d.sentLast = d.sent
		}
	}
	return out
}

func firstSentenceOfPara(doc *document, si int) bool {
	return si == 0 || doc.sents[si-1].para != doc.sents[si].para
}

// sentenceAt returns the index of the sentence holding byte off, or -1.
func sentenceAt(doc *document, off int) int {
	// Sentences are in text order and do not overlap.
	i := sort.Search(len(doc.sents), func(i int) bool { return doc.sents[i].span.End > off })
	if i < len(doc.sents) && doc.sents[i].span.Start <= off {
		return i
	}
	return -1
}

// continues extends the quotation claim of the sentence just before si, in
// the same paragraph, with q: a quotation of several sentences split by
// its attribution.
func (g *grammar) continues(ds []*draft, si int, q *quote) bool {
	if si == 0 || g.doc.sents[si-1].para != g.doc.sents[si].para {
		return false
	}
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.sent == si-1 && d.quoted && d.content2.Len() == 0 && d.kind != AccordingTo {
			d.content2 = q.inner
			d.sentLast = si
			q.used = true
			return true
		}
	}
	return false
}

// startsParagraph reports whether q opens its paragraph.
func startsParagraph(doc *document, q *quote) bool {
	for _, s := range doc.sents {
		if s.para == q.para {
			return s.span.Start == q.outer.Start
		}
	}
	return false
}

// draftIndex answers covered's questions about drafts quickly: the cues
// and contents of the drafts, sorted by start, contents given since
// included.
type draftIndex struct {
	cues     []Span // sorted by Start
	contents []Span // sorted by Start
	maxLen   int    // longest content: how far back a holder can start
	paras    map[int]int
	ds       []*draft
}

func newDraftIndex(ds []*draft) *draftIndex {
	ix := &draftIndex{ds: ds}
	for _, d := range ds {
		ix.cues = append(ix.cues, d.cue)
		for _, c := range []Span{d.content, d.content2} {
			if c.Len() > 0 {
				ix.contents = append(ix.contents, c)
				ix.maxLen = max(ix.maxLen, c.Len())
			}
		}
	}
	sort.Slice(ix.cues, func(i, j int) bool { return ix.cues[i].Start < ix.cues[j].Start })
	sort.Slice(ix.contents, func(i, j int) bool { return ix.contents[i].Start < ix.contents[j].Start })
	return ix
}

// add records a content given to a draft, keeping contents sorted.
func (ix *draftIndex) add(c Span) {
	i := sort.Search(len(ix.contents), func(i int) bool { return ix.contents[i].Start > c.Start })
	ix.contents = append(ix.contents, Span{})
	copy(ix.contents[i+1:], ix.contents[i:])
	ix.contents[i] = c
	ix.maxLen = max(ix.maxLen, c.Len())
}

// cueInside reports whether some draft's cue lies inside sp.
func (ix *draftIndex) cueInside(sp Span) bool {
	i := sort.Search(len(ix.cues), func(i int) bool { return ix.cues[i].Start >= sp.Start })
	for ; i < len(ix.cues) && ix.cues[i].Start < sp.End; i++ {
		if ix.cues[i].End <= sp.End {
			return true
		}
	}
	return false
}

// contentHolds reports whether some draft's content holds sp (up to one
// byte past its end: the closing mark).
func (ix *draftIndex) contentHolds(sp Span) bool {
	i := sort.Search(len(ix.contents), func(i int) bool { return ix.contents[i].Start > sp.Start })
	for j := i - 1; j >= 0 && ix.contents[j].Start >= sp.Start-ix.maxLen; j-- {
		if sp.End <= ix.contents[j].End+1 {
			return true
		}
	}
	return false
}

// perPara returns how many drafts have their cue in paragraph p.
func (ix *draftIndex) perPara(doc *document, p int) int {
	if ix.paras == nil {
		ix.paras = make(map[int]int)
		for _, d := range ix.ds {
			ix.paras[doc.sents[d.sent].para]++
		}
	}
	return ix.paras[p]
}
