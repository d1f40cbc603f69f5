package entities

import (
	"cmp"
	"slices"
	"strings"
)

// This file reads role phrases ("le ministre nord-coréen des Affaires
// étrangères"), links them to the names beside them, and resolves the role
// phrases that stand for a person named elsewhere in the text.

// rolePhrase is a role found in the text.
type rolePhrase struct {
	s, e     int // tokens: first word of the role (after modifiers) .. end
	from     int // first token of the phrase as a standalone mention
	def      *roleDef
	function string
	bound    int32
	det      bool // after le, la, son, du…
	plural   bool
	fem      bool // "la ministre", "la présidente": the person is a woman
}

// attachRole gives mention m the role phrase rp.
func (f *finder) attachRole(m int, rp *rolePhrase) {
	f.ms[m].role = f.span(rp.s, rp.e)
	f.ms[m].title = false
	if f.aroles == nil {
		f.aroles = make(map[int32][]roleKey)
	}
	ref := f.ms[m].ref
	if rp.fem {
		f.markFem(ref)
	}
	k := roleKey{function: rp.function, bound: rp.bound}
	if !slices.Contains(f.aroles[ref], k) {
		f.aroles[ref] = append(f.aroles[ref], k)
	}
}

// rolesAndTitles links role phrases and titles to the names next to them,
// and finds the unknown names they introduce.
func (f *finder) rolesAndTitles() {
	toks := f.ts.toks
	next := 0
	for _, mk := range f.marks {
		i := int(mk)
		if !toks[i].is(fWord) {
			continue
		}
		fl := f.lexFlags(i)
		if fl&lTitle != 0 && toks[i].is(fCap) {
			f.title(i)
			continue
		}
		if fl&(lRoleStart|lPreMod) == 0 || i < next {
			continue
		}
		rp, ok := f.parseRole(i)
		if !ok {
			continue
		}
		next = rp.e
		f.linkRole(&rp)
	}
}

// title handles "M. Zelensky", "Mme Dupont".
func (f *finder) title(i int) {
	h := i + 1
	if f.foldIs(h, ".") {
		h++
	}
	if h >= len(f.ts.toks) || !f.ts.toks[h].is(fCap) && !(f.lexFlags(h)&lParticle != 0 && f.plainCap(h+1)) {
		return
	}
	t := f.span(i, h)
	fem := f.foldIs(i, "mme") || f.foldIs(i, "mlle") || f.foldIs(i, "mmes")
	if m := f.personAt(h); m >= 0 {
		if fem {
			f.markFem(f.ms[m].ref)
		}
		if f.ms[m].role == "" {
			f.ms[m].role, f.ms[m].title = t, true
		}
		return
	}
	if f.mat[h] >= 0 {
		return // a dictionary name that is not a person
	}
	g := h
	for g < h+3 && f.lexFlags(g)&lParticle != 0 && f.word(g+1) { // "Mme Le Pen", "M. de Villepin"
		g++
	}
	if e := f.nameAfter(g, 4); e > g {
		m := f.addLocal(h, e, TypePerson, 0.95, t, true)
		if fem {
			f.markFem(f.ms[m].ref)
		}
	}
}

