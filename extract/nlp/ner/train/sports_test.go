package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// sent makes a training sentence from "word/TAG" items (TAG a converted
// BIO tag, O when left out).
func sent(items string) sentence {
	var s sentence
	for _, it := range strings.Fields(items) {
		w, tag, ok := strings.Cut(it, "/")
		if !ok {
			tag = "O"
		}
		s.words = append(s.words, w)
		s.pos = append(s.pos, "NN")
		s.tags = append(s.tags, tag)
	}
	return s
}

func testTraining() []sentence {
	return []sentence{
		sent("Police/O in/O Kano/B-GEO arrested/O Musa/B-PER Bello/I-PER ./O"),
		sent("Musa/B-PER Bello/I-PER met/O Hamas/B-ORG leaders/O in/O Pakistan/B-GEO ./O"),
		sent("Hamas/B-ORG and/O the/O Army/B-ORG spoke/O in/O Pakistan/B-GEO and/O Lagos/B-GEO ./O"),
		sent("The/O army/O and/O Hamas/B-ORG left/O Nigeria/B-GEO ./O"),
		sent("Amina/B-PER Yusuf/I-PER and/O Musa/B-PER Bello/I-PER visited/O Nigeria/B-GEO ./O"),
		sent("Amina/B-PER Yusuf/I-PER flew/O to/O Zorblax/B-GEO ./O"),
		sent("The/O Army/B-ORG said/O Amina/B-PER Yusuf/I-PER was/O in/O Pakistan/B-GEO ./O"),
	}
}

