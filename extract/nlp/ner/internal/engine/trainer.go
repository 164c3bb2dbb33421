package engine

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
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
	lx := buildLexicon(o.Given, nil)
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
	m.codes, m.table = quantize(average(tr.w, tr.u, tr.step))
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
	lx := buildLexicon(o.Given, nil)
	type cached struct {
		feats []uint64
		offs  []int32
	}
	usePOS, useGaz := o.Flags&FlagPOS != 0, o.Flags&FlagGaz != 0
	data := make([]cached, len(examples))
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
		cd := cached{feats: slices.Clone(s.feats), offs: make([]int32, len(s.offs))}
		for k, v := range s.offs {
			cd.offs[k] = int32(v)
		}
		data[i] = cd
	}
	c := len(labels)
	types, begin := bioTypes(labels)
	tr := newTrainer(c, o.Bits)
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var emit, scratch []float32
	var back []uint8
	var pred []int
	for epoch := range o.Epochs {
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
			trans := legalTrans(tr.tw, types, begin)
			back = grow(back, n*c)
			scratch = grow(scratch, 2*c)
			pred = grow(pred, n)
			viterbi(n, c, emit, trans, back, scratch, pred)
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
		if o.Progress != nil {
			o.Progress(epoch, float64(right)/float64(max(len(examples), 1)))
		}
	}
	m := &Model{Kind: KindNER, FeatureVersion: FeatureVersion, Flags: o.Flags, Bits: o.Bits, Labels: labels}
	m.codes, m.table = quantize(average(tr.w, tr.u, tr.step))
	m.Trans = average(tr.tw, tr.tu, tr.step)
	m.Given = slices.Clone(o.Given)
	slices.Sort(m.Given)
	return m
}

// quantize maps weights to one byte each: code 0 is zero, codes 1..127
// are positive levels and 129..255 their negatives (128 is unused and
// zero). The 127 magnitudes are fitted to the non-zero weights by Lloyd's
// algorithm (one-dimensional k-means), with zero kept as a fixed level so
// that the smallest weights are pruned.
func quantize(w []float32) ([]byte, [256]float32) {
	var table [256]float32
	mags := make([]float32, 0, len(w)/4)
	for _, v := range w {
		if v != 0 {
			mags = append(mags, float32(math.Abs(float64(v))))
		}
	}
	codes := make([]byte, len(w))
	if len(mags) == 0 {
		return codes, table
	}
	slices.Sort(mags)
	prefix := make([]float64, len(mags)+1)
	for i, v := range mags {
		prefix[i+1] = prefix[i] + float64(v)
	}
	const k = 127
	levels := make([]float64, k+1) // levels[0] = 0
	for j := 1; j <= k; j++ {
		// start from quantiles of the magnitudes, denser at the top
		q := 1 - math.Pow(1-float64(j)/float64(k+1), 2)
		levels[j] = float64(mags[min(int(q*float64(len(mags))), len(mags)-1)])
	}
	bounds := make([]int, k+2)
	for range 40 {
		slices.Sort(levels)
		bounds[0] = 0
		for j := 1; j <= k; j++ {
			mid := float32((levels[j-1] + levels[j]) / 2)
			bounds[j] = sort.Search(len(mags), func(i int) bool { return mags[i] >= mid })
		}
		bounds[k+1] = len(mags)
		for j := 1; j <= k; j++ {
			lo, hi := bounds[j], bounds[j+1]
			if hi > lo {
				levels[j] = (prefix[hi] - prefix[lo]) / float64(hi-lo)
			}
		}
	}
	slices.Sort(levels)
	mids := make([]float32, k)
	for j := 1; j <= k; j++ {
		mids[j-1] = float32((levels[j-1] + levels[j]) / 2)
		table[j] = float32(levels[j])
		table[128+j] = -float32(levels[j])
	}
	for i, v := range w {
		a := float32(math.Abs(float64(v)))
		j := sort.Search(k, func(x int) bool { return mids[x] > a }) // level index 0..k
		if j == 0 {
			continue
		}
		if v > 0 {
			codes[i] = byte(j)
		} else {
			codes[i] = byte(128 + j)
		}
	}
	return codes, table
}

// NewTagger returns a function that tags one sentence with a POS model
// alone (for preparing NER training data). It is not safe for concurrent
// use.
func NewTagger(pos *Model) func(words []string) []int {
	p := &Pipeline{pos: pos, lex: buildLexicon(nil, nil)}
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

var dateLexicon = sync.OnceValue(func() *lexicon { return buildLexicon(nil, nil) })
