package normalize

import (
	"sort"
	"strings"
	"testing"
)

// benchText returns about 1 MB of the seed articles, as they are (change)
// or once repaired (no change).
func benchText(b *testing.B, repaired bool) string {
	s := seeds(b)
	if len(s) == 0 {
		b.Skip("no seeds")
	}
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, n := range names {
			t := s[n]
			if repaired {
				t = String(t).Text
			}
			sb.WriteString(t)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func benchmarkString(b *testing.B, o Options, repaired bool) {
	in := benchText(b, repaired)
	loadLexicon()
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		o.String(in)
	}
}

// BenchmarkStringNoChange runs on repaired text: the steps only look.
func BenchmarkStringNoChange(b *testing.B) { benchmarkString(b, Options{}, true) }

// BenchmarkStringChange runs on the seeds as scraped.
func BenchmarkStringChange(b *testing.B) { benchmarkString(b, Options{}, false) }

// BenchmarkStringNoSplit runs on the seeds without the word list.
func BenchmarkStringNoSplit(b *testing.B) { benchmarkString(b, Options{NoSplit: true}, false) }

func BenchmarkLexiconLoad(b *testing.B) {
	b.SetBytes(int64(len(lexiconData)))
	for b.Loop() {
		if _, err := parseLexicon(lexiconData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	words := strings.Fields("La Corée du Nord soutiendra la Russie jusqu’à ce qu’elle gagne la guerre en Ukraine, a déclaré vendredi le ministre nord-coréen des Affaires étrangères")
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}

// BenchmarkStringLines repairs the seeds one line at a time, as a caller
// that keeps its own line structure does.
func BenchmarkStringLines(b *testing.B) {
	lines := strings.Split(benchText(b, false), "\n")
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	loadLexicon()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			String(l)
		}
	}
}
