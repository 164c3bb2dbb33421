package actors

import (
	"testing"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// benchText is an invented wire story of about 3 KB, in the style of the
// articles the stage is for.
const benchText = `Militants storm police posts in northern province; army says 40 killed
PESHAWAR, Pakistan — Pakistani security forces killed 40 militants in two days of fighting after gunmen attacked police posts and an army camp in the northern district of Tank, the military said on Sunday.
The Inter-Services Public Relations (ISPR), the media wing of the armed forces, said seven soldiers and three policemen were also killed. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a statement sent to reporters.
"The terrorists will be hunted down wherever they hide," Interior Minister Farid Khan Marwat told a news conference in Islamabad. Marwat said the government would not hold talks with the group.
Provincial police chief Nasir Ali Durrani said 600 additional officers had been sent to the district. Durrani said a curfew would stay in place until Tuesday.
Islamabad accused Afghanistan of sheltering the fighters. The Taliban administration in Kabul denied the charge. Zabihullah Mujahid, a spokesman for the Afghan government, said on X that Pakistan was blaming others for its own failures.
The United States condemned the attack. U.S. ambassador Laura Whitfield expressed condolences to the families of the victims.
The Human Rights Commission of Pakistan (HRCP), an independent watchdog, said at least six civilians were among the dead and called for an inquiry. Its chairman, Asad Iqbal Butt, said civilians were too often caught between the army and the militants.
Dr Saima Qureshi, the medical superintendent of the district hospital, said 23 wounded people had been brought in, five of them in critical condition.
The Baloch Liberation Army, a separate insurgent group fighting in the southwest, has also stepped up attacks this year. The U.S. designated the Balochistan Liberation Army a foreign terrorist organisation in 2019.
Pakistan's Foreign Office said the country would raise the issue at the United Nations. "We expect our neighbours to honour their commitments," spokeswoman Ayesha Rana said.
`

// BenchmarkFind is the stage alone, on an article analysed and tagged
// beforehand.
func BenchmarkFind(b *testing.B) {
	doc := nlp.Analyze(benchText)
	ents := ner.Entities(doc)
	Find(doc, ents) // the dictionary is built once per process
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, ents)
	}
}
