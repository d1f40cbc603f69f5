// Command annotate reads one item per line and writes, for each, one JSON
// object with the numbers, dates and entity mentions found in it.
//
//	go run ./examples/annotate [-ref TIME] [-prefer past|future] < lines.txt
//
// Offsets are byte offsets into the "text" printed; invalid UTF-8 in the
// input is replaced with U+FFFD (one per run of bad bytes) before anything
// is read.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/frnews/frnews/entities"
	"github.com/frnews/frnews/normalize/date"
	"github.com/frnews/frnews/normalize/number"
)

func main() {
	ref := flag.String("ref", "", "reference time, RFC 3339 or YYYY-MM-DD (default: now)")
	prefer := flag.String("prefer", "past", "reading of underspecified dates: past or future")
	flag.Parse()
	if err := run(*ref, *prefer); err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

type line struct {
	Text     string             `json:"text"`
	Numbers  []number.Number    `json:"numbers"`
	Dates    []date.Date        `json:"dates"`
	Entities []entities.Mention `json:"entities"`
}

func run(refFlag, preferFlag string) error {
	p := date.Parser{Ref: time.Now()}
	if refFlag != "" {
		t, err := time.Parse(time.RFC3339, refFlag)
		if err != nil {
			t, err = time.Parse("2006-01-02", refFlag)
		}
		if err != nil {
			return fmt.Errorf("bad -ref %q: want RFC 3339 or YYYY-MM-DD", refFlag)
		}
		p.Ref = t
	}
	switch preferFlag {
	case "past":
		p.Prefer = date.Past
	case "future":
		p.Prefer = date.Future
	default:
		return fmt.Errorf("bad -prefer %q: want past or future", preferFlag)
	}
	dict, err := entities.Default()
	if err != nil {
		return err
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 64*1024), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		// Offsets must point into the "text" printed, and JSON can only
		// print valid UTF-8: invalid bytes become U+FFFD first.
		t := strings.ToValidUTF8(in.Text(), "\uFFFD")
		l := line{Text: t, Numbers: number.Find(t), Dates: p.Find(t), Entities: dict.Find(t)}
		if l.Numbers == nil {
			l.Numbers = []number.Number{}
		}
		if l.Dates == nil {
			l.Dates = []date.Date{}
		}
		if l.Entities == nil {
			l.Entities = []entities.Mention{}
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return in.Err()
}
