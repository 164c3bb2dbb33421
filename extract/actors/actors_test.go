package actors

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

// entities marks every occurrence of the given texts with a label, as the
// recognizer would: "PERSON=Sarfraz Bugti". Tests give the entities
// themselves so that they check the stage's rules, not the model.
func entities(doc *nlp.Doc, marks ...string) []ner.Entity {
	var out []ner.Entity
	for _, m := range marks {
		label, text, _ := strings.Cut(m, "=")
		from := 0
		for {
			i := strings.Index(doc.Text[from:], text)
			if i < 0 {
				break
			}
			b := from + i
			start := utf8.RuneCountInString(doc.Text[:b])
			end := start + utf8.RuneCountInString(text)
			out = append(out, ner.Entity{Label: label, Start: start, End: end, Text: text})
			from = b + len(text)
		}
	}
	// Entities come in text order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func find(text string, marks ...string) []record.Actor {
	doc := nlp.Analyze(text)
	return Find(doc, entities(doc, marks...))
}

// byName returns the actor with that name, or nil.
func byName(as []record.Actor, name string) *record.Actor {
	for i := range as {
		if as[i].Name == name {
			return &as[i]
		}
	}
	return nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func names(as []record.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Kind+":"+a.Name)
	}
	return out
}

func mentionTexts(a *record.Actor) []string {
	var out []string
	for _, m := range a.Mentions {
		out = append(out, m.Text)
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// expect is what a test wants of one actor; empty fields are not checked.
type expect struct {
	name, kind  string
	titles      []string // each must be among the actor's titles
	affiliation string
	country     string
	aliases     []string // each must be among the aliases
	mentions    []string // the mention texts, exactly, in order
}

func check(t *testing.T, as []record.Actor, w expect) {
	t.Helper()
	a := byName(as, w.name)
	if a == nil {
		t.Errorf("no actor %q; got %v", w.name, names(as))
		return
	}
	if w.kind != "" && a.Kind != w.kind {
		t.Errorf("%s: kind %s, want %s", w.name, a.Kind, w.kind)
	}
	for _, ti := range w.titles {
		if !has(a.Titles, ti) {
			t.Errorf("%s: titles %q, want %q among them", w.name, a.Titles, ti)
		}
	}
	if w.affiliation != "" && str(a.Affiliation) != w.affiliation {
		t.Errorf("%s: affiliation %q, want %q", w.name, str(a.Affiliation), w.affiliation)
	}
	if w.country != "" && str(a.Country) != w.country {
		t.Errorf("%s: country %q, want %q", w.name, str(a.Country), w.country)
	}
	for _, al := range w.aliases {
		if !has(a.Aliases, al) {
			t.Errorf("%s: aliases %q, want %q among them", w.name, a.Aliases, al)
		}
	}
	if w.mentions != nil {
		got := mentionTexts(a)
		if strings.Join(got, "|") != strings.Join(w.mentions, "|") {
			t.Errorf("%s: mentions %q, want %q", w.name, got, w.mentions)
		}
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []string
		want  []expect
		not   []string // names that must not be actors
	}{
		{
			name:  "pre-nominal title",
			text:  "Chief Minister Sarfraz Bugti said the attacks had been repelled. Bugti added that the curfew would stay.",
			marks: []string{"PERSON=Sarfraz Bugti"},
			want: []expect{{name: "Sarfraz Bugti", kind: KindPerson, titles: []string{"Chief Minister"},
				aliases: []string{"Bugti"}, mentions: []string{"Sarfraz Bugti", "Bugti"}}},
		},
		{
			name:  "possessive country before a title",
			text:  "Gunmen hid among shoppers before opening fire, Pakistan's junior interior minister Talal Chaudhry told reporters.",
			marks: []string{"PERSON=Talal Chaudhry"},
			want: []expect{{name: "Talal Chaudhry", titles: []string{"junior interior minister"},
				affiliation: "Pakistan", country: "PK"}},
			not: []string{"Pakistan"},
		},
		{
			name:  "demonym before a title",
			text:  "Pakistani Defence Minister Khawaja Asif said some attackers were women.",
			marks: []string{"PERSON=Khawaja Asif"},
			want:  []expect{{name: "Khawaja Asif", titles: []string{"Defence Minister"}, country: "PK"}},
		},
		{
			name:  "country abbreviation before a title",
			text:  "The embassy sent condolences, with U.S. deputy chief of mission Natalie Baker expressing solidarity.",
			marks: []string{"PERSON=Natalie Baker"},
			want: []expect{{name: "Natalie Baker", titles: []string{"deputy chief of mission"},
				affiliation: "United States", country: "US"}},
		},
		{
			name:  "apposition after the name",
			text:  "Natalie Baker, the U.S. deputy chief of mission, expressed solidarity with the victims.",
			marks: []string{"PERSON=Natalie Baker"},
			want:  []expect{{name: "Natalie Baker", titles: []string{"deputy chief of mission"}, country: "US"}},
		},
		{
			name:  "a spokesman for an organisation",
			text:  "The Sudan Doctors Network said 41 people had died. \"We counted the bodies ourselves,\" said Khalid Abdelrahim, a spokesman for the network.",
			marks: []string{"ORG=Sudan Doctors Network", "PERSON=Khalid Abdelrahim"},
			want: []expect{{name: "Khalid Abdelrahim", titles: []string{"spokesman"}, affiliation: "Sudan Doctors Network"},
				{name: "Sudan Doctors Network", kind: KindOrganization, country: "SD"}},
		},
		{
			name:  "a spokesman for a named body",
			text:  "Abdul Wahid Rahimi, a spokesman for the Ministry of Foreign Affairs, rejected the claim.",
			marks: []string{"PERSON=Abdul Wahid Rahimi"},
			want:  []expect{{name: "Abdul Wahid Rahimi", titles: []string{"spokesman"}, affiliation: "Ministry of Foreign Affairs"}},
		},
		{
			name:  "reverse apposition with a possessive pronoun",
			text:  "The National Disaster Mitigation Agency gave the toll. Its spokesman, Rahmat Hidayat Nugroho, said 12 people were rescued.",
			marks: []string{"PERSON=Rahmat Hidayat Nugroho"},
			want: []expect{{name: "Rahmat Hidayat Nugroho", titles: []string{"spokesman"},
				affiliation: "National Disaster Mitigation Agency"}},
		},
		{
			name:  "rank and role",
			text:  "Army spokesman Lieutenant Colonel Musa Ibrahim Garba said two soldiers were injured.",
			marks: []string{"PERSON=Musa Ibrahim Garba"},
			want:  []expect{{name: "Musa Ibrahim Garba", titles: []string{"Army spokesman", "Lieutenant Colonel"}}},
		},
		{
			name: "a person the recognizer missed, after a rank",
			text: "Maj.-Gen. Chidi Okonkwo, the General Officer Commanding, said the suspects were arrested.",
			want: []expect{{name: "Chidi Okonkwo", titles: []string{"Maj.-Gen.", "General Officer Commanding"}}},
		},
		{
			name:  "an organisation's name at the start of a title is the affiliation",
			text:  "Zamfara State Police Command spokesman Superintendent Haruna Bello Adamu confirmed the abduction.",
			marks: []string{"PERSON=Haruna Bello Adamu"},
			want: []expect{{name: "Haruna Bello Adamu", titles: []string{"spokesman", "Superintendent"},
				affiliation: "Zamfara State Police Command"}},
		},
		{
			name:  "an age is no title",
			text:  "Sri Wahyuni, 45, said she had run from her house.",
			marks: []string{"PERSON=Sri Wahyuni"},
			want:  []expect{{name: "Sri Wahyuni", mentions: []string{"Sri Wahyuni"}}},
		},
		{
			name:  "a job in an apposition",
			text:  "Fernando Muianga, a 38-year-old teacher in Quelimane, said the roof was torn away.",
			marks: []string{"PERSON=Fernando Muianga"},
			want:  []expect{{name: "Fernando Muianga", titles: []string{"teacher"}}},
		},
		{
			name:  "a list of names is no apposition",
			text:  "Bugti, Chaudhry and Asif met on Monday after Sarfraz Bugti called them.",
			marks: []string{"PERSON=Sarfraz Bugti", "PERSON=Chaudhry", "PERSON=Asif"},
			want:  []expect{{name: "Sarfraz Bugti", mentions: []string{"Bugti", "Sarfraz Bugti"}}},
		},
		{
			name:  "a surname shared by two people goes to the last one named",
			text:  "Musa Ibrahim Garba spoke first. Later Shehu Garba joined the talks. Garba said the talks had failed.",
			marks: []string{"PERSON=Musa Ibrahim Garba", "PERSON=Shehu Garba"},
			want: []expect{{name: "Shehu Garba", mentions: []string{"Shehu Garba", "Garba"}},
				{name: "Musa Ibrahim Garba", mentions: []string{"Musa Ibrahim Garba"}}},
		},
		{
			name:  "a particle joins the name",
			text:  "An army spokesman, Brigadier General Osman Hamid el-Nur, called the strike a war crime.",
			marks: []string{"PERSON=Osman Hamid"},
			want:  []expect{{name: "Osman Hamid el-Nur", titles: []string{"Brigadier General", "army spokesman"}}},
		},
		{
			name:  "a place the recognizer took for a person",
			text:  "A drone struck a market in El Obeid on Monday. El Obeid is a trading hub.",
			marks: []string{"PERSON=El Obeid"},
			not:   []string{"El Obeid"},
		},
		{
			name:  "Jordan the person, not the country",
			text:  "Michael Jordan said he would return. Jordan said the decision was final.",
			marks: []string{"PERSON=Michael Jordan"},
			want:  []expect{{name: "Michael Jordan", kind: KindPerson, mentions: []string{"Michael Jordan", "Jordan"}}},
			not:   []string{"Jordan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := find(tt.text, tt.marks...)
			for _, w := range tt.want {
				check(t, as, w)
			}
			for _, n := range tt.not {
				if byName(as, n) != nil {
					t.Errorf("%q should not be an actor; got %v", n, names(as))
				}
			}
		})
	}
}

func TestOrganizations(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []string
		want  []expect
		not   []string
	}{
		{
			name: "an acronym defined in the text joins its later uses",
			text: "The Balochistan Liberation Army (BLA) claimed the attacks. The BLA has been banned since 2006.",
			want: []expect{{name: "Balochistan Liberation Army", kind: KindArmedGroup, aliases: []string{"BLA"},
				mentions: []string{"Balochistan Liberation Army", "BLA", "BLA"}}},
		},
		{
			name: "variants of one name are one group",
			text: "The Baloch Liberation Army said it carried out the raids. Washington listed the Balochistan Liberation Army as a terrorist group in 2019.",
			want: []expect{{name: "Balochistan Liberation Army", kind: KindArmedGroup, aliases: []string{"Baloch Liberation Army"},
				mentions: []string{"Baloch Liberation Army", "Balochistan Liberation Army"}}},
		},
		{
			name: "variants of an unknown group merge by word form",
			text: "The Arakan Liberation Front claimed the raid. Officials blamed the Arakanese Liberation Front.",
			want: []expect{{name: "Arakanese Liberation Front", kind: KindArmedGroup,
				mentions: []string{"Arakan Liberation Front", "Arakanese Liberation Front"}}},
		},
		{
			name: "known aid bodies and a government department",
			text: "Save the Children said a third of the dead were children. State Department spokeswoman Tammy Bruce welcomed the talks.",
			want: []expect{
				{name: "Save the Children", kind: KindOrganization},
				{name: "State Department", kind: KindOrganization, country: "US"},
			},
			not: []string{"Save"},
		},
		{
			name: "known groups and their other names",
			text: "The Tehreek-e-Taliban Pakistan (TTP) claimed the attack. Analysts say the Pakistani Taliban have grown stronger, while al-Shabaab and Boko Haram remain active and Hezbollah stayed silent.",
			want: []expect{
				{name: "Tehreek-e-Taliban Pakistan", kind: KindArmedGroup, country: "PK",
					mentions: []string{"Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"}},
				{name: "al-Shabaab", kind: KindArmedGroup, country: "SO"},
				{name: "Boko Haram", kind: KindArmedGroup, country: "NG"},
				{name: "Hezbollah", kind: KindArmedGroup},
			},
		},
		{
			name: "the Islamic State and its provinces are different groups",
			text: "Islamic State claimed the bombing. The Islamic State West Africa Province (ISWAP) denied it, and ISIS-K said nothing.",
			want: []expect{
				{name: "Islamic State", kind: KindArmedGroup, mentions: []string{"Islamic State"}},
				{name: "Islamic State West Africa Province", kind: KindArmedGroup, aliases: []string{"ISWAP"}},
				{name: "Islamic State Khorasan Province", kind: KindArmedGroup, mentions: []string{"ISIS-K"}},
			},
		},
		{
			name: "head nouns make organisations",
			text: "The Ministry of Interior and National Administration denied the report, and the Kenya National Commission on Human Rights disagreed. The Social Democratic Party of Lithuania, the Liberal Movement, the Security Council and the National Search and Rescue Agency were named.",
			want: []expect{
				{name: "Ministry of Interior and National Administration", kind: KindOrganization},
				{name: "Kenya National Commission on Human Rights", kind: KindOrganization, country: "KE"},
				{name: "Social Democratic Party of Lithuania", kind: KindOrganization, country: "LT"},
				{name: "Liberal Movement", kind: KindOrganization},
				{name: "National Search and Rescue Agency", kind: KindOrganization},
			},
		},
		{
			name: "head nouns of armed groups and forces",
			text: "The Arakan Army and the Karen National Liberation Front fought the Myanmar Armed Forces, while the Zamfara State Police Command and the 82 Division stayed in their bases. The Nasser Brigades and the Kurdish People's Militia joined in.",
			want: []expect{
				{name: "Arakan Army", kind: KindArmedGroup},
				{name: "Karen National Liberation Front", kind: KindArmedGroup},
				{name: "Myanmar Armed Forces", kind: KindSecurityForce, country: "MM"},
				{name: "Zamfara State Police Command", kind: KindSecurityForce},
				{name: "82 Division", kind: KindSecurityForce},
				{name: "Nasser Brigades", kind: KindArmedGroup},
			},
		},
		{
			name: "an acronym spelled by the words before it",
			text: "The Inter-Services Public Relations (ISPR) said the operation was over. An ISPR official confirmed it.",
			want: []expect{{name: "Inter-Services Public Relations", aliases: []string{"ISPR"},
				mentions: []string{"Inter-Services Public Relations", "ISPR", "ISPR"}}},
		},
		{
			name:  "an acronym the text defines otherwise wins over the table",
			text:  "Reporters Without Borders (RSF) condemned the arrest. RSF said journalists were at risk.",
			marks: []string{"ORG=Reporters Without Borders"},
			want: []expect{{name: "Reporters Without Borders", kind: KindOrganization,
				mentions: []string{"Reporters Without Borders", "RSF", "RSF"}}},
			not: []string{"Rapid Support Forces"},
		},
		{
			name: "a shorter name inside a longer one",
			text: "The Uganda Red Cross Society said 17 people died. The Red Cross said more were missing.",
			want: []expect{{name: "Uganda Red Cross Society", mentions: []string{"Uganda Red Cross Society", "Red Cross"}}},
		},
		{
			name: "a party named before a lower-case head",
			text: "Lawmakers of the Dawn of Nemunas party voted against. Dawn of Nemunas leaders later apologised.",
			want: []expect{{name: "Dawn of Nemunas", kind: KindOrganization, mentions: []string{"Dawn of Nemunas", "Dawn of Nemunas"}}},
		},
		{
			name: "a ministry in lower case",
			text: "Afghanistan's foreign ministry rejected the claim, and the health ministry in Kabul gave a toll.",
			want: []expect{{name: "Afghanistan's foreign ministry", kind: KindOrganization, country: "AF"}},
		},
		{
			name:  "the Washington Post is a newspaper, not the state",
			text:  "The Washington Post reported the deal. Washington said it would respond.",
			want:  []expect{{name: "Washington Post", kind: KindOrganization}, {name: "United States", kind: KindState, mentions: []string{"Washington"}}},
			marks: []string{"ORG=Washington Post"},
		},
		{
			name:  "a modifier is no organisation",
			text:  "Rights groups say ethnic Baloch separatists have gained recruits.",
			marks: []string{"ORG=Baloch"},
			not:   []string{"Baloch"},
		},
		{
			name:  "a building is an actor only when it acts or employs someone",
			text:  "The wounded were taken to Madina Hospital. Dr Ali, a surgeon at Mpilo Hospital, said 31 were treated. The Kenyatta National Hospital said it was full.",
			marks: []string{"ORG=Madina Hospital", "ORG=Mpilo Hospital", "ORG=Kenyatta National Hospital"},
			want:  []expect{{name: "Mpilo Hospital"}, {name: "Kenyatta National Hospital"}},
			not:   []string{"Madina Hospital"},
		},
		{
			name:  "a person the recognizer took for an organisation",
			text:  "Its coordinator, Sylvie Ngo Mbock, said the group had written to the delegation. Dr Halima Nur Ali said 31 were wounded.",
			marks: []string{"ORG=Sylvie Ngo Mbock", "ORG=Halima Nur Ali"},
			want: []expect{{name: "Sylvie Ngo Mbock", kind: KindPerson, titles: []string{"coordinator"}},
				{name: "Halima Nur Ali", kind: KindPerson, titles: []string{"Dr"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := find(tt.text, tt.marks...)
			for _, w := range tt.want {
				check(t, as, w)
			}
			for _, n := range tt.not {
				if byName(as, n) != nil {
					t.Errorf("%q should not be an actor; got %v", n, names(as))
				}
			}
		})
	}
}

func TestStates(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []string
		want  []expect
		not   []string
	}{
		{
			name: "a country that speaks or acts",
			text: "India refuted the claim and accused Pakistan of hiding its failures. The United States condemned the attacks, and the U.S. later sent aid.",
			want: []expect{
				{name: "India", kind: KindState, country: "IN", mentions: []string{"India"}},
				{name: "Pakistan", kind: KindState, country: "PK", mentions: []string{"Pakistan"}},
				{name: "United States", kind: KindState, country: "US", aliases: []string{"U.S."}, mentions: []string{"United States", "U.S."}},
			},
		},
		{
			name: "the agent of a passive and a relative clause",
			text: "It was a claim refuted by India, which accused its neighbour of lying.",
			want: []expect{{name: "India", kind: KindState, mentions: []string{"India"}}},
		},
		{
			name: "a capital for its government",
			text: "Islamabad said the attackers came from across the border. Kabul rejected the accusation, and the Kremlin said nothing.",
			want: []expect{
				{name: "Pakistan", kind: KindState, mentions: []string{"Islamabad"}},
				{name: "Afghanistan", kind: KindState, mentions: []string{"Kabul"}},
				{name: "Russia", kind: KindState, mentions: []string{"Kremlin"}},
			},
		},
		{
			name: "a government named by a demonym or a possessive",
			text: "The Indian government denied any role, and Pakistan's government asked for proof.",
			want: []expect{
				{name: "India", kind: KindState, mentions: []string{"Indian government"}},
				{name: "Pakistan", kind: KindState, mentions: []string{"Pakistan's government"}},
			},
		},
		{
			name: "a country that is only a place is no actor",
			text: "The attacks took place in Pakistan, near the border with Iran and Afghanistan. Pakistan's largest province is Balochistan. Fighters crossed from Afghanistan into Pakistan.",
			not:  []string{"Pakistan", "Iran", "Afghanistan"},
		},
		{
			name: "a capital that is only a place is no actor",
			text: "The minister spoke to reporters in Islamabad on Saturday before flying to Washington.",
			not:  []string{"Pakistan", "United States"},
		},
		{
			name: "the government of the article's country",
			text: "KABUL, Afghanistan — Afghan officials met on Monday. The government said the talks would go on.",
			want: []expect{{name: "Afghanistan", kind: KindState, mentions: []string{"government"}}},
		},
		{
			name: "a country inside a longer name is no actor",
			text: "The Pakistan Institute for Conflict and Security Studies said attacks rose. Latin America has seen fewer.",
			not:  []string{"Pakistan", "United States"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := find(tt.text, tt.marks...)
			for _, w := range tt.want {
				check(t, as, w)
			}
			for _, n := range tt.not {
				if a := byName(as, n); a != nil && a.Kind == KindState {
					t.Errorf("%q should not be a state actor; got %v (mentions %q)", n, names(as), mentionTexts(a))
				}
			}
		})
	}
}

func TestSecurityForces(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []expect
		not  []string
	}{
		{
			name: "forces with their country",
			text: "PESHAWAR, Pakistan — Pakistani security forces killed 12 militants, Pakistan's military said. The army, police and counterterrorism units took part, and security forces sealed the area.",
			want: []expect{
				{name: "Pakistan security forces", kind: KindSecurityForce, country: "PK", affiliation: "Pakistan",
					mentions: []string{"Pakistani security forces", "security forces"}},
				{name: "Pakistan military", kind: KindSecurityForce, country: "PK", mentions: []string{"Pakistan's military", "army"}},
				{name: "police", kind: KindSecurityForce, country: "PK", mentions: []string{"police"}},
				{name: "counterterrorism units", kind: KindSecurityForce, country: "PK"},
			},
		},
		{
			name: "a named force takes the common nouns of its kind",
			text: "NAIROBI, Kenya — The National Police Service (NPS) said 214 people were arrested. Police fired tear gas in Kenya's capital.",
			want: []expect{{name: "National Police Service", kind: KindSecurityForce, country: "KE",
				mentions: []string{"National Police Service", "NPS", "Police"}}},
		},
		{
			name: "named forces",
			text: "The Frontier Corps and the Sudanese Armed Forces (SAF) were deployed. The Rapid Support Forces denied it.",
			want: []expect{
				{name: "Frontier Corps", kind: KindSecurityForce, country: "PK"},
				{name: "Sudanese Armed Forces", kind: KindSecurityForce, country: "SD", aliases: []string{"SAF"}},
				{name: "Rapid Support Forces", kind: KindArmedGroup},
			},
		},
		{
			name: "troops with a country, not alone",
			text: "Russian troops shelled the town. Troops were seen near the river.",
			want: []expect{{name: "Russia military", kind: KindSecurityForce, country: "RU", mentions: []string{"Russian troops"}}},
		},
		{
			name: "a bureau's dateline is not the main country",
			text: "BANGKOK - An airstrike on a monastery in Myanmar killed 23 people, witnesses said. Myanmar's opposition blamed the military, which did not comment.",
			want: []expect{{name: "military", kind: KindSecurityForce, country: "MM"}},
		},
		{
			name: "a dateline's country named again stays the main one",
			text: "BANGKOK - Thai police arrested two men from Myanmar. Myanmar said nothing. The military was deployed in Bangkok and across Thailand.",
			want: []expect{{name: "military", kind: KindSecurityForce, country: "TH"}},
		},
		{
			name: "an adjective is no force",
			text: "There was no military target there, only army posts and police stations.",
			not:  []string{"military", "police"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := find(tt.text)
			for _, w := range tt.want {
				check(t, as, w)
			}
			for _, n := range tt.not {
				if byName(as, n) != nil {
					t.Errorf("%q should not be an actor; got %v", n, names(as))
				}
			}
		})
	}
}

// checkInvariants checks what every result must satisfy: ids a1, a2, ... in
// order of first mention, lists never nil, mentions sorted, each span's
// text equal to the document's text at its code-point offsets and its
// sentence the one that holds it.
func checkInvariants(t *testing.T, doc *nlp.Doc, as []record.Actor) {
	t.Helper()
	if as == nil {
		t.Fatal("Find returned nil")
	}
	prevFirst := -1
	for i, a := range as {
		if want := "a" + itoa(i+1); a.ID != want {
			t.Errorf("actor %d has id %s, want %s", i, a.ID, want)
		}
		if a.Titles == nil || a.Aliases == nil || a.Mentions == nil {
			t.Errorf("%s: nil list", a.Name)
		}
		if len(a.Mentions) == 0 {
			t.Errorf("%s: no mentions", a.Name)
			continue
		}
		if a.Mentions[0].Start < prevFirst {
			t.Errorf("%s: first mentioned at %d, before the actor listed before it (%d)", a.Name, a.Mentions[0].Start, prevFirst)
		}
		prevFirst = a.Mentions[0].Start
		for j, m := range a.Mentions {
			if got := doc.Slice(m.Start, m.End); got != m.Text {
				t.Errorf("%s: span %d-%d is %q in the text, mention says %q", a.Name, m.Start, m.End, got, m.Text)
			}
			if s := doc.SentenceAt(m.Start); s != m.Sentence {
				t.Errorf("%s: mention %q in sentence %d, says %d", a.Name, m.Text, s, m.Sentence)
			}
			if j > 0 && m.Start < a.Mentions[j-1].Start {
				t.Errorf("%s: mentions out of order", a.Name)
			}
		}
		switch a.Kind {
		case KindPerson, KindState, KindSecurityForce, KindArmedGroup, KindOrganization, KindGroup:
		default:
			t.Errorf("%s: kind %q", a.Name, a.Kind)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestSpansAreExact(t *testing.T) {
	// Non-ASCII text before the names moves byte offsets away from code
	// points.
	text := "MEDELLÍN, Colombia — Dr Lucía Bedoya Ospina, the department’s health secretary, said the Colombian National Police had opened an inquiry. Bedoya said the Superintendency of Transport would help."
	doc := nlp.Analyze(text)
	as := Find(doc, entities(doc, "PERSON=Lucía Bedoya Ospina"))
	checkInvariants(t, doc, as)
	p := byName(as, "Lucía Bedoya Ospina")
	if p == nil {
		t.Fatalf("no person; got %v", names(as))
	}
	if len(p.Mentions) != 2 {
		t.Fatalf("mentions %v", p.Mentions)
	}
	m := p.Mentions[0]
	if m.Start != 24 || m.End != 43 || m.Sentence != 0 {
		t.Errorf("first mention %+v, want 24-43 in sentence 0", m)
	}
	if m := p.Mentions[1]; m.Text != "Bedoya" || m.Sentence != 1 {
		t.Errorf("second mention %+v", m)
	}
	check(t, as, expect{name: "Lucía Bedoya Ospina", titles: []string{"Dr", "health secretary"}})
	check(t, as, expect{name: "Colombian National Police", kind: KindSecurityForce, country: "CO"})
	check(t, as, expect{name: "Superintendency of Transport", kind: KindOrganization})
}

func TestOrderAndIDs(t *testing.T) {
	text := "The Taliban denied the report. Zabihullah Mujahid said the United States had lied. The Taliban said more later."
	doc := nlp.Analyze(text)
	as := Find(doc, entities(doc, "PERSON=Zabihullah Mujahid"))
	checkInvariants(t, doc, as)
	got := names(as)
	want := []string{"armed_group:Taliban", "person:Zabihullah Mujahid", "state:United States"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("actors %v, want %v", got, want)
	}
}

func TestEmptyAndNoEntities(t *testing.T) {
	for _, text := range []string{"", "   ", "\n\n"} {
		as := Find(nlp.Analyze(text), nil)
		if as == nil || len(as) != 0 {
			t.Errorf("Find(%q) = %v, want []", text, as)
		}
	}
	if as := Find(nil, nil); as == nil || len(as) != 0 {
		t.Errorf("Find(nil) = %v, want []", as)
	}
	// Without the recognizer, tables and patterns still work.
	doc := nlp.Analyze("Hamas and the Ministry of Health said Israel had struck the hospital.")
	as := Find(doc, nil)
	checkInvariants(t, doc, as)
	for _, n := range []string{"Hamas", "Ministry of Health", "Israel"} {
		if byName(as, n) == nil {
			t.Errorf("no %q without entities; got %v", n, names(as))
		}
	}
}

func TestSpansFunc(t *testing.T) {
	text := "The Balochistan Liberation Army attacked Pakistan Army posts. Pakistan's military said Chief Minister Sarfraz Bugti was safe, and India denied any role. Russia's defence ministry said nothing. The People's Liberation Army held drills."
	doc := nlp.Analyze(text)
	as := Find(doc, entities(doc, "PERSON=Sarfraz Bugti"))
	checkInvariants(t, doc, as)
	got := map[string]bool{}
	for _, sp := range Spans(as) {
		got[doc.Slice(sp[0], sp[1])] = true
	}
	for _, w := range []string{"Balochistan Liberation Army", "Pakistan Army", "Sarfraz Bugti", "defence ministry", "People's Liberation Army"} {
		if !got[w] {
			t.Errorf("Spans lacks %q; got %v", w, got)
		}
	}
	for _, w := range []string{"Pakistan's military", "India", "Russia's defence ministry"} {
		if got[w] {
			t.Errorf("Spans has %q", w)
		}
	}
	if s := Spans(nil); s == nil || len(s) != 0 {
		t.Errorf("Spans(nil) = %v", s)
	}
	spans := Spans(as)
	for i := 1; i < len(spans); i++ {
		if spans[i][0] < spans[i-1][0] {
			t.Errorf("Spans not sorted: %v", spans)
		}
	}
}

func TestDeterministic(t *testing.T) {
	doc := nlp.Analyze(benchText)
	ents := ner.Entities(doc)
	first := Find(doc, ents)
	for i := 0; i < 5; i++ {
		again := Find(doc, ents)
		if strings.Join(names(again), ",") != strings.Join(names(first), ",") {
			t.Fatalf("run %d differs: %v vs %v", i, names(again), names(first))
		}
	}
}

// TestWithRecognizer runs the stage with the real entity recognizer over
// an invented article and checks what a reader expects, with contains
// checks: the recognizer's model changes, the rules do not.
func TestWithRecognizer(t *testing.T) {
	doc := nlp.Analyze(benchText)
	as := Find(doc, ner.Entities(doc))
	checkInvariants(t, doc, as)
	for _, w := range []expect{
		{name: "Tehreek-e-Taliban Pakistan", kind: KindArmedGroup, aliases: []string{"TTP"}},
		{name: "Inter-Services Public Relations", aliases: []string{"ISPR"}},
		{name: "Farid Khan Marwat", kind: KindPerson, titles: []string{"Interior Minister"}, aliases: []string{"Marwat"}},
		{name: "Zabihullah Mujahid", kind: KindPerson, titles: []string{"spokesman"}},
		{name: "Laura Whitfield", kind: KindPerson, titles: []string{"ambassador"}, country: "US"},
		{name: "Asad Iqbal Butt", kind: KindPerson, titles: []string{"chairman"}, affiliation: "Human Rights Commission of Pakistan"},
		{name: "Balochistan Liberation Army", kind: KindArmedGroup, aliases: []string{"Baloch Liberation Army"}},
		{name: "United States", kind: KindState},
		{name: "Afghanistan", kind: KindState},
		{name: "Pakistan security forces", kind: KindSecurityForce},
	} {
		check(t, as, w)
	}
}

func TestConcurrent(t *testing.T) {
	doc := nlp.Analyze(benchText)
	ents := ner.Entities(doc)
	want := strings.Join(names(Find(doc, ents)), ",")
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() { done <- strings.Join(names(Find(doc, ents)), ",") }()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave %s, want %s", got, want)
		}
	}
}
