package expect

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/record"
)

func sp(s string) *string { return &s }

// sample is a small record in the shape the pipeline writes.
func sample() *record.Record {
	r := record.New("a.txt", record.Source{Kind: record.SourceFile, Path: "a.txt"})
	r.Text = "QUETTA, Pakistan — Gunmen killed 12 people in Quetta on Monday, Chief Minister Sarfraz Bugti said."
	r.Places = []record.Place{
		{ID: "p1", Name: "Quetta", Kind: "city", Country: sp("PK"), Mentions: []record.Span{{Text: "QUETTA"}, {Text: "Quetta"}}},
		{ID: "p2", Name: "Pakistan", Kind: "country", Country: sp("PK"), Mentions: []record.Span{{Text: "Pakistan"}}},
		{ID: "p3", Name: "Yaoundé", Kind: "city", Country: sp("CM"), Mentions: []record.Span{{Text: "Yaoundé"}}},
	}
	r.Actors = []record.Actor{
		{ID: "a1", Name: "Sarfraz Bugti", Kind: "person", Titles: []string{"Chief Minister of Balochistan"}, Aliases: []string{"Bugti"}},
		{ID: "a2", Name: "Balochistan Liberation Army", Kind: "armed_group", Aliases: []string{"BLA"}},
		{ID: "a3", Name: "al-Shabaab", Kind: "armed_group"},
	}
	r.Casualties = []record.Casualty{
		{ID: "c1", Count: 12, Outcome: "killed", VictimGroup: "civilians", When: &record.When{Text: "on Monday", Date: sp("2025-03-10")}, Where: sp("p1")},
		{ID: "c2", Count: 1, Outcome: "killed", VictimGroup: "security_forces"},
		{ID: "c3", Count: 30, Outcome: "injured", VictimGroup: "mixed", Approximate: true},
	}
	r.Claims = []record.Claim{
		{ID: "k1", Kind: "statement", Speaker: sp("Sarfraz Bugti"), SpeakerID: sp("a1")},
		{ID: "k2", Kind: "responsibility", Speaker: sp("BLA"), SpeakerID: sp("a2")},
		{ID: "k3", Kind: "accusation", Speaker: sp("the army"), Target: sp("BLA"), TargetID: sp("a2")},
	}
	r.Warnings = []record.Warning{{Kind: "casualty_sum_mismatch"}, {Kind: record.WarnInvalidUTF8}}
	return r
}

func TestFold(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Yaoundé", "yaounde", true},
		{"al-Shabaab", "Al Shabaab", true},
		{"U.S.", "US", true},
		{"the army", "Army", true},
		{"Côte d’Ivoire", "Cote d'Ivoire", true},
		{"QUETTA", "Quetta", true},
		{"Quetta", "Quettas", false},
		{"", "", false},
		{"Balochistan", "Balochistan Liberation Army", false},
	} {
		if got := sameName(tc.a, tc.b); got != tc.same {
			t.Errorf("sameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		json string
		fail []string // substrings of the failures, in order
		gaps int
		ok   int // passed entries
	}{
		{"place by mention and kind", `{"places":[{"name":"quetta","kind":"city","country":"pk"},{"name":"Yaounde"}]}`, nil, 0, 2},
		{"missing place", `{"places":[{"name":"Noshki","kind":"city","country":"PK"}]}`, []string{"missing place Noshki (city, PK)"}, 0, 0},
		{"place with wrong kind", `{"places":[{"name":"Pakistan","kind":"admin1"}]}`, []string{"place Pakistan: kind country, country PK, want Pakistan (admin1)"}, 0, 0},
		{"actor by alias with title", `{"actors":[{"name":"bugti","kind":"person","title":"chief minister"},{"name":"BLA","kind":"armed_group"},{"name":"Al Shabaab"}]}`, nil, 0, 3},
		{"actor with wrong kind", `{"actors":[{"name":"Sarfraz Bugti","kind":"state"}]}`, []string{"actor Sarfraz Bugti: kind person"}, 0, 0},
		{"actor title not held", `{"actors":[{"name":"Sarfraz Bugti","title":"Governor"}]}`, []string{`want title "Governor"`}, 0, 0},
		{"casualties with qualifiers", `{"casualties":[{"count":12,"outcome":"killed","victim_group":"civilians","when":"monday","when_date":"2025-03-10","where":"Quetta"},{"count":28,"tolerance":2,"outcome":"injured","approximate":true}]}`, nil, 0, 2},
		{"casualty near miss", `{"casualties":[{"count":12,"outcome":"killed","victim_group":"militants"}]}`, []string{"missing casualty 12 killed (militants); the record has 12 killed civilians"}, 0, 0},
		{"each entry takes its own figure", `{"casualties":[{"count":1,"outcome":"killed"},{"count":1,"outcome":"killed"}]}`, []string{"missing casualty 1 killed"}, 0, 1},
		{"matching is not greedy", `{"casualties":[{"count":12,"tolerance":11,"outcome":"killed"},{"count":12,"outcome":"killed"}]}`, nil, 0, 2},
		{"claims by speaker alias and target", `{"claims":[{"speaker":"Bugti","kind":"statement"},{"speaker":"Balochistan Liberation Army","kind":"responsibility"},{"speaker":"army","kind":"accusation","target":"Balochistan Liberation Army"}]}`, nil, 0, 3},
		{"claim of the wrong kind", `{"claims":[{"speaker":"Bugti","kind":"denial"}]}`, []string{"missing claim denial by Bugti; that speaker's claims are statement"}, 0, 0},
		{"warnings", `{"warnings":[{"kind":"casualty_sum_mismatch"},{"kind":"invalid_utf8"}]}`, nil, 0, 2},
		{"missing figure warning", `{"warnings":[{"kind":"invalid_utf8"},{"kind":"conflicting_figures"}]}`, []string{"missing warning conflicting_figures"}, 0, 1},
		{"input warnings are exact", `{"warnings":[]}`, []string{"unexpected input warning invalid_utf8"}, 0, 0},
		{"absent", `{"absent":{"places":["Noshki"],"actors":["Balochistan"],"casualties":[{"count":40},{"count":30,"outcome":"killed"}],"claims":[{"speaker":"Bugti","kind":"denial"}]}}`, nil, 0, 5},
		{"absent that is present", `{"absent":{"places":["QUETTA"],"actors":["BLA"],"casualties":[{"count":30}],"claims":[{"kind":"accusation"}]}}`,
			[]string{"unexpected place QUETTA", "unexpected actor BLA (armed_group)", "unexpected casualty 30 injured mixed approximate", "unexpected claim accusation"}, 0, 0},
		{"a known gap among identical entries is the one left over", `{"casualties":[{"count":1,"outcome":"killed","known_gap":"x"},{"count":1,"outcome":"killed"}]}`, nil, 1, 1},
		{"one actor cannot meet two entries", `{"actors":[{"name":"BLA"},{"name":"Balochistan Liberation Army"}]}`, []string{"its only match Balochistan Liberation Army is taken by another entry"}, 0, 1},
		{"speaker words resolved to no actor", `{"claims":[{"speaker":"the army","kind":"accusation"},{"speaker":"Bugti","kind":"statement"}]}`, nil, 0, 2},
		{"optional never fails", `{"places":[{"name":"Kabul","optional":true}],"absent":{"places":[{"name":"Quetta","optional":true}]}}`, nil, 0, 0},
		{"known gaps", `{"places":[{"name":"Kabul","known_gap":"not in gazetteer"}],"absent":{"casualties":[{"count":1,"known_gap":"reads an age"}]}}`, nil, 2, 0},
		{"text and metadata", `{"text":{"with":["Gunmen killed"],"without":["Ã"]},"title":"Attack"}`, []string{`title null, want "Attack"`}, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse([]byte(tc.json))
			if err != nil {
				t.Fatal(err)
			}
			rep := Check(sample(), f)
			fails := rep.Failures()
			if len(fails) != len(tc.fail) {
				t.Fatalf("failures %q, want %d like %q", fails, len(tc.fail), tc.fail)
			}
			for i, m := range fails {
				if !strings.Contains(m.Message, tc.fail[i]) {
					t.Errorf("failure %d = %q, want it to contain %q", i, m.Message, tc.fail[i])
				}
			}
			if n := len(rep.KnownGaps()); n != tc.gaps {
				t.Errorf("%d known gaps %q, want %d", n, rep.KnownGaps(), tc.gaps)
			}
			if rep.Passed != tc.ok {
				t.Errorf("passed %d, want %d", rep.Passed, tc.ok)
			}
			if rep.OK() != (len(tc.fail) == 0) {
				t.Errorf("OK() = %v", rep.OK())
			}
		})
	}
}

