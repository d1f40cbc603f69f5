package date_test

import (
	"fmt"
	"time"

	"github.com/frnews/frnews/normalize/date"
)

// An article published on Tuesday 5 November 2024 speaks of the past.
func ExampleParser_Find() {
	published := time.Date(2024, 11, 5, 8, 0, 0, 0, time.FixedZone("", 3600))
	p := date.Parser{Ref: published}
	for _, d := range p.Find("M. Zelensky a déclaré samedi soir que les combats avaient repris en octobre.") {
		b, _ := d.MarshalJSON()
		fmt.Println(string(b))
	}
	// Output:
	// {"text":"samedi soir","start":24,"end":35,"grain":"hour","from":"2024-11-02T18:00:00+01:00","to":"2024-11-03T00:00:00+01:00"}
	// {"text":"en octobre","start":67,"end":77,"grain":"month","value":"2024-10"}
}

// Future reads underspecified expressions forward, as calendar assistants do.
func ExampleParser_Find_future() {
	ref := time.Date(2024, 11, 5, 8, 0, 0, 0, time.UTC)
	for _, pr := range []date.Prefer{date.Past, date.Future} {
		d := date.Parser{Ref: ref, Prefer: pr}.Find("mardi")[0]
		fmt.Println(d.Value.Format("Monday 2 January 2006"))
	}
	// Output:
	// Tuesday 5 November 2024
	// Tuesday 12 November 2024
}

// A time given in another zone is written at the reference's offset.
func ExampleDate_MarshalJSON() {
	ref := time.Date(2024, 11, 5, 8, 0, 0, 0, time.FixedZone("", 3600))
	for _, d := range (date.Parser{Ref: ref}).Find("« Vers 22H00 (19H00 GMT), les Russes ont bombardé » en deux mois") {
		b, _ := d.MarshalJSON()
		fmt.Println(string(b))
	}
	// Output:
	// {"text":"Vers 22H00","start":3,"end":13,"grain":"minute","value":"2024-11-04T22:00:00+01:00"}
	// {"text":"19H00 GMT","start":15,"end":24,"grain":"minute","value":"2024-11-04T20:00:00+01:00"}
	// {"text":"en deux mois","start":55,"end":67,"grain":"month","duration":"P2M"}
}
