package entities

import (
	"encoding/json"
)

// MarshalJSON writes m as
//
//	{"text": …, "start": …, "end": …, "id": …, "canonical": …, "type": …, "kind": …}
//
// with byte offsets into the text given to Find. The keys are a stable
// contract (the annotate command prints one object per mention).
func (m Mention) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Text      string `json:"text"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		ID        string `json:"id"`
		Canonical string `json:"canonical"`
		Type      Type   `json:"type"`
		Kind      Kind   `json:"kind"`
	}{m.Text, m.Start, m.End, m.ID, m.Canonical, m.Type, m.Kind})
}

// EntityGroup gathers the mentions of one entity in an article.
type EntityGroup struct {
	ID        string
	Canonical string
	Type      Type
	// Roles are the distinct role phrases attached to the entity's
	// mentions, in order of appearance (titles such as "M." left out).
	Roles []string
	// Mentions are the names, metonyms and role phrases, in text order.
	Mentions []Mention
	// Demonyms are the adjective and noun uses ("les soldats
	// nord-coréens", "des Nord-Coréens"), in text order.
	Demonyms []Mention
}

// Group gathers mentions per entity, ordered by first mention. Mentions
// from [Dictionary.Find] of one text are expected (sorted by position).
func Group(ms []Mention) []EntityGroup {
	var out []EntityGroup
	idx := make(map[string]int)
	for _, m := range ms {
		i, ok := idx[m.ID]
		if !ok {
			i = len(out)
			idx[m.ID] = i
			out = append(out, EntityGroup{ID: m.ID, Canonical: m.Canonical, Type: m.Type})
		}
		g := &out[i]
		if m.Kind == KindDemonym {
			g.Demonyms = append(g.Demonyms, m)
			continue
		}
		g.Mentions = append(g.Mentions, m)
		if m.Role != "" && !isTitle(m.Role) && !contains(g.Roles, m.Role) {
			g.Roles = append(g.Roles, m.Role)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isTitle reports whether a role is a title of address: "M.", "Mme".
func isTitle(role string) bool {
	lx := builtin()
	words := foldWords(role)
	if len(words) != 1 {
		return false
	}
	id := lx.id0(words[0])
	return id >= 0 && lx.flags[id]&lTitle != 0
}

// MarshalJSON writes g as
//
//	{"id", "canonical", "type", "roles": […],
//	 "mentions": [{"text", "start", "end", "kind"}…],
//	 "demonyms": [{"text", "start", "end"}…]}
//
// with empty arrays rather than null. The keys are a stable contract (the
// extract command prints an array of these).
func (g EntityGroup) MarshalJSON() ([]byte, error) {
	type ment struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  Kind   `json:"kind"`
	}
	type dem struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	v := struct {
		ID        string   `json:"id"`
		Canonical string   `json:"canonical"`
		Type      Type     `json:"type"`
		Roles     []string `json:"roles"`
		Mentions  []ment   `json:"mentions"`
		Demonyms  []dem    `json:"demonyms"`
	}{ID: g.ID, Canonical: g.Canonical, Type: g.Type, Roles: g.Roles,
		Mentions: make([]ment, 0, len(g.Mentions)), Demonyms: make([]dem, 0, len(g.Demonyms))}
	if v.Roles == nil {
		v.Roles = []string{}
	}
	for _, m := range g.Mentions {
		v.Mentions = append(v.Mentions, ment{m.Text, m.Start, m.End, m.Kind})
	}
	for _, m := range g.Demonyms {
		v.Demonyms = append(v.Demonyms, dem{m.Text, m.Start, m.End})
	}
	return json.Marshal(v)
}
