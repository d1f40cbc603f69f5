package entities

import (
	"slices"
	"sync"
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
	alias         string // folded acronym given in parentheses, if any
}

// dmatch is a dictionary match.
type dmatch struct {
	s, e int32 // token range
	val  dval  // the name chosen
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
	fem     map[int32]bool      // refs said to be women: "la ministre", "Mme"
	seenEnt map[int32]struct{}  // entities matched so far
	pending []rolePhrase        // role phrases standing alone
	keys    map[string]int32    // corefer's short forms
	order   []int32             // output order of ms
	cnt     []int32             // counts per start token, for sorting ms
	kbuf    []byte
	marks   []int32 // tokens that can open a context: role words, verbs, commas…
	caps    []int32 // capitalised words
	parens  []int32 // opening parentheses
}

// markFlags are the lexicon flags of the words the passes look at.
const markFlags = lTitle | lRoleStart | lPreMod | lVerb | lSelon | lPlaceNoun | lLocative | lInst | lMediaNoun

var finderPool = sync.Pool{New: func() any { return new(finder) }}

func newFinder(d *Dictionary, text string) *finder {
	f := finderPool.Get().(*finder)
	if d == nil {
		d = &Dictionary{}
	}
	f.d, f.lx = d, builtin()
	words := d.words
	if words == nil {
		words = f.lx.words
	}
	tokenizeLookup(text, &f.ts, words)
	n := len(f.ts.toks)
	f.mat = resize(f.mat, n)
	f.owner = resize(f.owner, n)
	f.matches = f.matches[:0]
	f.ms = f.ms[:0]
	f.locals = f.locals[:0]
	clear(f.localBy)
	clear(f.aroles)
	clear(f.fem)
	clear(f.seenEnt)
	f.pending = f.pending[:0]
	f.marks, f.caps, f.parens = f.marks[:0], f.caps[:0], f.parens[:0]
	for i := range f.ts.toks {
		t := &f.ts.toks[i]
		if !t.is(fWord) {
			if t.end-t.start == 1 {
				switch f.ts.text[t.start] {
				case ',':
					f.marks = append(f.marks, int32(i))
				case '(':
					f.parens = append(f.parens, int32(i))
				}
			}
			continue
		}
		if t.lf&markFlags != 0 { // lf is 0 for a word outside the lexicon
			f.marks = append(f.marks, int32(i))
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
	if n > 0 {
		// filled by doubling copies: memmove, not a loop over the tokens
		s[0] = -1
		for i := 1; i < n; i *= 2 {
			copy(s[i:], s[:i])
		}
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
	f.givenNames()
	f.acronymNames()
	f.platformX()
	f.institutions()
	f.corefer()
	f.resolveRoles()
	return f.output()
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

// appendKey appends the key of the name at tokens [s, e) to dst: their
// folded forms joined by spaces.
func (f *finder) appendKey(dst []byte, s, e int) []byte {
	for k := s; k < e; k++ {
		if !f.ts.toks[k].is(fWord) {
			continue
		}
		if k > s {
			dst = append(dst, ' ')
		}
		dst = append(dst, f.ts.fold(k)...)
	}
	return dst
}

// foldKey joins the folded tokens [s, e) with spaces, as foldString does.
func (f *finder) foldKey(s, e int) string { return string(f.appendKey(nil, s, e)) }

func (f *finder) span(s, e int) string {
	return f.ts.text[f.ts.toks[s].start:f.ts.toks[e-1].end]
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

// output builds the sorted Mentions.
func (f *finder) output() []Mention {
	if len(f.ms) == 0 {
		return nil
	}
	// order: start, then the longer first, then the order of finding. A
	// counting sort on the start token (stable, so the order of finding
	// holds among equals), then an insertion sort of the few mentions that
	// share a start, the longer first.
	n := len(f.ts.toks)
	f.cnt = slices.Grow(f.cnt[:0], n+1)[:n+1]
	cnt := f.cnt
	clear(cnt)
	for k := range f.ms {
		cnt[f.ms[k].s+1]++
	}
	for i := 1; i <= n; i++ {
		cnt[i] += cnt[i-1]
	}
	order := slices.Grow(f.order[:0], len(f.ms))[:len(f.ms)]
	for k := range f.ms {
		s := f.ms[k].s
		order[cnt[s]] = int32(k)
		cnt[s]++
	}
	for i := 1; i < len(order); i++ {
		k := order[i]
		j := i
		for ; j > 0 && f.ms[order[j-1]].s == f.ms[k].s && f.ms[order[j-1]].e < f.ms[k].e; j-- {
			order[j] = order[j-1]
		}
		order[j] = k
	}
	f.order = order
	out := make([]Mention, 0, len(f.ms))
	toks := f.ts.toks
	for _, k := range order {
		m := &f.ms[k]
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