// linkRole attaches a role phrase to the name after it ("le président
// ukrainien Volodymyr Zelensky", "…de la Défense, Lloyd Austin") or before
// it ("Andriï Kovalenko, un responsable du…"); a role with neither stands
// for a person named elsewhere.
func (f *finder) linkRole(rp *rolePhrase) {
	toks := f.ts.toks
	h := rp.e
	if f.foldIs(h, ",") {
		h++
	}
	if h < len(toks) && toks[h].is(fWord) && !toks[h].is(fNewlineBefore) {
		if m := f.personAt(h); m >= 0 {
			f.attachRole(m, rp)
			return
		}
		if f.mat[h] < 0 && !toks[h].is(fSentStart) {
			if e := f.nameAfter(h, 4); e > h {
				conf := 0.9
				if rp.def.vague {
					conf = 0.8
				}
				m := f.addLocal(h, e, TypePerson, conf, "", false)
				f.attachRole(m, rp)
				return
			}
		}
	}
	// an adjective the dictionary does not know before the name: "le
	// président lituanien Gitanas Nauseda" with no demonyms loaded
	if g := h + 1; h == rp.e && f.word(h) && f.lexFlags(h) == 0 && !toks[h].is(fCap) && f.mat[h] < 0 &&
		f.plainCap(g) && !toks[g].is(fNewlineBefore) {
		if e := f.nameAfter(g, 4); e > g+1 || e > g && f.foldIs(e, ",") {
			m := f.addLocal(g, e, TypePerson, 0.75, "", false)
			rp.e = h + 1
			f.attachRole(m, rp)
			return
		}
	}
	// a complement the dictionary does not know, then the name: "le maire
	// de Tchouhouïv, Oleksandr Bilous,"
	if h == rp.e && (f.foldIs(h, "de") || f.foldIs(h, "d'")) {
		if x := f.nameAfter(h+1, 3); x > h+1 && f.foldIs(x, ",") && f.free(h+1, x) {
			g := x + 1
			if e := f.nameAfter(g, 4); e > g+1 && f.free(g, e) && (e == len(toks) || !toks[e].is(fWord)) {
				m := f.addLocal(g, e, TypePerson, 0.75, "", false)
				rp.e = x
				f.attachRole(m, rp)
				return
			}
		}
	}
	// apposition: NAME, [un|le…] ROLE
	c := rp.from - 1
	if f.word(c) && f.lexFlags(c)&lAppos != 0 {
		c--
	}
	if f.foldIs(c, ",") {
		if m := f.personEndingAt(c); m >= 0 {
			f.attachRole(m, rp)
			return
		}
		if s := f.nameBefore(c, 4); s < c && f.free(s, c) && !f.articleBefore(s) {
			conf := 0.85
			if c-s == 1 || f.ts.toks[s].is(fSentStart) && f.lexFlags(s) != 0 {
				conf = 0.65
			}
			if rp.def.vague {
				conf -= 0.05
			}
			m := f.addLocal(s, c, TypePerson, conf, "", false)
			f.attachRole(m, rp)
			return
		}
	}
	if rp.det && !rp.plural && !rp.def.vague {
		f.pending = append(f.pending, *rp)
	}
}

// parseRole reads the role phrase at token i: [modifiers] role [demonym]
// [complements: "des Affaires étrangères", "de l'Otan", "en Corée du Sud"]
// [demonym].
func (f *finder) parseRole(i int) (rolePhrase, bool) {
	toks := f.ts.toks
	n := len(toks)
	lx := f.lx
	k := i
	best, bestEnd := int32(-1), 0
	for tries := 0; tries < 3 && k < n && toks[k].is(fWord); tries++ {
		node := int32(0)
		for j := k; j < n && toks[j].is(fWord); j++ {
			if j > k && toks[j].is(fNewlineBefore) {
				break
			}
			if node = lx.roles.step(node, toks[j].lex); node < 0 {
				break
			}
			if vs := lx.roles.vals[node]; len(vs) > 0 {
				best, bestEnd = vs[0], j+1
			}
		}
		if best >= 0 || f.lexFlags(k)&lPreMod == 0 {
			break
		}
		k++
	}
	if best < 0 {
		return rolePhrase{}, false
	}
	rp := rolePhrase{s: k, from: i, def: &lx.defs[best]}
	c := f.complements(bestEnd, false)
	rp.e, rp.bound = c.end, c.bound
	rp.function = rp.def.function
	if len(c.words) > 0 {
		rp.function = functionKey(append(strings.Fields(rp.function), c.words...))
	}
	if rp.bound < 0 && rp.def.bound != "" {
		if id, ok := f.d.byID[rp.def.bound]; ok {
			rp.bound = id
		}
	}
	if p := i - 1; f.word(p) {
		fl := f.lexFlags(p)
		switch {
		case fl&lPlural != 0:
			rp.plural = true
		case fl&lDet != 0:
			rp.det = true
			if !f.foldIs(p, "du") && !f.foldIs(p, "au") {
				rp.from = p
			}
		}
		rp.fem = f.foldIs(p, "la") || f.foldIs(p, "une")
	}
	rp.fem = rp.fem || feminine(string(f.ts.fold(k)), rp.def.display)
	return rp, true
}

// complement is what follows a role word or an institution noun:
// demonyms, modifiers and complements ("des Affaires étrangères", "de
// l'Otan", "en Corée du Sud").
type complement struct {
	end   int
	bound int32    // entity index of the country or organization, or -1
	words []string // folded domain words: "affaires", "etrangeres"
	parts []string // their text, with the modifiers (institutions only)
}

