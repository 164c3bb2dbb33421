package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/gazetteer"
)

// Gazetteer marks the place names and demonyms that package gazetteer finds
// in words, as the GazetteerFunc of the models. Only matches capitalised as
// the name is ("Kano", "KANO", not "kano") count, so only runs of words
// that open with a capital are looked up: a run goes on through capitalised
// words and short or hyphenated ones ("Bosnia and Herzegovina", "Côte
// d'Ivoire") and ends at any other lower-case word.
func Gazetteer(words []string, kinds []uint16) {
	var buf [16]gazetteer.Match
	for i := 0; i < len(words); {
		if !startsUpper(words[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && (startsUpper(words[j]) || len(words[j]) <= 3 || strings.ContainsAny(words[j], "-'’")) {
			j++
		}
		for _, m := range gazetteer.AppendMatches(buf[:0], words[i:j]) {
			if m.Cased {
				markMatch(m, i, kinds)
			}
		}
		i = j
	}
}

// markMatch ors the bits of m, found at token offset off, into kinds.
func markMatch(m gazetteer.Match, off int, kinds []uint16) {
	var bits uint16
	k := m.Kinds
	if k.Has(gazetteer.KindCountry) {
		bits |= GazCountry
	}
	if k.Has(gazetteer.KindAdmin1) || k.Has(gazetteer.KindAdmin2) {
		bits |= GazAdmin1
	}
	if k.Has(gazetteer.KindCity) {
		bits |= GazCity
	}
	if k&gazetteer.FlagBigCity != 0 {
		bits |= GazBigCity
	}
	if k.Has(gazetteer.KindRegion) {
		bits |= GazRegion
	}
	if k&gazetteer.FlagDemonym != 0 {
		bits |= GazDemonym
	}
	if bits == 0 {
		return
	}
	if m.End-m.Start > 1 {
		bits |= GazMulti
	}
	start, end := off+m.Start, off+m.End
	for i := start; i < end && i < len(kinds); i++ {
		kinds[i] |= bits
	}
	if start < len(kinds) {
		kinds[start] |= GazBegin
	}
}

// startsUpper reports whether w opens with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if b := w[0]; b < utf8.RuneSelf {
		return 'A' <= b && b <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
