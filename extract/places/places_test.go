package places

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// entities labels every occurrence of the given names in text, for tests
// that check the stage's rules without depending on the recognizer's
// model: each spec is "LABEL:name".
func entities(text string, specs ...string) []ner.Entity {
	var out []ner.Entity
	for _, s := range specs {
		label, name, _ := strings.Cut(s, ":")
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			b := i + j
			start := utf8.RuneCountInString(text[:b])
			out = append(out, ner.Entity{Label: label, Start: start, End: start + utf8.RuneCountInString(name), Text: name})
			i = b + len(name)
		}
	}
	slices.SortFunc(out, func(a, b ner.Entity) int { return a.Start - b.Start })
	return out
}

func find(text string, specs ...string) []record.Place {
	return Find(nlp.Analyze(text), Input{Entities: entities(text, specs...)})
}

// byMention returns the place one of whose mentions is text.
func byMention(ps []record.Place, text string) *record.Place {
	for i := range ps {
		for _, m := range ps[i].Mentions {
			if m.Text == text {
				return &ps[i]
			}
		}
	}
	return nil
}

func mentionTexts(ps []record.Place) []string {
	var out []string
	for _, p := range ps {
		for _, m := range p.Mentions {
			out = append(out, m.Text)
		}
	}
	return out
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// checkSpans checks what every record must satisfy: ids in order of first
// mention, mentions in text order with exact code-point spans and the
// right sentence.
func checkSpans(t *testing.T, text string, ps []record.Place) {
	t.Helper()
	doc := nlp.Analyze(text)
	runes := []rune(text)
	last := -1
	for i, p := range ps {
		if want := fmt.Sprintf("p%d", i+1); p.ID != want {
			t.Errorf("place %d has id %s, want %s", i, p.ID, want)
		}
		if len(p.Mentions) == 0 {
			t.Errorf("%s %s has no mentions", p.ID, p.Name)
			continue
		}
		if p.Mentions[0].Start <= last {
			t.Errorf("%s %s: first mention at %d, not after the previous place's (%d)", p.ID, p.Name, p.Mentions[0].Start, last)
		}
		last = p.Mentions[0].Start
		prev := -1
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Fatalf("%s: bad span %+v", p.Name, m)
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: text[%d:%d] = %q, mention says %q", p.Name, m.Start, m.End, got, m.Text)
			}
			if s := doc.SentenceAt(m.Start); s != m.Sentence {
				t.Errorf("%s: mention %q in sentence %d, says %d", p.Name, m.Text, s, m.Sentence)
			}
			if m.Start <= prev {
				t.Errorf("%s: mentions out of order", p.Name)
			}
			prev = m.Start
		}
	}
}

func TestEmpty(t *testing.T) {
	for _, text := range []string{"", "   ", "no places here at all."} {
		ps := Find(nlp.Analyze(text), Input{})
		if ps == nil || len(ps) != 0 {
			t.Errorf("Find(%q) = %#v, want an empty non-nil list", text, ps)
		}
	}
	if ps := Find(nil, Input{}); ps == nil || len(ps) != 0 {
		t.Errorf("Find(nil) = %#v", ps)
	}
}

