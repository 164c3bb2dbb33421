package casualties

import (
	"testing"

	"github.com/newsx/newsx/extract/nlp"
)

// benchText is an invented wire story of about 3 KB with a dozen figures.
const benchText = `Dozens killed as militants storm border town; army says 60 attackers dead
KARAK, Freedonia (Newsx Wire) — At least 34 people were killed and 71 wounded when militants stormed the border town of Karak before dawn on Saturday, setting fire to a market and attacking two police stations, officials said on Sunday.
The provincial governor, Amina Hadid, said 19 police officers and 15 civilians, among them four children, lost their lives in the assault. "The attackers came in trucks from three directions," she told reporters in the provincial capital.
The army said it had killed 60 attackers in a 30-hour operation to retake the town, with 41 of them killed on Saturday and another 12 on Sunday morning. A military spokesman, Colonel Idris Farouk, said 23 suspects had been arrested and that about 400 families had fled to nearby villages.
A doctor at the district hospital, who asked not to be named, said the hospital had received 58 wounded people, 11 of them in critical condition, and that a nurse was killed when a rocket hit the emergency ward.
Residents said the fighting destroyed more than 120 shops and 35 vehicles, and that the market, which employed some 2,000 traders, would take months to rebuild. The town's 45,000 residents were left without power and water.
The Freedonian Front for Liberation, a separatist group, said in a statement that its fighters had "punished the occupiers" and claimed to have killed 80 soldiers, a figure the army called "pure propaganda".
The interior ministry put the death toll at 36 on Sunday evening, up from 34, after two of the wounded died in hospital overnight. Two journalists covering the clashes were detained for several hours and released on Sunday afternoon.
The attack was the deadliest in the province since March 2019, when a suicide bombing at a wedding killed 41 guests. Security analysts say the group has about 3,000 fighters in the mountains along the border.
The United Nations said 12,500 people had been displaced in the province since January. Aid agencies warned that food stocks in the camps would last only two weeks without new funding.
A 25-year-old teacher, Samir Abboud, was shot dead outside his school on Saturday, his brother said. He had worked there for three years.
Parliament will debate a 15 percent increase in the security budget next week, after 112 lawmakers signed a petition calling for more troops in the border districts.
`

// BenchmarkFind is the stage alone on an analysed article.
func BenchmarkFind(b *testing.B) {
	doc := nlp.Analyze(benchText)
	in := Input{Published: "2025-03-16"}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, in)
	}
}

// BenchmarkFindParallel is BenchmarkFind with all cores busy.
func BenchmarkFindParallel(b *testing.B) {
	doc := nlp.Analyze(benchText)
	in := Input{Published: "2025-03-16"}
	b.SetBytes(int64(len(benchText)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			Find(doc, in)
		}
	})
}

func TestBenchTextFigures(t *testing.T) {
	cs, ws := Find(nlp.Analyze(benchText), Input{Published: "2025-03-16"})
	if len(cs) < 12 {
		t.Errorf("only %d figures: %v", len(cs), briefs(cs))
	}
	for _, c := range cs {
		switch c.Count {
		case 30, 120, 35, 2000, 45000, 3000, 112:
			t.Errorf("not a casualty: %s «%s»", brief(c), c.Evidence.Text)
		}
	}
	_ = ws
}
