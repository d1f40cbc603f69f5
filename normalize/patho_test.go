package normalize

import (
	"strings"
	"testing"
	"time"
)

// TestPathological checks that odd inputs of 256 KB to 1 MB take no
// quadratic time (a quadratic step would take minutes).
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, in := range []string{
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
	} {
		start := time.Now()
		String(in)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("String(%q…) took %v", in[:12], d)
		}
	}
}
