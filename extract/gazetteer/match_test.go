package gazetteer

import (
	"strings"
	"testing"
)

// wantMatch is an expected match: its text (tokens joined by spaces), a
// kind or flag it must have, and whether it is capitalised as a name.
type wantMatch struct {
	text  string
	kinds Kinds
	cased bool
}

func TestMatchTokens(t *testing.T) {
	tests := []struct {
		sentence string // tokens separated by single spaces
		want     []wantMatch
	}{
		{
			"Gunmen killed six people in Quetta , the capital of Balochistan province .",
			[]wantMatch{{"Quetta", KindCity.Bit() | FlagBigCity, true}, {"Balochistan province", KindAdmin1.Bit(), true}},
		},
		{
			"Officials in Khyber Pakhtunkhwa and New York City said the U.S. would help .",
			[]wantMatch{{"Khyber Pakhtunkhwa", KindAdmin1.Bit(), true}, {"New York City", KindCity.Bit() | FlagBigCity, true}, {"U.S.", KindCountry.Bit(), true}},
		},
		{
			"Israeli strikes hit the Gaza Strip and the West Bank , Palestinian officials said .",
			[]wantMatch{{"Israeli", FlagDemonym, true}, {"Gaza Strip", KindRegion.Bit(), true}, {"West Bank", KindRegion.Bit(), true}, {"Palestinian", FlagDemonym, true}},
		},
		{
			"Troops from Guinea - Bissau and Côte d'Ivoire joined Pakistan's mission .",
			[]wantMatch{{"Guinea - Bissau", KindCountry.Bit(), true}, {"Côte d'Ivoire", KindCountry.Bit(), true}, {"Pakistan's", KindCountry.Bit(), true}},
		},
		{
			"Shelling in Kharkiv and Kiev ; Russians said Ukrainians fired first .",
			[]wantMatch{{"Kharkiv", KindCity.Bit(), true}, {"Kiev", KindCity.Bit() | FlagCapital, true}, {"Russians", FlagDemonym, true}, {"Ukrainians", FlagDemonym, true}},
		},
		{
			"NEW YORK ( Reuters ) - Markets fell .",
			[]wantMatch{{"NEW YORK", KindCity.Bit(), true}},
		},
		{
			"Paris , Texas is not Paris .",
			[]wantMatch{{"Paris", KindCity.Bit(), true}, {"Texas", KindAdmin1.Bit(), true}, {"Paris", KindCity.Bit() | FlagCapital, true}},
		},
	}
	for _, tt := range tests {
		tokens := strings.Split(tt.sentence, " ")
		ms := MatchTokens(tokens)
		got := map[string]Match{}
		for _, m := range ms {
			got[m.Text(tokens)] = m
		}
		for _, w := range tt.want {
			m, ok := got[w.text]
			if !ok {
				t.Errorf("%q: no match %q; got %v", tt.sentence, w.text, texts(ms, tokens))
				continue
			}
			if m.Kinds&w.kinds != w.kinds || m.Cased != w.cased {
				t.Errorf("%q: %q has kinds %v cased %v, want %v cased %v", tt.sentence, w.text, m.Kinds, m.Cased, w.kinds, w.cased)
			}
		}
		for i := 1; i < len(ms); i++ {
			if ms[i].Start < ms[i-1].End {
				t.Errorf("%q: overlapping matches %v", tt.sentence, texts(ms, tokens))
			}
		}
	}
}

func texts(ms []Match, tokens []string) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text(tokens))
	}
	return out
}

func TestMatchTokensBoundaries(t *testing.T) {
	has := func(sentence, text string) (Match, bool) {
		tokens := strings.Split(sentence, " ")
		for _, m := range MatchTokens(tokens) {
			if m.Text(tokens) == text {
				return m, true
			}
		}
		return Match{}, false
	}
	// Whole tokens only.
	for _, tt := range [][2]string{
		{"a Pakistan-based group", "Pakistan"},
		{"a Pakistan-based group", "Pakistan-based"},
		{"Romanian officials", "Oman"},
		{"Omani officials", "Oman"},
		{"the Parisian press", "Paris"},
	} {
		if _, ok := has(tt[0], tt[1]); ok {
			t.Errorf("%q: matched %q", tt[0], tt[1])
		}
	}
	if m, ok := has("Omani officials", "Omani"); !ok || m.Kinds&FlagDemonym == 0 {
		t.Error("Omani is no demonym")
	}
	// Longest match wins: "New York City", not "New York" then "City".
	tokens := strings.Split("in New York City today", " ")
	ms := MatchTokens(tokens)
	if len(ms) == 0 || ms[0].Text(tokens) != "New York City" {
		t.Errorf("longest match: %v", texts(ms, tokens))
	}
	// A comma ends a name.
	if _, ok := has("Washington , D.C.", "Washington , D.C."); ok {
		t.Error("a comma inside a match")
	}
	// A trailing hyphen or apostrophe token is not part of a match.
	tokens = strings.Split("Kabul - the", " ")
	if ms := MatchTokens(tokens); len(ms) == 0 || ms[0].Text(tokens) != "Kabul" {
		t.Errorf("trailing joiner: %v", texts(ms, tokens))
	}
	// Case: "us" is a pronoun, "US" a country.
	if m, ok := has("let us go", "us"); ok && m.Cased {
		t.Error("the pronoun us is cased")
	}
	if m, ok := has("the US said", "US"); !ok || !m.Cased || m.Kinds&KindCountry.Bit() == 0 {
		t.Error("US is not a cased country")
	}
	if m, ok := has("in new york", "new york"); !ok || m.Cased {
		t.Errorf("lower-case new york: %+v, %v", m, ok)
	}
	if m, ok := has("in Kurram district", "Kurram district"); !ok || !m.Cased {
		t.Errorf("Kurram district: %+v, %v", m, ok)
	}
	if ms := MatchTokens(nil); len(ms) != 0 {
		t.Error("matches in no tokens")
	}
	if ms := MatchTokens([]string{"", "-", "'", strings.Repeat("a", 300)}); len(ms) != 0 {
		t.Errorf("matches in junk: %v", ms)
	}
}

func TestMatchPlacesAndDemonym(t *testing.T) {
	tokens := strings.Split("Afghan forces entered Kandahar", " ")
	ms := MatchTokens(tokens)
	if len(ms) != 2 {
		t.Fatalf("matches %v", texts(ms, tokens))
	}
	if c, ok := ms[0].Demonym(); !ok || c != "AF" {
		t.Errorf("Afghan: demonym %q, %v", c, ok)
	}
	if ps := ms[0].Places(); len(ps) != 0 {
		t.Errorf("Afghan: places %+v", ps)
	}
	ps := ms[1].Places()
	if len(ps) == 0 || ps[0].Country != "AF" {
		t.Errorf("Kandahar: %+v", ps)
	}
	if _, ok := ms[1].Demonym(); ok {
		t.Error("Kandahar is a demonym")
	}
	var zero Match
	if zero.Places() != nil {
		t.Error("the zero Match has places")
	}
	if _, ok := zero.Demonym(); ok {
		t.Error("the zero Match is a demonym")
	}
}

func TestAppendMatchesAllocatesNothing(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	dst := make([]Match, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		dst = AppendMatches(dst[:0], benchTokens)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per call", allocs)
	}
	if len(dst) < 20 {
		t.Errorf("only %d matches in the benchmark text", len(dst))
	}
}
