package entities

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind says how a mention refers to its entity.
type Kind string

// The kinds of mention.
const (
	// KindName: the entity's name or a short form of it ("Zelensky").
	KindName Kind = "name"
	// KindMetonym: a name standing for another entity, a capital for its
	// country ("Moscou a affirmé").
	KindMetonym Kind = "metonym"
	// KindRole: a role phrase standing for a person named elsewhere in the
	// article ("le président ukrainien").
	KindRole Kind = "role"
	// KindDemonym: an adjective or noun of nationality ("les soldats
	// nord-coréens", "des Nord-Coréens").
	KindDemonym Kind = "demonym"
)

// Mention is one reference to an entity in a text.
type Mention struct {
	Start, End int    // byte span in the text given to Find
	Text       string // text[Start:End]
	ID         string // entity id; "local:…" for a name not in the dictionary
	Canonical  string
	Type       Type
	Kind       Kind
	// Role is the role or title phrase attached to the mention, as written
	// ("ministre nord-coréen des Affaires étrangères", "M."), or empty.
	Role string
	// Confidence is 1 for a dictionary name; less for a name found by its
	// position only (an unknown name after a role, before "a déclaré"…), for
	// a metonym read from context, and for a role resolved to a person.
	Confidence float64
}

// mention is a Mention during the search: a token range and a reference.
type mention struct {
	s, e  int32 // token range [s, e)
	ref   int32 // >= 0: dictionary entity; < 0: ^index in finder.locals
	kind  Kind
	role  string
	title bool
	conf  float64
}

// local is an entity of one article: a name not in the dictionary, or an
// institution bound to a country by context.
type local struct {
	id, canonical string
	typ           Type
	key           string // folded full name
}

// dmatch is a dictionary match.
type dmatch struct {
	s, e int32 // token range
	val  dval  // the name chosen
	m    int32 // mention index, or -1
}

// rolePhrase is a role found in the text.
type rolePhrase struct {
	s, e     int // tokens: first word of the role (after modifiers) .. end
	from     int // first token of the phrase as a standalone mention
	def      *roleDef
	function string
	bound    int32
	det      bool // after le, la, son, du…
	plural   bool
}

// finder holds the state of one Find call.
type finder struct {
	d       *Dictionary
	lx      *lexicon
	ts      tokens
	mat     []int32 // per token: index in matches, or -1
	owner   []int32 // per token: index in ms of a name/role mention, or -1
	matches []dmatch
	ms      []mention
	locals  []local
	localBy map[string]int32
	aroles  map[int32][]roleKey // roles met in the article, per ref
	seenEnt map[int32]struct{}  // entities matched so far
	pending []rolePhrase        // role phrases standing alone
	marks   []int32             // tokens that can open a context: role words, verbs, commas…
	caps    []int32             // capitalised words
}

// markFlags are the lexicon flags of the words the passes look at.
const markFlags = lTitle | lRoleStart | lPreMod | lVerb | lSelon | lPlaceNoun | lLocative | lInst

var finderPool = sync.Pool{New: func() any { return new(finder) }}

func newFinder(d *Dictionary, text string) *finder {
	f := finderPool.Get().(*finder)
	if d == nil {
		d = &Dictionary{}
	}
	f.d, f.lx = d, builtin()
	tokenize(text, &f.ts)
	n := len(f.ts.toks)
	f.mat = resize(f.mat, n)
	f.owner = resize(f.owner, n)
	f.matches = f.matches[:0]
	f.ms = f.ms[:0]
	f.locals = f.locals[:0]
	clear(f.localBy)
	clear(f.aroles)
	clear(f.seenEnt)
	f.pending = f.pending[:0]
	f.marks, f.caps = f.marks[:0], f.caps[:0]
	for i := range f.ts.toks {
		t := &f.ts.toks[i]
		if !t.is(fWord) {
			if t.end-t.start == 1 && f.ts.text[t.start] == ',' {
				f.marks = append(f.marks, int32(i))
			}
			continue
		}
		w := f.ts.buf[t.fs:t.fe]
		if d.words == nil {
			if id, ok := f.lx.ids[string(w)]; ok {
				t.lex = id
			}
		} else if ids, ok := d.words[string(w)]; ok {
			t.voc, t.lex = ids.voc, ids.lex
		}
		if t.lex >= 0 {
			t.lf = f.lx.flags[t.lex]
			if t.lf&markFlags != 0 {
				f.marks = append(f.marks, int32(i))
			}
		}
		if t.is(fCap) {
			f.caps = append(f.caps, int32(i))
		}
	}
	f.matchDict()
	return f
}

