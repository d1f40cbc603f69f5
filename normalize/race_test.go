package normalize

import (
	"sync"
	"testing"
)

// TestConcurrent runs String from several goroutines at once (run it with
// -race).
func TestConcurrent(t *testing.T) {
	want := String("le Journal de Wall Streetcitant des sources").Text
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := String("le Journal de Wall Streetcitant des sources").Text; got != want {
				t.Errorf("String = %q, want %q", got, want)
			}
		})
	}
	wg.Wait()
}