func TestFixedKnownGap(t *testing.T) {
	f, err := Parse([]byte(`{"places":[{"name":"Quetta","known_gap":"was wrong"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	rep := Check(sample(), f)
	if !rep.OK() || len(rep.Fixed) != 1 || len(rep.KnownGaps()) != 0 {
		t.Errorf("report %+v: want one fixed entry and nothing else", rep)
	}
}

func TestErrorRecords(t *testing.T) {
	bad := sample()
	bad.Fail(record.ErrDecode, "invalid JSON")
	f, _ := Parse([]byte(`{"error":"decode"}`))
	if rep := Check(bad, f); !rep.OK() || rep.Passed != 1 {
		t.Errorf("decode error record: %+v", rep)
	}
	if rep := Check(sample(), f); rep.OK() {
		t.Error("a good record passed an error expectation")
	}
	g, _ := Parse([]byte(`{"places":[{"name":"Quetta"}]}`))
	if rep := Check(bad, g); rep.OK() || !strings.Contains(rep.Failures()[0].Message, "unexpected error decode") {
		t.Errorf("error record passed a fact expectation: %+v", rep)
	}
	h, _ := Parse([]byte(`{"id":"b.txt"}`))
	if rep := Check(sample(), h); rep.OK() {
		t.Error("wrong id passed")
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		json, err string
	}{
		{`{"places":[{"nme":"Quetta"}]}`, "unknown field"},
		{`{"places":[{"kind":"city"}]}`, "places[0]: no name"},
		{`{"casualties":[{"count":3}]}`, "count and outcome are required"},
		{`{"claims":[{"kind":"denial"}]}`, "speaker and kind are required"},
		{`{"absent":{"casualties":[{"approximate":true}]}}`, "matches every figure"},
		{`{"items":[{"places":[{"name":""}]}]}`, "items[0].places[0]"},
		{`{"absent":{"places":[{"name":"X","colour":1}]}}`, "unknown field"},
		{`{} {}`, "trailing data"},
	} {
		_, err := Parse([]byte(tc.json))
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Parse(%s) error %v, want %q", tc.json, err, tc.err)
		}
	}
	f, err := Parse([]byte(`{"absent":{"places":["Quetta",{"name":"Kabul","known_gap":"x"}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Absent.Places; len(got) != 2 || got[0].Name != "Quetta" || got[1].KnownGap != "x" {
		t.Errorf("absent places %+v", got)
	}
	b, err := json.Marshal(f.Absent.Places)
	if want := `["Quetta",{"name":"Kabul","known_gap":"x"}]`; err != nil || string(b) != want {
		t.Errorf("marshal absent places = %s, %v; want %s", b, err, want)
	}
}
