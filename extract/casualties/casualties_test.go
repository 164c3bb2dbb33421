package casualties

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/record"
)

// published is a Sunday.
const published = "2025-03-16"

// brief writes a figure as "count outcome group [victims]".
func brief(c record.Casualty) string {
	return fmt.Sprintf("%d %s %s [%s]", c.Count, c.Outcome, c.VictimGroup, c.Victims)
}

func find(text string) ([]record.Casualty, []record.Warning) {
	return Find(nlp.Analyze(text), Input{Published: published})
}

func briefs(cs []record.Casualty) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, brief(c))
	}
	return out
}

func checkFigures(t *testing.T, tests []struct {
	text string
	want []string
}) {
	t.Helper()
	for _, tt := range tests {
		cs, _ := find(tt.text)
		got := briefs(cs)
		want := tt.want
		if want == nil {
			want = []string{}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNumbers(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Seventeen soldiers were killed.", []string{"17 killed security_forces [soldiers]"}},
		{"Gunmen killed twenty-four villagers.", []string{"24 killed civilians [villagers]"}},
		{"Twenty four villagers were killed.", []string{"24 killed civilians [villagers]"}},
		{"Two dozen hostages were freed after four dozen passengers were abducted.", []string{"48 abducted civilians [passengers]"}},
		{"A dozen people were injured.", []string{"12 injured civilians [people]"}},
		{"Half a dozen miners were missing.", []string{"6 missing civilians [miners]"}},
		{"The floods displaced 1,200 families.", []string{"1200 displaced civilians [families]"}},
		{"The war has displaced 1.2 million people.", []string{"1200000 displaced civilians [people]"}},
		{"Two officers were killed. Seven other officers were wounded.", []string{"2 killed security_forces [officers]", "7 injured security_forces [other officers]"}},
		{"Some other ideas were floated.", nil},
		{"Eleven passengers were hurt, five of them with broken bones.", []string{"11 injured civilians [passengers]", "5 injured civilians [passengers]"}},
		{"Nine passengers were hurt, four of them with head and chest injuries.", []string{"9 injured civilians [passengers]", "4 injured civilians [passengers]"}},
		{"Rioters left ten shops with broken windows.", nil},
		{"About 640 residents were evacuated on Sunday.", []string{"640 displaced civilians [residents]"}},
		{"Two soldiers were evacuated to hospital.", nil},
		{"The besieged town of Daraya was evacuated.", nil},
		{"Officers found two victims who had been shot.", []string{"2 injured unknown [victims]"}},
		{"Medics treated 40 people, including six who had gunshot wounds.", []string{"40 injured civilians [people]", "6 injured unknown []"}},
		{"One hundred and twenty prisoners were executed.", []string{"120 killed unknown [prisoners]"}},
		{"Police arrested 3 hundred protesters.", []string{"300 arrested civilians [protesters]"}},
	})
}

func TestQualifiersAndRanges(t *testing.T) {
	type want struct {
		count, min, max int // -1: null
		approx          bool
		qual            string
	}
	tests := []struct {
		text string
		want want
	}{
		{"17 people were killed.", want{17, 17, 17, false, ""}},
		{"At least 17 people were killed.", want{17, 17, -1, true, "at least"}},
		{"More than 17 people were killed.", want{17, 18, -1, true, "more than"}},
		{"Over 17 people were killed.", want{17, 18, -1, true, "over"}},
		{"Nearly 50 people were killed.", want{50, -1, 50, true, "nearly"}},
		{"Almost 50 people were killed.", want{50, -1, 50, true, "almost"}},
		{"Close to 50 people were killed.", want{50, -1, -1, true, "close to"}},
		{"Up to 50 people were killed.", want{50, -1, 50, true, "up to"}},
		{"As many as 50 people were killed.", want{50, -1, 50, true, "as many as"}},
		{"About 50 people were killed.", want{50, -1, -1, true, "about"}},
		{"Around 50 people were killed.", want{50, -1, -1, true, "around"}},
		{"Some 50 people were killed.", want{50, -1, -1, true, "some"}},
		{"Fewer than 50 people were killed.", want{50, -1, 49, true, "fewer than"}},
		{"50 or more people were killed.", want{50, 50, -1, true, "or more"}},
		{"Between 10 and 15 people were killed.", want{10, 10, 15, true, "between"}},
		{"10 to 15 people were killed.", want{10, 10, 15, true, ""}},
		{"10-15 people were killed.", want{10, 10, 15, true, ""}},
		{"Two or three people were killed.", want{2, 2, 3, true, ""}},
		{"Dozens of people were killed.", want{24, 24, 99, true, "dozens"}},
		{"Scores of people were killed.", want{40, 40, -1, true, "scores"}},
		{"Hundreds of people were killed.", want{200, 200, 999, true, "hundreds"}},
		{"Thousands of people were displaced.", want{2000, 2000, 9999, true, "thousands"}},
		{"Tens of thousands of people were displaced.", want{20000, 20000, 99999, true, "tens of thousands"}},
		{"Several dozen people were hurt.", want{36, 36, 119, true, "several dozen"}},
	}
	for _, tt := range tests {
		cs, _ := find(tt.text)
		if len(cs) != 1 {
			t.Errorf("%q: got %d figures %v, want 1", tt.text, len(cs), briefs(cs))
			continue
		}
		c := cs[0]
		got := want{c.Count, -1, -1, c.Approximate, ""}
		if c.Min != nil {
			got.min = *c.Min
		}
		if c.Max != nil {
			got.max = *c.Max
		}
		if c.Qualifier != nil {
			got.qual = *c.Qualifier
		}
		if got != tt.want {
			t.Errorf("%q: got %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestOutcomes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// killed: active, passive, intransitive, adjectival, nominal
		{"The blast killed 12 people.", []string{"12 killed civilians [people]"}},
		{"Twelve people were killed in the blast.", []string{"12 killed civilians [people]"}},
		{"Twelve people died in the blast.", []string{"12 killed civilians [people]"}},
		{"Nine pilgrims lost their lives when the bus overturned.", []string{"9 killed civilians [pilgrims]"}},
		{"Troops said 30 insurgents were eliminated.", []string{"30 killed militants [insurgents]"}},
		{"The army said it neutralized 8 terrorists.", []string{"8 killed militants [terrorists]"}},
		{"Four guards were slain at the gate.", []string{"4 killed unknown [guards]"}},
		{"Two policemen were shot dead at a checkpoint.", []string{"2 killed security_forces [policemen]"}},
		{"The clashes left 20 fighters dead.", []string{"20 killed militants [fighters]"}},
		{"Officials reported 14 deaths.", []string{"14 killed unknown []"}},
		{"The death toll rose to 31 on Friday.", []string{"31 killed unknown []"}},
		{"The fire claimed 9 lives.", []string{"9 killed unknown []"}},
		{"The strike resulted in the deaths of 6 children.", []string{"6 killed civilians [children]"}},
		{"Among the dead were 3 nurses.", []string{"3 killed civilians [nurses]"}},
		{"Rescuers recovered 11 bodies from the river.", []string{"11 killed unknown [bodies]"}},
		{"Three hostages were abducted and later killed.", []string{"3 killed civilians [hostages]"}},
		// injured
		{"The attack wounded 40 people.", []string{"40 injured civilians [people]"}},
		{"Seven workers were injured.", []string{"7 injured civilians [workers]"}},
		{"Five officers were hurt in the scuffle.", []string{"5 injured security_forces [officers]"}},
		{"Eight pupils were hospitalized after the fire.", []string{"8 injured civilians [pupils]"}},
		{"The hospital received 31 wounded people.", []string{"31 injured civilians [wounded people]"}},
		{"Nine people were treated for smoke inhalation.", []string{"9 injured civilians [people]"}},
		// missing, abducted, arrested, displaced
		{"Six fishermen are missing.", []string{"6 missing civilians [fishermen]"}},
		{"Six fishermen went missing at sea.", []string{"6 missing civilians [fishermen]"}},
		{"Gunmen kidnapped 20 students.", []string{"20 abducted civilians [students]"}},
		{"Two engineers were taken hostage.", []string{"2 abducted civilians [engineers]"}},
		{"Police detained 45 protesters.", []string{"45 arrested civilians [protesters]"}},
		{"Three suspects were captured.", []string{"3 arrested unknown [suspects]"}},
		{"Eleven men were taken into custody.", []string{"11 arrested unknown [men]"}},
		{"The fighting displaced 3,000 residents.", []string{"3000 displaced civilians [residents]"}},
		{"About 900 villagers fled their homes.", []string{"900 displaced civilians [villagers]"}},
		// further constructions
		{"Those killed included six women and three police officers.",
			[]string{"6 killed civilians [women]", "3 killed security_forces [police officers]"}},
		{"Among those killed were two medics.", []string{"2 killed civilians [medics]"}},
		{"Around 41 rebels were rounded up and executed.", []string{"41 killed militants [rebels]"}},
		{"Air strikes killed 12 civilians, bringing to 45 the number killed this week.",
			[]string{"12 killed civilians [civilians]", "45 killed unknown []"}},
		{"The death toll surpassed 130 on Monday.", []string{"130 killed unknown []"}},
		{"Two women who were walking to the market were killed.", []string{"2 killed civilians [women]"}},
		{"At least 18 jihadists from the Islamic State group were killed in clashes.",
			[]string{"18 killed militants [jihadists]"}},
		{"Eleven people in the village were killed.", []string{"11 killed civilians [people]"}},
		{"Rescuers pulled two bodies from the rubble on Saturday and three more on Sunday.",
			[]string{"2 killed unknown [bodies]", "3 killed unknown [bodies]"}},
		{"Two soldiers died on Monday and three more soldiers died on Tuesday.",
			[]string{"2 killed security_forces [soldiers]", "3 killed security_forces [soldiers]"}},
		{"The man who shot three women killed himself.", []string{"3 injured civilians [women]", "1 killed unknown [himself]"}},
	})
}

func TestSingularVictims(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"A police officer was shot dead.", []string{"1 killed security_forces [police officer]"}},
		{"A 25-year-old man was killed on Friday.", []string{"1 killed unknown [25-year-old man]"}},
		{"Two brothers were wounded.", []string{"2 injured civilians [brothers]"}},
		{"The gunman killed his wife.", []string{"1 killed civilians [wife]"}},
		{"One protester died of a gunshot wound.", []string{"1 killed civilians [protester]"}},
		{"Man shot dead in Chicago", []string{"1 killed unknown [Man]"}},
		{"A waitress trying to stop a robbery was shot on Friday.", []string{"1 injured unknown [waitress]"}},
		// one person mentioned again is one figure, and a death when she died
		{"A woman was shot on Friday. She died at the hospital.", []string{"1 killed civilians [woman]"}},
		{"Maria Lopez was shot on Friday. Lopez was pronounced dead at the scene.", []string{"1 killed unknown [Maria Lopez]"}},
		// a name or a pronoun needs a firm verb
		{"He said he would kill him.", nil},
		{"Lopez was pronounced dead.", []string{"1 killed unknown [Lopez]"}},
		{"Felix Ortega, 29, a shop worker, was killed on Friday.", []string{"1 killed unknown [Felix Ortega]"}},
		{"A pizza shop worker was stabbed to death.", []string{"1 killed civilians [pizza shop worker]"}},
		{"A man with a gunshot wound was brought to the hospital.", []string{"1 injured unknown [man]"}},
		{"A 22-year-old woman who had been shot in the chest died at the hospital.",
			[]string{"1 killed civilians [22-year-old woman]"}},
		{"Police said the victim suffered multiple gunshot wounds.", []string{"1 injured unknown [victim]"}},
		{"A hunter had accidentally shot his friend.", []string{"1 injured civilians [friend]"}},
		{"Police arrested a 34-year-old man.", []string{"1 arrested unknown [34-year-old man]"}},
		{"A 17-year-old was arrested on Friday.", []string{"1 arrested unknown [17-year-old]"}},
	})
}

