package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/nlp"
)

// mentionsOf builds the model's mentions for a test: each spec is
// "sentence index|words|label" and marks the first occurrence of words in
// that sentence (searching after the previous mention of the sentence).
func mentionsOf(t *testing.T, doc *nlp.Doc, specs ...string) []mention {
	t.Helper()
	var ms []mention
	from := map[int]int{}
	for _, spec := range specs {
		parts := strings.Split(spec, "|")
		si := int(parts[0][0] - '0')
		words := strings.Fields(parts[1])
		toks := doc.Sentences[si].Tokens
		found := false
		for i := from[si]; i+len(words) <= len(toks); i++ {
			ok := true
			for k, w := range words {
				if toks[i+k].Text != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			start, end := toks[i].Start, toks[i+len(words)-1].End
			ms = append(ms, mention{Entity: Entity{Label: parts[2], Start: start, End: end, Text: doc.Slice(start, end)}, sent: si, first: i, last: i + len(words)})
			from[si] = i + len(words)
			found = true
			break
		}
		if !found {
			t.Fatalf("%q not in sentence %d", parts[1], si)
		}
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.Start - b.Start })
	return ms
}

func labels(ents []Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Label+":"+e.Text)
	}
	return out
}

func TestConsistent(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		specs []string
		want  []string
	}{
		{
			"surname alone is the person",
			"Manuel Belgrano led the army.\nBelgrano won at Tucumán.\nLater Belgrano lost.",
			[]string{"0|Manuel Belgrano|PERSON", "1|Belgrano|GPE", "1|Tucumán|GPE", "2|Belgrano|LOC"},
			[]string{"PERSON:Manuel Belgrano", "PERSON:Belgrano", "GPE:Tucumán", "PERSON:Belgrano"},
		},
		{
			"a surname that names a country keeps the vote",
			"Michael Jordan flew to Amman.\nJordan said the border was closed.\nTroops left Jordan.",
			[]string{"0|Michael Jordan|PERSON", "0|Amman|GPE", "1|Jordan|GPE", "2|Jordan|GPE"},
			[]string{"PERSON:Michael Jordan", "GPE:Amman", "GPE:Jordan", "GPE:Jordan"},
		},
		{
			"the majority label wins",
			"Kent beat Essex.\nKent lost to Surrey.\nKent won again.\nFans of Kent cheered.",
			[]string{"0|Kent|ORG", "0|Essex|ORG", "1|Kent|ORG", "1|Surrey|ORG", "2|Kent|PERSON", "3|Kent|ORG"},
			[]string{"ORG:Kent", "ORG:Essex", "ORG:Kent", "ORG:Surrey", "ORG:Kent", "ORG:Kent"},
		},
		{
			"an acronym takes its name's label, also where the model missed it",
			"The Balochistan Liberation Army ( BLA ) claimed the attack.\nPolice blamed the BLA for it.",
			[]string{"0|Balochistan Liberation Army|ORG", "0|BLA|PERSON"},
			[]string{"ORG:Balochistan Liberation Army", "ORG:BLA", "ORG:BLA"},
		},
		{
			"a missed occurrence is marked, a lone capitalised first word is not",
			"Kofi Annan met Nouri Maliki.\nLater Annan left.\nAnnan returned.",
			[]string{"0|Kofi Annan|PERSON", "0|Nouri Maliki|PERSON"},
			[]string{"PERSON:Kofi Annan", "PERSON:Nouri Maliki", "PERSON:Annan", "PERSON:Annan"},
		},
		{
			"countries joined in one mention are split",
			"Saudi Arabia and Qatar urged restraint.\nFrance, Germany and Britain agreed.",
			[]string{"0|Saudi Arabia and Qatar|ORG", "1|France , Germany and Britain|ORG"},
			[]string{"GPE:Saudi Arabia", "GPE:Qatar", "GPE:France", "GPE:Germany", "GPE:Britain"},
		},
		{
			"a country read as two mentions is joined",
			"Sri Lanka floods kill 46\nRains hit Sri Lanka again.",
			[]string{"0|Sri|PERSON", "0|Lanka|LOC", "1|Sri Lanka|GPE"},
			[]string{"GPE:Sri Lanka", "GPE:Sri Lanka"},
		},
		{
			"a name with a country in it is not split",
			"Trinidad and Tobago won.\nBosnia and Herzegovina lost to Procter and Gamble.",
			[]string{"0|Trinidad and Tobago|GPE", "1|Bosnia and Herzegovina|GPE", "1|Procter and Gamble|ORG"},
			[]string{"GPE:Trinidad and Tobago", "GPE:Bosnia and Herzegovina", "ORG:Procter and Gamble"},
		},
		{
			"an article does not open a person's name, an initial may",
			"A Myanmar military airstrike killed 23 people.\nThe Smith family left.\nA Shettima spoke.",
			[]string{"0|A Myanmar|PERSON", "1|The Smith|PERSON", "2|A Shettima|PERSON"},
			[]string{"GPE:Myanmar", "PERSON:Smith", "PERSON:A Shettima"},
		},
		{
			"a conjunction opening a sentence does not open a name, one inside a title may",
			"Although Bugti spoke, the talks failed.\nWhile Microsoft denied it, shares fell.\nThey watched Gone With Before Sunrise.",
			[]string{"0|Although Bugti|PERSON", "1|While Microsoft|ORG", "2|Gone With Before Sunrise|ORG"},
			[]string{"PERSON:Bugti", "ORG:Microsoft", "ORG:Gone With Before Sunrise"},
		},
		{
			"lower-case words are never marked",
			"Amina Hope spoke.\nThere is hope.",
			[]string{"0|Amina Hope|PERSON"},
			[]string{"PERSON:Amina Hope"},
		},
	} {
		doc := nlp.Analyze(tc.text)
		got := labels(consistent(doc, mentionsOf(t, doc, tc.specs...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.name, got, tc.want)
		}
	}
	if got := consistent(nlp.Analyze("nothing here"), nil); got != nil {
		t.Errorf("no mentions gave %v", got)
	}
}

func TestIsAcronymOf(t *testing.T) {
	doc := nlp.Analyze("News Agency of Nigeria\nBalochistan Liberation Army\nWorld Health Organization")
	toks := func(i int) []nlp.Token { return doc.Sentences[i].Tokens }
	for _, tc := range []struct {
		acr  string
		sent int
		want bool
	}{
		{"NAN", 0, true}, {"BLA", 1, true}, {"WHO", 2, true}, {"BL", 1, true},
		{"ABL", 1, false}, {"B", 1, false}, {"Bla", 1, false}, {"WHOX", 2, false}, {"XYZ", 2, false},
	} {
		if got := isAcronymOf(tc.acr, toks(tc.sent)); got != tc.want {
			t.Errorf("isAcronymOf(%q, %d) = %v", tc.acr, tc.sent, got)
		}
	}
}
