package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner/internal/engine"
)

func TestMain(m *testing.M) {
	if n := loads.Load(); n != 0 {
		fmt.Fprintf(os.Stderr, "the model was loaded %d times before any call\n", n)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// TestModelVersion fails when the committed models were trained with
// another feature set than the code computes, or the manifest does not
// describe them.
func TestModelVersion(t *testing.T) {
	var man struct {
		FeatureVersion int `json:"feature_version"`
		POS, NER       struct {
			SHA256 string `json:"sha256"`
		}
	}
	if err := json.Unmarshal(manifestJSON, &man); err != nil {
		t.Fatal(err)
	}
	if man.FeatureVersion != FeatureVersion {
		t.Errorf("manifest feature version %d, code %d: retrain (go run ./extract/nlp/ner/train)", man.FeatureVersion, FeatureVersion)
	}
	for _, m := range []struct {
		name, sum string
		data      []byte
	}{{"pos.bin", man.POS.SHA256, posModel}, {"ner.bin", man.NER.SHA256, nerModel}} {
		s := sha256.Sum256(m.data)
		if hex.EncodeToString(s[:]) != m.sum {
			t.Errorf("%s does not match the manifest's checksum", m.name)
		}
		model, err := engine.Unmarshal(m.data)
		if err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		if model.FeatureVersion != FeatureVersion {
			t.Errorf("%s has feature version %d, code %d", m.name, model.FeatureVersion, FeatureVersion)
		}
	}
	if _, err := Default(); err != nil {
		t.Fatal(err)
	}
}

func TestNewRejectsBadModels(t *testing.T) {
	if _, err := New([]byte("junk"), nerModel); err == nil {
		t.Error("junk POS model accepted")
	}
	if _, err := New(posModel, posModel); err == nil {
		t.Error("a POS model accepted as the NER model")
	}
}

func has(ents []Entity, label, text string) bool {
	return slices.ContainsFunc(ents, func(e Entity) bool { return e.Label == label && e.Text == text })
}

func labelOf(ents []Entity, text string) string {
	for _, e := range ents {
		if e.Text == text {
			return e.Label
		}
	}
	return ""
}

// TestEntities checks a few clear mentions in sentences written for the
// test; labels GPE and LOC are both accepted for places.
func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // mention -> label ("PLACE" for GPE or LOC)
	}{
		{"President Barack Obama met Prime Minister David Cameron in London on Tuesday.",
			map[string]string{"Barack Obama": "PERSON", "David Cameron": "PERSON", "London": "PLACE"}},
		{"The United Nations said its staff in Afghanistan were safe.",
			map[string]string{"United Nations": "ORG", "Afghanistan": "PLACE"}},
		{"Police in Karachi said Taliban militants attacked a checkpoint, killing three soldiers.",
			map[string]string{"Karachi": "PLACE", "Taliban": "ORG"}},
		{"French troops and Malian soldiers entered Gao on Sunday.",
			map[string]string{"French": "NORP", "Malian": "NORP"}},
		{"Mr. Putin spoke with German Chancellor Angela Merkel by telephone.",
			map[string]string{"Putin": "PERSON", "Angela Merkel": "PERSON", "German": "NORP"}},
		{"The World Health Organization reported new cases in Nigeria.",
			map[string]string{"World Health Organization": "ORG", "Nigeria": "PLACE"}},
	} {
		ents := Entities(nlp.Analyze(tc.text))
		for mention, want := range tc.want {
			got := labelOf(ents, mention)
			if want == "PLACE" && (got == "GPE" || got == "LOC") {
				continue
			}
			if got != want {
				t.Errorf("%q: %q labelled %q, want %q (all: %v)", tc.text, mention, got, want, ents)
			}
		}
		for _, e := range ents {
			if strings.HasPrefix(e.Text, "President") || strings.HasPrefix(e.Text, "Mr.") || strings.HasPrefix(e.Text, "Prime") {
				t.Errorf("%q: title inside the entity %q", tc.text, e.Text)
			}
		}
	}
}

// TestHeadline: a headline in capitals still gives its place and person.
func TestHeadline(t *testing.T) {
	doc := nlp.Analyze("FLOODS KILL DOZENS IN PAKISTAN AS MONSOON RAINS CONTINUE\nISLAMABAD, Pakistan — Heavy rain fell again on Monday.")
	ents := Entities(doc)
	if l := labelOf(ents, "PAKISTAN"); l != "GPE" && l != "LOC" {
		t.Errorf("PAKISTAN labelled %q in %v", l, ents)
	}
	if l := labelOf(ents, "ISLAMABAD"); l != "GPE" && l != "LOC" {
		t.Errorf("ISLAMABAD labelled %q in %v", l, ents)
	}
	for _, e := range ents {
		if e.Text == "FLOODS" || e.Text == "KILL" || e.Text == "DOZENS" {
			t.Errorf("headline word %q taken for an entity (%s)", e.Text, e.Label)
		}
	}
}

