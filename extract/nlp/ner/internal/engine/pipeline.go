package engine

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

// Span is an entity found by Pipeline.Spans: tokens [Start, End) and an
// output label (PERSON, ORG, GPE, LOC, NORP, DATE, EVENT, ARTIFACT,
// NATURAL).
type Span struct {
	Start, End int
	Label      string
}

// Pipeline runs a POS model and a NER model over sentences given as words.
// It is safe for concurrent use.
type Pipeline struct {
	pos, ner *Model
	lex      *lexicon
	gaz      GazetteerFunc // for features (when the model has FlagGaz) and GPE labels
	trans    []float32     // NER transitions, illegal BIO moves at -Inf
	types    []string      // entity type of each NER label, "" for O
	begin    []bool        // label is B-
	named    []bool        // label is of a name type: all but DATE and EVENT
	date     []bool        // label is B-DATE or I-DATE
	pool     sync.Pool
}

type work struct {
	s      Sentence
	scores []float32
	emit   []float32
	back   []uint8
	tags   []int
	dyn    []uint64
	words  []string
}

// NewPipeline checks that the models fit the code and each other. gaz may
// be nil; it is required when the NER model was trained with gazetteer
// features.
func NewPipeline(pos, ner *Model, gaz GazetteerFunc) (*Pipeline, error) {
	if pos.Kind != KindPOS || ner.Kind != KindNER {
		return nil, errors.New("models are of the wrong kinds")
	}
	for _, m := range []*Model{pos, ner} {
		if m.FeatureVersion != FeatureVersion {
			return nil, fmt.Errorf("model has feature version %d, code has %d: retrain the model", m.FeatureVersion, FeatureVersion)
		}
	}
	if ner.Flags&FlagGaz != 0 && gaz == nil {
		return nil, errors.New("NER model needs gazetteer features but no gazetteer was given")
	}
	p := &Pipeline{pos: pos, ner: ner, lex: buildLexicon(ner.Given, nil), gaz: gaz}
	p.types, p.begin = bioTypes(ner.Labels)
	p.named = make([]bool, len(p.types))
	p.date = make([]bool, len(p.types))
	for k, t := range p.types {
		p.date[k] = t == "DATE"
		p.named[k] = t != "" && t != "DATE" && t != "EVENT"
	}
	p.trans = legalTrans(ner.Trans, p.types, p.begin)
	p.pool.New = func() any { return new(work) }
	return p, nil
}

// bioTypes splits BIO labels ("B-PER", "I-PER", "O") into types and
// begin flags.
func bioTypes(labels []string) (types []string, begin []bool) {
	types = make([]string, len(labels))
	begin = make([]bool, len(labels))
	for i, l := range labels {
		if t, ok := strings.CutPrefix(l, "B-"); ok {
			types[i], begin[i] = t, true
		} else if t, ok := strings.CutPrefix(l, "I-"); ok {
			types[i] = t
		}
	}
	return types, begin
}

// legalTrans returns a copy of trans ((C+1)×C, last row the start) with
// -Inf for moves BIO forbids: I-X after anything but B-X or I-X.
func legalTrans(trans []float32, types []string, begin []bool) []float32 {
	c := len(types)
	out := make([]float32, (c+1)*c)
	copy(out, trans)
	inf := float32(math.Inf(-1))
	for from := 0; from <= c; from++ {
		for to := range c {
			if types[to] == "" || begin[to] {
				continue
			}
			if from == c || types[from] != types[to] {
				out[from*c+to] = inf
			}
		}
	}
	return out
}

func (p *Pipeline) get(words []string) *work {
	w := p.pool.Get().(*work)
	w.s.prepare(words, p.lex, p.gaz)
	return w
}

// Tag returns the part-of-speech tag of each word.
func (p *Pipeline) Tag(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	w := p.get(words)
	defer p.pool.Put(w)
	p.tagPOS(w)
	out := make([]string, len(words))
	for i, t := range w.tags {
		out[i] = p.pos.Labels[t]
	}
	return out
}

// tagPOS tags the prepared sentence greedily into w.tags and sets each
// token's pos.
func (p *Pipeline) tagPOS(w *work) {
	s := &w.s
	n := s.Len()
	c := len(p.pos.Labels)
	w.tags = grow(w.tags, n)
	w.scores = grow(w.scores, c)
	s.posStatic()
	prev, prev2 := uint64(0), uint64(0)
	for i := range n {
		sc := w.scores[:c]
		clear(sc)
		p.pos.score(s.Feats(i), sc)
		w.dyn = s.posDynamic(w.dyn[:0], i, prev, prev2)
		p.pos.score(w.dyn, sc)
		best := argmax(sc)
		w.tags[i] = best
		s.toks[i].pos = uint64(best) + 1
		prev2, prev = prev, uint64(best)+1
	}
}

// Spans returns the entities of one sentence given as words.
func (p *Pipeline) Spans(words []string) []Span {
	if len(words) == 0 {
		return nil
	}
	w := p.get(words)
	defer p.pool.Put(w)
	if p.ner.Flags&FlagPOS != 0 {
		p.tagPOS(w)
	}
	p.decode(w)
	return p.spans(w)
}

