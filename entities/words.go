package entities

// wordTable maps folded words to their ids: an open-addressing hash table
// with linear probing, about twice as fast as a map[string] for the short
// words of a text, looked up once per word.
type wordTable struct {
	slots []wslot
	mask  uint64
	keys  []byte // the keys back to back
}

type wslot struct {
	hash   uint64 // 0: empty
	off, n uint32 // key in keys
	ids    wordIDs
}

// wordHash is FNV-1a, never 0.
func wordHash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h | 1
}

func newWordTable(m map[string]wordIDs) *wordTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]wslot, size), mask: uint64(size - 1)}
	for w, ids := range m {
		h := wordHash([]byte(w))
		i := h & t.mask
		for t.slots[i].hash != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wslot{hash: h, off: uint32(len(t.keys)), n: uint32(len(w)), ids: ids}
		t.keys = append(t.keys, w...)
	}
	return t
}

// get returns the ids of word w.
func (t *wordTable) get(w []byte) (wordIDs, bool) {
	h := wordHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.hash == 0 {
			return wordIDs{}, false
		}
		if s.hash == h && int(s.n) == len(w) && string(t.keys[s.off:s.off+s.n]) == string(w) {
			return s.ids, true
		}
	}
}
