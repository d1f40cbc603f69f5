package entities

import (
	"bufio"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Type is the type of an entity.
type Type string

// The entity types.
const (
	TypePerson       Type = "person"
	TypeCountry      Type = "country"
	TypePlace        Type = "place"
	TypeOrganization Type = "organization"
	TypeGroup        Type = "group"
	TypeMedia        Type = "media"
	TypeOther        Type = "other"
)

func (t Type) valid() bool {
	switch t {
	case TypePerson, TypeCountry, TypePlace, TypeOrganization, TypeGroup, TypeMedia, TypeOther:
		return true
	}
	return false
}

// Entity is one entry of a [Dictionary].
type Entity struct {
	// ID is stable, lowercase ASCII and type-prefixed: "country:kp",
	// "place:kharkiv", "person:volodymyr-zelensky".
	ID string `json:"id"`
	// Type is the entity's type.
	Type Type `json:"type"`
	// Canonical is the name the French press uses: "Corée du Nord".
	Canonical string `json:"canonical"`
	// Aliases are the other names and spelling variants. Case, accent and
	// hyphen variants need not be listed: matching folds them.
	Aliases []string `json:"aliases,omitempty"`
	// Demonyms are the adjective forms, all genders and numbers:
	// "nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes".
	Demonyms []string `json:"demonyms,omitempty"`
	// Metonyms are names that stand for the entity in the news, for a country
	// its capital: "Pyongyang". The capital is also a place entity of its own;
	// Find tells them apart by context.
	Metonyms []string `json:"metonyms,omitempty"`
	// Related is the id of the entity's country ("country:ua" for Kharkiv),
	// or empty.
	Related string `json:"related,omitempty"`
	// Roles are role phrases with years, for people:
	// "président de l'Ukraine (2019-)".
	Roles []string `json:"roles,omitempty"`
}

func (e Entity) clone() Entity {
	e.Aliases = slices.Clone(e.Aliases)
	e.Demonyms = slices.Clone(e.Demonyms)
	e.Metonyms = slices.Clone(e.Metonyms)
	e.Roles = slices.Clone(e.Roles)
	return e
}

// Error is the error returned for a bad entry. Err is one of [ErrSyntax],
// [ErrDuplicate] or a decoding error.
type Error struct {
	File  string // the file, when known: "countries.tsv"
	Line  int    // 1-based line of a TSV entry; 0 for JSON
	Entry int    // 1-based index of a JSON entry; 0 for TSV
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("entities: ")
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	switch {
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	case e.Entry > 0:
		fmt.Fprintf(&b, "entry %d: ", e.Entry)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

var (
	// ErrSyntax marks a malformed entry: a bad id or type, a missing name,
	// too many columns, invalid UTF-8.
	ErrSyntax = errors.New("bad entry")
	// ErrDuplicate marks an id given twice in one input.
	ErrDuplicate = errors.New("duplicate id")
)

func syntaxErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)
}

// validID reports whether id is lowercase ASCII with a type prefix:
// letters, then ':', then letters, digits, '-', '.' or '_'.
func validID(id string) bool {
	prefix, rest, ok := strings.Cut(id, ":")
	if !ok || prefix == "" || rest == "" {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := prefix[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

// check validates e and brings its text to NFC.
func (e *Entity) check() error {
	if !validID(e.ID) {
		return syntaxErr("id %q is not lowercase ASCII with a type prefix (country:kp)", e.ID)
	}
	if !e.Type.valid() {
		return syntaxErr("%s: unknown type %q", e.ID, e.Type)
	}
	if e.Related != "" && !validID(e.Related) {
		return syntaxErr("%s: related id %q is not a valid id", e.ID, e.Related)
	}
	fix := func(s string) (string, error) {
		if !utf8.ValidString(s) {
			return "", syntaxErr("%s: invalid UTF-8", e.ID)
		}
		return norm.NFC.String(strings.TrimSpace(s)), nil
	}
	var err error
	if e.Canonical, err = fix(e.Canonical); err != nil {
		return err
	}
	if !hasWordRune(e.Canonical) {
		return syntaxErr("%s: no canonical name", e.ID)
	}
	for _, list := range []*[]string{&e.Aliases, &e.Demonyms, &e.Metonyms, &e.Roles} {
		out := (*list)[:0]
		for _, s := range *list {
			if s, err = fix(s); err != nil {
				return err
			}
			if s != "" {
				out = append(out, s)
			}
		}
		*list = out
	}
	return nil
}

// splitList splits a " | "-separated column.
func splitList(col string) []string {
	if strings.TrimSpace(col) == "" {
		return nil
	}
	parts := strings.Split(col, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Load reads a dictionary in the TSV format described in the package
// documentation. A bad entry gives an [*Error] that names its line.
func Load(r io.Reader) (*Dictionary, error) {
	ents, err := parseTSV(r, "")
	if err != nil {
		return nil, err
	}
	return build(ents)
}

func parseTSV(r io.Reader, file string) ([]Entity, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	var ents []Entity
	seen := make(map[string]int)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		bad := func(err error) error { return &Error{File: file, Line: line, Err: err} }
		if len(cols) < 3 {
			return nil, bad(syntaxErr("want at least 3 tab-separated columns (id, type, canonical), have %d", len(cols)))
		}
		if len(cols) > 8 {
			return nil, bad(syntaxErr("want at most 8 tab-separated columns, have %d", len(cols)))
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		e := Entity{
			ID:        strings.TrimSpace(cols[0]),
			Type:      Type(strings.TrimSpace(cols[1])),
			Canonical: cols[2],
			Aliases:   splitList(cols[3]),
			Demonyms:  splitList(cols[4]),
			Metonyms:  splitList(cols[5]),
			Related:   strings.TrimSpace(cols[6]),
			Roles:     splitList(cols[7]),
		}
		if err := e.check(); err != nil {
			return nil, bad(err)
		}
		if prev, dup := seen[e.ID]; dup {
			return nil, bad(fmt.Errorf("%w: %s (first on line %d)", ErrDuplicate, e.ID, prev))
		}
		seen[e.ID] = line
		ents = append(ents, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: file, Line: line + 1, Err: err}
	}
	return ents, nil
}

// LoadJSON reads a dictionary written as a JSON array of [Entity] objects,
// with the keys of Entity's JSON tags:
//
//	[{"id": "person:andrii-matvienko", "type": "person",
//	  "canonical": "Andriï Matvienko", "aliases": ["Andrii Matvienko"],
//	  "related": "country:ua"}]
//
// Unknown keys are errors. A bad entry gives an [*Error] that names its
// index.
func LoadJSON(r io.Reader) (*Dictionary, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields() // a misspelt key is a bad entry, not a silent loss
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, &Error{Err: fmt.Errorf("%w: want a JSON array", ErrSyntax)}
	}
	var ents []Entity
	seen := make(map[string]int)
	for n := 1; dec.More(); n++ {
		var e Entity
		if err := dec.Decode(&e); err != nil {
			return nil, &Error{Entry: n, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		if err := e.check(); err != nil {
			return nil, &Error{Entry: n, Err: err}
		}
		if prev, dup := seen[e.ID]; dup {
			return nil, &Error{Entry: n, Err: fmt.Errorf("%w: %s (first at entry %d)", ErrDuplicate, e.ID, prev)}
		}
		seen[e.ID] = n
		ents = append(ents, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, &Error{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	return build(ents)
}

// Merge returns a dictionary with the entities of all ds; a later entity
// replaces an earlier one with the same id. Nil dictionaries are skipped.
func Merge(ds ...*Dictionary) (*Dictionary, error) {
	var ents []Entity
	pos := make(map[string]int)
	for _, d := range ds {
		if d == nil {
			continue
		}
		for _, e := range d.ents {
			if i, ok := pos[e.ID]; ok {
				ents[i] = e
				continue
			}
			pos[e.ID] = len(ents)
			ents = append(ents, e)
		}
	}
	return build(ents)
}

//go:embed data/*.tsv
var dataFS embed.FS

// Default returns the built-in dictionary: the files entities/data/*.tsv
// (countries, places, organizations, media, people: about 2,400 entities),
// embedded in the binary (about 200 KB of text) and parsed on the first call
// only, never at import; parsing takes some 15 ms and 8 MB of allocations.
// An id given in two files is an error. The result is shared: it is
// immutable and safe for concurrent use.
func Default() (*Dictionary, error) { return defaultDict() }

var defaultDict = sync.OnceValues(loadDefault)

// loadDefault parses the embedded files, one after the other; an id given in
// two files is an error.
func loadDefault() (*Dictionary, error) {
	files, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	var ents []Entity
	pos := make(map[string]string)
	for _, f := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := parseTSV(strings.NewReader(string(b)), path.Base(f))
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if prev, dup := pos[e.ID]; dup {
				return nil, &Error{File: path.Base(f), Err: fmt.Errorf("%w: %s (also in %s)", ErrDuplicate, e.ID, prev)}
			}
			pos[e.ID] = path.Base(f)
		}
		ents = append(ents, es...)
	}
	return build(ents)
}

// Entity returns the entity with the given id.
func (d *Dictionary) Entity(id string) (Entity, bool) {
	if d == nil {
		return Entity{}, false
	}
	i, ok := d.byID[id]
	if !ok {
		return Entity{}, false
	}
	return d.ents[i].clone(), true
}

// Len returns the number of entities in d.
func (d *Dictionary) Len() int {
	if d == nil {
		return 0
	}
	return len(d.ents)
}

// Entities returns a copy of d's entities, in load order.
func (d *Dictionary) Entities() []Entity {
	if d == nil {
		return nil
	}
	out := make([]Entity, len(d.ents))
	for i, e := range d.ents {
		out[i] = e.clone()
	}
	return out
}

// hasWordRune reports whether s holds a letter or a digit: a name made of
// punctuation alone folds to nothing.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