func TestConcurrentFind(t *testing.T) {
	doc := nlp.Analyze(benchText)
	want, _ := Find(doc, Input{Published: published})
	done := make(chan []record.Casualty)
	for range 4 {
		go func() {
			cs, _ := Find(doc, Input{Published: published})
			done <- cs
		}()
	}
	for range 4 {
		if got := <-done; !cmp.Equal(briefs(got), briefs(want)) {
			t.Errorf("concurrent Find differs:\n%v\n%v", briefs(got), briefs(want))
		}
	}
}

func TestGroups(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Troops killed 20 rebel fighters.", []string{"20 killed militants [rebel fighters]"}},
		{"Rebels killed 20 regime fighters.", []string{"20 killed security_forces [regime fighters]"}},
		{"Airstrikes killed 20 pro-government militiamen.", []string{"20 killed militants [pro-government militiamen]"}},
		{"Airstrikes killed 20 pro-regime forces.", []string{"20 killed security_forces [pro-regime forces]"}},
		{"Clashes killed 70 Syrian regime and rebel fighters.", []string{"70 killed mixed [Syrian regime and rebel fighters]"}},
		{"Troops killed 31 IS group militants.", []string{"31 killed militants [IS group militants]"}},
		{"The raid killed 4 Hizballah members.", []string{"4 killed militants [Hizballah members]"}},
		{"Five paramilitaries were killed.", []string{"5 killed security_forces [paramilitaries]"}},
		{"Thirty personnel were killed.", []string{"30 killed security_forces [personnel]"}},
		{"Ten men were killed.", []string{"10 killed unknown [men]"}},
		// generic victims next to fighters stay unknown
		{"Five soldiers and 12 people were killed.", []string{"5 killed security_forces [soldiers]", "12 killed unknown [people]"}},
		// a part named from a fighting side makes a total mixed
		{"Twelve people, including five soldiers, were killed.", []string{"12 killed mixed [people]", "5 killed security_forces [soldiers]"}},
		{"Twelve people, including five children, were killed.", []string{"12 killed civilians [people]", "5 killed civilians [children]"}},
	})
}

