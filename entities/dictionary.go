package entities

import (
	"strings"
)

// Dictionary is a set of entities and the matcher built from their names.
// It is built once by [Load], [LoadJSON], [Merge] or [Default], then never
// changes: it is safe for concurrent use by many goroutines.
//
// The zero value is an empty dictionary; its Find still reports unknown
// names found in name positions (after a role, before a reporting verb…).
type Dictionary struct {
	ents []Entity
	byID map[string]int32

	// words maps a folded word to its id in tr and in the built-in
	// lexicon: one look-up per word of a text.
	words *wordTable
	tr    trie // folded names → indexes in vals
	vals  []dval
	// lowerStart[w]: some name whose first word is w may be met in lower
	// case (a demonym, "péninsule coréenne"); a lowercase word of the text
	// that starts none is not walked in the trie.
	lowerStart []bool

	// per entity (persons only): the folded short forms that refer to the
	// person once named in an article ("zelensky", "choe", "von der leyen")
	// and the functions parsed from Entity.Roles.
	shorts [][]string
	roles  [][]roleKey
	// near holds the full names of people, for misspelt mentions.
	near []nearName
	// nearAt[c]..nearAt[c+1]: the names of near that start with byte c.
	nearAt [257]int32
}

// Internal kinds of a dictionary name.
const (
	vName uint8 = iota
	vMetonym
	vDemonym
)

// wordIDs are the ids of a folded word in a Dictionary's trie and in the
// built-in lexicon, -1 when absent.
type wordIDs struct{ voc, lex int32 }

// dval is one name of an entity, stored at the trie node that ends it.
type dval struct {
	ent    int32
	kind   uint8
	capReq bool // written with a capital: the text must start with one too
	single bool // one word
	// capMask: the words (bit k: word k) written with a capital, which the
	// text must capitalise too ("Le Monde" is not "Le monde entier").
	capMask uint32
	// capsReq: a short acronym ("UN", "AP") must be met in capitals: "Un"
	// and "un" are French words.
	capsReq bool
}

// roleKey is a function ("ministre affaires etrangeres") and the entity it is
// bound to (a country or an organization), as parsed from a role phrase.
type roleKey struct {
	function string
	bound    int32 // entity index, or -1
}

// build indexes ents into a new Dictionary.
func build(ents []Entity) (*Dictionary, error) {
	d := &Dictionary{
		ents: ents,
		byID: make(map[string]int32, len(ents)),
	}
	voc := make(map[string]int32, 4*len(ents))
	d.tr.init()
	for i, e := range ents {
		d.byID[e.ID] = int32(i)
	}
	var ts tokens
	ids := make([]int32, 0, 16)
	add := func(ent int, s string, kind uint8) {
		tokenize(s, &ts)
		ids = ids[:0]
		first := -1
		for k := range ts.toks {
			if !ts.toks[k].is(fWord) {
				continue
			}
			if first < 0 {
				first = k
			}
			w := ts.fold(k)
			id, ok := voc[string(w)]
			if !ok {
				id = int32(len(voc))
				voc[string(w)] = id
			}
			ids = append(ids, id)
		}
		if len(ids) == 0 {
			return
		}
		v := dval{ent: int32(ent), kind: kind, single: len(ids) == 1}
		if kind != vDemonym {
			w := 0
			for k := range ts.toks {
				if !ts.toks[k].is(fWord) {
					continue
				}
				if ts.toks[k].is(fCap) && w < 32 {
					v.capMask |= 1 << w
				}
				w++
			}
		}
		// A name written with a capital must be met with one: "Orange" the
		// town is not "orange" the colour. Demonyms are met either way.
		v.capReq = kind != vDemonym && ts.toks[first].is(fCap)
		if ft := &ts.toks[first]; len(ids) == 1 && ft.is(fAllCaps) && ft.end-ft.start <= 3 {
			v.capsReq = true
		}
		d.tr.insert(ids, int32(len(d.vals)))
		d.vals = append(d.vals, v)
		if !v.capReq {
			for int(ids[0]) >= len(d.lowerStart) {
				d.lowerStart = append(d.lowerStart, false)
			}
			d.lowerStart[ids[0]] = true
		}
	}
	for i, e := range ents {
		add(i, e.Canonical, vName)
		for _, a := range e.Aliases {
			add(i, a, vName)
		}
		for _, m := range e.Metonyms {
			add(i, m, vMetonym)
		}
		for _, m := range e.Demonyms {
			add(i, m, vDemonym)
		}
	}
	lx := builtin()
	words := make(map[string]wordIDs, len(voc)+len(lx.ids))
	for w, id := range voc {
		words[w] = wordIDs{voc: id, lex: lx.id0(w)}
	}
	for w, id := range lx.ids {
		if _, ok := voc[w]; !ok {
			words[w] = wordIDs{voc: -1, lex: id}
		}
	}
	d.words = newWordTable(words, lx.flags)
	d.shorts = make([][]string, len(ents))
	d.roles = make([][]roleKey, len(ents))
	for i, e := range ents {
		if e.Type != TypePerson {
			continue
		}
		seen := map[string]bool{}
		for _, name := range append([]string{e.Canonical}, e.Aliases...) {
			for _, s := range shortForms(name) {
				if !seen[s] {
					seen[s] = true
					d.shorts[i] = append(d.shorts[i], s)
				}
			}
		}
	}
	d.indexNearNames()
	// Roles need the finished matcher: "président de l'Ukraine" binds the
	// role to country:ua.
	for i, e := range ents {
		for _, r := range e.Roles {
			if k, ok := d.parseRoleString(r); ok {
				if k.bound < 0 { // "président (2019-)": the person's country
					if id, ok := d.byID[e.Related]; ok {
						k.bound = id
					}
				}
				d.roles[i] = append(d.roles[i], k)
			}
		}
	}
	return d, nil
}

// shortForms returns the folded forms that stand for a person after the
// full name has been given: the family name, with its particles ("von der
// Leyen"). East Asian names put the family name first: when the last word is
// hyphenated (Kim Jong-un, Choe Son-hui) or the first word has at most two
// letters (Xi Jinping), the first word is a short form too.
func shortForms(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	last := len(words) - 1
	start := last
	lx := builtin()
	for start > 1 {
		f := foldString(words[start-1])
		if id, ok := lx.ids[f]; ok && lx.flags[id]&lParticle != 0 {
			start--
			continue
		}
		break
	}
	var out []string
	if s := foldString(strings.Join(words[start:], " ")); s != "" {
		out = append(out, s)
	}
	if strings.ContainsAny(words[last], "-‐‑") || len([]rune(words[0])) <= 2 {
		if s := foldString(words[0]); s != "" && !strings.Contains(words[0], ".") {
			out = append(out, s)
		}
	}
	return out
}

// parseRoleString reads a role phrase of Entity.Roles, without its years.
func (d *Dictionary) parseRoleString(r string) (roleKey, bool) {
	if i := strings.IndexByte(r, '('); i >= 0 {
		r = r[:i]
	}
	f := newFinder(d, r)
	defer f.release()
	for i := range f.ts.toks {
		if f.lexFlags(i)&lRoleStart != 0 {
			if rp, ok := f.parseRole(i); ok {
				return roleKey{function: rp.function, bound: rp.bound}, true
			}
		}
	}
	return roleKey{}, false
}
