package entities

// This file matches the dictionary's names in the tokens and reads each
// match in its context: name, metonym or demonym.

// matchDict finds the dictionary names, leftmost longest, on whole tokens.
func (f *finder) matchDict() {
	toks := f.ts.toks
	n := len(toks)
	tr := &f.d.tr
	if tr.next == nil {
		return
	}
	lastEnd := -1
	for i := 0; i < n; {
		t := &toks[i]
		if !t.is(fWord) || t.voc < 0 || !t.is(fCap) && !f.lowerStart(t.voc) || !f.canStart(i, lastEnd) {
			i++
			continue
		}
		node, best, bestEnd := int32(0), int32(-1), -1
		var bestVal dval
		for j := i; j < n; j++ {
			tj := &toks[j]
			if !tj.is(fWord) || j > i && tj.is(fNewlineBefore) {
				break
			}
			if node = tr.step(node, tj.voc); node < 0 {
				break
			}
			vs := tr.vals[node]
			if len(vs) == 0 || !f.canEnd(j) {
				continue
			}
			if v, ok := f.pickVal(i, j, vs); ok {
				best, bestEnd, bestVal = node, j, v
			}
		}
		if best < 0 {
			i++
			continue
		}
		for k := i; k <= bestEnd; k++ {
			f.mat[k] = int32(len(f.matches))
		}
		f.matches = append(f.matches, dmatch{s: int32(i), e: int32(bestEnd + 1), val: bestVal})
		if f.seenEnt == nil {
			f.seenEnt = make(map[int32]struct{})
		}
		f.seenEnt[bestVal.ent] = struct{}{}
		lastEnd = bestEnd
		i = bestEnd + 1
	}
}

func (f *finder) lowerStart(w int32) bool {
	return int(w) < len(f.d.lowerStart) && f.d.lowerStart[w]
}

// canStart refuses a match that would begin inside a capitalised compound:
// "Bretagne" in "Grande-Bretagne".
func (f *finder) canStart(i, lastEnd int) bool {
	t := &f.ts.toks[i]
	if !t.is(fJoined) || i == 0 {
		return true
	}
	if lastEnd == i-1 {
		return true // "Moscou-Pyongyang": two names
	}
	// inside a compound that opens with a capital: "Garonne" in
	// "Villeneuve-sur-Garonne", "Bretagne" in "Grande-Bretagne"
	for k := i - 1; k >= 0; k-- {
		if f.ts.toks[k].is(fCap) {
			return false
		}
		if !f.ts.toks[k].is(fJoined) {
			break
		}
	}
	return true
}

// canEnd refuses a match that would end inside a capitalised compound, unless
// the next part is a name itself ("Moscou-Pyongyang").
func (f *finder) canEnd(j int) bool {
	if j+1 >= len(f.ts.toks) {
		return true
	}
	nx := &f.ts.toks[j+1]
	if !nx.is(fJoined) {
		return true
	}
	if nx.is(fCap) {
		return f.d.tr.step(0, nx.voc) >= 0
	}
	// "Villeneuve" in "Villeneuve-sur-Garonne": the compound goes on to a
	// capitalised part
	if !f.ts.toks[j].is(fCap) {
		return true
	}
	for k := j + 1; k < len(f.ts.toks) && f.ts.toks[k].is(fJoined); k++ {
		if f.ts.toks[k].is(fCap) {
			return false
		}
	}
	return true
}

