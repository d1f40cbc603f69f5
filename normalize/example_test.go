package normalize_test

import (
	"fmt"
	"strings"

	"github.com/frnews/frnews/normalize"
)

func ExampleString() {
	r := normalize.String("CC’est «une victoire»a-t-elle dit.Le Journal de Wall Streetcitant “des sources”")
	fmt.Println(r.Text)
	for _, rp := range r.Repairs {
		fmt.Printf("%s %d-%d %q → %q\n", rp.Kind, rp.Start, rp.End, rp.Before, rp.After)
	}
	// Output:
	// C’est « une victoire » a-t-elle dit. Le Journal de Wall Street citant « des sources »
	// drop-cap 0-1 "C" → ""
	// punct-space 11-11 "" → " "
	// punct-space 23-23 "" → " "
	// punct-space 25-25 "" → " "
	// punct-space 38-38 "" → " "
	// glued-words 63-63 "" → " "
	// quote 70-73 "“" → "«"
	// punct-space 73-73 "" → " "
	// quote 84-87 "”" → "»"
	// punct-space 84-84 "" → " "
}

func ExampleOptions_String() {
	in := "l'armée  dit:«non»"
	fmt.Printf("%q\n", normalize.String(in).Text)
	fmt.Printf("%q\n", normalize.Options{ASCIIApostrophe: true, NBSP: true}.String(in).Text)
	// Output:
	// "l’armée dit : « non »"
	// "l'armée dit\u00a0: «\u00a0non\u00a0»"
}

func ExampleResult_Original() {
	in := "Selon  Kiev, “12\u202f000 soldats”."
	r := normalize.String(in)
	fmt.Printf("%q\n", r.Text)
	// Where were "12 000 soldats" and the quotation in the input?
	start := strings.Index(r.Text, "12")
	end := start + len("12\u202f000 soldats")
	fmt.Printf("%q\n", in[r.Original(start):r.Original(end)])
	qs, qe := r.OriginalSpan(strings.Index(r.Text, "«"), strings.Index(r.Text, "»")+len("»"))
	fmt.Printf("%q\n", in[qs:qe])
	// Output:
	// "Selon Kiev, « 12\u202f000 soldats »."
	// "12\u202f000 soldats"
	// "“12\u202f000 soldats”"
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Nord-Coréen"), "|", normalize.Fold("Œuvre d’Éluard"))
	// Output: nord coreen | oeuvre d'eluard
}
