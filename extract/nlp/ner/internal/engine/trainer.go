package engine

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync"
)

// TrainOptions are the settings of one training run.
type TrainOptions struct {
	Bits   uint   // log2 of the weight rows
	Epochs int    // passes over the data
	Seed   uint64 // shuffling seed
	Flags  uint32 // FlagPOS, FlagGaz (NER only)
	Gaz    GazetteerFunc
	Given  []uint64 // given-name hashes for the lexicon
	Common []uint64 // hashes of words mostly written in lower case, for the lexicon
	// Runs (NER only) is the number of training runs, with the seeds
	// Seed, Seed+1, …, whose weights are averaged: the model varies less
	// with the order of the sentences. Parallel of them run at a time.
	Runs, Parallel int
	// Progress, when not nil, receives the share of training tokens (POS)
	// or sentences (NER) predicted right in each epoch.
	Progress func(epoch int, correct float64)
}

// trainer keeps float weights and their running sums for averaging: after
// an update of v at step t, w += v and u += t·v; the average over all
// steps is w − u/t.
type trainer struct {
	c     int
	shift uint
	w     []float32
	u     []float64
	tw    []float32
	tu    []float64
	step  float64
}

func newTrainer(c int, bits uint) *trainer {
	rows := 1 << bits
	return &trainer{c: c, shift: 64 - bits, w: make([]float32, rows*c), u: make([]float64, rows*c),
		tw: make([]float32, (c+1)*c), tu: make([]float64, (c+1)*c), step: 1}
}

func (t *trainer) score(feats []uint64, out []float32) {
	c := t.c
	for _, h := range feats {
		base := int(h>>t.shift) * c
		row := t.w[base : base+c]
		for k, v := range row {
			out[k] += v
		}
	}
}

func (t *trainer) update(feats []uint64, class int, v float32) {
	for _, h := range feats {
		i := int(h>>t.shift)*t.c + class
		t.w[i] += v
		t.u[i] += t.step * float64(v)
	}
}

func (t *trainer) updateTrans(from, to int, v float32) {
	i := from*t.c + to
	t.tw[i] += v
	t.tu[i] += t.step * float64(v)
}

func average(w []float32, u []float64, step float64) []float32 {
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(float64(v) - u[i]/step)
	}
	return out
}

// TrainPOS trains a greedy tagger. tags[i][j] indexes labels.
func TrainPOS(sents [][]string, tags [][]int, labels []string, o TrainOptions) *Model {
	lx := buildLexicon(o.Given, o.Common, nil)
	type cached struct {
		feats  []uint64
		offs   []int32
		lowers []uint64
	}
	data := make([]cached, len(sents))
	var s Sentence
	for i, words := range sents {
		s.prepare(words, lx, nil)
		s.posStatic()
		cd := cached{feats: slices.Clone(s.feats), offs: make([]int32, len(s.offs)), lowers: make([]uint64, s.Len())}
		for k, v := range s.offs {
			cd.offs[k] = int32(v)
		}
		for k := range s.toks {
			cd.lowers[k] = s.toks[k].lower
		}
		data[i] = cd
	}
	c := len(labels)
	tr := newTrainer(c, o.Bits)
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, c)
	var dyn []uint64
	for epoch := range o.Epochs {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right, total := 0, 0
		for _, si := range order {
			cd := &data[si]
			gold := tags[si]
			prev, prev2 := uint64(0), uint64(0)
			for i := range gold {
				feats := cd.feats[cd.offs[i]:cd.offs[i+1]]
				dyn = append(dyn[:0],
					mix(tPrevTag, prev),
					mix(mix(tPrev2Tags, prev), prev2),
					mix(mix(tPrevTagWord, prev), cd.lowers[i]))
				clear(scores)
				tr.score(feats, scores)
				tr.score(dyn, scores)
				guess := argmax(scores)
				if guess != gold[i] {
					tr.update(feats, gold[i], 1)
					tr.update(feats, guess, -1)
					tr.update(dyn, gold[i], 1)
					tr.update(dyn, guess, -1)
				} else {
					right++
				}
				total++
				tr.step++
				prev2, prev = prev, uint64(guess)+1
			}
		}
		if o.Progress != nil {
			o.Progress(epoch, float64(right)/float64(max(total, 1)))
		}
	}
	m := &Model{Kind: KindPOS, FeatureVersion: FeatureVersion, Bits: o.Bits, Labels: labels}
	m.rows, m.Scale = quantize(average(tr.w, tr.u, tr.step))
	m.Trans = make([]int32, (c+1)*c)
	return m
}

