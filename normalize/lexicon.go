package normalize

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word list behind the glued-word repair: lexicon.gz, built by
// makelexicon.go from the French Dicollecte dictionary and the English
// SCOWL lists (see LEXICON.md for provenance and licences). It is read
// the first time a text needs it (in about 0.1 s) and then kept: about
// 4.3 MB of words and 6 MB of index.

// Lexicon classes.
const (
	lexKnown   = 1 << iota // a word: French, English or a proper name
	lexVerb                // a French verb form or grammatical word, safe as the second of two glued words
	lexEnglish             // a common English word (it may be French too)
)

// lexicon is a read-only hash set of words with their classes.
type lexicon struct {
	blob  []byte   // the words, one after the other
	ends  []uint32 // word i is blob[start(i):ends[i]], start(i) = ends[i-1] or 0
	class []uint8
	table []uint32 // open addressing: word index + 1, 0 when empty
	mask  uint32
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx, err := parseLexicon(lexiconData)
	if err != nil {
		return nil, fmt.Errorf("normalize: embedded lexicon: %w", err)
	}
	return lx, nil
})

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// parseLexicon reads the format written by makelexicon.go.
func parseLexicon(gz []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	header, raw, ok := bytes.Cut(raw, []byte("\n"))
	if !ok || !bytes.HasPrefix(header, []byte("frnews-lexicon 2 ")) {
		return nil, errors.New("bad header")
	}
	size := 0 // bytes of all words
	for rest, prevLen := raw, 0; len(rest) > 0; {
		line, r, _ := bytes.Cut(rest, []byte("\n"))
		rest = r
		if len(line) == 0 || line[0] == '#' {
			prevLen = 0
			continue
		}
		prevLen = int(line[0]-'0') + len(line) - 1
		size += prevLen
	}
	lx := &lexicon{
		blob:  make([]byte, 0, size),
		ends:  make([]uint32, 0, lexiconWords),
		class: make([]uint8, 0, lexiconWords),
	}
	var class uint8
	var prev []byte
	for len(raw) > 0 {
		line, rest, _ := bytes.Cut(raw, []byte("\n"))
		raw = rest
		if len(line) == 0 {
			continue
		}
		if line[0] == '#' {
			switch name, _, _ := bytes.Cut(line[1:], []byte(" ")); string(name) {
			case "verbs":
				class = lexKnown | lexVerb
			case "words":
				class = lexKnown
			case "english":
				class = lexKnown | lexEnglish
			default:
				return nil, fmt.Errorf("unknown section %q", name)
			}
			prev = nil
			continue
		}
		n := int(line[0] - '0')
		if n > len(prev) || class == 0 {
			return nil, fmt.Errorf("bad record %q", line)
		}
		start := len(lx.blob)
		lx.blob = append(lx.blob, prev[:n]...)
		lx.blob = append(lx.blob, line[1:]...)
		prev = lx.blob[start:]
		lx.ends = append(lx.ends, uint32(len(lx.blob)))
		lx.class = append(lx.class, class)
	}
	slots := uint32(1)
	for slots < uint32(2*len(lx.ends)) {
		slots <<= 1
	}
	lx.table, lx.mask = make([]uint32, slots), slots-1
	for i := range lx.ends {
		w := lx.word(i)
		h := fnv(w) & lx.mask
		for lx.table[h] != 0 {
			if bytes.Equal(lx.word(int(lx.table[h]-1)), w) { // the same word in two sections
				break
			}
			h = (h + 1) & lx.mask
		}
		if k := lx.table[h]; k != 0 {
			lx.class[k-1] |= lx.class[i]
			continue
		}
		lx.table[h] = uint32(i + 1)
	}
	return lx, nil
}

func (lx *lexicon) word(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = lx.ends[i-1]
	}
	return lx.blob[start:lx.ends[i]]
}

// lookup returns the classes of w, 0 if it is not in the list.
func (lx *lexicon) lookup(w []byte) uint8 {
	for h := fnv(w) & lx.mask; ; h = (h + 1) & lx.mask {
		k := lx.table[h]
		if k == 0 {
			return 0
		}
		if bytes.Equal(lx.word(int(k-1)), w) {
			return lx.class[k-1]
		}
	}
}

// lookupString is lookup for a string; it allocates nothing.
func (lx *lexicon) lookupString(w string) uint8 {
	h := uint32(2166136261) // FNV-1a, as fnv
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	for h &= lx.mask; ; h = (h + 1) & lx.mask {
		k := lx.table[h]
		if k == 0 {
			return 0
		}
		if string(lx.word(int(k-1))) == w {
			return lx.class[k-1]
		}
	}
}

// lower appends w lowercased to buf.
func lower(buf []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// classes returns the classes of w as written, and of w lowercased.
func (lx *lexicon) classes(w string, buf []byte) (asWritten, lowered uint8) {
	asWritten = lx.lookupString(w)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return asWritten, lx.lookup(lower(buf[:0], w))
		}
	}
	return asWritten, asWritten // w is lowercase ASCII
}
