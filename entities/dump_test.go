package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var dump = flag.String("dump", "", "print the mentions found in these files (glob)")

func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump")
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(*dump)
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		fmt.Println("=====", fn)
		for _, m := range d.Find(string(b)) {
			fmt.Printf("%-8s %-30q %-28s %-22s %.2f %q\n", m.Kind, m.Text, m.ID, m.Canonical, m.Confidence, m.Role)
		}
	}
}
