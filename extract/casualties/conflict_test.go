package casualties

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsx/newsx/extract/nlp"
)

// named is a mention to give Find: the first occurrence of text, as id.
type named struct{ text, id string }

func mentions(text string, places, actors []named) ([]Mention, []Mention) {
	var ps, as []Mention
	for _, p := range places {
		ps = append(ps, mention(text, p.text, p.id))
	}
	for _, a := range actors {
		as = append(as, mention(text, a.text, a.id))
	}
	return ps, as
}

func TestConflictingSources(t *testing.T) {
	tests := []struct {
		name, text     string
		places, actors []named
		kind           string // the one warning wanted, "" for none
		refs           []string
	}{
		{
			name: "subjects before a relative clause and an apposition",
			text: "The health ministry, which answers to the government in Khartoum, said 38 civilians were killed. " +
				"A third figure came from the Doctors Network, an independent medical group, which said 45 people had died.",
			places: []named{{"Khartoum", "p1"}},
			// another stage resolved the description to the wrong actor:
			// the name beside it wins
			actors: []named{{"health ministry", "a1"}, {"Doctors Network", "a2"}, {"an independent medical group", "a1"}},
			kind:   WarnConflicting, refs: []string{"c1", "c2"},
		},
		{
			name: "the comparison is marked in the sentence before",
			text: "Police said 14 villagers were abducted in Maru. Residents put the number higher. " +
				"A teacher said 17 villagers had been marched into the bush.",
			places: []named{{"Maru", "p1"}},
			actors: []named{{"Police", "a1"}},
			kind:   WarnConflicting, refs: []string{"c1", "c2"},
		},
		{
			name: "no mark of a comparison",
			text: "Police said 14 villagers were abducted in Maru. Residents were angry. " +
				"A teacher said 17 villagers had been marched into the bush.",
			places: []named{{"Maru", "p1"}},
			actors: []named{{"Police", "a1"}},
		},
		{
			name: "two different places",
			text: "Police said 14 villagers were abducted in Maru. Residents put the number higher. " +
				"A teacher said 17 villagers had been abducted in Gusau.",
			places: []named{{"Maru", "p1"}, {"Gusau", "p2"}},
		},
		{
			name: "parts from one source, another source's marked total",
			text: "The police said 214 people had been arrested in the capital and a further 63 in Mombasa. " +
				"The commission gave a much higher figure. Its monitors recorded at least 340 arrests across the country.",
			places: []named{{"Mombasa", "p1"}},
			kind:   WarnConflicting, refs: []string{"c1", "c2", "c3"},
		},
		{
			name: "parts from one source, another source's total, no comparison marked",
			text: "The police said 214 people had been arrested on Monday and a further 63 on Tuesday. " +
				"The commission said 340 people were arrested.",
			kind: WarnSumMismatch, refs: []string{"c1", "c2", "c3"},
		},
	}
	for _, tt := range tests {
		ps, as := mentions(tt.text, tt.places, tt.actors)
		cs, ws := Find(nlp.Analyze(tt.text), Input{Published: published, Places: ps, Actors: as})
		checkWarning(t, tt.name, cs, ws, tt.kind, tt.refs)
	}
}

