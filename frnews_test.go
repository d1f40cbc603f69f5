package frnews_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frnews/frnews"
	"github.com/frnews/frnews/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs the pipeline on every seed and compares the result with
// testdata/<seed>.golden.json. Regenerate with go test -update, then read
// the diff: a golden file that records a wrong answer is a bug. Claims are
// left out here: the claims package keeps its own golden files
// (testdata/claims_<seed>.golden.json, compare.golden.json), so that a
// change of claims is reviewed once, where it is made.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := frnews.Analyze(string(src), frnews.Options{})
			if err != nil {
				t.Fatal(err)
			}
			doc.File = filepath.Base(f)
			doc.Claims = nil
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var w, g any
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(w, g); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func BenchmarkAnalyze(b *testing.B) {
	files, _ := filepath.Glob("seeds/*.txt")
	var srcs []string
	n := 0
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(s))
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := frnews.Analyze(s, frnews.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestClaimsFoundOnce: Analyze hands the numbers, dates and mentions it
// found to package claims; the claims are those claims finds alone.
func TestClaimsFoundOnce(t *testing.T) {
	files, _ := filepath.Glob("seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range []frnews.Options{{}, {Date: time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)}} {
			doc, err := frnews.Analyze(string(b), opt)
			if err != nil {
				t.Fatal(err)
			}
			x := claims.Extractor{Date: opt.Date}
			alone, _, err := x.ExtractText(string(b), opt.Date)
			if err != nil {
				t.Fatal(err)
			}
			if alone == nil {
				alone = []claims.Claim{}
			}
			if diff := cmp.Diff(alone, doc.Claims); diff != "" {
				t.Errorf("%s (date %v): Analyze's claims differ from claims alone (-alone +Analyze):\n%s", f, opt.Date, diff)
			}
		}
	}
}

// BenchmarkAnalyzeLongLine runs Analyze on one line of about 1 MB, the
// seeds' paragraphs repeated: its MB/s should stay near BenchmarkAnalyze's,
// and a step that is quadratic in the text shows as a collapse here (tests
// make no timing assertions).
func BenchmarkAnalyzeLongLine(b *testing.B) {
	files, _ := filepath.Glob("seeds/*.txt")
	var paras []string
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := frnews.Analyze(string(s), frnews.Options{})
		if err != nil {
			b.Fatal(err)
		}
		paras = append(paras, doc.Paragraphs...)
	}
	line := strings.Repeat(strings.Join(paras, " ")+" ", 40)
	src := "Titre de l’article\n" + line + "\n"
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := frnews.Analyze(src, frnews.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
