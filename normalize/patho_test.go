package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// pathological are odd inputs of 256 KB to 1 MB on which a careless step
// takes quadratic time. TestPathological checks what String returns for
// them; BenchmarkPathological measures them (tests make no timing
// assertions: a quadratic step shows as a collapse of MB/s there).
var pathological = []string{
	strings.Repeat("a", 1<<20),
	strings.Repeat("«", 1<<18) + strings.Repeat("”", 1<<18),
	strings.Repeat("l'", 1<<19),
	strings.Repeat("\u200b'", 1<<18),
	strings.Repeat(" ", 1<<20) + "x",
	strings.Repeat("( ", 1<<19),
	strings.Repeat("\"a", 1<<17),
	strings.Repeat("e\u0301", 1<<18),
	strings.Repeat("A.", 1<<19),
	strings.Repeat("Aa.", 1<<18),
	strings.Repeat("xx-", 1<<18) + ".",
}

func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, in := range pathological {
		r := String(in)
		if !utf8.ValidString(r.Text) {
			t.Errorf("String(%q…): invalid UTF-8 out", in[:12])
		}
		if o := r.Original(len(r.Text)); o < 0 || o > len(in) {
			t.Errorf("String(%q…): Original(end) = %d outside the input (len %d)", in[:12], o, len(in))
		}
	}
}

func BenchmarkPathological(b *testing.B) {
	for _, in := range pathological {
		b.Run(strings.ToValidUTF8(in[:6], "?"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				String(in)
			}
		})
	}
}
