package engine

import (
	"math"
	"slices"
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
	lx := buildLexicon([]uint64{HashLower("John")}, nil)
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
	lx := buildLexicon(nil, nil)
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
	lx := buildLexicon([]uint64{HashLower("Amina")}, []string{"Nigerian"})
	for _, tc := range []struct {
		word string
		bit  uint16
	}{
		{"Mr.", LexTitle}, {"PRESIDENT", LexTitle}, {"Ministry", LexOrgHead}, {"Amina", LexGiven},
		{"amina", LexGiven}, {"March", LexMonth}, {"Tuesday", LexDay}, {"Nigerian", LexDemonym},
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
	w := []float32{0, 1, -1, 0.001, -0.002, 5, -7.5, 0, 0.3, 2.2}
	codes, table := quantize(w)
	for i, v := range w {
		q := table[codes[i]]
		if v == 0 && q != 0 {
			t.Errorf("zero weight %d quantised to %v", i, q)
		}
		if v != 0 && q != 0 && (q > 0) != (v > 0) {
			t.Errorf("weight %v changed sign: %v", v, q)
		}
		if math.Abs(float64(v)) >= 0.3 && math.Abs(float64(q-v)) > 0.25*math.Abs(float64(v)) {
			t.Errorf("weight %v quantised to %v", v, q)
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	m := &Model{Kind: KindNER, FeatureVersion: FeatureVersion, Flags: FlagPOS, Bits: 8,
		Labels: []string{"B-PER", "I-PER", "O"}, Given: []uint64{3, 9}}
	m.codes = make([]byte, 256*3)
	for i := range m.codes {
		m.codes[i] = byte(i * 7)
	}
	m.table[1], m.table[129] = 0.5, -0.5
	m.Trans = []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	data := m.Marshal()
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != m.Kind || got.Flags != m.Flags || got.Bits != m.Bits || !slices.Equal(got.Labels, m.Labels) ||
		!slices.Equal(got.Given, m.Given) || !slices.Equal(got.Trans, m.Trans) || !slices.Equal(got.codes, m.codes) || got.table != m.table {
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
	trans := legalTrans(make([]float32, 6*5), types, begin)
	// Emissions favour I-ORG after B-PER and I-PER at the start: illegal.
	emit := []float32{
		0, 5, 0, 0, 0, // token 0: I-PER best, illegal at the start
		4, 0, 0, 5, 0, // token 1: I-ORG best
	}
	out := make([]int, 2)
	viterbi(2, 5, emit, trans, make([]uint8, 10), make([]float32, 10), out)
	for i, l := range out {
		if !begin[l] && types[l] != "" && (i == 0 || types[out[i-1]] != types[l]) {
			t.Fatalf("illegal sequence %v", out)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	lx := buildLexicon([]uint64{HashLower("Amina")}, nil)
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