// complements reads the complements from token h. For an institution
// ("le ministère…", institution true) the first country or organization
// ends it, "à" and "en" are not complements ("l'ambassade russe à Séoul"),
// and modifiers are part of the name; a role reads on to the name
// ("l'ambassadeur russe en Corée du Sud, Georgui Zinoviev") and over a
// parenthesis ("(MI5)").
func (f *finder) complements(h int, institution bool) complement {
	toks := f.ts.toks
	n := len(toks)
	c := complement{bound: -1}
	for steps := 0; h < n && steps < 12; steps++ {
		t := &toks[h]
		if !t.is(fWord) {
			if !institution && f.foldIs(h, "(") {
				if cp := f.closeParen(h); cp > 0 {
					h = cp + 1
					continue
				}
			}
			break
		}
		if t.is(fNewlineBefore) {
			break
		}
		if mi := f.mat[h]; mi >= 0 {
			dm := &f.matches[mi]
			if int(dm.s) != h || dm.val.kind != vDemonym || institution && c.bound >= 0 {
				break
			}
			if c.bound < 0 {
				c.bound = dm.val.ent
			}
			h = int(dm.e)
			continue
		}
		fl := f.lexFlags(h)
		if fl&lPostMod != 0 && fl&lPrep == 0 && !t.is(fCap) {
			if institution {
				c.words = append(c.words, string(f.ts.fold(h)))
				c.parts = append(c.parts, f.ts.surface(h))
			}
			h++
			continue
		}
		if fl&lPrep == 0 || t.is(fCap) || institution && (f.foldIs(h, "a") || f.foldIs(h, "en")) {
			break
		}
		q := h + 1
		for q < n && q < h+3 && f.isArticle(q) {
			q++
		}
		if q >= n || !toks[q].is(fWord) {
			break
		}
		if mi := f.mat[q]; mi >= 0 {
			dm := &f.matches[mi]
			if int(dm.s) != q || dm.val.kind == vDemonym {
				break
			}
			typ := f.d.ents[dm.val.ent].Type
			if institution && (c.bound >= 0 || !institutionalBound(typ)) || !institution && typ == TypePerson {
				break
			}
			if c.bound < 0 {
				c.bound = dm.val.ent
			}
			h = int(dm.e)
			continue
		}
		if f.lexFlags(q)&lDomain == 0 {
			break
		}
		e := f.domainRun(q, &c.words)
		c.parts = append(c.parts, f.span(h, e))
		h = e
	}
	c.end = h
	return c
}

// feminine reports whether a role word is the feminine form of its
// function: présidente (président), chancelière, cheffe, directrice.
func feminine(word, function string) bool {
	fw, _, _ := strings.Cut(string(appendFold(nil, function)), " ")
	return len(word) > len(fw) && strings.HasPrefix(word, fw) || strings.HasSuffix(word, "rice")
}

// markFem records that the person ref is a woman.
func (f *finder) markFem(ref int32) {
	if f.fem == nil {
		f.fem = make(map[int32]bool)
	}
	f.fem[ref] = true
}

// domainRun reads complement words from token q ("Affaires étrangères",
// "sécurité nationale", "Conseil national de sécurité et de défense"),
// appends their folds to comp and returns the end.
func (f *finder) domainRun(q int, comp *[]string) int {
	e := q
	for e < len(f.ts.toks) && f.word(e) && !f.ts.toks[e].is(fNewlineBefore) {
		if f.mat[e] >= 0 {
			break
		}
		if f.lexFlags(e)&lDomain != 0 {
			*comp = append(*comp, string(f.ts.fold(e)))
			e++
			continue
		}
		// connectives: "et de", "de la", "des" before another domain word
		c := e
		for c < e+3 && f.word(c) && (f.foldIs(c, "et") || f.lexFlags(c)&lPrep != 0 || f.isArticle(c)) {
			c++
		}
		if c > e && f.word(c) && f.mat[c] < 0 && f.lexFlags(c)&lDomain != 0 {
			e = c
			continue
		}
		break
	}
	return e
}

func (f *finder) isArticle(i int) bool {
	if !f.word(i) || f.ts.toks[i].is(fCap) && !f.ts.toks[i].is(fElided) {
		return false
	}
	switch string(f.ts.fold(i)) {
	case "la", "le", "les", "l'":
		return true
	}
	return false
}

func (f *finder) closeParen(h int) int {
	for c := h + 1; c < len(f.ts.toks) && c < h+8; c++ {
		if f.foldIs(c, ")") {
			return c
		}
	}
	return -1
}