// pickVal chooses among the names that end at a trie node: a lowercase word
// is a demonym when it can be one; otherwise a name, else a metonym.
func (f *finder) pickVal(i, j int, vs []int32) (dval, bool) {
	t := &f.ts.toks[i]
	lower := !t.is(fCap)
	month := f.lexFlags(i)&lMonth != 0 && i == j
	var name, met, dem dval
	var hasName, hasMet, hasDem bool
	for _, x := range vs {
		v := f.d.vals[x]
		if v.capReq && lower || v.capsReq && (!t.is(fAllCaps) || f.shouting(i)) || month && v.kind != vDemonym {
			continue
		}
		if v.capMask > 1 && !f.capsMatch(i, j, v.capMask) {
			continue
		}
		switch v.kind {
		case vName:
			// among homonyms, prefer the entity already met in the text
			if !hasName || !f.seen(name.ent) && f.seen(v.ent) {
				name = v
			}
			hasName = true
		case vMetonym:
			if !hasMet {
				met = v
			}
			hasMet = true
		case vDemonym:
			if !hasDem {
				dem = v
			}
			hasDem = true
		}
	}
	switch {
	case hasDem && (lower || !hasName && !hasMet):
		return dem, true
	case hasName && hasMet:
		if f.locative(i) || f.d.ents[name.ent].Type != TypePlace {
			return name, true
		}
		return met, true
	case hasName:
		return name, true
	case hasMet:
		return met, true
	}
	return dval{}, false
}

// capsMatch reports whether the words [i, j] are capitalised where the
// name's mask says so.
func (f *finder) capsMatch(i, j int, mask uint32) bool {
	for k := i; k <= j && k-i < 32; k++ {
		if mask&(1<<(k-i)) != 0 && !f.ts.toks[k].is(fCap) {
			return false
		}
	}
	return true
}

// shouting reports whether the word at i stands among words written all in
// capitals ("LAISSER UN COMMENTAIRE", "A LIRE AUSSI"): an acronym there may
// be a word.
func (f *finder) shouting(i int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if f.word(k) {
			t := &f.ts.toks[k]
			if t.is(fAllCaps) && t.end-t.start > 3 || t.end-t.start == 1 && t.is(fCap) && f.ts.toks[i].is(fAllCaps) {
				return true
			}
		}
	}
	return false
}

func (f *finder) seen(ent int32) bool {
	_, ok := f.seenEnt[ent]
	return ok
}

// locative reports whether the name at token i stands where a place is
// expected: "à Moscou", "depuis Kiev", "près de Donetsk", "la région de X".
func (f *finder) locative(i int) bool {
	p := i - 1
	if !f.word(p) {
		return false
	}
	fl := f.lexFlags(p)
	if fl&lLocative != 0 && !f.foldIs(p, "est") {
		// "le soutien à Moscou", "la pression sur Kiev": the government
		return f.lexFlags(p-1)&lDative == 0
	}
	if f.foldIs(p, "de") || f.foldIs(p, "d'") || f.foldIs(p, "du") {
		// "près de Kiev", "la région de Moscou", and inside a name:
		// "Notre-Dame de Paris"
		if f.word(p-1) && (f.lexFlags(p-1)&(lLocative|lPlaceNoun) != 0 || f.ts.toks[p-1].is(fCap) && f.lexFlags(p-1)&lStop == 0) {
			return true
		}
	}
	return false
}

// classify turns the dictionary matches into mentions.
func (f *finder) classify() {
	for k := range f.matches {
		dm := &f.matches[k]
		m := mention{s: dm.s, e: dm.e, ref: dm.val.ent, conf: 1}
		switch dm.val.kind {
		case vName:
			m.kind = KindName
			if f.d.ents[dm.val.ent].Type == TypePerson && dm.val.single {
				m.s = int32(f.givenNameBefore(int(dm.s)))
			}
		case vMetonym:
			m.kind, m.conf = KindMetonym, 0.85
		case vDemonym:
			m.kind = KindDemonym
		}
		f.addMention(m)
	}
}

// givenNameBefore extends a one-word person name to a given name written
// before it ("Vladymyr Poutine", a spelling the dictionary does not list).
func (f *finder) givenNameBefore(s int) int {
	p := s - 1
	for p >= 0 && f.ts.toks[p].is(fJoined) && f.plainCap(p) {
		p--
	}
	if !f.plainCap(p) || f.ts.toks[s].is(fNewlineBefore) || f.ts.toks[s].flags&fSpaceBefore == 0 {
		return s
	}
	if f.ts.toks[p].is(fSentStart) && f.lexFlags(p) != 0 {
		return s
	}
	return p
}