func TestCoordinationAndEllipsis(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The minister said 17 law enforcement officers and 31 civilians lost their lives in the attacks.",
			[]string{"17 killed security_forces [law enforcement officers]", "31 killed civilians [civilians]"}},
		{"The army said 92 militants were eliminated on Saturday, with an additional 41 neutralized on Friday.",
			[]string{"92 killed militants [militants]", "41 killed militants [militants]"}},
		{"Officials said 41 rebels were killed on Monday, 27 on Tuesday and 19 on Wednesday.",
			[]string{"41 killed militants [rebels]", "27 killed militants [rebels]", "19 killed militants [rebels]"}},
		{"At least 17 people were killed and 23 injured.",
			[]string{"17 killed civilians [people]", "23 injured civilians [people]"}},
		{"The bombing killed 9 soldiers and 4 civilians.",
			[]string{"9 killed security_forces [soldiers]", "4 killed civilians [civilians]"}},
		{"The blast killed six people and injured another ten.",
			[]string{"6 killed civilians [people]", "10 injured civilians [people]"}},
		{"Four people were killed and 19 injured, three of them children.",
			[]string{"4 killed civilians [people]", "19 injured civilians [people]", "3 injured civilians [children]"}},
		{"Eleven civilians, three of them children, died when shells hit the village.",
			[]string{"11 killed civilians [civilians]", "3 killed civilians [children]"}},
		{"At least 51 civilians including four children were killed.",
			[]string{"51 killed civilians [civilians]", "4 killed civilians [children]"}},
		{"Five women and 13 men from the two families were among the dead.",
			[]string{"5 killed civilians [women]", "13 killed unknown [men]"}},
		{"Three men and a 16-year-old girl died at the scene.",
			[]string{"3 killed unknown [men]", "1 killed civilians [16-year-old girl]"}},
	})
}

