package nlp

import "testing"

// newsText is an invented news article (3 KB) in the shape the HTML
// stage emits: a headline, a dateline, one paragraph per line, quotations,
// titles, abbreviations, figures and non-ASCII names.
const newsText = `Blast near market kills 11 in southwestern Pakistan
QUETTA, Pakistan (Reuters) — At least 11 people were killed and 24 wounded when a bomb hidden in a motorcycle exploded near a crowded vegetable market in Quetta on Tuesday, police and hospital officials said.
The blast struck shortly after 9 a.m., when traders were setting up their stalls. “The whole street shook and then there was smoke everywhere,” said Abdul Rehman, 43, who sells onions at the market. “I saw two children lying on the ground.”
Provincial police chief Mohammad Tahir said the device contained about 3.5 kg of explosives and was triggered remotely. Two of the dead were police officers guarding a nearby school, he added.
No group immediately claimed responsibility. A separatist faction that has attacked security forces in the province before denied any role in a short statement sent to reporters.
Chief Minister Sarwar Khan condemned the attack and ordered an inquiry. “Those responsible will be found,” he told a news conference in the provincial capital. “We will not let them divide us.”
The U.S. Embassy in Islamabad issued a security alert urging its citizens to avoid crowded places. A U.N. spokesman in New York said Secretary-General António Guterres was “deeply saddened” by the loss of life.
Dr. Farida Baloch, who heads the emergency ward at the Civil Hospital, said eight of the wounded were in critical condition. Blood donors lined up outside the hospital’s gates within an hour of the explosion.
The attack was the third in the city since Jan. 1. In the deadliest, on Feb. 17, a suicide bomber killed 23 people at a mosque. Officials say violence in the province has risen sharply over the past two years.
Lt. Gen. Asim Qureshi, the regional commander, said troops had arrested four suspects in raids overnight. He did not give their names.
Residents said the market would reopen on Thursday. “What else can we do?” asked Gul Bibi, whose brother was among the injured. “We have to eat.”
Analysts said the bombing showed the militants could still strike in the heart of the city despite checkpoints. Security around government buildings and schools has been increased, and mobile phone service was suspended in parts of Quetta for several hours.
Pakistan’s interior ministry said it was in contact with the provincial government and would send additional paramilitary units. The prime minister’s office said he had been briefed.
Earlier this month, the provincial assembly passed Resolution No. 14 calling for more funding for the police. Opposition lawmakers said the money had not arrived... and that officers still lacked basic equipment.
Mr. Khan’s spokesman, Bilal Ahmed, said compensation of 1.5 million rupees ($5,400) would be paid to the family of each victim. A helpline was set up for relatives seeking news of the missing — two people were still unaccounted for by evening.
(Reporting by a Quetta correspondent; Editing by the desk)
`

func BenchmarkAnalyze(b *testing.B) {
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(newsText)
	}
}

// BenchmarkAnalyzeParallel is BenchmarkAnalyze with all cores busy.
func BenchmarkAnalyzeParallel(b *testing.B) {
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			Analyze(newsText)
		}
	})
}

// BenchmarkTokenize is the tokenizer alone, and BenchmarkSplit the
// sentence splitter alone, on the same article.
func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	var buf []rawToken
	for b.Loop() {
		buf = tokenize(newsText, buf[:0])
	}
}

func BenchmarkSplit(b *testing.B) {
	toks := tokenize(newsText, nil)
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		for k := range toks {
			toks[k].flags &^= fEnd
		}
		split(newsText, toks)
	}
}