func resize(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

func (f *finder) release() {
	f.d = nil
	f.ts.text = ""
	if cap(f.ts.toks) > 1<<16 { // do not keep huge buffers alive
		return
	}
	finderPool.Put(f)
}

func (f *finder) lexFlags(i int) lexFlags {
	if i < 0 || i >= len(f.ts.toks) {
		return 0
	}
	return f.ts.toks[i].lf
}

func (f *finder) word(i int) bool {
	return i >= 0 && i < len(f.ts.toks) && f.ts.toks[i].is(fWord)
}

// foldIs reports whether token i folds to s.
func (f *finder) foldIs(i int, s string) bool {
	return i >= 0 && i < len(f.ts.toks) && string(f.ts.fold(i)) == s
}

// Find returns the mentions of entities in text, a whole article, sorted by
// position (an outer mention before the ones inside it). Short mentions
// ("Zelensky", "M. Zelensky", "le président ukrainien") are resolved to the
// entity named earlier or later in the same text. Find is safe for
// concurrent use.
func (d *Dictionary) Find(text string) []Mention {
	f := newFinder(d, text)
	defer f.release()
	f.classify()
	f.rolesAndTitles()
	f.positions()
	f.institutions()
	f.corefer()
	f.resolveRoles()
	return f.output()
}

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
		if !t.is(fWord) || t.voc < 0 || !f.canStart(i, lastEnd) {
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
		f.matches = append(f.matches, dmatch{s: int32(i), e: int32(bestEnd + 1), val: bestVal, m: -1})
		if f.seenEnt == nil {
			f.seenEnt = make(map[int32]struct{})
		}
		f.seenEnt[bestVal.ent] = struct{}{}
		lastEnd = bestEnd
		i = bestEnd + 1
	}
}

// canStart refuses a match that would begin inside a capitalised compound:
// "Bretagne" in "Grande-Bretagne".
func (f *finder) canStart(i, lastEnd int) bool {
	t := &f.ts.toks[i]
	if !t.is(fJoined) || i == 0 {
		return true
	}
	return !f.ts.toks[i-1].is(fCap) || lastEnd == i-1
}

