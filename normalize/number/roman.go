package number

import "strings"

// romanOrdinal reads "XXIe", "IIe", "Ier", "XIXème": an upper-case Roman
// numeral with an ordinal ending. Lone letters other than I, V and X are
// left out ("Le", "De", "Me" are words).
func romanOrdinal(raw string) (int, bool) {
	k := 0
	for k < len(raw) && strings.IndexByte("IVXLCDM", raw[k]) >= 0 {
		k++
	}
	if k == 0 || k == len(raw) {
		return 0, false
	}
	suf := raw[k:]
	switch suf {
	case "e", "ème", "eme", "è", "ᵉ":
		if k == 1 && raw[0] != 'V' && raw[0] != 'X' {
			return 0, false
		}
	case "er", "re", "ère", "ere", "ᵉʳ", "ʳᵉ":
		if raw[:k] != "I" {
			return 0, false
		}
	default:
		return 0, false
	}
	v := romanValue(raw[:k])
	if v <= 0 || toRoman(v) != raw[:k] {
		return 0, false
	}
	return v, true
}

func romanValue(r string) int {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	total := 0
	for k := 0; k < len(r); k++ {
		v := val(r[k])
		if k+1 < len(r) && val(r[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func toRoman(v int) string {
	if v <= 0 || v >= 4000 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for k, n := range vals {
		for v >= n {
			b.WriteString(syms[k])
			v -= n
		}
	}
	return b.String()
}
