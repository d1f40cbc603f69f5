// Command compare groups the claims of several articles that give the same
// measured fact and says whether the sources agree, refine each other or
// conflict.
//
//	go run ./examples/compare [-json] FILE...
//
// For each fact it prints the fact, one row per source claim (value,
// source, date, article, sentence) and the verdict; with -json, the same as
// one JSON document. An unreadable file is reported on stderr in one line
// and skipped; the exit status is then 1. A bad flag exits with status 2.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/claims"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "write the groups as one JSON document")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "compare: %v (usage: compare [-json] FILE...)\n", err)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "compare: no input files (usage: compare [-json] FILE...)")
		return 2
	}
	var x claims.Extractor
	var srcs []claims.Source
	status := 0
	for _, name := range fs.Args() {
		src, err := load(&x, name)
		if err != nil {
			fmt.Fprintf(stderr, "compare: %s: %v\n", name, err)
			status = 1
			continue
		}
		srcs = append(srcs, src)
	}
	groups := claims.Compare(srcs)
	if *asJSON {
		if groups == nil {
			groups = []claims.Group{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(groups); err != nil {
			fmt.Fprintln(stderr, "compare:", err)
			return 1
		}
	} else {
		fmt.Fprint(stdout, claims.Format(groups))
	}
	return status
}

func load(x *claims.Extractor, name string) (claims.Source, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return claims.Source{}, err
	}
	a, err := article.Parse(string(b))
	if err != nil {
		return claims.Source{}, err
	}
	cs, err := x.Extract(a)
	if err != nil {
		return claims.Source{}, err
	}
	return claims.Source{Name: filepath.Base(name), Published: a.Date, Claims: cs}, nil
}