// canEnd refuses a match that would end inside a capitalised compound, unless
// the next part is a name itself ("Moscou-Pyongyang").
func (f *finder) canEnd(j int) bool {
	if j+1 >= len(f.ts.toks) {
		return true
	}
	nx := &f.ts.toks[j+1]
	if !nx.is(fJoined) || !nx.is(fCap) {
		return true
	}
	return f.d.tr.step(0, nx.voc) >= 0
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
		return true
	}
	if f.foldIs(p, "de") || f.foldIs(p, "d'") || f.foldIs(p, "du") {
		if f.word(p-1) && f.lexFlags(p-1)&(lLocative|lPlaceNoun) != 0 {
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
		dm.m = int32(len(f.ms))
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

// plainCap reports whether token i is a capitalised word that can be part of
// a name: not a function word, month, role word or dictionary name.
func (f *finder) plainCap(i int) bool {
	if !f.word(i) {
		return false
	}
	t := &f.ts.toks[i]
	if !t.is(fCap) || t.is(fDigit) || f.mat[i] >= 0 || f.owner[i] >= 0 {
		return false
	}
	if t.is(fAllCaps) && (t.end-t.start > 4 || f.shouting(i)) {
		return false
	}
	return f.lexFlags(i)&(lStop|lMonth|lRoleStart|lTitle|lVerb|lInst|lPlaceNoun) == 0
}

// addMention records m; name and role mentions own their tokens.
func (f *finder) addMention(m mention) int {
	idx := len(f.ms)
	f.ms = append(f.ms, m)
	if m.kind != KindDemonym {
		for k := m.s; k < m.e; k++ {
			if f.owner[k] < 0 {
				f.owner[k] = int32(idx)
			}
		}
	}
	return idx
}

// free reports whether tokens [s, e) carry no name yet.
func (f *finder) free(s, e int) bool {
	for k := s; k < e; k++ {
		if f.owner[k] >= 0 || f.mat[k] >= 0 {
			return false
		}
	}
	return true
}

// nameAfter returns the end of the name sequence that starts at token s:
// capitalised words, the lowercase parts of hyphenated names (Jong-un) and
// particles between capitalised words (Ursula von der Leyen). It returns s
// when there is no name.
func (f *finder) nameAfter(s, max int) int {
	toks := f.ts.toks
	e, words := s, 0
	for e < len(toks) && words < max {
		t := &toks[e]
		if !t.is(fWord) || e > s && t.is(fNewlineBefore) {
			break
		}
		if e > s && t.is(fJoined) && f.mat[e] < 0 && f.owner[e] < 0 {
			e++
			continue
		}
		if f.plainCap(e) {
			e++
			words++
			continue
		}
		if e > s && f.lexFlags(e)&lParticle != 0 && !t.is(fCap) && f.plainCap(e+1) {
			e++
			continue
		}
		// a capitalised function word inside a name: "Choe Son-hui", "Choe Son Hui"
		if e > s && f.capStop(e) && (f.word(e+1) && f.ts.toks[e+1].is(fJoined) || f.plainCap(e+1)) {
			e++
			words++
			continue
		}
		break
	}
	return e
}

// capStop reports whether token i is a capitalised function word inside a
// sentence ("Son" in "Choe Son Hui").
func (f *finder) capStop(i int) bool {
	if !f.word(i) {
		return false
	}
	t := &f.ts.toks[i]
	return t.is(fCap) && !t.is(fSentStart) && !t.is(fAllCaps) && f.mat[i] < 0 && f.owner[i] < 0 &&
		f.lexFlags(i)&(lMonth|lRoleStart|lTitle|lVerb) == 0
}

// nameBefore returns the start of the name sequence that ends at token e-1,
// or e when there is none.
func (f *finder) nameBefore(e, max int) int {
	s, words := e, 0
	for s > 0 && words < max {
		p := s - 1
		t := &f.ts.toks[p]
		if !t.is(fWord) {
			break
		}
		if !f.plainCap(p) {
			if s < e && f.capStop(p) && f.word(p-1) && (f.plainCap(p-1) || f.ts.toks[p-1].is(fJoined)) {
				s = p
				words++
				continue
			}
			if t.is(fJoined) && f.word(p-1) && f.mat[p] < 0 && f.owner[p] < 0 {
				s = p
				continue
			}
			if s < e && f.lexFlags(p)&lParticle != 0 && !t.is(fCap) && f.plainCap(p-1) {
				s = p
				continue
			}
			break
		}
		if s < e && f.ts.toks[s].is(fNewlineBefore) && !f.ts.toks[s].is(fJoined) {
			break
		}
		s = p
		if !t.is(fJoined) {
			words++
		}
	}
	// the name must start with a capitalised word: not "t-elle" in "a-t-elle"
	for s < e && !f.plainCap(s) {
		s++
	}
	if words == 0 {
		return e
	}
	return s
}

// foldKey joins the folded tokens [s, e) with spaces, as foldString does.
func (f *finder) foldKey(s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if !f.ts.toks[k].is(fWord) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(f.ts.fold(k))
	}
	return b.String()
}

func (f *finder) span(s, e int) string {
	return f.ts.text[f.ts.toks[s].start:f.ts.toks[e-1].end]
}

// nameType types an unknown name: an organization when one of its words
// says so ("Amnesty International", "Fondation X"), else typ; a one-word
// "person" is only a name ("selon Gazprom").
func nameType(f *finder, s, e int, typ Type) Type {
	words := 0
	for k := s; k < e; k++ {
		if orgWords[string(f.ts.fold(k))] {
			return TypeOrganization
		}
		if !f.ts.toks[k].is(fJoined) {
			words++
		}
	}
	if typ == TypePerson && words == 1 {
		return TypeOther
	}
	return typ
}

// orgWords are the words that make a name an organization's.
var orgWords = map[string]bool{
	"international": true, "internationale": true, "institute": true, "institut": true,
	"group": true, "groupe": true, "union": true, "agency": true, "agence": true, "fund": true,
	"fonds": true, "watch": true, "bank": true, "banque": true, "corporation": true, "corp": true,
	"inc": true, "ltd": true, "sa": true, "foundation": true, "fondation": true, "association": true,
	"comite": true, "conseil": true, "parti": true, "party": true, "front": true, "mouvement": true,
	"alliance": true, "organisation": true, "organization": true, "company": true, "compagnie": true,
	"universite": true, "university": true, "club": true, "federation": true, "ligue": true,
	"brigade": true, "bataillon": true, "regiment": true, "armee": true, "forces": true,
	"holding": true, "airlines": true, "energy": true, "technologies": true, "systems": true,
}

// addLocal records a name not in the dictionary, found at tokens [s, e).
func (f *finder) addLocal(s, e int, typ Type, conf float64, role string, title bool) int {
	if typ == TypePerson && !title {
		typ = nameType(f, s, e, typ)
		if typ == TypeOther {
			typ = TypePerson // a one-word name in a person's position
		}
	}
	key := f.foldKey(s, e)
	if f.localBy == nil {
		f.localBy = make(map[string]int32)
	}
	li, ok := f.localBy[key]
	if !ok {
		li = int32(len(f.locals))
		f.locals = append(f.locals, local{
			id:        "local:" + strings.ReplaceAll(strings.ReplaceAll(key, " ", "-"), "'", ""),
			canonical: f.span(s, e),
			typ:       typ,
			key:       key,
		})
		f.localBy[key] = li
	}
	return f.addMention(mention{s: int32(s), e: int32(e), ref: ^li, kind: KindName, role: role, title: title, conf: conf})
}

// personAt returns the mention of a person that starts at token s, or -1.
func (f *finder) personAt(s int) int {
	if s >= len(f.ts.toks) {
		return -1
	}
	o := f.owner[s]
	if o < 0 || f.ms[o].kind != KindName || int(f.ms[o].s) > s {
		return -1
	}
	if f.refType(f.ms[o].ref) != TypePerson {
		return -1
	}
	return int(o)
}

// personEndingAt returns the mention of a person that ends at token e-1.
func (f *finder) personEndingAt(e int) int {
	if e <= 0 {
		return -1
	}
	o := f.owner[e-1]
	if o < 0 || int(f.ms[o].e) != e || f.ms[o].kind != KindName || f.refType(f.ms[o].ref) != TypePerson {
		return -1
	}
	return int(o)
}

func (f *finder) refType(ref int32) Type {
	if ref >= 0 {
		return f.d.ents[ref].Type
	}
	return f.locals[^ref].typ
}

// attachRole gives mention m the role phrase rp.
func (f *finder) attachRole(m int, rp *rolePhrase) {
	f.ms[m].role = f.span(rp.s, rp.e)
	f.ms[m].title = false
	if f.aroles == nil {
		f.aroles = make(map[int32][]roleKey)
	}
	ref := f.ms[m].ref
	f.aroles[ref] = append(f.aroles[ref], roleKey{function: rp.function, bound: rp.bound})
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
	if h >= len(f.ts.toks) || !f.ts.toks[h].is(fCap) {
		return
	}
	t := f.span(i, h)
	if m := f.personAt(h); m >= 0 {
		if f.ms[m].role == "" {
			f.ms[m].role, f.ms[m].title = t, true
		}
		return
	}
	if f.mat[h] >= 0 {
		return // a dictionary name that is not a person
	}
	if e := f.nameAfter(h, 4); e > h {
		f.addLocal(h, e, TypePerson, 0.95, t, true)
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

// articleBefore reports whether an article or determiner stands before token
// s: person names take none ("le Parlement a annoncé").
func (f *finder) articleBefore(s int) bool {
	p := s - 1
	return f.word(p) && f.lexFlags(p)&(lDet|lPlural|lAppos) != 0 && !f.ts.toks[p].is(fCap) ||
		f.word(p) && f.lexFlags(p)&(lDet|lPlural|lAppos) != 0 && f.ts.toks[p].is(fSentStart)
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
	rp := rolePhrase{s: k, from: i, def: &lx.defs[best], bound: -1}
	// A capitalised role word inside a sentence is a name ("Leader Price"),
	// except "Premier ministre" and the like.
	var comp []string
	h := bestEnd
	for steps := 0; h < n && steps < 12; steps++ {
		t := &toks[h]
		if !t.is(fWord) {
			if f.foldIs(h, "(") {
				if c := f.closeParen(h); c > 0 {
					h = c + 1
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
			if int(dm.s) != h || dm.val.kind != vDemonym {
				break
			}
			if rp.bound < 0 {
				rp.bound = dm.val.ent
			}
			h = int(dm.e)
			continue
		}
		fl := f.lexFlags(h)
		if fl&lPostMod != 0 && fl&lPrep == 0 && !t.is(fCap) {
			h++
			continue
		}
		if fl&lPrep == 0 || t.is(fCap) {
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
			if int(dm.s) != q || dm.val.kind == vDemonym || f.d.ents[dm.val.ent].Type == TypePerson {
				break
			}
			if rp.bound < 0 {
				rp.bound = dm.val.ent
			}
			h = int(dm.e)
			continue
		}
		if f.lexFlags(q)&lDomain == 0 {
			break
		}
		e := f.domainRun(q, &comp)
		h = e
	}
	rp.e = h
	rp.function = rp.def.function
	if len(comp) > 0 {
		rp.function = functionKey(append(strings.Fields(rp.function), comp...))
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
	}
	return rp, true
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

// positions finds unknown names by their position: before a reporting verb,
// after "selon", after "ville de", between commas after a noun.
func (f *finder) positions() {
	toks := f.ts.toks
	n := len(toks)
	for _, mk := range f.marks {
		i := int(mk)
		if !toks[i].is(fWord) {
			f.commaApposition(i)
			continue
		}
		fl := f.lexFlags(i)
		switch {
		case fl&lVerb != 0:
			f.subjectOf(i)
			f.invertedSubject(i)
		case fl&lSelon != 0:
			if h := i + 1; h < n && f.free(h, h+1) {
				if e := f.nameAfter(h, 4); e > h {
					if e-h >= 2 {
						f.addLocal(h, e, TypePerson, 0.8, "", false)
					} else if !toks[h].is(fAllCaps) {
						f.addLocal(h, e, TypeOther, 0.6, "", false)
					}
				}
			}
		case fl&lPlaceNoun != 0 && (!toks[i].is(fCap) || toks[i].is(fSentStart)):
			f.placeAfter(i+1, 0.9)
		case fl&lLocative != 0 && (!toks[i].is(fCap) || toks[i].is(fSentStart)):
			if f.foldIs(i, "a") || f.foldIs(i, "depuis") || f.foldIs(i, "vers") {
				h := i + 1
				if e := f.nameAfter(h, 1); e == h+1 && f.free(h, e) && !toks[h].is(fSentStart) &&
					!f.plainCap(e) && f.lexFlags(i-1)&lVerb == 0 {
					f.addLocal(h, e, TypePlace, 0.6, "", false)
				}
			} else if !f.foldIs(i, "en") && !f.foldIs(i, "dans") && !f.foldIs(i, "sur") && !f.foldIs(i, "au") && !f.foldIs(i, "aux") {
				f.placeAfter(i+1, 0.8) // près de, au nord de
			}
		}
	}
}

// placeAfter reads "de X" / "d'X" at token h as a place name.
func (f *finder) placeAfter(h int, conf float64) {
	if !f.foldIs(h, "de") && !f.foldIs(h, "d'") {
		return
	}
	h++
	if h >= len(f.ts.toks) || !f.free(h, h+1) {
		return
	}
	if e := f.nameAfter(h, 3); e > h {
		f.addLocal(h, e, TypePlace, conf, "", false)
	}
}

// subjectOf finds an unknown name before a reporting verb: "X a déclaré",
// "X a également indiqué", "X estime".
func (f *finder) subjectOf(v int) {
	p := v - 1
	for k := 0; k < 3 && f.word(p) && f.lexFlags(p)&lAdverb != 0 && !f.ts.toks[p].is(fCap); k++ {
		p--
	}
	if f.word(p) && f.lexFlags(p)&lAux != 0 && !f.ts.toks[p].is(fCap) {
		p--
	}
	if !f.word(p) || f.owner[p] >= 0 || f.mat[p] >= 0 {
		return
	}
	s := f.nameBefore(p+1, 4)
	if s > p || !f.free(s, p+1) || f.articleBefore(s) {
		return
	}
	st := f.ts.toks[s].is(fSentStart)
	if st && f.lexFlags(s) != 0 {
		return
	}
	conf := 0.85
	switch {
	case p+1-s == 1 && st:
		conf = 0.6
	case p+1-s == 1:
		conf = 0.75
	}
	f.addLocal(s, p+1, TypePerson, conf, "", false)
}

// invertedSubject finds an unknown name after a reporting verb, at the end
// of a clause: "…, a indiqué mardi Oleksiï Reznikov.", "déclare Zelensky".
func (f *finder) invertedSubject(v int) {
	h := v + 1
	for k := 0; k < 3 && f.word(h) && f.lexFlags(h)&(lAdverb|lMonth) != 0 && !f.ts.toks[h].is(fCap); k++ {
		h++
	}
	if !f.word(h) || f.ts.toks[h].is(fNewlineBefore) || !f.free(h, h+1) {
		return
	}
	e := f.nameAfter(h, 4)
	if e == h {
		return
	}
	if e < len(f.ts.toks) && !f.ts.toks[e].is(fNewlineBefore) {
		switch string(f.ts.fold(e)) {
		case ".", ",", ";", ":", "!", "?", "(", "»", "\"", "”":
		default:
			return
		}
	}
	f.addLocal(h, e, nameType(f, h, e, TypePerson), 0.75, "", false)
}

// commaApposition finds ", Andriï Matvienko," after a lowercase word.
func (f *finder) commaApposition(c int) {
	if !f.word(c-1) || f.ts.toks[c-1].is(fCap) || f.ts.toks[c-1].is(fDigit) {
		return
	}
	h := c + 1
	if h >= len(f.ts.toks) || f.ts.toks[h].is(fNewlineBefore) {
		return
	}
	e := f.nameAfter(h, 3)
	if e-h < 2 || !f.foldIs(e, ",") || !f.free(h, e) {
		return
	}
	words := 0
	for k := h; k < e; k++ {
		if f.ts.toks[k].is(fCap) && !f.ts.toks[k].is(fJoined) {
			words++
		}
		if f.ts.toks[k].is(fAllCaps) {
			return
		}
	}
	if words >= 2 {
		f.addLocal(h, e, TypePerson, 0.7, "", false)
	}
}

// institutions finds ministries and agencies bound to a country by context:
// "le ministère sud-coréen de la Défense", "l'agence du renseignement
// sud-coréen", "la police ukrainienne", "l'armée du Kremlin".
func (f *finder) institutions() {
	toks := f.ts.toks
	n := len(toks)
	next := 0
	for _, mk := range f.marks {
		i := int(mk)
		if i < next || !toks[i].is(fWord) || f.lexFlags(i)&lInst == 0 || f.owner[i] >= 0 || f.mat[i] >= 0 {
			continue
		}
		if f.insideRole(i) {
			continue
		}
		bound := int32(-1)
		var comp []string
		parts := []string{f.ts.surface(i)}
		h := i + 1
		for steps := 0; h < n && steps < 8; steps++ {
			t := &toks[h]
			if !t.is(fWord) || t.is(fNewlineBefore) {
				break
			}
			if mi := f.mat[h]; mi >= 0 {
				dm := &f.matches[mi]
				if int(dm.s) != h || dm.val.kind != vDemonym || bound >= 0 {
					break
				}
				bound = dm.val.ent
				h = int(dm.e)
				continue
			}
			fl := f.lexFlags(h)
			if fl&lPostMod != 0 && fl&lPrep == 0 && !t.is(fCap) {
				comp = append(comp, string(f.ts.fold(h)))
				parts = append(parts, f.ts.surface(h))
				h++
				continue
			}
			if fl&lPrep == 0 || t.is(fCap) || f.foldIs(h, "a") || f.foldIs(h, "en") {
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
				if bound >= 0 || int(dm.s) != q || dm.val.kind == vDemonym || !institutionalBound(f.d.ents[dm.val.ent].Type) {
					break
				}
				bound = dm.val.ent
				h = int(dm.e)
				continue
			}
			if f.lexFlags(q)&lDomain == 0 {
				break
			}
			e := f.domainRun(q, &comp)
			parts = append(parts, f.span(h, e))
			h = e
		}
		if bound < 0 {
			continue
		}
		country := bound
		if e := f.d.ents[bound]; e.Type != TypeCountry {
			id, ok := f.d.byID[e.Related]
			if !ok {
				continue
			}
			country = id
		}
		ce := f.d.ents[country]
		cc := strings.TrimPrefix(ce.ID, "country:")
		key := string(f.ts.fold(i))
		if len(comp) > 0 {
			key += " " + strings.Join(comp, " ")
		}
		canon := lowerFirst(strings.Join(parts, " ")) + " (" + ce.Canonical + ")"
		id := "gov:" + cc + "-" + strings.ReplaceAll(functionKey(strings.Fields(key)), " ", "-")
		li, ok := f.localBy[id]
		if !ok {
			if f.localBy == nil {
				f.localBy = make(map[string]int32)
			}
			li = int32(len(f.locals))
			f.locals = append(f.locals, local{id: id, canonical: canon, typ: TypeOrganization})
			f.localBy[id] = li
		}
		end := h
		for end > i+1 && !toks[end-1].is(fWord) {
			end--
		}
		f.addMention(mention{s: int32(i), e: int32(end), ref: ^li, kind: KindName, conf: 0.8})
		next = end
	}
}

// institutionalBound reports whether an institution "de X" belongs to X's
// country: a country or an organization (not a city: "la police de Kharkiv").
func institutionalBound(t Type) bool {
	return t == TypeCountry || t == TypeOrganization || t == TypeGroup
}

// insideRole reports whether token i follows a role word in the same phrase
// ("le chef de la police ukrainienne"): the institution is then part of the
// role.
func (f *finder) insideRole(i int) bool {
	for p := i - 1; p >= 0 && p >= i-4; p-- {
		if !f.word(p) {
			return false
		}
		if f.lexFlags(p)&lRoleStart != 0 && !f.isArticle(p) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || size == len(s) {
		return s
	}
	// keep acronyms and names as they are: "Conseil" would stay capitalised
	if r2, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// corefer finds the later short mentions of the people named in the text:
// "Zelensky" and "M. Zelensky" after "Volodymyr Zelensky", "Choe" after
// "Choe Son-hui", "Zinoviev" after "Georgui Zinoviev", and repeats of the
// unknown names found in name positions.
func (f *finder) corefer() {
	keys := make(map[string]int32)
	const ambiguous = int32(-1 << 30)
	put := func(k string, ref int32) {
		if old, ok := keys[k]; ok && old != ref {
			keys[k] = ambiguous
			return
		}
		keys[k] = ref
	}
	// A one-word name found alone ("M. Zelensky" before the dictionary knew
	// him, "le président Zelensky") is the person whose short form it is.
	for _, m := range f.ms {
		if m.kind != KindName || f.refType(m.ref) != TypePerson {
			continue
		}
		if m.ref >= 0 {
			for _, s := range f.d.shorts[m.ref] {
				put(s, m.ref)
			}
		} else if l := &f.locals[^m.ref]; strings.Contains(l.key, " ") {
			for _, s := range shortForms(l.canonical) {
				put(s, m.ref)
			}
		}
	}
	for li := range f.locals {
		l := &f.locals[li]
		if l.typ != TypePerson || strings.Contains(l.key, " ") {
			continue
		}
		ref, ok := keys[l.key]
		if !ok || ref == ambiguous || ref == ^int32(li) {
			continue
		}
		for k := range f.ms {
			if f.ms[k].ref == ^int32(li) {
				f.ms[k].ref = ref
			}
		}
		if r, ok := f.aroles[^int32(li)]; ok {
			f.aroles[ref] = append(f.aroles[ref], r...)
		}
	}
	clear(keys)
	done := map[int32]bool{}
	for _, m := range f.ms {
		if m.kind != KindName || done[m.ref] {
			continue
		}
		done[m.ref] = true
		if m.ref >= 0 {
			for _, s := range f.d.shorts[m.ref] {
				put(s, m.ref)
			}
			continue
		}
		l := &f.locals[^m.ref]
		if l.key == "" {
			continue
		}
		put(l.key, m.ref)
		if l.typ == TypePerson {
			for _, s := range shortForms(l.canonical) {
				put(s, m.ref)
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	toks := f.ts.toks
	try := func(i int) int {
		e := i
		if f.afterTitle(i) {
			// "Mme von der Leyen"
			for f.word(e) && f.lexFlags(e)&lParticle != 0 && !toks[e].is(fCap) {
				e++
			}
		}
		if !f.plainCap(e) || toks[e].is(fJoined) {
			return i + 1
		}
		e = f.nameAfter(e, 4)
		if e <= i {
			return i + 1
		}
		for p := i; p < e; p++ {
			if p > i && toks[p].is(fJoined) {
				continue
			}
			ref, ok := keys[f.foldKey(p, e)]
			if !ok || ref == ambiguous {
				continue
			}
			m := mention{s: int32(i), e: int32(e), ref: ref, kind: KindName, conf: 0.9}
			if ref < 0 {
				m.conf = 0.8
			}
			if t := i - 1; f.foldIs(t, ".") && f.word(t-1) && f.lexFlags(t-1)&lTitle != 0 {
				m.role, m.title = f.span(t-1, t+1), true
			} else if f.afterTitle(i) {
				m.role, m.title = f.ts.surface(t), true
			}
			f.addMention(m)
			break
		}
		return e
	}
	for _, mk := range f.marks {
		if i := int(mk) + 1; f.afterTitle(i) && !f.ts.toks[i].is(fCap) {
			try(i)
		}
	}
	next := 0
	for _, c := range f.caps {
		if int(c) >= next {
			next = try(int(c))
		}
	}
}

// afterTitle reports whether token i follows a title without a period
// ("Mme Dupont").
func (f *finder) afterTitle(i int) bool {
	t := i - 1
	return f.word(t) && f.lexFlags(t)&lTitle != 0 && f.ts.toks[t].is(fCap) && f.word(i)
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
	for _, rp := range f.pending {
		start := int32(rp.from)
		bestRef, bestScore, bestDist := int32(0), 0, int32(1<<30)
		for pi := range people {
			p := &people[pi]
			score := f.roleScore(&rp, p.ref)
			if score == 0 {
				continue
			}
			// distance: the nearest mention before the phrase, else after
			dist := int32(1 << 29)
			for _, sp := range p.spans {
				if sp[1] <= start {
					dist = min(dist, start-sp[1])
				} else if sp[0] >= int32(rp.e) {
					dist = min(dist, 1<<20+sp[0]-start)
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

// output builds the sorted Mentions.
func (f *finder) output() []Mention {
	if len(f.ms) == 0 {
		return nil
	}
	slices.SortFunc(f.ms, func(a, b mention) int {
		if c := cmp.Compare(a.s, b.s); c != 0 {
			return c
		}
		if c := cmp.Compare(b.e, a.e); c != 0 {
			return c
		}
		return cmp.Compare(a.kind, b.kind) // name, role before demonym: a total order
	})
	out := make([]Mention, 0, len(f.ms))
	toks := f.ts.toks
	for _, m := range f.ms {
		s, e := int(toks[m.s].start), int(toks[m.e-1].end)
		mo := Mention{Start: s, End: e, Text: f.ts.text[s:e], Kind: m.kind, Role: m.role, Confidence: m.conf}
		if m.ref >= 0 {
			ent := &f.d.ents[m.ref]
			mo.ID, mo.Canonical, mo.Type = ent.ID, ent.Canonical, ent.Type
		} else {
			l := &f.locals[^m.ref]
			mo.ID, mo.Canonical, mo.Type = l.id, l.canonical, l.typ
		}
		out = append(out, mo)
	}
	return out
}
