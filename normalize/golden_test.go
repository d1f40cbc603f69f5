package normalize

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds/*.golden")

// golden renders a result for review: every line of the text quoted with
// %q (so that NBSP and narrow NBSP show), then one line per repair.
func golden(r Result) string {
	var b strings.Builder
	b.WriteString("-- text --\n")
	for line := range strings.Lines(r.Text) {
		fmt.Fprintf(&b, "%q\n", strings.TrimSuffix(line, "\n"))
	}
	b.WriteString("-- repairs --\n")
	for _, rp := range r.Repairs {
		fmt.Fprintf(&b, "%d-%d %s %q → %q\n", rp.Start, rp.End, rp.Kind, rp.Before, rp.After)
	}
	return b.String()
}

// TestGolden compares the repair of each seed article with
// testdata/seeds/<seed>.golden (see testdata/README.md); -update rewrites
// them.
func TestGolden(t *testing.T) {
	for name, in := range seeds(t) {
		path := filepath.Join("testdata", "seeds", strings.TrimSuffix(name, ".txt")+".golden")
		got := golden(String(in))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: output changed; review with go test -update && git diff %s", name, path)
		}
	}
}