func TestParentheticalSource(t *testing.T) {
	tests := []struct {
		text           string
		places, actors []named
		where, source  string
	}{
		{
			text:   "The health ministry, which answers to the government in Khartoum, said 38 civilians were killed.",
			places: []named{{"Khartoum", "p1"}}, actors: []named{{"health ministry", "a1"}},
			source: "a1",
		},
		{
			text:   "Dr Amina Yusuf, a surgeon at the hospital in Kano, said 31 wounded people were brought in.",
			places: []named{{"Kano", "p1"}}, actors: []named{{"Amina Yusuf", "a1"}},
			source: "a1",
		},
		{
			text:   "The figure came from the Doctors Network, a medical group, which said 41 people had died in Kano.",
			places: []named{{"Kano", "p1"}}, actors: []named{{"Doctors Network", "a1"}},
			where: "p1", source: "a1",
		},
		{
			// a list before the cue is no parenthetical
			text:   "Shops, homes and a school were burned, said 12 witnesses in Kano.",
			places: []named{{"Kano", "p1"}}, actors: []named{{"Shops", "a1"}},
		},
	}
	for _, tt := range tests {
		ps, as := mentions(tt.text, tt.places, tt.actors)
		cs, _ := Find(nlp.Analyze(tt.text), Input{Published: published, Places: ps, Actors: as})
		if tt.source == "" {
			for _, c := range cs {
				if c.ReportedBy != nil {
					t.Errorf("%q: reported_by %q, want none", tt.text, *c.ReportedBy)
				}
			}
			continue
		}
		if len(cs) != 1 {
			t.Errorf("%q: figures %v", tt.text, briefs(cs))
			continue
		}
		if got := deref(cs[0].Where); got != tt.where {
			t.Errorf("%q: where %q, want %q", tt.text, got, tt.where)
		}
		if got := deref(cs[0].ReportedBy); got != tt.source {
			t.Errorf("%q: reported_by %q, want %q", tt.text, got, tt.source)
		}
	}
}

func TestCarriedOff(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Seventeen people had been marched into the bush.", []string{"17 abducted civilians [people]"}},
		{"Witnesses said 20 passengers were taken into the forest by gunmen.", []string{"20 abducted civilians [passengers]"}},
		{"Nine farmers were herded into the bush at gunpoint.", []string{"9 abducted civilians [farmers]"}},
		// marching is no abduction
		{"Thousands of people marched into the forest to protest.", nil},
		{"Some 300 protesters were marched to the police station.", nil},
		{"Fifty goats were herded into the bush.", nil},
	})
}

func TestHeadlineRepeat(t *testing.T) {
	tests := []struct {
		name, text string
		places     []named
		want       []string
		sentence   int // of the first figure kept
	}{
		{
			name:   "a vague count, a wider place in the headline",
			text:   "Drone strike in Sudan kills dozens\nA drone strike on a market in El Obeid killed dozens of people on Monday.",
			places: []named{{"Sudan", "p1"}, {"El Obeid", "p2"}},
			want:   []string{"24 killed civilians [people]"}, sentence: 1,
		},
		{
			name:   "an all-caps headline",
			text:   "LANDSLIDE IN JAVA, AT LEAST 17 DEAD\nAt least 17 people were killed in Kaliwungu, officials said.",
			places: []named{{"JAVA", "p1"}, {"Kaliwungu", "p2"}},
			want:   []string{"17 killed civilians [people]"}, sentence: 1,
		},
		{
			name:   "a headline count the body does not repeat",
			text:   "Drone strike in Sudan kills 12\nA drone strike on a market in El Obeid killed 14 people on Monday.",
			places: []named{{"Sudan", "p1"}, {"El Obeid", "p2"}},
			want:   []string{"12 killed unknown []", "14 killed civilians [people]"},
		},
		{
			name:   "another outcome",
			text:   "Gunmen abduct 14 in Zamfara\nFourteen people were injured in Maru on Monday.",
			places: []named{{"Zamfara", "p1"}, {"Maru", "p2"}},
			want:   []string{"14 abducted unknown []", "14 injured civilians [people]"},
		},
		{
			name:   "a first sentence is no headline",
			text:   "A strike killed 14 people in Sudan. A strike killed 14 people in Chad.",
			places: []named{{"Sudan", "p1"}, {"Chad", "p2"}},
			want:   []string{"14 killed civilians [people]", "14 killed civilians [people]"},
		},
	}
	for _, tt := range tests {
		ps, _ := mentions(tt.text, tt.places, nil)
		cs, _ := Find(nlp.Analyze(tt.text), Input{Published: published, Places: ps})
		if diff := cmp.Diff(tt.want, briefs(cs)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
			continue
		}
		if cs[0].Evidence.Sentence != tt.sentence {
			t.Errorf("%s: kept %q of sentence %d", tt.name, cs[0].Evidence.Text, cs[0].Evidence.Sentence)
		}
	}
}
