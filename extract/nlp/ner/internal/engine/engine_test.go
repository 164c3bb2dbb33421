package engine

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestHashLowerMatchesHashString(t *testing.T) {
	for _, w := range []string{"London", "ÉCOLE", "İstanbul", "ümit", "U.S.", ""} {
		var s Sentence
		var tk tok
		s.analyze(&tk, w)
		if got, want := tk.lower, HashLower(w); got != want {
			t.Errorf("%q: analysed lower hash %x, HashLower %x", w, got, want)
		}
	}
	if HashLower("Kabul") != HashString("kabul") {
		t.Error("HashLower(Kabul) != HashString(kabul)")
	}
}

func TestFeaturesDeterministic(t *testing.T) {
	lx := buildLexicon([]uint64{HashLower("John")}, nil, nil)
	words := []string{"President", "John", "Smith", "of", "the", "Red", "Cross", "visited", "Kabul", "on", "Monday", "."}
	var a, b Sentence
	a.prepare(words, lx, nil)
	a.nerFeatures(false, false)
	first := slices.Clone(a.feats)
	// reuse a after a different sentence, and compare with a fresh one
	a.prepare([]string{"ANOTHER", "LINE"}, lx, nil)
	a.nerFeatures(false, false)
	a.prepare(words, lx, nil)
	a.nerFeatures(false, false)
	b.prepare(words, lx, nil)
	b.nerFeatures(false, false)
	if !slices.Equal(first, a.feats) || !slices.Equal(first, b.feats) {
		t.Fatal("features differ between runs")
	}
	if len(a.offs) != len(words)+1 {
		t.Fatalf("offsets: %d, want %d", len(a.offs), len(words)+1)
	}
	for i := range words {
		if len(a.Feats(i)) < 20 {
			t.Errorf("token %d has only %d features", i, len(a.Feats(i)))
		}
	}
}

func TestCapsAndTitleModes(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	for _, tc := range []struct {
		words       []string
		caps, title bool
	}{
		{[]string{"REBELS", "SEIZE", "TOWN", "IN", "NORTH", "MALI"}, true, false},
		{[]string{"LONDON", "1996-08-30"}, true, false},
		{[]string{"Rebels", "Seize", "Northern", "Town", "After", "Heavy", "Fighting"}, false, true},
		{[]string{"Rebels", "seized", "a", "town", "in", "NATO", "territory", "."}, false, false},
	} {
		var s Sentence
		s.prepare(tc.words, lx, nil)
		if s.caps != tc.caps || s.title != tc.title {
			t.Errorf("%v: caps %v title %v, want %v %v", tc.words, s.caps, s.title, tc.caps, tc.title)
		}
	}
}

func TestLexicon(t *testing.T) {
	lx := buildLexicon([]uint64{HashLower("Amina")}, []uint64{HashLower("rains")}, []string{"Nigerian"})
	for _, tc := range []struct {
		word string
		bit  uint16
	}{
		{"Mr.", LexTitle}, {"PRESIDENT", LexTitle}, {"Ministry", LexOrgHead}, {"Amina", LexGiven},
		{"amina", LexGiven}, {"March", LexMonth}, {"Tuesday", LexDay}, {"Nigerian", LexDemonym},
		{"RAINS", LexCommon}, {"goals", LexSport},
	} {
		if lx.get(HashLower(tc.word))&tc.bit == 0 {
			t.Errorf("%q lacks bit %b", tc.word, tc.bit)
		}
	}
	if lx.get(HashLower("window")) != 0 {
		t.Error("an unlisted word has lexical classes")
	}
	var s Sentence
	s.prepare([]string{"Lt-Gen.", "Maj.-Gen.", "well-known"}, lx, nil)
	if s.toks[0].lex&LexTitle == 0 || s.toks[1].lex&LexTitle == 0 || s.toks[2].lex&LexTitle != 0 {
		t.Errorf("hyphenated titles: %b %b %b", s.toks[0].lex, s.toks[1].lex, s.toks[2].lex)
	}
}

