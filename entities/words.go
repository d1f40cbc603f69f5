package entities

import "encoding/binary"

// wordTable maps folded words to their ids: an open-addressing hash table
// with linear probing over 8-byte slots (32 bits of hash, 32 bits of entry
// index), so that the table of a large dictionary stays small in cache; it is
// looked up once per word of a text.
type wordTable struct {
	slots   []uint64 // hash<<32 | entry index + 1; 0: empty
	mask    uint32
	entries []wentry
	keys    []byte // the keys back to back
}

type wentry struct {
	// head is the key's first 8 bytes, zero-padded: most words are no
	// longer, and are then compared without reading keys.
	head   uint64
	off, n uint32 // key in keys
	ids    wordIDs
	lf     lexFlags // the lexicon's flags of ids.lex, 0 if none
}

// wordHead returns the first 8 bytes of w, little-endian, zero-padded.
func wordHead(w []byte) uint64 {
	if len(w) >= 8 {
		return binary.LittleEndian.Uint64(w)
	}
	if cap(w) >= 8 {
		// one load, the bytes past the word masked off
		return binary.LittleEndian.Uint64(w[:8]) & (1<<(8*uint(len(w))) - 1)
	}
	var x uint64
	for i, c := range w {
		x |= uint64(c) << (8 * uint(i))
	}
	return x
}

// wordHash hashes w, whose first 8 bytes are head, eight bytes at a time
// with a multiplicative mix; the high bits of the product are the best
// mixed, so they are the ones kept.
func wordHash(head uint64, w []byte) uint32 {
	const m = 0x9e3779b97f4a7c15
	h := (head ^ uint64(len(w))<<56 ^ m) * m
	if len(w) > 8 {
		rest := w[8:]
		for len(rest) >= 8 {
			h = (h ^ h>>29 ^ binary.LittleEndian.Uint64(rest)) * m
			rest = rest[8:]
		}
		if len(rest) > 0 {
			h = (h ^ h>>29 ^ wordHead(rest)) * m
		}
	}
	return uint32(h >> 32)
}

// newWordTable builds the table of m; flags are the lexicon's flags, by
// lexicon id, copied into the entries so that a look-up gives them too.
func newWordTable(m map[string]wordIDs, flags []lexFlags) *wordTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]uint64, size), mask: uint32(size - 1), entries: make([]wentry, 0, len(m))}
	for w, ids := range m {
		b := []byte(w)
		head := wordHead(b)
		h := wordHash(head, b)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		e := wentry{head: head, off: uint32(len(t.keys)), n: uint32(len(w)), ids: ids}
		if ids.lex >= 0 {
			e.lf = flags[ids.lex]
		}
		t.entries = append(t.entries, e)
		t.slots[i] = uint64(h)<<32 | uint64(len(t.entries))
		t.keys = append(t.keys, w...)
	}
	return t
}

// get returns the entry of word w, or nil.
func (t *wordTable) get(w []byte) *wentry {
	head := wordHead(w)
	h := wordHash(head, w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if uint32(s>>32) == h {
			e := &t.entries[uint32(s)-1]
			if int(e.n) == len(w) && e.head == head && (len(w) <= 8 || string(t.keys[e.off+8:e.off+e.n]) == string(w[8:])) {
				return e
			}
		}
	}
}
