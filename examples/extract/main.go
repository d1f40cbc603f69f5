// Command extract parses scraped French news articles and reports what it
// finds in them.
//
//	go run ./examples/extract [-json] [-date YYYY-MM-DD] FILE...
//
// Without -json it prints a readable report per file. With -json it prints
// one JSON object per file, one per line (see frnews.Document). -date gives
// the publication date to use when an article does not state its own.
// A file that cannot be read or parsed is reported on standard error and
// the others are still processed; the exit status is then 1.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/frnews/frnews"
)

func main() {
	asJSON := flag.Bool("json", false, "print one JSON object per file")
	day := flag.String("date", "", "publication date `YYYY-MM-DD` for articles that state none")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: extract [-json] [-date YYYY-MM-DD] FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	var opt frnews.Options
	if *day != "" {
		t, err := time.Parse("2006-01-02", *day)
		if err != nil {
			fmt.Fprintf(os.Stderr, "extract: bad -date %q: want YYYY-MM-DD\n", *day)
			os.Exit(2)
		}
		opt.Date = t
	}
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	failed := false
	for _, f := range flag.Args() {
		if err := extract(out, f, opt, *asJSON); err != nil {
			out.Flush()
			fmt.Fprintf(os.Stderr, "extract: %s: %v\n", f, err)
			failed = true
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}

func extract(w io.Writer, file string, opt frnews.Options, asJSON bool) error {
	src, err := os.ReadFile(file)
	if err != nil {
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		return err
	}
	doc, err := frnews.Analyze(string(src), opt)
	if err != nil {
		return err
	}
	doc.File = file
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	}
	report(w, doc)
	return nil
}

// report prints doc for a person to read.
func report(w io.Writer, doc *frnews.Document) {
	fmt.Fprintf(w, "══ %s\n", doc.File)
	fmt.Fprintf(w, "title: %s\n", orNone(doc.Title))
	date := "unknown"
	if doc.Date != nil {
		date = *doc.Date
		if !doc.Article.DateStated {
			date += " (given)"
		}
	}
	fmt.Fprintf(w, "date:  %s\n", date)
	fmt.Fprintf(w, "body:  %d paragraphs, %d sentences, %d bytes; %d captions; %d boilerplate lines; %d repairs\n",
		len(doc.Paragraphs), len(doc.Article.Sentences()), len(doc.Text), len(doc.Captions), len(doc.Boilerplate), len(doc.Repairs))
	if len(doc.Numbers) > 0 {
		fmt.Fprintln(w, "numbers:")
		for _, n := range doc.Numbers {
			v := "?"
			if n.Known {
				v = fmt.Sprint(n.Value)
			}
			extra := []string{}
			if n.Qualifier != "" {
				extra = append(extra, string(n.Qualifier))
			}
			if n.Ordinal {
				extra = append(extra, "ordinal")
			}
			if n.Unit != "" {
				extra = append(extra, "unit "+n.Unit)
			}
			fmt.Fprintf(w, "  %-28q = %s %s\n", n.Text, v, strings.Join(extra, ", "))
		}
	}
	if len(doc.Dates) > 0 {
		fmt.Fprintln(w, "dates:")
		for _, d := range doc.Dates {
			b, _ := json.Marshal(d)
			var m map[string]any
			json.Unmarshal(b, &m)
			val := fmt.Sprint(m["value"])
			if _, ok := m["from"]; ok {
				val = fmt.Sprintf("%v → %v", m["from"], m["to"])
			} else if dur, ok := m["duration"]; ok {
				val = fmt.Sprint(dur)
			}
			fmt.Fprintf(w, "  %-28q = %s (%v)\n", d.Text, val, m["grain"])
		}
	}
	if len(doc.Entities) > 0 {
		fmt.Fprintln(w, "entities:")
		for _, e := range doc.Entities {
			roles := ""
			if len(e.Roles) > 0 {
				roles = " — " + strings.Join(e.Roles, "; ")
			}
			fmt.Fprintf(w, "  %-32s %-12s %d mentions, %d demonyms%s\n", e.Canonical, e.Type, len(e.Mentions), len(e.Demonyms), roles)
		}
	}
	if len(doc.Claims) > 0 {
		fmt.Fprintln(w, "claims:")
		for _, c := range doc.Claims {
			fmt.Fprintf(w, "  %s\n", c)
		}
	}
	if len(doc.Captions) > 0 {
		fmt.Fprintln(w, "captions:")
		for _, c := range doc.Captions {
			fmt.Fprintf(w, "  %s\n", clip(c, 100))
		}
	}
	if len(doc.Boilerplate) > 0 {
		fmt.Fprintln(w, "removed:")
		for _, b := range doc.Boilerplate {
			fmt.Fprintf(w, "  [%s] %s\n", b.Reason, clip(b.Line, 80))
		}
	}
	fmt.Fprintln(w)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func clip(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
