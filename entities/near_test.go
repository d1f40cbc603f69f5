package entities

import "testing"

func TestMisspeltPersonNames(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		reason, text, name, wantID string
	}{
		{"a spell-checker's extra letter", "La ministre Chloé Son-hui a déclaré que le traité tenait.", "Chloé Son-hui", "person:choe-son-hui"},
		{"a dropped letter", "Selon Sergueï Lavrv, rien ne change.", "Sergueï Lavrv", "person:serguei-lavrov"},
		{"two edits away stays unknown", "Selon Igar Klymenka, rien ne change.", "Igar Klymenka", ""},
		{"another first letter stays unknown", "Selon Ygor Klimenko, rien ne change.", "Ygor Klimenko", ""},
	}
	for i, tt := range tests {
		var got *Mention
		ms := d.Find(tt.text)
		for k := range ms {
			if ms[k].Text == tt.name {
				got = &ms[k]
			}
		}
		switch {
		case got == nil && tt.wantID != "":
			t.Errorf("%d (%s): %q not found in %q: %v", i, tt.reason, tt.name, tt.text, ms)
		case got != nil && tt.wantID != "" && got.ID != tt.wantID:
			t.Errorf("%d (%s): %q is %s, want %s", i, tt.reason, tt.name, got.ID, tt.wantID)
		case got != nil && tt.wantID == "" && got.ID[:6] != "local:":
			t.Errorf("%d (%s): %q is %s, want an unknown name", i, tt.reason, tt.name, got.ID)
		}
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"choe son hui", "chloe son hui", true},
		{"choe son hui", "choe son hu", true},
		{"choe son hui", "choa son hui", true},
		{"choe son hui", "choe son hui", false},
		{"choe son hui", "chloe son hu", false},
		{"", "a", true},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
