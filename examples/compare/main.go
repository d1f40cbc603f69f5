// Command compare groups the claims of several articles that give the same
// measured fact and says whether the sources agree, refine each other or
// conflict.
//
//	go run ./examples/compare [-json] FILE...
//
// An unreadable file is reported on stderr and skipped; the exit status is
// then 1.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/claims"
)

func main() {
	asJSON := flag.Bool("json", false, "write the groups as one JSON document")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: compare [-json] FILE...")
	}
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "compare: no input files")
		os.Exit(2)
	}
	var x claims.Extractor
	var srcs []claims.Source
	status := 0
	for _, name := range flag.Args() {
		src, err := load(&x, name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "compare: %s: %v\n", name, err)
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
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(groups); err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
	} else {
		fmt.Print(claims.Format(groups))
	}
	os.Exit(status)
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
