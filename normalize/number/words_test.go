package number

import (
	"strings"
	"testing"
)

// TestEmbeddedLists checks the hand-edited word lists: every entry is
// folded the way the tokenizer folds keys, and none is listed twice.
func TestEmbeddedLists(t *testing.T) {
	for name, txt := range map[string]string{"stopwords.txt": stopwordsTxt, "units.txt": unitsTxt} {
		seen := map[string]int{}
		for i, l := range strings.Split(txt, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || l[0] == '#' {
				continue
			}
			if prev, ok := seen[l]; ok {
				t.Errorf("%s:%d: %q already on line %d", name, i+1, l, prev)
			}
			seen[l] = i + 1
			toks, arena := tokenize(l, nil, nil)
			sc := scanner{s: l, keys: string(arena), t: toks}
			if len(toks) == 0 || toks[0].kind != tWord || sc.key(toks[0]) != l {
				got := ""
				if len(toks) > 0 {
					got = sc.key(toks[0])
				}
				t.Errorf("%s:%d: %q is not folded (key %q)", name, i+1, l, got)
			}
		}
	}
}

// TestNumberWordsFolded checks that every key of the number-word table is
// reachable: folded, one word.
func TestNumberWordsFolded(t *testing.T) {
	for k := range numberWords {
		toks, arena := tokenize(k, nil, nil)
		sc := scanner{s: k, keys: string(arena), t: toks}
		if len(toks) != 1 || sc.key(toks[0]) != k {
			t.Errorf("number word %q does not tokenize to itself", k)
		}
	}
}