func TestSportsPools(t *testing.T) {
	p := sportsPools(testTraining())
	has := func(pool [][]string, name string) bool {
		return slices.ContainsFunc(pool, func(w []string) bool { return strings.Join(w, " ") == name })
	}
	for _, tc := range []struct {
		pool [][]string
		name string
		want bool
	}{
		{p.towns, "Kano", true},         // a known town, tagged once is enough
		{p.towns, "Lagos", true},        // likewise
		{p.towns, "Zorblax", false},     // no place the gazetteer knows
		{p.towns, "Pakistan", false},    // a country
		{p.countries, "Pakistan", true}, // tagged three times
		{p.countries, "Nigeria", true},
		{p.orgs, "Hamas", true},
		{p.orgs, "Army", false}, // also written in lower case
		{p.persons, "Musa Bello", true},
		{p.persons, "Amina Yusuf", true},
	} {
		if got := has(tc.pool, tc.name); got != tc.want {
			t.Errorf("%q in pool: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// checkLines checks that every line has a tag per word, well-formed BIO
// tags of the allowed types and at least one name.
func checkLines(t *testing.T, lines []sentence, types ...string) {
	t.Helper()
	for _, l := range lines {
		if len(l.words) == 0 || len(l.tags) != len(l.words) || len(l.pos) != len(l.words) {
			t.Fatalf("line %q: %d tags, %d POS", l.words, len(l.tags), len(l.pos))
		}
		names := 0
		for i, tag := range l.tags {
			if tag == "O" {
				continue
			}
			typ := tag[2:]
			if !slices.Contains(types, typ) {
				t.Errorf("line %q: tag %s", l.words, tag)
			}
			switch tag[:2] {
			case "B-":
				names++
			case "I-":
				if i == 0 || l.tags[i-1][min(2, len(l.tags[i-1])):] != typ {
					t.Errorf("line %q: %s after %s", l.words, tag, l.tags[max(i-1, 0)])
				}
			default:
				t.Errorf("line %q: tag %s", l.words, tag)
			}
		}
		if names == 0 {
			t.Errorf("line %q has no name", l.words)
		}
	}
}

func TestMakeSports(t *testing.T) {
	train := testTraining()
	a := makeSports(train, 300, rand.New(rand.NewPCG(1, 2)))
	b := makeSports(train, 300, rand.New(rand.NewPCG(1, 2)))
	if len(a) != 300 {
		t.Fatalf("%d lines, want 300", len(a))
	}
	for i := range a {
		if !slices.Equal(a[i].words, b[i].words) || !slices.Equal(a[i].tags, b[i].tags) {
			t.Fatal("the lines differ between two runs with one seed")
		}
	}
	checkLines(t, a, "ORG", "GEO", "PER")
	// Towns are clubs, countries national sides.
	for _, l := range a {
		for i, w := range l.words {
			switch strings.ToLower(w) {
			case "kano", "lagos":
				if l.tags[i] != "B-ORG" && l.tags[i] != "I-ORG" && !(i > 0 && l.words[i-1] == "At") {
					t.Errorf("line %q: town %s tagged %s", l.words, w, l.tags[i])
				}
			case "pakistan", "nigeria":
				if l.tags[i] != "B-GEO" {
					t.Errorf("line %q: country %s tagged %s", l.words, w, l.tags[i])
				}
			}
		}
	}
	if got := makeSports(train[:1], 10, rand.New(rand.NewPCG(1, 2))); got != nil {
		t.Errorf("lines made without persons, organisations or countries: %v", got)
	}
}

func TestMakeDatelines(t *testing.T) {
	lines := makeDatelines(testTraining(), 200, rand.New(rand.NewPCG(3, 4)))
	if len(lines) != 200 {
		t.Fatalf("%d lines, want 200", len(lines))
	}
	checkLines(t, lines, "GEO", "ORG", "PER", "DATE")
	opening := 0
	for _, l := range lines {
		if l.tags[0] != "B-GEO" {
			t.Errorf("dateline %q does not open with a place", l.words)
		}
		if slices.Contains(l.words, "—") || slices.Contains(l.words, ":") || slices.Contains(l.words, "-") ||
			slices.Contains(l.words, "--") || slices.Contains(l.words, "–") {
			opening++
		}
	}
	if opening < 80 || opening > 160 {
		t.Errorf("%d of 200 datelines open a sentence, want about 120", opening)
	}
}

func TestMakeHeadlines(t *testing.T) {
	train := testTraining()
	lines := makeHeadlines(train, 1, rand.New(rand.NewPCG(5, 6)))
	if len(lines) == 0 {
		t.Fatal("no headlines")
	}
	checkLines(t, lines, "ORG", "GEO", "PER")
	for _, l := range lines {
		if len(l.words) < 3 || len(l.words) > 10 {
			t.Errorf("headline %q has %d words", l.words, len(l.words))
		}
		if isPunct(l.words[len(l.words)-1]) {
			t.Errorf("headline %q ends in punctuation", l.words)
		}
	}
	// A name across the cut is kept whole.
	long := sent("The/O Democratic/B-ORG Forces/I-ORG for/I-ORG the/I-ORG Liberation/I-ORG of/I-ORG Rwanda/I-ORG and/I-ORG their/I-ORG many/I-ORG allies/I-ORG fought/O ./O")
	for seed := range uint64(20) {
		for _, l := range makeHeadlines([]sentence{long}, 1, rand.New(rand.NewPCG(seed, 1))) {
			if len(l.words) != 12 || l.words[11] != "ALLIES" && l.words[11] != "Allies" {
				t.Errorf("headline %q cuts the name", l.words)
			}
		}
	}
	if got := makeHeadlines(train, 0, rand.New(rand.NewPCG(5, 6))); len(got) != 0 {
		t.Errorf("share 0 gave %d headlines", len(got))
	}
}

func TestMakeInitials(t *testing.T) {
	lines := makeInitials(testTraining(), 1, rand.New(rand.NewPCG(7, 8)))
	if len(lines) != 5 {
		t.Fatalf("%d lines, want one per sentence naming a person by two words (5)", len(lines))
	}
	checkLines(t, lines, "ORG", "GEO", "PER")
	for _, l := range lines {
		for i, tag := range l.tags {
			if tag != "B-PER" {
				continue
			}
			in := l.words[i]
			if l.tags[i+1] != "I-PER" || len(in) > 4 || strings.ToUpper(in) != in {
				t.Errorf("line %q: %q is no initial before a surname", l.words, in)
			}
		}
	}
	for _, tc := range []struct {
		given []string
		seed  uint64
	}{{[]string{"Musa"}, 1}, {[]string{"Ebobowei", "Bona"}, 2}, {[]string{"ümit"}, 3}} {
		rng := rand.New(rand.NewPCG(tc.seed, 0))
		for range 20 {
			s := initials(tc.given, rng)
			first := []rune(strings.ToUpper(tc.given[0]))[0]
			if []rune(s)[0] != first || strings.ToUpper(s) != s {
				t.Errorf("initials(%v) = %q", tc.given, s)
			}
		}
	}
}
