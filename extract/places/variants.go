package places

import (
	"strings"

	"github.com/newsx/newsx/extract/gazetteer"
)

// designators are the words that follow a name to say what kind of unit
// it is. An entity the gazetteer does not know whole ("Laurel County",
// "Mastung District") is looked up without its designator, among the
// places of the kinds it names.
var designators = map[string]gazetteer.Kinds{
	"county":      gazetteer.KindAdmin2.Bit(),
	"parish":      gazetteer.KindAdmin2.Bit(),
	"borough":     gazetteer.KindAdmin2.Bit() | gazetteer.KindCity.Bit(),
	"district":    gazetteer.KindAdmin2.Bit() | gazetteer.KindAdmin1.Bit() | gazetteer.KindCity.Bit(),
	"province":    gazetteer.KindAdmin1.Bit(),
	"state":       gazetteer.KindAdmin1.Bit(),
	"oblast":      gazetteer.KindAdmin1.Bit(),
	"region":      gazetteer.KindAdmin1.Bit() | gazetteer.KindRegion.Bit(),
	"governorate": gazetteer.KindAdmin1.Bit(),
	"prefecture":  gazetteer.KindAdmin1.Bit() | gazetteer.KindAdmin2.Bit(),
	"city":        gazetteer.KindCity.Bit(),
	"town":        gazetteer.KindCity.Bit(),
	"township":    gazetteer.KindCity.Bit() | gazetteer.KindAdmin2.Bit(),
	"village":     gazetteer.KindCity.Bit(),
}

// stripDesignator splits a designator off the end of a name ("Laurel
// County" → "Laurel", admin2) or off its start ("City of Lafayette" →
// "Lafayette", city).
func stripDesignator(name string) (base string, kinds gazetteer.Kinds, ok bool) {
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		if k, found := designators[strings.ToLower(name[i+1:])]; found {
			return strings.TrimSpace(name[:i]), k, true
		}
	}
	if i := strings.Index(name, " of "); i > 0 {
		if k, found := designators[strings.ToLower(name[:i])]; found {
			return strings.TrimSpace(name[i+4:]), k, true
		}
	}
	return "", 0, false
}

// swaps are spelling alternations of names transliterated into English
// from Urdu, Pashto, Persian, Arabic, Russian and Ukrainian: the vowels
// that transliterations disagree on (Noshki/Nushki, Baluchistan/
// Balochistan, Kandahar/Qandahar), doubled letters and silent h's.
var swaps = [][2]string{
	{"o", "u"}, {"u", "o"}, {"e", "i"}, {"i", "e"}, {"ee", "i"}, {"i", "ee"},
	{"oo", "u"}, {"u", "oo"}, {"ou", "u"}, {"u", "ou"}, {"y", "i"}, {"i", "y"},
	{"aa", "a"}, {"a", "aa"}, {"e", "a"}, {"a", "e"}, {"q", "k"}, {"k", "q"},
	{"kh", "k"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"w", "v"}, {"v", "w"},
	{"j", "dj"}, {"dj", "j"}, {"ph", "f"}, {"ts", "tz"}, {"tz", "ts"},
}

// variantKey returns a spelling of a normalised name that the gazetteer
// knows and that differs from it by one transliteration alternation or a
// doubled letter, or "" when there is none. The first variant found in
// the order of swaps wins; the caller keeps such a mention only when the
// text supports the place it gives.
func variantKey(key string) string {
	if len(key) < 4 || len(key) > 40 {
		return ""
	}
	var buf []byte
	try := func(b []byte) bool {
		return len(gazetteer.Lookup(string(b))) > 0
	}
	for _, sw := range swaps {
		from, to := sw[0], sw[1]
		for i := 1; i+len(from) <= len(key); i++ { // never the first letter
			if key[i:i+len(from)] != from {
				continue
			}
			buf = append(append(append(buf[:0], key[:i]...), to...), key[i+len(from):]...)
			if try(buf) {
				return string(buf)
			}
		}
	}
	// Doubled letters: "Mazar-i-Sharif"/"Mazari Sharif" aside, news writes
	// "Hassakeh" and "Hasakeh".
	for i := 1; i < len(key); i++ {
		if key[i] == key[i-1] && key[i] != ' ' {
			buf = append(append(buf[:0], key[:i]...), key[i+1:]...)
		} else if key[i] != ' ' && key[i-1] != ' ' && !isVowel(key[i]) {
			buf = append(append(append(buf[:0], key[:i+1]...), key[i]), key[i+1:]...)
		} else {
			continue
		}
		if try(buf) {
			return string(buf)
		}
	}
	return ""
}

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
