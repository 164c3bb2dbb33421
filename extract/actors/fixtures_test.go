package actors

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// fixtureTexts returns the analysed texts of the fixture articles, read
// from the records in testdata/articles/*/want.json, by case name (a JSON
// Lines case gives one text per item, named case/id).
func fixtureTexts(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*", "want.json"))
	if err != nil || len(files) == 0 {
		tb.Skip("no fixture articles")
	}
	out := map[string]string{}
	for _, fn := range files {
		fh, err := os.Open(fn)
		if err != nil {
			tb.Fatal(err)
		}
		dec := json.NewDecoder(fh)
		name := filepath.Base(filepath.Dir(fn))
		for n := 0; ; n++ {
			var rec struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := dec.Decode(&rec); err != nil {
				if !errors.Is(err, io.EOF) {
					tb.Fatalf("%s: %v", fn, err)
				}
				break
			}
			if rec.Text == "" {
				continue
			}
			key := name
			if n > 0 || rec.ID != "input.txt" && rec.ID != "input.html" {
				key = name + "/" + rec.ID
			}
			out[key] = rec.Text
		}
		fh.Close()
	}
	return out
}

// TestFixtures checks, on the fixture articles and with the real
// recognizer, the actors that rules rather than the model find: known
// groups, names with head nouns, acronyms, states and forces, and people
// with their titles. The lists are not complete; the lead's expect.json
// files hold the full expectations.
func TestFixtures(t *testing.T) {
	texts := fixtureTexts(t)
	cases := map[string][]expect{
		"kp-coordinated-attacks": {
			{name: "Tehreek-e-Taliban Pakistan", kind: KindArmedGroup, aliases: []string{"TTP"}},
			{name: "Inter-Services Public Relations", aliases: []string{"ISPR"}},
			{name: "Pakistan", kind: KindState},
			{name: "Afghanistan", kind: KindState},
			{name: "Taliban", kind: KindArmedGroup},
			{name: "Tariq Hussain Durrani", kind: KindPerson, titles: []string{"Interior Minister"}, aliases: []string{"Durrani"}},
			{name: "Pakistan Institute for Conflict and Security Studies", aliases: []string{"PICSS"}},
		},
		"mogadishu-blast-denial": {
			{name: "al-Shabaab", kind: KindArmedGroup},
			{name: "Islamic State in Somalia", kind: KindArmedGroup, aliases: []string{"ISS"}},
			{name: "National Intelligence and Security Agency", aliases: []string{"NISA"}},
			{name: "Somali Police Force", kind: KindSecurityForce},
			{name: "African Union Support and Stabilisation Mission", aliases: []string{"AUSSOM"}},
			{name: "Abdirahman Yusuf Warsame", kind: KindPerson, titles: []string{"Information Minister"}},
		},
		"html-sudan-drone-strike-conflicting": {
			{name: "Rapid Support Forces", kind: KindArmedGroup, aliases: []string{"RSF"}},
			{name: "Sudanese Armed Forces", kind: KindSecurityForce, aliases: []string{"SAF"}},
			{name: "Sudan Doctors Network", kind: KindOrganization},
			{name: "Khalid Abdelrahim", kind: KindPerson, titles: []string{"spokesman"}, affiliation: "Sudan Doctors Network"},
		},
		"nairobi-protest-arrests": {
			{name: "National Police Service", kind: KindSecurityForce, aliases: []string{"NPS"}},
			{name: "Kenya National Commission on Human Rights", aliases: []string{"KNCHR"}},
			{name: "Ministry of Interior and National Administration", kind: KindOrganization},
			{name: "Kenya", kind: KindState},
		},
		"dateline-kyiv-relative-days": {
			{name: "Russia", kind: KindState},
			{name: "Ukraine air force", kind: KindSecurityForce},
			{name: "Oksana Levchuk", kind: KindPerson, titles: []string{"spokeswoman"}},
		},
		"us-block-party-shooting": {
			{name: "police", kind: KindSecurityForce, country: "US"},
			{name: "Denise Okafor", kind: KindPerson, titles: []string{"Police Chief"}, aliases: []string{"Okafor"}},
			{name: "Gregory Lindqvist", kind: KindPerson, titles: []string{"Mayor"}},
		},
	}
	rec, err := ner.Default()
	if err != nil {
		t.Skipf("no recognizer: %v", err)
	}
	for name, want := range cases {
		text, ok := texts[name]
		if !ok {
			t.Errorf("no fixture %s", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			doc := nlp.Analyze(text)
			as := Find(doc, rec.Entities(doc))
			checkInvariants(t, doc, as)
			for _, w := range want {
				check(t, as, w)
			}
		})
	}
}

// BenchmarkFindFixtures runs the stage over every fixture article, each
// analysed and tagged beforehand: the time per op is for all of them.
func BenchmarkFindFixtures(b *testing.B) {
	texts := fixtureTexts(b)
	type art struct {
		doc  *nlp.Doc
		ents []ner.Entity
	}
	var arts []art
	size := 0
	for _, text := range texts {
		doc := nlp.Analyze(text)
		arts = append(arts, art{doc, ner.Entities(doc)})
		size += len(text)
	}
	for _, a := range arts {
		Find(a.doc, a.ents)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Find(a.doc, a.ents)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(arts)), "µs/article")
}

// TestRobustness runs the stage over cut-up fixture texts with the real
// recognizer and with entities of random labels on random token spans:
// it must not fail, and every result must keep the invariants.
func TestRobustness(t *testing.T) {
	texts := fixtureTexts(t)
	labels := []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"}
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	names := make([]string, 0, len(texts))
	for k := range texts {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, name := range names {
		text := []rune(texts[name])
		for cut := 0; cut < 3; cut++ {
			a, b := rnd(len(text)), rnd(len(text))
			if a > b {
				a, b = b, a
			}
			doc := nlp.Analyze(string(text[a:b]))
			checkInvariants(t, doc, Find(doc, ner.Entities(doc)))
			// Random entities over whole tokens.
			var toks []nlp.Token
			for _, s := range doc.Sentences {
				toks = append(toks, s.Tokens...)
			}
			var ents []ner.Entity
			for i := 0; i+1 < len(toks); i += 1 + rnd(6) {
				j := min(len(toks), i+1+rnd(4))
				if toks[i].Start >= toks[j-1].End || doc.SentenceAt(toks[i].Start) != doc.SentenceAt(toks[j-1].Start) {
					continue
				}
				ents = append(ents, ner.Entity{Label: labels[rnd(len(labels))], Start: toks[i].Start, End: toks[j-1].End, Text: doc.Slice(toks[i].Start, toks[j-1].End)})
				i = j - 1
			}
			checkInvariants(t, doc, Find(doc, ents))
		}
	}
	// Odd inputs.
	for _, s := range []string{"(", "()", "( BLA )", "'s", "The", "Mr.", "Gen. Gen. Gen.", "U.S.", "—, —", "A (B) (C) (D)", "Army Army Army Police", "Pakistan's", "of the of the"} {
		doc := nlp.Analyze(s)
		checkInvariants(t, doc, Find(doc, entities(doc, "PERSON="+s, "ORG="+s)))
	}
}