func TestQuantize(t *testing.T) {
	w := []float32{0, 1, -1, 0.001, -0.002, 5, -7.5, 0, 0.3, 2.2, -0.31}
	rows, step := quantize(w)
	if len(rows) != len(w)+rowPad {
		t.Fatalf("%d bytes for %d weights", len(rows), len(w))
	}
	for i, v := range w {
		q := float64(int32(rows[i])-128) * float64(step)
		if v == 0 && q != 0 {
			t.Errorf("zero weight %d quantised to %v", i, q)
		}
		if q != 0 && (q > 0) != (v > 0) {
			t.Errorf("weight %v changed sign: %v", v, q)
		}
		if math.Abs(float64(v)) >= 0.3 && math.Abs(q-float64(v)) > 0.1*math.Abs(float64(v)) {
			t.Errorf("weight %v quantised to %v", v, q)
		}
	}
	for _, b := range rows[len(w):] {
		if b != 128 {
			t.Errorf("padding byte %d, want 128 (zero)", b)
		}
	}
}

// TestScore compares the packed-lane sums of score with a plain sum of the
// weights, for label counts around the word boundaries and feature lists
// longer than one batch.
func TestScore(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []int{1, 3, 7, 8, 9, 15, 16, 17, 24, 42, 64} {
		const bits = 8
		w := make([]float32, (1<<bits)*c)
		for i := range w {
			if rng.IntN(4) > 0 {
				w[i] = float32(rng.NormFloat64())
			}
		}
		w[5] = 100 // an outlier that gets clipped
		m := &Model{Bits: bits, Labels: make([]string, c)}
		m.rows, m.Scale = quantize(w)
		for _, nf := range []int{0, 1, 5, 255, 256, 257, 700} {
			feats := make([]uint64, nf)
			for i := range feats {
				feats[i] = rng.Uint64()
				if i%3 == 0 {
					feats[i] = feats[i] >> 56 << 56 // the last row, whose words reach past it
				}
			}
			got := make([]int32, c)
			got[0] = 7
			m.score(feats, got)
			want := make([]int32, c)
			want[0] = 7
			for _, h := range feats {
				row := int(h >> (64 - bits))
				for k := range c {
					want[k] += int32(m.rows[row*c+k]) - 128
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%d labels, %d features: score %v, want %v", c, nf, got, want)
			}
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	m := &Model{Kind: KindNER, FeatureVersion: FeatureVersion, Flags: FlagPOS, Bits: 8,
		Labels: []string{"B-PER", "I-PER", "O"}, Given: []uint64{3, 9}, Common: []uint64{4, 5, 6}, Scale: 0.25}
	m.rows = make([]byte, 256*3+rowPad)
	for i := range m.rows {
		m.rows[i] = byte(i * 7)
	}
	m.Trans = []int32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -12}
	data := m.Marshal()
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != m.Kind || got.Flags != m.Flags || got.Bits != m.Bits || !slices.Equal(got.Labels, m.Labels) || got.Scale != m.Scale ||
		!slices.Equal(got.Given, m.Given) || !slices.Equal(got.Common, m.Common) || !slices.Equal(got.Trans, m.Trans) || !slices.Equal(got.rows, m.rows) {
		t.Fatal("round trip changed the model")
	}
	for _, bad := range [][]byte{nil, data[:20], data[:len(data)-1], append(slices.Clone(data), 0), []byte("NOTAMODEL-----------------------")} {
		if _, err := Unmarshal(bad); err == nil {
			t.Errorf("Unmarshal accepted %d bad bytes", len(bad))
		}
	}
}

func TestViterbiKeepsBIO(t *testing.T) {
	labels := []string{"B-PER", "I-PER", "B-ORG", "I-ORG", "O"}
	types, begin := bioTypes(labels)
	chain := newLattice(types, begin, int32(forbidden))
	chain.set(make([]int32, 6*5))
	// Token 0 favours I-PER, illegal at the start; token 1 I-ORG, legal
	// only after B-ORG. Token 2 allows only O and token 3 only I-PER, so one
	// forbidden label must be taken: the cheaper is B-PER at token 2. Then
	// a long run of tokens forbids every label (the scores must not
	// overflow), and the last token favours O.
	f := int32(forbidden)
	emit := []int32{
		0, 5, 0, 0, 0,
		4, 0, 0, 5, 0,
		f, f, f, f, 0,
		f, 9, f, f, f,
	}
	for range 40 {
		emit = append(emit, f, f, f, f, f)
	}
	emit = append(emit, 0, 0, 0, 0, 1)
	n := len(emit) / 5
	out := make([]int, n)
	chain.viterbi(n, emit, make([]uint8, len(emit)), make([]int32, 10), out)
	for i, l := range out {
		if !begin[l] && types[l] != "" && (i == 0 || types[out[i-1]] != types[l]) {
			t.Fatalf("illegal sequence %v", out)
		}
	}
	if !slices.Equal(out[:4], []int{2, 3, 0, 1}) || out[n-1] != 4 {
		t.Errorf("labels %v, want B-ORG I-ORG B-PER I-PER … O", out)
	}
	// The same decoding in float32, as training does (the first tokens,
	// without forbidden labels: float32 cannot tell forbidden+1 from
	// forbidden).
	fchain := newLattice(types, begin, float32(-1e30))
	fchain.set(make([]float32, 6*5))
	femit := make([]float32, 2*5)
	for i := range femit {
		femit[i] = float32(emit[i])
	}
	fout := make([]int, 2)
	fchain.viterbi(2, femit, make([]uint8, len(femit)), make([]float32, 10), fout)
	if !slices.Equal(out[:2], fout) {
		t.Errorf("int32 decoding %v, float32 %v", out, fout)
	}
}

func TestSplitInnerTitle(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	for _, tc := range []struct {
		words         []string
		label         string
		wantK, wantAt int
		wantOrg       bool
	}{
		{[]string{"Army", "Lt.-Gen.", "Tukur", "Buratai"}, "ORG", 1, 2, true},
		{[]string{"Bank", "of", "England", "Governor", "Mervyn", "King"}, "PERSON", 3, 4, true},
		{[]string{"First", "Lady", "Laura", "Bush"}, "PERSON", 1, 2, false},
		{[]string{"NNPC", "Chief", "Executive", "Mele", "Kyari"}, "PERSON", 1, 3, true},
		{[]string{"Royal", "Air", "Force"}, "ORG", 0, 0, false},
		{[]string{"President", "Bola", "Tinubu"}, "PERSON", 0, 0, false},
		{[]string{"Ministry", "of", "Defence"}, "ORG", 0, 0, false},
		{[]string{"General", "Officer", "Commanding"}, "ORG", 0, 0, false},
		{[]string{"U.N.", "High", "Commissioner", "for", "Refugees"}, "ORG", 0, 0, false},
		{[]string{"Saudi", "Crown", "Prince", "Mohammed", "bin", "Salman"}, "PERSON", 2, 3, false},
		{[]string{"Human", "Rights", "Watch", "Director", "Kenneth", "Roth"}, "ORG", 3, 4, true},
	} {
		var s Sentence
		s.prepare(tc.words, lx, nil)
		k, at, org := splitInnerTitle(s.toks, tc.label)
		if k != tc.wantK || k > 0 && (at != tc.wantAt || org != tc.wantOrg) {
			t.Errorf("%v %s: %d %d %v, want %d %d %v", tc.words, tc.label, k, at, org, tc.wantK, tc.wantAt, tc.wantOrg)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	lx := buildLexicon([]uint64{HashLower("Amina")}, nil, nil)
	for _, tc := range []struct {
		words     []string
		label     string
		wantStart int
		wantLabel string
	}{
		{[]string{"General", "Lamidi", "Adeosun"}, "ORG", 1, "PERSON"},
		{[]string{"Lt-Gen.", "Tukur", "Buratai"}, "PERSON", 1, "PERSON"},
		{[]string{"General", "Assembly"}, "ORG", 0, "ORG"},
		{[]string{"General", "Motors", "Corp"}, "ORG", 0, "ORG"},
		{[]string{"President", "Amina"}, "ORG", 1, "PERSON"},
		{[]string{"Amina", "Yusuf"}, "PERSON", 0, "PERSON"},
	} {
		var s Sentence
		s.prepare(tc.words, lx, nil)
		start, label := splitTitle(s.toks, tc.label)
		if start != tc.wantStart || label != tc.wantLabel {
			t.Errorf("%v %s: %d %s, want %d %s", tc.words, tc.label, start, label, tc.wantStart, tc.wantLabel)
		}
	}
}

// TestTrainTiny trains both models on a few sentences and checks that they
// learn them and that training is deterministic.
func TestTrainTiny(t *testing.T) {
	sents := [][]string{
		{"Amina", "Yusuf", "visited", "Kano", "."},
		{"The", "Red", "Cross", "helped", "in", "Kano", "."},
		{"Police", "in", "Lagos", "arrested", "Musa", "Bello", "."},
	}
	tags := [][]string{
		{"NNP", "NNP", "VBD", "NNP", "."},
		{"DT", "NNP", "NNP", "VBD", "IN", "NNP", "."},
		{"NNS", "IN", "NNP", "VBD", "NNP", "NNP", "."},
	}
	ents := [][]string{
		{"B-PER", "I-PER", "O", "B-GEO", "O"},
		{"O", "B-ORG", "I-ORG", "O", "O", "B-GEO", "O"},
		{"O", "O", "B-GEO", "O", "B-PER", "I-PER", "O"},
	}
	posLabels := []string{".", "DT", "IN", "NNP", "NNS", "VBD"}
	nerLabels := []string{"B-GEO", "B-ORG", "B-PER", "I-GEO", "I-ORG", "I-PER", "O"}
	idx := func(labels, tags []string) []int {
		out := make([]int, len(tags))
		for i, t := range tags {
			out[i] = slices.Index(labels, t)
		}
		return out
	}
	train := func() ([]byte, []byte) {
		var posIdx [][]int
		for _, tg := range tags {
			posIdx = append(posIdx, idx(posLabels, tg))
		}
		pos := TrainPOS(sents, posIdx, posLabels, TrainOptions{Bits: 10, Epochs: 5, Seed: 7})
		var ex []NERExample
		tagger := NewTagger(pos)
		for i, s := range sents {
			ex = append(ex, NERExample{Words: s, POS: tagger(s), Labels: idx(nerLabels, ents[i])})
		}
		ner := TrainNER(ex, nerLabels, TrainOptions{Bits: 10, Epochs: 5, Seed: 7, Flags: FlagPOS})
		return pos.Marshal(), ner.Marshal()
	}
	p1, n1 := train()
	p2, n2 := train()
	if !slices.Equal(p1, p2) || !slices.Equal(n1, n2) {
		t.Fatal("training is not deterministic")
	}
	pm, _ := Unmarshal(p1)
	nm, _ := Unmarshal(n1)
	p, err := NewPipeline(pm, nm, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Tag(sents[2]); !slices.Equal(got, tags[2]) {
		t.Errorf("tags %v, want %v", got, tags[2])
	}
	got := p.Spans(sents[0])
	if len(got) != 2 || got[0] != (Span{0, 2, "PERSON"}) || got[1] != (Span{3, 4, "LOC"}) {
		t.Errorf("spans %v", got)
	}
	nm.FeatureVersion++
	if _, err := NewPipeline(pm, nm, nil); err == nil {
		t.Error("a model of another feature version was accepted")
	}
}

func TestLineKind(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	kind := func(line string) uint64 {
		var s Sentence
		s.prepare(strings.Fields(line), lx, nil)
		return s.line
	}
	for _, tc := range []struct {
		line string
		want uint64
	}{
		{"Oxford 2 Stoke 1", 2},                       // half digits, short, no period
		{"Ipswich 4 1 2 1 9 7 5", 3 | 8},              // mostly digits, up to 10 tokens
		{"Rebels seized the town on Sunday .", 4 | 8}, // prose
		{"Rebels seized the town of Bunagana on Sunday after two days of heavy clashes with the army , officials said .", 4 | 24},
		{"Is it over ?", 4},
	} {
		if got := kind(tc.line); got != tc.want {
			t.Errorf("%q: kind %b, want %b", tc.line, got, tc.want)
		}
	}
	var s Sentence
	s.prepare([]string{"Kent", "beat", "Essex", "by", "nine", "wickets"}, lx, nil)
	if !s.sport {
		t.Error("a cricket report is not a sports sentence")
	}
	s.prepare([]string{"Kent", "police", "arrested", "two", "men"}, lx, nil)
	if s.sport {
		t.Error("a police report is a sports sentence")
	}
}

func TestGazetteerRuns(t *testing.T) {
	words := strings.Fields("Troops from Bosnia and Herzegovina and Côte d'Ivoire reached kano and KANO , not Kano-based units , in Nigeria 's north")
	kinds := make([]uint16, len(words))
	Gazetteer(words, kinds)
	at := func(w string) int { return slices.Index(words, w) }
	for _, w := range []string{"Bosnia", "Herzegovina", "Côte", "d'Ivoire", "KANO", "Nigeria"} {
		if kinds[at(w)] == 0 {
			t.Errorf("%q has no gazetteer bits", w)
		}
	}
	if k := kinds[at("Bosnia")]; k&GazBegin == 0 || k&GazMulti == 0 || k&GazCountry == 0 {
		t.Errorf("Bosnia: bits %b, want a country beginning a match of several words", k)
	}
	if kinds[at("Herzegovina")]&GazBegin != 0 {
		t.Error("Herzegovina begins a match of its own")
	}
	for _, w := range []string{"Troops", "kano", "Kano-based", "north"} {
		if kinds[at(w)] != 0 {
			t.Errorf("%q has gazetteer bits %b", w, kinds[at(w)])
		}
	}
}

func TestPossessivePlace(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	for _, tc := range []struct {
		words []string
		want  int
	}{
		{[]string{"Sudan", "'s", "Rapid", "Support", "Forces"}, 1},
		{[]string{"New", "York", "’s", "Comex"}, 2},
		{[]string{"Queen", "'s", "Park"}, 0},
		{[]string{"Nigeria", "'s"}, 0},
		{[]string{"Boko", "Haram"}, 0},
	} {
		var s Sentence
		s.prepare(tc.words, lx, Gazetteer)
		if got := possessivePlace(s.toks); got != tc.want {
			t.Errorf("%v: %d, want %d", tc.words, got, tc.want)
		}
	}
}

func TestInitialsOnly(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"W", "D", "L"}, true},
		{[]string{"N."}, true},
		{[]string{"OE", "Ekanem"}, false},
		{[]string{"M.", "Bello"}, false},
		{[]string{"U.S."}, false},
	} {
		var s Sentence
		s.prepare(tc.words, lx, nil)
		if got := initialsOnly(s.toks); got != tc.want {
			t.Errorf("%v: %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestCountryName(t *testing.T) {
	p := &Pipeline{}
	lx := buildLexicon(nil, nil, nil)
	for _, tc := range []struct {
		words []string
		i, j  int
		want  bool
	}{
		{[]string{"troops", "left", "Uganda", "on", "Monday"}, 2, 3, true},
		{[]string{"the", "Central", "African", "Republic", "said"}, 1, 4, true},
		{[]string{"the", "Central", "African", "Republic", "said"}, 1, 3, false}, // part of the name
		{[]string{"the", "Uganda", "Revenue", "Authority"}, 1, 4, false},
		{[]string{"Kano", "Pillars", "won"}, 0, 1, false}, // a city
	} {
		var s Sentence
		s.prepare(tc.words, lx, Gazetteer)
		if got := p.countryName(s.toks, tc.i, tc.j); got != tc.want {
			t.Errorf("%v [%d,%d): %v, want %v", tc.words, tc.i, tc.j, got, tc.want)
		}
	}
}

func TestLowerWord(t *testing.T) {
	lx := buildLexicon(nil, nil, nil)
	words := []string{"eastern", "south", "de", "al-Qaeda", "eBay", "Congo", "o'clock", "2nd", "bin"}
	want := []bool{true, true, false, false, false, false, false, false, false}
	var s Sentence
	s.prepare(words, lx, nil)
	for i, w := range words {
		if got := lowerWord(&s.toks[i]); got != want[i] {
			t.Errorf("lowerWord(%q) = %v, want %v", w, got, want[i])
		}
	}
}