// TestOffsets: every entity's offsets are code points into the text and
// Text is exactly the text there, also with non-ASCII text before it.
func TestOffsets(t *testing.T) {
	for _, text := range []string{
		"Émilie Durand of Médecins Sans Frontières said “the clinic in Bunia was looted” on Friday.",
		"Ahmed Ali 🇸🇩 fled Khartoum. Later, the Sudanese army said Omdurman was calm.\nThe U.N. envoy, Volker Perthes, left Port Sudan.",
		"",
		"no entities here at all, just words.",
	} {
		doc := nlp.Analyze(text)
		runes := []rune(doc.Text)
		ents := Entities(doc)
		for i, e := range ents {
			if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
				t.Fatalf("%q: bad span %+v", text, e)
			}
			if got := string(runes[e.Start:e.End]); got != e.Text {
				t.Errorf("%q: text[%d:%d] = %q, entity says %q", text, e.Start, e.End, got, e.Text)
			}
			if i > 0 && ents[i-1].End > e.Start {
				t.Errorf("%q: entities overlap or are out of order: %+v %+v", text, ents[i-1], e)
			}
		}
	}
	doc := nlp.Analyze("Émilie Durand said the clinic in Bunia was looted on Friday.")
	ents := Entities(doc)
	if !has(ents, "PERSON", "Émilie Durand") {
		t.Errorf("no PERSON Émilie Durand in %v", ents)
	}
}

func TestTag(t *testing.T) {
	doc := nlp.Analyze("The soldiers quickly crossed the river near the old bridge.")
	tags := Tag(doc.Sentences[0].Tokens)
	want := []string{"DT", "NNS", "RB", "VBD", "DT", "NN", "IN", "DT", "JJ", "NN", "."}
	if len(tags) != len(want) {
		t.Fatalf("tags %v for %d tokens", tags, len(doc.Sentences[0].Tokens))
	}
	wrong := 0
	for i := range want {
		if tags[i] != want[i] {
			wrong++
		}
	}
	if wrong > 1 {
		t.Errorf("tags %v, want about %v", tags, want)
	}
	if Tag(nil) != nil {
		t.Error("Tag(nil) != nil")
	}
}

// TestTypography checks that curly quotation marks, apostrophes and long
// dashes are read as the ASCII marks the models were trained on: the tags
// of a sentence typed either way are the same, and the marks are tagged as
// quotation marks.
func TestTypography(t *testing.T) {
	pairs := [][2]string{
		{"“We won’t leave,” said Mr. O’Brien — the mayor.", "\"We won't leave,\" said Mr. O'Brien -- the mayor."},
		{"''It’s over,'' the minister’s aide said.", "\"It's over,\" the minister's aide said."},
	}
	for _, p := range pairs {
		curly, plain := nlp.Analyze(p[0]), nlp.Analyze(p[1])
		ct, pt := Tag(curly.Sentences[0].Tokens), Tag(plain.Sentences[0].Tokens)
		if !slices.Equal(ct, pt) {
			t.Errorf("%q: tags %v\n%q: tags %v", p[0], ct, p[1], pt)
		}
		if ct[0] != "``" {
			t.Errorf("%q: opening mark tagged %s", p[0], ct[0])
		}
	}
	for w, want := range map[string]string{"“": "\"", "''": "\"", "’s": "'s", "n’t": "n't", "—": "--", "word": "word", "é": "é", "…": "..."} {
		if got := modelForm(w); got != want {
			t.Errorf("modelForm(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestConcurrent runs the recognizer from many goroutines (run with -race)
// and checks that they agree with a sequential run.
func TestConcurrent(t *testing.T) {
	docs := []*nlp.Doc{nlp.Analyze(benchText), nlp.Analyze("Kofi Annan visited Geneva."), nlp.Analyze("NATO troops left Kabul.")}
	want := make([][]Entity, len(docs))
	for i, d := range docs {
		want[i] = Entities(d)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 5 {
				i := (g + k) % len(docs)
				if got := Entities(docs[i]); !slices.Equal(got, want[i]) {
					t.Errorf("goroutine %d: doc %d differs", g, i)
				}
			}
		})
	}
	wg.Wait()
}

func TestConsistentLabels(t *testing.T) {
	doc := nlp.Analyze("Phil Simmons took four wickets.\nLater Simmons said the pitch was dry.")
	ents := Entities(doc)
	if !has(ents, "PERSON", "Simmons") {
		t.Errorf("surname alone not a person: %v", ents)
	}
}

// A place name with a possessive inside ("Cox's Bazar") is one GPE mention,
// not a place and an organisation; ordinary possessives are untouched.
func TestPossessivePlaceNames(t *testing.T) {
	doc := nlp.Analyze("Aid workers in Cox's Bazar said on Monday that Pakistan's army had sent tents to Peshawar's hospitals.")
	var got []string
	for _, e := range Entities(doc) {
		got = append(got, e.Label+":"+e.Text)
	}
	have := strings.Join(got, " | ")
	if !strings.Contains(have, "GPE:Cox's Bazar") || strings.Contains(have, ":Bazar") {
		t.Errorf("entities %q: want one GPE for Cox's Bazar", have)
	}
	if strings.Contains(have, "Pakistan's army") || strings.Contains(have, "Peshawar's hospitals") {
		t.Errorf("entities %q: ordinary possessives joined", have)
	}
}
