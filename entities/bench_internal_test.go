package entities

import "testing"

func BenchmarkTokenize(b *testing.B) {
	text := seedText(b)
	var ts tokens
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tokenize(text, &ts)
	}
}

func BenchmarkFindZero(b *testing.B) {
	text := seedText(b)
	var d Dictionary
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Find(text)
	}
}
