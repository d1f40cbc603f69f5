package entities

// trie maps sequences of word ids to payloads. Node 0 is the root, whose
// children sit in a slice indexed by word id; any other edge is one map
// entry keyed by (node, word id). A walk costs at most one hash look-up per
// word after the first.
type trie struct {
	next  map[uint64]int32 // (node<<32 | word) → child node
	vals  [][]int32        // node → payloads of the sequences ending there
	root  []int32          // word → child of the root, or -1
	nodes int32
}

func (t *trie) init() {
	t.next = make(map[uint64]int32)
	t.vals = make([][]int32, 1)
	t.nodes = 1
}

func edge(node, word int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(word)) }

// insert adds payload v under the sequence ws.
func (t *trie) insert(ws []int32, v int32) {
	n := int32(0)
	for _, w := range ws {
		c, ok := t.next[edge(n, w)]
		if !ok {
			c = t.nodes
			t.nodes++
			t.vals = append(t.vals, nil)
			if n == 0 {
				for int(w) >= len(t.root) {
					t.root = append(t.root, -1)
				}
				t.root[w] = c
			}
			t.next[edge(n, w)] = c
		}
		n = c
	}
	for _, x := range t.vals[n] {
		if x == v {
			return
		}
	}
	t.vals[n] = append(t.vals[n], v)
}

// step follows the edge labelled w from node n; it returns -1 if there is none.
func (t *trie) step(n, w int32) int32 {
	if w < 0 {
		return -1
	}
	if n == 0 {
		if int(w) < len(t.root) {
			return t.root[w]
		}
		return -1
	}
	c, ok := t.next[edge(n, w)]
	if !ok {
		return -1
	}
	return c
}