// NERExample is one training sentence for TrainNER.
type NERExample struct {
	Words  []string
	POS    []int // predicted tag indexes + 0, used with FlagPOS
	Labels []int // BIO label indexes
}

// TrainNER trains the linear-chain entity model with the averaged
// structured perceptron (Viterbi decoding under BIO constraints).
func TrainNER(examples []NERExample, labels []string, o TrainOptions) *Model {
	lx := buildLexicon(o.Given, o.Common, nil)
	usePOS, useGaz := o.Flags&FlagPOS != 0, o.Flags&FlagGaz != 0
	data := make([]nerData, len(examples))
	var s Sentence
	for i, ex := range examples {
		var gaz GazetteerFunc
		if useGaz {
			gaz = o.Gaz
		}
		s.prepare(ex.Words, lx, gaz)
		if usePOS {
			for k, p := range ex.POS {
				s.toks[k].pos = uint64(p) + 1
			}
		}
		s.nerFeatures(usePOS, useGaz)
		cd := nerData{feats: slices.Clone(s.feats), offs: make([]int32, len(s.offs))}
		for k, v := range s.offs {
			cd.offs[k] = int32(v)
		}
		data[i] = cd
	}
	runs := max(o.Runs, 1)
	type result struct{ w, trans []float32 }
	results := make([]result, runs)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(o.Parallel, 1))
	for r := range runs {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			progress := o.Progress
			if r > 0 {
				progress = nil
			}
			w, trans := trainNERRun(data, examples, labels, o.Bits, o.Epochs, o.Seed+uint64(r), progress)
			results[r] = result{w, trans}
		})
	}
	wg.Wait()
	w, trans := results[0].w, results[0].trans
	for _, res := range results[1:] {
		for i, v := range res.w {
			w[i] += v
		}
		for i, v := range res.trans {
			trans[i] += v
		}
	}
	if runs > 1 {
		for i := range w {
			w[i] /= float32(runs)
		}
		for i := range trans {
			trans[i] /= float32(runs)
		}
	}
	m := &Model{Kind: KindNER, FeatureVersion: FeatureVersion, Flags: o.Flags, Bits: o.Bits, Labels: labels}
	m.rows, m.Scale = quantize(w)
	m.Trans = quantizeTrans(trans, m.Scale)
	m.Given = slices.Clone(o.Given)
	slices.Sort(m.Given)
	m.Common = slices.Clone(o.Common)
	slices.Sort(m.Common)
	return m
}

// nerData is one training sentence's features, token i's being
// feats[offs[i]:offs[i+1]].
type nerData struct {
	feats []uint64
	offs  []int32
}