// resolveRoles gives each standing role phrase ("le président ukrainien",
// "la ministre") the person whose role it names, nearest before it (else
// after it) in the text.
func (f *finder) resolveRoles() {
	if len(f.pending) == 0 {
		return
	}
	// the people of the article, with the spans of their mentions
	type person struct {
		ref   int32
		spans [][2]int32
	}
	var people []person
	at := map[int32]int{}
	for _, m := range f.ms {
		if m.kind == KindDemonym || f.refType(m.ref) != TypePerson {
			continue
		}
		i, ok := at[m.ref]
		if !ok {
			i = len(people)
			at[m.ref] = i
			people = append(people, person{ref: m.ref})
		}
		people[i].spans = append(people[i].spans, [2]int32{m.s, m.e})
	}
	for i := range people {
		slices.SortFunc(people[i].spans, func(a, b [2]int32) int { return cmp.Compare(a[0], b[0]) })
	}
	for _, rp := range f.pending {
		start := int32(rp.from)
		bestRef, bestScore, bestDist := int32(0), 0, int32(1<<30)
		for pi := range people {
			p := &people[pi]
			score := f.roleScore(&rp, p.ref)
			if score == 0 || rp.fem && f.givenGender(p.ref) == lGivenMasc {
				continue // "la présidente" is not Emmanuel Macron
			}
			// "la ministre" prefers a woman; "le ministre" is said of both
			score *= 2
			if rp.fem && f.fem[p.ref] {
				score++
			}
			// distance: the nearest mention before the phrase, else after
			dist := int32(1 << 29)
			k, _ := slices.BinarySearchFunc(p.spans, start, func(sp [2]int32, t int32) int { return cmp.Compare(sp[0], t) })
			if k > 0 && p.spans[k-1][1] <= start {
				dist = start - p.spans[k-1][1]
			} else {
				for ; k < len(p.spans); k++ {
					if p.spans[k][0] >= int32(rp.e) {
						dist = 1<<29 - 1<<28 + p.spans[k][0] - start
						break
					}
				}
			}
			if score > bestScore || score == bestScore && dist < bestDist {
				bestRef, bestScore, bestDist = p.ref, score, dist
			}
		}
		if bestScore == 0 || f.ownedByPerson(rp.s, rp.e) {
			continue
		}
		f.addMention(mention{s: start, e: int32(rp.e), ref: bestRef, kind: KindRole,
			role: f.span(rp.s, rp.e), conf: 0.7})
	}
}

// ownedByPerson reports whether a person's name covers a token of [s, e).
func (f *finder) ownedByPerson(s, e int) bool {
	for k := s; k < e; k++ {
		if o := f.owner[k]; o >= 0 && f.ms[o].kind == KindName && f.refType(f.ms[o].ref) == TypePerson {
			return true
		}
	}
	return false
}

// roleScore says how well the role phrase rp names the person ref: 0 not at
// all, 1 same function with no place to compare, 2 same function and place.
func (f *finder) roleScore(rp *rolePhrase, ref int32) int {
	best := 0
	check := func(k roleKey) {
		if !sameFunction(rp.function, k.function) {
			return
		}
		s := 1
		switch {
		case rp.bound >= 0 && k.bound >= 0:
			if !f.sameBound(rp.bound, k.bound) {
				return
			}
			s = 2
		case rp.bound >= 0 || k.bound >= 0:
			s = 1
		}
		best = max(best, s)
	}
	for _, k := range f.aroles[ref] {
		check(k)
	}
	if ref >= 0 {
		for _, k := range f.d.roles[ref] {
			check(k)
		}
	}
	return best
}

func (f *finder) sameBound(a, b int32) bool {
	if a == b {
		return true
	}
	ea, eb := &f.d.ents[a], &f.d.ents[b]
	return ea.Related != "" && ea.Related == eb.ID || eb.Related != "" && eb.Related == ea.ID ||
		ea.Related != "" && ea.Related == eb.Related
}

// sameFunction reports whether two function keys name the same function,
// one being possibly more precise: "ministre" and "ministre defense".
func sameFunction(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && b[len(a)] == ' '
}

// givenGender returns lGivenFem or lGivenMasc when the first word of the
// person's name is a given name of that gender, else 0.
func (f *finder) givenGender(ref int32) lexFlags {
	name := ""
	if ref >= 0 {
		name = f.d.ents[ref].Canonical
	} else {
		name = f.locals[^ref].canonical
	}
	first, _, _ := strings.Cut(name, " ")
	if first == "" || first == name {
		return 0
	}
	parts := foldWords(first)
	if len(parts) == 0 {
		return 0
	}
	id, ok := f.lx.ids[parts[0]]
	if !ok {
		return 0
	}
	fl := f.lx.flags[id]
	switch {
	case fl&lGivenFem != 0 && fl&lGivenMasc == 0:
		return lGivenFem
	case fl&lGivenMasc != 0 && fl&lGivenFem == 0:
		return lGivenMasc
	}
	return 0
}