func TestNotCasualties(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The 40-hour battle ended on Sunday.", nil},
		{"A 25-year-old was questioned by police.", nil},
		{"The attack in 2019 was the worst since 2007.", nil},
		{"The ministry paid $2,500 to each of the 40 families.", nil},
		{"Turnout was 45 percent, and 62% of voters backed the plan.", nil},
		{"The shooting happened in the 1000 block of Main Street at 11:40 p.m.", nil},
		{"Russia launched 112 drones and eight missiles overnight.", nil},
		{"Militants carried out 12 attacks and burned 30 vehicles.", nil},
		{"The bill passed by 79 votes to 41, with 12 abstentions.", nil},
		{"The magnitude 7.1 quake struck at a depth of 38 kilometres, 45 km from the town.", nil},
		{"No one was killed in the fire.", nil},
		{"The rebels threatened to kill 10 hostages.", nil},
		{"Seven people were not injured.", nil},
		{"Smith, 25, was questioned.", nil},
		{"The group said it had 300 fighters.", nil},
		{"Two gunmen opened fire on a crowd of 200 people.", nil},
		{"Villagers killed 3 cows for the feast.", nil},
	})
}

func TestWhen(t *testing.T) {
	tests := []struct {
		pub, text, when, date string
	}{
		{published, "Five people were killed on Saturday.", "Saturday", "2025-03-15"},
		{published, "Five people were killed on Sunday.", "Sunday", "2025-03-16"},
		{published, "Five people were killed last Sunday.", "last Sunday", "2025-03-09"},
		{"2025-10-13", "Five people were killed last Tuesday.", "last Tuesday", "2025-10-07"},
		{published, "Five people were killed yesterday.", "yesterday", "2025-03-15"},
		{published, "Five people were killed last night.", "last night", "2025-03-15"},
		{published, "Five people were killed late Friday night.", "late Friday night", "2025-03-14"},
		{published, "Five people were killed on March 3.", "March 3", "2025-03-03"},
		{published, "Five people were killed on 3 March 2024.", "3 March 2024", "2024-03-03"},
		{published, "Five people were killed on Dec. 30.", "Dec. 30", "2024-12-30"},
		{published, "Five people were killed on Tuesday, Jan. 27, 2015.", "Tuesday, Jan. 27, 2015", "2015-01-27"},
		{"2025-03-16T09:30:00+05:00", "On Saturday, five people were killed.", "Saturday", "2025-03-15"},
		{"", "Five people were killed on Saturday.", "Saturday", ""},
		{published, "Five people were killed last week.", "last week", ""},
		{published, "An attack in 2007 killed 500 people.", "2007", ""},
		// the date of a statement is not the figure's
		{published, "Five people were killed, the army said on Sunday.", "", ""},
		{published, "The army said on Sunday that five people were killed.", "", ""},
		{published, "Five people were killed.", "", ""},
	}
	for _, tt := range tests {
		cs, _ := Find(nlp.Analyze(tt.text), Input{Published: tt.pub})
		if len(cs) != 1 {
			t.Errorf("%q: %d figures %v", tt.text, len(cs), briefs(cs))
			continue
		}
		w := cs[0].When
		gotText, gotDate := "", ""
		if w != nil {
			gotText = w.Text
			if w.Date != nil {
				gotDate = *w.Date
			}
		}
		if gotText != tt.when || gotDate != tt.date {
			t.Errorf("%q (published %q): when %q %q, want %q %q", tt.text, tt.pub, gotText, gotDate, tt.when, tt.date)
		}
	}
}