// TestRecognition checks which words are taken for place mentions.
func TestRecognition(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		ents    []string
		exclude []string // spans for Input.Exclude
		want    []string // mention texts
		without []string // texts that must not be mentions
		count   map[string]int
	}{
		{
			name: "countries, provinces and cities",
			text: "Floods hit Pakistan and Afghanistan this week. In Quetta, the capital of Balochistan, schools closed.",
			want: []string{"Pakistan", "Afghanistan", "Quetta", "Balochistan"},
		},
		{
			name:    "organization named after a province",
			text:    "The Balochistan Liberation Army said it carried out the attack near Quetta.",
			ents:    []string{"GPE:Quetta"},
			want:    []string{"Quetta"},
			without: []string{"Balochistan"},
		},
		{
			name:    "organization the recognizer found",
			text:    "A spokesman for the Sindh Revolutionary Collective denied it on Friday in Karachi.",
			ents:    []string{"ORG:Sindh Revolutionary Collective", "GPE:Karachi"},
			want:    []string{"Karachi"},
			without: []string{"Sindh"},
		},
		{
			name:    "university and newspaper",
			text:    "Researchers at Ohio State University and the University of Kansas told the Kansas City Star and the Social Democratic Party of Lithuania about the results.",
			without: []string{"Ohio", "Kansas", "Kansas City", "Lithuania"},
		},
		{
			name:    "demonyms",
			text:    "Pakistani security forces and Afghan officials met Iranian diplomats.",
			without: []string{"Pakistani", "Afghan", "Iranian"},
		},
		{
			name:    "people named like places",
			text:    "Jordan Henderson scored twice, and coach Georgia Smith praised him. Later Henderson flew to Madrid.",
			ents:    []string{"PERSON:Jordan Henderson", "PERSON:Georgia Smith", "PERSON:Henderson", "GPE:Madrid"},
			want:    []string{"Madrid"},
			without: []string{"Jordan", "Georgia", "Henderson"},
		},
		{
			name:    "surname alone after the full name",
			text:    "The envoy Natalie Baker arrived on Monday. Baker met the governor in Lahore.",
			ents:    []string{"PERSON:Natalie Baker", "GPE:Lahore"},
			want:    []string{"Lahore"},
			without: []string{"Baker"},
		},
		{
			name:    "title before a name",
			text:    "Sen. Lincoln and Mr. Jordan visited the plant.",
			without: []string{"Lincoln", "Jordan"},
		},
		{
			name:    "common words that are towns",
			text:    "Police said the mission was over. Reading the report, officials called it a nice result. Split decisions are rare.",
			without: []string{"Police", "Reading", "Split", "police", "mission", "nice"},
		},
		{
			name:    "lower case is never a name",
			text:    "the police said nice things about the mission and split the reading list.",
			without: []string{"police", "nice", "mission", "split", "reading"},
		},
		{
			name:    "excluded spans",
			text:    "Fighters of the Kurdistan Freedom Hawks attacked a base in Kurdistan.",
			ents:    []string{"GPE:Kurdistan"},
			exclude: []string{"Kurdistan Freedom Hawks"},
			want:    []string{"Kurdistan"},
			without: []string{"Kurdistan Freedom Hawks"},
		},
		{
			name:    "excluded institutions still name the place",
			text:    "The Quetta Police and Pakistan's military searched Mastung, said Bugti of the Quetta Tigers Club.",
			exclude: []string{"Quetta Police", "Pakistan's military", "Quetta Tigers Club", "Bugti"},
			want:    []string{"Quetta", "Pakistan", "Mastung"},
			count:   map[string]int{"Quetta": 1},
		},
		{
			name:    "hyphenated words",
			text:    "The Pakistan-based group fought U.S.-led forces near the Afghanistan-Iran border.",
			want:    []string{"Pakistan", "Afghanistan", "Iran"},
			without: []string{"U.S."},
		},
		{
			name:    "a holiday and a month",
			text:    "Crowds marked St. Patrick's Day in Dublin in August.",
			ents:    []string{"DATE:August", "GPE:Dublin"},
			want:    []string{"Dublin"},
			without: []string{"St. Patrick", "August"},
		},
		{
			name: "a place's own institutions still name it",
			text: "Officers of the Quetta Police searched the town, the Lahore City Council said.",
			want: []string{"Quetta", "Lahore"},
		},
		{
			name:    "a word of a longer name",
			text:    "Shares of Peabody Energy rose after Consumers Energy raised its rates in Michigan.",
			want:    []string{"Michigan"},
			without: []string{"Peabody", "Energy"},
		},
		{
			name: "headline in capitals",
			text: "LANDSLIDE BURIES VILLAGE IN CENTRAL JAVA\nRescuers in Semarang said on Monday that the search would go on.",
			ents: []string{"GPE:Semarang"},
			want: []string{"CENTRAL JAVA", "Semarang"},
		},
		{
			name:    "headline in title case",
			text:    "Police Arrest Two After Mobile Home Fire\nOfficers said the fire started in a kitchen.",
			without: []string{"Police", "Mobile"},
		},
		{
			name:    "a country's agency in the possessive, and its ministries",
			text:    "Canada's Food Inspection Agency confirmed the case. The United States Department of Agriculture said nothing.",
			ents:    []string{"ORG:Canada's Food Inspection Agency", "ORG:United States Department of Agriculture"},
			want:    []string{"Canada"},
			without: []string{"United States"},
		},
		{
			name:    "streets and rivers",
			text:    "Shops on Avalon Boulevard in Los Angeles closed. The Kanawha River rose near Charleston, West Virginia, and Lake Michigan froze.",
			want:    []string{"Avalon Boulevard", "Los Angeles", "Kanawha River", "Charleston", "West Virginia", "Lake Michigan"},
			without: []string{"Avalon", "Kanawha", "Michigan"},
		},
		{
			name:    "days and months",
			text:    "Timeline\nMon 11:48 Residents report explosions in El Obeid.\nMay 5 was quiet in Sudan.",
			ents:    []string{"GPE:El Obeid", "GPE:Sudan"},
			want:    []string{"El Obeid", "Sudan"},
			without: []string{"Mon", "May"},
		},
		{
			name:    "acronyms that are small towns",
			text:    "Polls opened at 8 a.m. EST, and E.U. observers watched in Kenya.",
			ents:    []string{"GPE:E.U.", "GPE:Kenya"},
			want:    []string{"Kenya"},
			without: []string{"EST", "E.U."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var excl [][2]int
			for _, x := range tt.exclude {
				i := utf8.RuneCountInString(tt.text[:strings.Index(tt.text, x)])
				excl = append(excl, [2]int{i, i + utf8.RuneCountInString(x)})
			}
			ps := Find(nlp.Analyze(tt.text), Input{Entities: entities(tt.text, tt.ents...), Exclude: excl})
			checkSpans(t, tt.text, ps)
			got := mentionTexts(ps)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("mention %q missing; got %q", w, got)
				}
			}
			for _, w := range tt.without {
				if slices.Contains(got, w) {
					t.Errorf("%q taken for a place; got %q", w, got)
				}
			}
			for w, n := range tt.count {
				k := 0
				for _, g := range got {
					if g == w {
						k++
					}
				}
				if k != n {
					t.Errorf("%d mentions %q, want %d; got %q", k, w, n, got)
				}
			}
		})
	}
}

