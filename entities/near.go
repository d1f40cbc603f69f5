package entities

import (
	"cmp"
	"slices"
)

// Scraped text misspells names: a spell-checker turns "Choe Son-hui" into
// "Chloé Son-hui", a transcription drops a letter. An unknown name of a
// person that is one edit away from the full name of exactly one person of
// the dictionary is read as that person, with a lower confidence.

// nearName is the folded full name of a person of the dictionary.
type nearName struct {
	key string
	ent int32
}

// minNearLen is the shortest folded name compared for a misspelling: one
// edit in a short name ("Li Qiang", "Xi Jinping") too often makes another
// real name.
const minNearLen = 10

// indexNearNames collects the dictionary's multi-word person names.
func (d *Dictionary) indexNearNames() {
	var ts tokens
	for i, e := range d.ents {
		if e.Type != TypePerson {
			continue
		}
		for _, name := range append([]string{e.Canonical}, e.Aliases...) {
			tokenize(name, &ts)
			key, words := []byte(nil), 0
			for k := range ts.toks {
				if !ts.toks[k].is(fWord) {
					continue
				}
				if words > 0 {
					key = append(key, ' ')
				}
				key = append(key, ts.fold(k)...)
				words++
			}
			if words >= 2 && len(key) >= minNearLen {
				d.near = append(d.near, nearName{string(key), int32(i)})
			}
		}
	}
	// grouped by first byte, so that nearPerson reads only the names that
	// can match; the order within a group does not change its answer
	slices.SortStableFunc(d.near, func(a, b nearName) int { return cmp.Compare(a.key[0], b.key[0]) })
	for _, n := range d.near {
		d.nearAt[int(n.key[0])+1]++
	}
	for c := 1; c < len(d.nearAt); c++ {
		d.nearAt[c] += d.nearAt[c-1]
	}
}

// nearPerson returns the index of the one person whose full name is one
// edit away from key, or -1. The first letters must agree.
func (d *Dictionary) nearPerson(key string) int32 {
	if len(key) < minNearLen {
		return -1
	}
	found := int32(-1)
	for _, n := range d.near[d.nearAt[key[0]]:d.nearAt[int(key[0])+1]] {
		if n.key[0] != key[0] || len(n.key) > len(key)+1 || len(n.key)+1 < len(key) || n.key == key {
			continue
		}
		if oneEdit(n.key, key) {
			if found >= 0 && found != n.ent {
				return -1 // ambiguous
			}
			found = n.ent
		}
	}
	return found
}

// oneEdit reports whether a and b differ by exactly one inserted, deleted
// or replaced byte. Keys are folded, so mostly ASCII.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && a[i+1:] == b[i+1:]
	}
	return len(b) == len(a)+1 && a[i:] == b[i+1:]
}
