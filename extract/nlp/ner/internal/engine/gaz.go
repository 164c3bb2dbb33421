package engine

import "github.com/newsx/newsx/extract/gazetteer"

// Gazetteer marks the place names and demonyms that package gazetteer finds
// in words, as the GazetteerFunc of the models. Only matches capitalised as
// the name is ("Kano", "KANO", not "kano") count.
func Gazetteer(words []string, kinds []uint16) {
	var buf [16]gazetteer.Match
	for _, m := range gazetteer.AppendMatches(buf[:0], words) {
		if !m.Cased {
			continue
		}
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
			continue
		}
		if m.End-m.Start > 1 {
			bits |= GazMulti
		}
		for i := m.Start; i < m.End && i < len(kinds); i++ {
			kinds[i] |= bits
		}
		if m.Start < len(kinds) {
			kinds[m.Start] |= GazBegin
		}
	}
}
