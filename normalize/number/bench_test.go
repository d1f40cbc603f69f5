package number

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// seedLines reads the seed articles (../../seeds/*.txt) as lines.
func seedLines(tb testing.TB) ([]string, int) {
	tb.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		tb.Skip("no seeds in ../../seeds")
	}
	var lines []string
	size := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			lines = append(lines, sc.Text())
			size += len(sc.Text())
		}
	}
	return lines, size
}

// suitePhrases reads the shared number suite's phrases, when it is there.
func suitePhrases(tb testing.TB) ([]string, int) {
	tb.Helper()
	f, err := os.Open("../../../shared/eval/numbers_fr.jsonl")
	if err != nil {
		tb.Skip("no shared suite")
	}
	defer f.Close()
	var out []string
	size := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &c) == nil && c.Text != "" {
			out = append(out, c.Text)
			size += len(c.Text)
		}
	}
	return out, size
}

// BenchmarkFindSeeds runs Find line by line over the seed articles.
func BenchmarkFindSeeds(b *testing.B) {
	lines, size := seedLines(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l)
		}
	}
}

// BenchmarkFindSeedsWhole runs Find once over each whole seed article.
func BenchmarkFindSeedsWhole(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var docs []string
	size := 0
	for _, f := range files {
		d, _ := os.ReadFile(f)
		docs = append(docs, string(d))
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d)
		}
	}
}

// BenchmarkFindPhrases runs Find over the shared suite's phrases; phrases/s
// is b.N*len(phrases)/elapsed.
func BenchmarkFindPhrases(b *testing.B) {
	ps, size := suitePhrases(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range ps {
			Find(p)
		}
	}
	b.ReportMetric(float64(b.N*len(ps))/b.Elapsed().Seconds(), "phrases/s")
}
