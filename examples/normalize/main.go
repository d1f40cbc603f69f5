// Command normalize repairs scraped French text read on standard input and
// writes the repaired text on standard output.
//
//	go run ./examples/normalize [-explain] < in.txt > out.txt
//
// With -explain, it writes one line per repair on standard error: the byte
// span in the input, the kind of repair, and the text before and after.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/frnews/frnews/normalize"
)

func main() {
	explain := flag.Bool("explain", false, "list the repairs on standard error")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: normalize [-explain] < in.txt > out.txt")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "normalize: reads standard input; unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	if err := run(os.Stdin, os.Stdout, os.Stderr, *explain); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out, log io.Writer, explain bool) error {
	src, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	r := normalize.String(string(src))
	w := bufio.NewWriter(out)
	if _, err := w.WriteString(r.Text); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if explain {
		lw := bufio.NewWriter(log)
		for _, rep := range r.Repairs {
			fmt.Fprintf(lw, "%d-%d\t%s\t%q\t%q\n", rep.Start, rep.End, rep.Kind, rep.Before, rep.After)
		}
		return lw.Flush()
	}
	return nil
}