// TestVariants checks that spellings of one place make one record, named
// as the gazetteer names it, with every mention.
func TestVariants(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		ents     []string
		mentions []string // of one place
		place    string   // its name
	}{
		{
			name:     "Kiev and Kyiv",
			text:     "Drones struck Kyiv overnight. Officials in Kiev said power was restored.",
			mentions: []string{"Kyiv", "Kiev"},
			place:    "Kyiv",
		},
		{
			name:     "Baluchistan and Balochistan",
			text:     "Gunmen attacked a bus in Balochistan. Baluchistan has seen a long insurgency in Pakistan.",
			mentions: []string{"Balochistan", "Baluchistan"},
			place:    "Balochistan",
		},
		{
			name:     "a transliteration the gazetteer lacks",
			text:     "Attacks hit Quetta and Noshki in Pakistan's Balochistan province.",
			ents:     []string{"GPE:Quetta", "LOC:Noshki", "GPE:Balochistan"},
			mentions: []string{"Noshki"},
			place:    "Nushki",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(tt.text, tt.ents...)
			checkSpans(t, tt.text, ps)
			p := byMention(ps, tt.mentions[0])
			if p == nil {
				t.Fatalf("no place for %q; got %q", tt.mentions[0], mentionTexts(ps))
			}
			if p.Name != tt.place {
				t.Errorf("name %q, want %q", p.Name, tt.place)
			}
			var got []string
			for _, m := range p.Mentions {
				got = append(got, m.Text)
			}
			for _, w := range tt.mentions {
				if !slices.Contains(got, w) {
					t.Errorf("%s: mention %q missing; has %q", p.Name, w, got)
				}
			}
			n := 0
			for _, q := range ps {
				if q.Name == tt.place {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d records named %s, want 1", n, tt.place)
			}
		})
	}
	// Without a country to support it, a variant spelling is no place.
	if ps := find("Noshki was mentioned once.", "LOC:Noshki"); len(ps) != 0 {
		t.Errorf("unsupported variant gave %+v", ps)
	}
}