func TestWhenPerFigure(t *testing.T) {
	cs, _ := find("The army said 92 militants were eliminated on Saturday, with an additional 41 neutralized on Friday.")
	var got []string
	for _, c := range cs {
		got = append(got, *c.When.Date)
	}
	if diff := cmp.Diff([]string{"2025-03-15", "2025-03-14"}, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

// mention returns a Mention of the first occurrence of s in text (text is
// ASCII, so byte and code-point offsets agree).
func mention(text, s, id string) Mention {
	i := strings.Index(text, s)
	if i < 0 {
		panic("no " + s)
	}
	return Mention{ID: id, Start: i, End: i + len(s)}
}

func TestWhereAndReportedBy(t *testing.T) {
	tests := []struct {
		text          string
		places        []string // place names, ids p1, p2, ...
		actors        []string // actor names, ids a1, a2, ...
		where, source []string // per figure, "" for null
	}{
		{
			text:   "Pakistan's military said 12 soldiers were killed in Quetta.",
			places: []string{"Pakistan", "Quetta"}, actors: []string{"military"},
			where: []string{"p2"}, source: []string{"a1"},
		},
		{
			text:   "Twelve soldiers were killed in Quetta, according to police.",
			places: []string{"Quetta"}, actors: []string{"police"},
			where: []string{"p1"}, source: []string{"a1"},
		},
		{
			text:   "Twelve soldiers were killed, as stated by the province's chief minister on Sunday.",
			actors: []string{"chief minister"},
			where:  []string{""}, source: []string{"a1"},
		},
		{
			text:   "Officials said 27 people died in Zambezia, 11 in Nampula and five in Sofala.",
			places: []string{"Zambezia", "Nampula", "Sofala"}, actors: []string{"Officials"},
			where: []string{"p1", "p2", "p3"}, source: []string{"a1", "a1", "a1"},
		},
		{
			text:  "Twelve soldiers were killed in Quetta.",
			where: []string{""}, source: []string{""}, // no mentions given: null
		},
		{
			// where a monitor is based is not where the dead were
			text:   "Clashes in Sweida killed 89 people, according to the Syrian Observatory, a Britain-based monitor.",
			places: []string{"Sweida", "Britain"},
			where:  []string{"p1"}, source: []string{""},
		},
	}
	for _, tt := range tests {
		in := Input{Published: published}
		for i, p := range tt.places {
			in.Places = append(in.Places, mention(tt.text, p, fmt.Sprintf("p%d", i+1)))
		}
		for i, a := range tt.actors {
			in.Actors = append(in.Actors, mention(tt.text, a, fmt.Sprintf("a%d", i+1)))
		}
		cs, _ := Find(nlp.Analyze(tt.text), in)
		if len(cs) != len(tt.where) {
			t.Errorf("%q: %d figures %v", tt.text, len(cs), briefs(cs))
			continue
		}
		for i, c := range cs {
			if got := deref(c.Where); got != tt.where[i] {
				t.Errorf("%q figure %d: where %q, want %q", tt.text, i, got, tt.where[i])
			}
			if got := deref(c.ReportedBy); got != tt.source[i] {
				t.Errorf("%q figure %d: reported_by %q, want %q", tt.text, i, got, tt.source[i])
			}
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestRisingTollAndRepeats(t *testing.T) {
	cs, ws := find("The death toll rose to 212 on Wednesday from 180 a day earlier, officials said.")
	if len(cs) != 2 || cs[0].Count != 212 || cs[1].Count != 180 || cs[1].Qualifier == nil || *cs[1].Qualifier != earlierQualifier {
		t.Fatalf("rising toll: %v %+v", briefs(cs), cs)
	}
	if len(ws) != 0 {
		t.Errorf("rising toll: unexpected warnings %v", ws)
	}
	// a headline repeated in the lead is one figure, at the fuller mention
	cs, _ = find("AT LEAST 17 DEAD IN LANDSLIDE\nAt least 17 people were killed when a hillside collapsed on Friday.")
	if got := briefs(cs); !cmp.Equal(got, []string{"17 killed civilians [people]"}) {
		t.Errorf("repeat: %v", got)
	}
	if cs[0].Evidence.Sentence != 1 || cs[0].When == nil {
		t.Errorf("repeat: kept %+v", cs[0])
	}
	// a headline drops the lead's "at least": still one figure
	cs, _ = find("Floods kill 14 in northeast Bangladesh\nAt least 14 people have died as floods swept through 11 districts on Friday.")
	if got := briefs(cs); len(got) != 1 || cs[0].Qualifier == nil || *cs[0].Qualifier != "at least" {
		t.Errorf("hedge dropped in the headline: %v", got)
	}
	// but not a smaller lower bound: "kills 14" and "at least 12" differ
	cs, _ = find("Floods kill 14 in northeast Bangladesh\nAt least 12 people have died as floods swept through 11 districts on Friday.")
	if got := briefs(cs); len(got) != 2 {
		t.Errorf("different bounds: %v", got)
	}
	// ids follow text order
	cs, _ = find("Two soldiers were killed. Three civilians were injured.")
	if cs[0].ID != "c1" || cs[1].ID != "c2" {
		t.Errorf("ids %s %s", cs[0].ID, cs[1].ID)
	}
}

func TestEvidence(t *testing.T) {
	text := "Officials said “at least 92 militants” were killed in the province’s east."
	cs, _ := find("Officials said at least 92 militants were killed in the province’s east.")
	if len(cs) != 1 {
		t.Fatalf("%v", briefs(cs))
	}
	ev := cs[0].Evidence
	if ev.Text != "at least 92 militants" || ev.Sentence != 0 {
		t.Errorf("evidence %+v", ev)
	}
	doc := nlp.Analyze("Officials said at least 92 militants were killed in the province’s east.")
	if got := doc.Slice(ev.Start, ev.End); got != ev.Text {
		t.Errorf("offsets give %q, want %q", got, ev.Text)
	}
	_ = text
	// code points, not bytes: the curly quote and é before the figure
	doc = nlp.Analyze("Le café’s owner said: “Two waiters were injured.”")
	cs, _ = Find(doc, Input{})
	if len(cs) != 1 || doc.Slice(cs[0].Evidence.Start, cs[0].Evidence.End) != "Two waiters" {
		t.Errorf("code points: %+v", cs)
	}
}

func TestEmpty(t *testing.T) {
	cs, ws := Find(nlp.Analyze(""), Input{})
	if cs == nil || ws == nil || len(cs) != 0 || len(ws) != 0 {
		t.Errorf("empty text: %v %v", cs, ws)
	}
}

// FuzzFind checks that Find never panics and that every evidence span
// gives back its text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"At least 17 people were killed and 23 injured.",
		"The death toll rose to 212 on Wednesday from 180, officials said.",
		"Between 10 and 15 — , killed of the the among were",
		"A man, 25, who was, was shot and killed, he said. He died.",
		"including including of them of whom 3",
		"“Two” were killed’ on Mon., Jan. 2, 2016",
	} {
		f.Add(s, "2025-03-16")
	}
	f.Fuzz(func(t *testing.T, text, pub string) {
		doc := nlp.Analyze(text)
		cs, ws := Find(doc, Input{Published: pub, Places: []Mention{{ID: "p1", Start: 0, End: 3}}})
		if cs == nil || ws == nil {
			t.Fatal("nil list")
		}
		for _, c := range cs {
			if got := doc.Slice(c.Evidence.Start, c.Evidence.End); got != c.Evidence.Text {
				t.Fatalf("evidence %q at %d..%d gives %q", c.Evidence.Text, c.Evidence.Start, c.Evidence.End, got)
			}
		}
	})
}
