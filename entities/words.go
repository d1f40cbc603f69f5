package entities

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
	off, n uint32 // key in keys
	ids    wordIDs
}

// wordHash is FNV-1a on 32 bits.
func wordHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func newWordTable(m map[string]wordIDs) *wordTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]uint64, size), mask: uint32(size - 1)}
	for w, ids := range m {
		h := wordHash([]byte(w))
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, wentry{off: uint32(len(t.keys)), n: uint32(len(w)), ids: ids})
		t.slots[i] = uint64(h)<<32 | uint64(len(t.entries))
		t.keys = append(t.keys, w...)
	}
	return t
}

// get returns the ids of word w.
func (t *wordTable) get(w []byte) (wordIDs, bool) {
	h := wordHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return wordIDs{}, false
		}
		if uint32(s>>32) == h {
			e := &t.entries[uint32(s)-1]
			if int(e.n) == len(w) && string(t.keys[e.off:e.off+e.n]) == string(w) {
				return e.ids, true
			}
		}
	}
}