// TestResolution checks the choice among same-named places.
func TestResolution(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		ents    []string
		mention string
		country string
		admin1  string
	}{
		{"X, Y state", "Flooding closed roads in Springfield, Illinois, on Tuesday.", nil, "Springfield", "US", "Illinois"},
		{"X, Y other state", "Flooding closed roads in Springfield, Massachusetts, on Tuesday.", nil, "Springfield", "US", "Massachusetts"},
		{"X, abbreviation", "LAFAYETTE, Ind. (AP) — A bridge closed on Monday.", nil, "LAFAYETTE", "US", "Indiana"},
		{"X, abbreviation Louisiana", "The festival in Lafayette, La., drew thousands.", nil, "Lafayette", "US", "Louisiana"},
		{"X in Y", "Gunmen attacked a checkpoint in Mastung in Balochistan on Friday.", nil, "Mastung", "PK", "Balochistan"},
		{"dateline", "QUETTA, Pakistan — Gunmen attacked a checkpoint on Friday.", nil, "QUETTA", "PK", "Balochistan"},
		{"capital beside towns of the province", "KYIV, Ukraine — Drones struck Bila Tserkva and Obukhiv in the Kyiv region.", nil, "KYIV", "UA", "Kyiv City"},
		{"Paris, Texas", "The rodeo in Paris, Texas, opened on Friday.", nil, "Paris", "US", "Texas"},
		{"Paris alone is the capital", "The summit in Paris ended without a deal.", nil, "Paris", "FR", ""},
		{"Georgia among US places", "Storms moved from Alabama into Georgia and on to South Carolina.", nil, "Georgia", "US", "Georgia"},
		{"Georgia among Caucasus places", "Troops moved from Russia into Georgia and towards Tbilisi.", nil, "Georgia", "GE", ""},
		{"coherence with the state", "Officials in Jackson said the Mississippi River was rising near Vicksburg, Mississippi.", nil, "Jackson", "US", "Mississippi"},
		{"coherence of two towns", "The fire spread from Gainesville toward Hall County.", []string{"GPE:Gainesville", "GPE:Hall County"}, "Gainesville", "US", "Georgia"},
		{"dateline with an abbreviation", "CHARLESTON, W.Va. (AP) — The river crested on Sunday.", nil, "CHARLESTON", "US", "West Virginia"},
		{"legislator's district", "Sen. Rich Olive, D-Story City, and Rep. Vicki Lensing, D-Iowa City, spoke.", nil, "Iowa City", "US", "Iowa"},
		{"counties in a list", "She worked in Fulton and DeKalb counties, near Atlanta, for years.", nil, "DeKalb", "US", "Georgia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := find(tt.text, tt.ents...)
			checkSpans(t, tt.text, ps)
			p := byMention(ps, tt.mention)
			if p == nil {
				t.Fatalf("no place for %q; got %q", tt.mention, mentionTexts(ps))
			}
			if str(p.Country) != tt.country || tt.admin1 != "" && str(p.Admin1) != tt.admin1 {
				t.Errorf("%q resolved to %s (%s, %s), want %s, %s", tt.mention, p.Name, str(p.Country), str(p.Admin1), tt.country, tt.admin1)
			}
		})
	}
}

// TestRecordFields checks the fields of countries, divisions, cities and
// places the gazetteer does not know.
func TestRecordFields(t *testing.T) {
	text := "Officials in Quetta, the capital of Balochistan, said Pakistan and Iran would talk. " +
		"Later, residents of Avalon Boulevard in Los Angeles marched to the Sahel embassy."
	ps := find(text, "GPE:Quetta", "GPE:Balochistan", "GPE:Pakistan", "GPE:Iran", "GPE:Los Angeles")
	checkSpans(t, text, ps)
	tests := []struct {
		mention, name, kind, country, admin1 string
		lat, lon                             float64 // 0, 0: no coordinates
		geonames                             bool
	}{
		{"Quetta", "Quetta", "city", "PK", "Balochistan", 30.2, 67.0, true},
		{"Balochistan", "Balochistan", "admin1", "PK", "Balochistan", 29, 66, false},
		{"Pakistan", "Pakistan", "country", "PK", "", 30, 70, true},
		{"Iran", "Iran", "country", "IR", "", 32, 53, true},
		{"Los Angeles", "Los Angeles", "city", "US", "California", 34.05, -118.24, true},
		{"Avalon Boulevard", "Avalon Boulevard", "other", "US", "California", 34.05, -118.24, false},
	}
	for _, tt := range tests {
		p := byMention(ps, tt.mention)
		if p == nil {
			t.Errorf("no place for %q; got %q", tt.mention, mentionTexts(ps))
			continue
		}
		if p.Name != tt.name || p.Kind != tt.kind || str(p.Country) != tt.country || str(p.Admin1) != tt.admin1 {
			t.Errorf("%q: got %s [%s] %s/%s, want %s [%s] %s/%s", tt.mention, p.Name, p.Kind, str(p.Country), str(p.Admin1),
				tt.name, tt.kind, tt.country, tt.admin1)
		}
		if p.Lat == nil || p.Lon == nil {
			t.Errorf("%q: no coordinates", tt.mention)
		} else if math.Abs(*p.Lat-tt.lat) > 1.5 || math.Abs(*p.Lon-tt.lon) > 1.5 {
			t.Errorf("%q: at %.2f,%.2f, want near %.2f,%.2f", tt.mention, *p.Lat, *p.Lon, tt.lat, tt.lon)
		}
		if (p.GeonamesID != nil) != tt.geonames {
			t.Errorf("%q: geonames id %v, want one: %v", tt.mention, p.GeonamesID, tt.geonames)
		}
	}
	if p := byMention(ps, "Sahel"); p == nil || p.Kind != "region" {
		t.Errorf("Sahel: got %+v, want a region", p)
	}
}

