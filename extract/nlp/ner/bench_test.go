package ner

import (
	"testing"

	"github.com/newsx/newsx/extract/nlp"
)

// benchText is an invented wire story of about 3 KB.
const benchText = `Rebels seize border town as talks stall in Geneva
GOMA, Congo (Reuters) — Fighters of the M23 rebel group took control of the border town of Bunagana on Sunday after two days of clashes with the Congolese army, local officials and a United Nations source said.
The army spokesman in North Kivu province, Lt. Col. Guillaume Ndjike, said troops had withdrawn to protect civilians and would return. "We have not abandoned the people of Bunagana," he told reporters in Goma.
More than 30,000 people have fled across the border into Uganda since Friday, according to the Office of the U.N. High Commissioner for Refugees. Aid workers in Kisoro district said the camps were already full and that food supplies would last only a week.
President Felix Tshisekedi accused neighbouring Rwanda of backing the rebels, a charge the government in Kigali has always denied. Rwandan government spokeswoman Yolande Makolo said on Twitter that Congo was blaming others for its own failures.
The fighting came as diplomats met in Geneva for a second round of talks brokered by the African Union and the East African Community. Former Kenyan president Uhuru Kenyatta, the regional mediator, called on all sides to respect a ceasefire agreed in March.
Human Rights Watch said it had documented the killing of at least 20 civilians in villages around Rutshuru in May, and urged the International Criminal Court to investigate. The group's Central Africa director, Ida Sawyer, said commanders on both sides must be held to account.
In Kinshasa, hundreds of students marched to the Belgian and American embassies on Monday, carrying banners that read "Stop the war in the east". Police fired tear gas to disperse them near the Boulevard du 30 Juin.
The M23, which briefly captured Goma in 2012, says it is defending the Tutsi minority against the Democratic Forces for the Liberation of Rwanda, a militia founded by Hutu extremists. Analysts at the International Crisis Group said the renewed offensive threatened years of fragile peace.
MONUSCO, the U.N. peacekeeping mission, said its helicopters had flown reconnaissance flights over the area and that two of its bases near Rumangabo were on high alert. A spokesman, Mathias Gillmann, declined to give details of troop movements.
The World Food Programme warned that it faced a shortfall of $120 million for eastern Congo this year. "Without new funding we will have to cut rations again in July," said the agency's country director, Peter Musoko.
Uganda's foreign ministry said it was keeping the border open on humanitarian grounds, while the Ugandan army deployed extra units along the frontier. Officials in Kampala did not say how long the arrangement would last.
(Reporting by a Goma correspondent; additional reporting from Kinshasa and Geneva; editing by the Africa desk)
`

// BenchmarkEntities is tagging and entity recognition of an analysed 3 KB
// article (tokenization excluded).
func BenchmarkEntities(b *testing.B) {
	doc := nlp.Analyze(benchText)
	r := mustDefault()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		r.Entities(doc)
	}
}

// BenchmarkAnalyzeEntities is the whole language stage: tokenization,
// sentence splitting, tagging and entities.
func BenchmarkAnalyzeEntities(b *testing.B) {
	r := mustDefault()
	nlp.Analyze("Warm up.")
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		r.Entities(nlp.Analyze(benchText))
	}
}

// BenchmarkEntitiesParallel is BenchmarkEntities with all cores busy.
func BenchmarkEntitiesParallel(b *testing.B) {
	doc := nlp.Analyze(benchText)
	r := mustDefault()
	b.SetBytes(int64(len(benchText)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			r.Entities(doc)
		}
	})
}

// BenchmarkTag is part-of-speech tagging alone.
func BenchmarkTag(b *testing.B) {
	doc := nlp.Analyze(benchText)
	r := mustDefault()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range doc.Sentences {
			r.Tag(s.Tokens)
		}
	}
}

// BenchmarkLoad is the one-off cost of reading the embedded models.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(posModel, nerModel); err != nil {
			b.Fatal(err)
		}
	}
}