// trainNERRun is one run of the structured perceptron with the given
// shuffling seed; it returns the averaged weights and transitions.
func trainNERRun(data []nerData, examples []NERExample, labels []string, bits uint, epochs int, seed uint64, progress func(int, float64)) (w, trans []float32) {
	c := len(labels)
	types, begin := bioTypes(labels)
	tr := newTrainer(c, bits)
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var emit, scratch []float32
	var back []uint8
	var pred []int
	chain := newLattice(types, begin, float32(-1e30))
	for epoch := range epochs {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right := 0
		for _, si := range order {
			cd := &data[si]
			gold := examples[si].Labels
			n := len(gold)
			if n == 0 {
				continue
			}
			emit = grow(emit, n*c)
			clear(emit)
			for i := range n {
				tr.score(cd.feats[cd.offs[i]:cd.offs[i+1]], emit[i*c:(i+1)*c])
			}
			chain.set(tr.tw)
			back = grow(back, n*c)
			scratch = grow(scratch, 2*c)
			pred = grow(pred, n)
			chain.viterbi(n, emit, back, scratch, pred)
			if slices.Equal(pred, gold) {
				right++
			} else {
				for i := range n {
					if pred[i] != gold[i] {
						f := cd.feats[cd.offs[i]:cd.offs[i+1]]
						tr.update(f, gold[i], 1)
						tr.update(f, pred[i], -1)
					}
					gp, pp := c, c
					if i > 0 {
						gp, pp = gold[i-1], pred[i-1]
					}
					if gp != pp || gold[i] != pred[i] {
						tr.updateTrans(gp, gold[i], 1)
						tr.updateTrans(pp, pred[i], -1)
					}
				}
			}
			tr.step++
		}
		if progress != nil {
			progress(epoch, float64(right)/float64(max(len(examples), 1)))
		}
	}
	return average(tr.w, tr.u, tr.step), average(tr.tw, tr.tu, tr.step)
}

// quantize maps the weights to bytes as Model stores them, and picks the
// step: among steps that clip the largest weights at a shrinking share of
// the largest magnitude, the one with the least squared error over all
// weights (most weights are small, so a coarse step that rounds them to
// zero costs more than clipping a few large ones).
func quantize(w []float32) ([]byte, float32) {
	var top float64
	for _, v := range w {
		top = max(top, math.Abs(float64(v)))
	}
	rows := make([]byte, len(w)+rowPad)
	for i := range rows {
		rows[i] = 128
	}
	if top == 0 {
		return rows, 1
	}
	best, bestErr := top/127, math.Inf(1)
	for f := 1.0; f > 0.01; f *= 0.8 {
		step := top * f / 127
		var e float64
		for _, v := range w {
			d := float64(v) - float64(quantStep(v, step))*step
			e += d * d
		}
		if e < bestErr {
			best, bestErr = step, e
		}
	}
	for i, v := range w {
		rows[i] = byte(quantStep(v, best) + 128)
	}
	return rows, float32(best)
}

// quantStep is v in steps of size step, rounded and clipped to ±127.
func quantStep(v float32, step float64) int32 {
	q := math.Round(float64(v) / step)
	return int32(max(-127, min(127, q)))
}

// quantizeTrans expresses transition weights in steps of size step.
func quantizeTrans(t []float32, step float32) []int32 {
	out := make([]int32, len(t))
	for i, v := range t {
		out[i] = int32(math.Round(float64(v / step)))
	}
	return out
}

// NewTagger returns a function that tags one sentence with a POS model
// alone (for preparing NER training data). It is not safe for concurrent
// use.
func NewTagger(pos *Model) func(words []string) []int {
	p := &Pipeline{pos: pos, lex: buildLexicon(nil, nil, nil)}
	w := &work{}
	return func(words []string) []int {
		w.s.prepare(words, p.lex, nil)
		p.tagPOS(w)
		return slices.Clone(w.tags)
	}
}

// IsTitle reports whether word (any case) is in the written list of titles
// and roles that precede names.
func IsTitle(word string) bool {
	h := HashLower(word)
	for _, t := range titleWords {
		if HashLower(t) == h {
			return true
		}
	}
	return false
}

// IsDateWord reports whether word (any case) is a month, a weekday or a
// word of the written date list ("Christmas", "Day").
func IsDateWord(word string) bool {
	return dateLexicon().get(HashLower(word))&(LexMonth|LexDay|LexDateWord) != 0
}

var dateLexicon = sync.OnceValue(func() *lexicon { return buildLexicon(nil, nil, nil) })