// TestMentionsComplete checks that every mention of a place is listed,
// with exact spans after non-ASCII text, and that ids follow the order of
// first mention.
func TestMentionsComplete(t *testing.T) {
	text := "“Côte d’Ivoire” — reporters in Abidjan said. Abidjan’s port reopened; Ghana and Côte d’Ivoire signed.\n" +
		"In Abidjan, the mayor of Abidjan thanked Ghana."
	ps := find(text, "GPE:Abidjan", "GPE:Ghana")
	checkSpans(t, text, ps)
	want := map[string]int{"Côte d’Ivoire": 2, "Abidjan": 4, "Ghana": 2}
	for name, n := range want {
		p := byMention(ps, name)
		if p == nil {
			t.Errorf("no place for %q; got %q", name, mentionTexts(ps))
			continue
		}
		if len(p.Mentions) != n {
			t.Errorf("%s: %d mentions, want %d: %+v", name, len(p.Mentions), n, p.Mentions)
		}
	}
	var order []string
	for _, p := range ps {
		order = append(order, p.Mentions[0].Text)
	}
	if !slices.Equal(order, []string{"Côte d’Ivoire", "Abidjan", "Ghana"}) {
		t.Errorf("places in order %q", order)
	}
}

// TestWithRecognizer runs the stage with the embedded recognizer on an
// article written for the test, checking contains and excludes only: the
// recognizer's model changes as it is trained.
func TestWithRecognizer(t *testing.T) {
	text := "QUETTA, Pakistan — Gunmen attacked a checkpoint in Mastung on Saturday, officials said.\n" +
		"The Balochistan Liberation Army claimed the attack. Pakistani troops searched the town of Noshki, " +
		"and the provincial government of Balochistan said schools in Quetta would close.\n" +
		"The United States condemned the attack, and India denied any role."
	doc := nlp.Analyze(text)
	ps := Find(doc, Input{Entities: ner.Entities(doc)})
	checkSpans(t, text, ps)
	for _, w := range []string{"QUETTA", "Pakistan", "Mastung", "Noshki", "Balochistan", "Quetta", "United States", "India"} {
		if byMention(ps, w) == nil {
			t.Errorf("mention %q missing; got %q", w, mentionTexts(ps))
		}
	}
	q := byMention(ps, "QUETTA")
	if q == nil || byMention(ps, "Quetta") != q {
		t.Errorf("QUETTA and Quetta are not one place")
	}
	for _, p := range ps {
		for _, m := range p.Mentions {
			if m.Text == "Pakistani" || m.Start == strings.Index(text, "Balochistan Liberation") {
				t.Errorf("%q at %d taken for a place", m.Text, m.Start)
			}
		}
	}
}

func jsonOf(t *testing.T, ps []record.Place) string {
	b, err := json.Marshal(ps)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}

func TestConcurrent(t *testing.T) {
	texts := []string{
		"Floods hit Pakistan and Afghanistan this week.",
		"The rodeo in Paris, Texas, opened on Friday.",
		"Drones struck Kyiv overnight. Officials in Kiev said power was restored.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = jsonOf(t, find(s))
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 20; k++ {
				i := k % len(texts)
				if jsonOf(t, find(texts[i])) != want[i] {
					t.Errorf("concurrent run differs for %q", texts[i])
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