// decode runs Viterbi over the NER model into w.tags.
func (p *Pipeline) decode(w *work) {
	s := &w.s
	n, c := s.Len(), len(p.ner.Labels)
	s.nerFeatures(p.ner.Flags&FlagPOS != 0, p.ner.Flags&FlagGaz != 0)
	w.emit = grow(w.emit, n*c)
	clear(w.emit)
	inf := float32(math.Inf(-1))
	for i := range n {
		e := w.emit[i*c : (i+1)*c]
		p.ner.score(s.Feats(i), e)
		// Names are made of words: a token without a letter (a number, a
		// score, a dash) is never part of a person, organisation or place
		// name, except "&" inside one.
		t := &s.toks[i]
		if t.flags&fAlpha == 0 {
			amp := t.lower == hashAmp
			for k, named := range p.named {
				if named && !(amp && !p.begin[k]) {
					e[k] = inf
				}
			}
		}
		// A capitalised word inside a date is a month, a weekday or a
		// holiday ("Christmas Day"), unless it opens the sentence: this
		// keeps "Somerset 83" and "Pohang 1" out of dates.
		if t.flags&(fWasCap|fFirst) == fWasCap && t.lex&(LexMonth|LexDay|LexDateWord) == 0 {
			for k, d := range p.date {
				if d {
					e[k] = inf
				}
			}
		}
	}
	w.back = grow(w.back, n*c)
	w.tags = grow(w.tags, n)
	w.scores = grow(w.scores, 2*c)
	viterbi(n, c, w.emit, p.trans, w.back, w.scores, w.tags)
}

// viterbi finds the best label sequence: emit is n×c, trans (c+1)×c with
// the start row last (-Inf for forbidden moves); back (n×c) and scratch
// (2c) are work space; the labels go to out.
func viterbi(n, c int, emit, trans []float32, back []uint8, scratch []float32, out []int) {
	prev, cur := scratch[:c], scratch[c:2*c]
	start := trans[c*c : c*c+c]
	for k := range c {
		prev[k] = start[k] + emit[k]
	}
	inf := float32(math.Inf(-1))
	for i := 1; i < n; i++ {
		e := emit[i*c : i*c+c]
		bk := back[i*c : i*c+c]
		for k := range c {
			best, arg := inf, 0
			col := trans[k:]
			for j, pv := range prev {
				if v := pv + col[j*c]; v > best {
					best, arg = v, j
				}
			}
			cur[k] = best + e[k]
			bk[k] = uint8(arg)
		}
		prev, cur = cur, prev
	}
	last := argmax(prev)
	for i := n - 1; i >= 0; i-- {
		out[i] = last
		if i > 0 {
			last = int(back[i*c+last])
		}
	}
}

// spans turns the BIO labels in w.tags into spans with output labels.
func (p *Pipeline) spans(w *work) []Span {
	var out []Span
	n := w.s.Len()
	for i := 0; i < n; {
		t := p.types[w.tags[i]]
		if t == "" {
			i++
			continue
		}
		j := i + 1
		for j < n && !p.begin[w.tags[j]] && p.types[w.tags[j]] == t {
			j++
		}
		start, label := i, p.outputLabel(t, w.s.toks[i:j])
		if label == "PERSON" || label == "ORG" {
			start, label = splitTitle(w.s.toks[i:j], label)
			start += i
		}
		out = append(out, Span{Start: start, End: j, Label: label})
		i = j
	}
	return out
}

// splitTitle drops the titles that open a person or organisation span
// ("General Lamidi Adeosun", "Lt-Gen. Tukur Buratai"): it returns the index
// of the first name word and the label of what remains. What follows a title
// is a person when it is at least two words or a given name, and does not
// end in an organisation word ("General Motors Corp" stays an organisation).
func splitTitle(toks []tok, label string) (int, string) {
	k := 0
	for k < len(toks)-1 && toks[k].lex&LexTitle != 0 {
		k++
	}
	if k == 0 {
		return 0, label
	}
	if label == "PERSON" {
		return k, label
	}
	rest := toks[k:]
	if (len(rest) >= 2 || rest[0].lex&LexGiven != 0) && rest[len(rest)-1].lex&LexOrgHead == 0 {
		return k, "PERSON"
	}
	return 0, label
}

// outputLabel maps a model type to the label given to callers. GEO (GMB's
// geo, and gpe names) becomes GPE when the gazetteer knows the whole span as
// a country, first-level division or city, LOC otherwise.
func (p *Pipeline) outputLabel(t string, toks []tok) string {
	switch t {
	case "PER":
		return "PERSON"
	case "GEO":
		const admin = GazCountry | GazAdmin1 | GazCity | GazBigCity
		if toks[0].gaz&GazBegin != 0 && toks[0].gaz&admin != 0 {
			ok := true
			for k := 1; k < len(toks); k++ {
				if toks[k].gaz&GazBegin != 0 || toks[k].gaz&admin == 0 {
					ok = false
				}
			}
			if ok {
				return "GPE"
			}
		}
		return "LOC"
	case "ART":
		return "ARTIFACT"
	case "NAT":
		return "NATURAL"
	}
	return t
}

var hashAmp = HashString("&")

func argmax(v []float32) int {
	best := 0
	for k := 1; k < len(v); k++ {
		if v[k] > v[best] {
			best = k
		}
	}
	return best
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}
