package engine

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

// Span is an entity found by Pipeline.Spans: tokens [Start, End) and an
// output label (PERSON, ORG, GPE, LOC, NORP, DATE, EVENT; ARTIFACT and
// NATURAL from a model trained with GMB's art and nat classes).
type Span struct {
	Start, End int
	Label      string
}

// Pipeline runs a POS model and a NER model over sentences given as words.
// It is safe for concurrent use.
type Pipeline struct {
	pos, ner *Model
	lex      *lexicon
	gaz      GazetteerFunc   // for features (when the model has FlagGaz) and GPE labels
	chain    *lattice[int32] // NER transitions
	types    []string        // entity type of each NER label, "" for O
	begin    []bool          // label is B-
	named    []bool          // label is of a name type: all but DATE and EVENT
	date     []bool          // label is B-DATE or I-DATE
	pool     sync.Pool
}

type work struct {
	s      Sentence
	scores []int32
	emit   []int32
	back   []uint8
	tags   []int
	dyn    []uint64
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
	p := &Pipeline{pos: pos, ner: ner, lex: buildLexicon(ner.Given, ner.Common, nil), gaz: gaz}
	p.types, p.begin = bioTypes(ner.Labels)
	p.named = make([]bool, len(p.types))
	p.date = make([]bool, len(p.types))
	for k, t := range p.types {
		p.date[k] = t == "DATE"
		p.named[k] = t != "" && t != "DATE" && t != "EVENT"
	}
	p.chain = newLattice(p.types, p.begin, int32(forbidden))
	p.chain.set(ner.Trans)
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

// forbidden is the score of a move or label decoding must not take. It is
// far below any reachable score, and far enough above the least int32
// that a few of them add up without overflow.
const forbidden = math.MinInt32 / 8

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
	const inf = forbidden
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
	p.chain.viterbi(n, w.emit, w.back, w.scores, w.tags)
}

// lattice is the transition structure of a linear-chain model over BIO
// labels, for Viterbi decoding. Every label may precede B-X and O; only
// B-X and I-X may precede I-X, and I-X never starts a sentence.
type lattice[T int32 | float32] struct {
	c       int
	forbid  T
	open    []int // the labels any label may precede: O and every B-X
	inside  []int // the labels I-X
	beginOf []int // beginOf[k]: B-X for I-X, -1 otherwise
	start   []T   // start[k]: the score of label k first, forbid for I-X
	cols    []T   // cols[k*c+j]: the transition j → k (C×C)
	// hi[j] and lo[j]: the highest and lowest transition from j to an open
	// label, for pruning (see viterbi).
	hi, lo []T
	// rows[j*len(open)+x]: the transition j → open[x].
	rows []T
	// For each I-X label inside[x]: its B-X, and the transitions from
	// I-X and from B-X to it.
	insideFrom              []int
	insideSelf, insideBegin []T
}

func newLattice[T int32 | float32](types []string, begin []bool, forbid T) *lattice[T] {
	c := len(types)
	l := &lattice[T]{c: c, forbid: forbid, beginOf: make([]int, c), start: make([]T, c), cols: make([]T, c*c),
		hi: make([]T, c), lo: make([]T, c)}
	for k := range c {
		l.beginOf[k] = -1
		if types[k] == "" || begin[k] {
			l.open = append(l.open, k)
			continue
		}
		l.inside = append(l.inside, k)
		for j := range c {
			if begin[j] && types[j] == types[k] {
				l.beginOf[k] = j
			}
		}
	}
	return l
}

// set takes the transition scores from trans ((C+1)×C, the last row the
// sentence start).
func (l *lattice[T]) set(trans []T) {
	c := l.c
	for k := range c {
		for j := range c {
			l.cols[k*c+j] = trans[j*c+k]
		}
		l.start[k] = trans[c*c+k]
	}
	for _, k := range l.inside {
		l.start[k] = l.forbid
	}
	no := len(l.open)
	l.rows = make([]T, c*no)
	l.insideFrom = make([]int, len(l.inside))
	l.insideSelf = make([]T, len(l.inside))
	l.insideBegin = make([]T, len(l.inside))
	for x, k := range l.inside {
		b := max(l.beginOf[k], 0)
		l.insideFrom[x] = b
		l.insideSelf[x] = l.cols[k*c+k]
		l.insideBegin[x] = l.cols[k*c+b]
		if l.beginOf[k] < 0 {
			l.insideBegin[x] = l.forbid // no B-X: only I-X goes on
		}
	}
	for j := range c {
		for x, k := range l.open {
			v := l.cols[k*c+j]
			l.rows[j*no+x] = v
			if x == 0 || v > l.hi[j] {
				l.hi[j] = v
			}
			if x == 0 || v < l.lo[j] {
				l.lo[j] = v
			}
		}
	}
}

// viterbi finds the best label sequence: emit is n×c; back (n×c) and
// scratch (2c) are work space; the labels go to out. A score below forbid
// is raised to it before the next emission is added, so that runs of
// forbidden labels never overflow.
func (l *lattice[T]) viterbi(n int, emit []T, back []uint8, scratch []T, out []int) {
	c := l.c
	prev, cur := scratch[:c], scratch[c:2*c]
	for k := range c {
		prev[k] = l.start[k] + emit[k]
	}
	var activeBuf [maxLabels]int
	for i := 1; i < n; i++ {
		e := emit[i*c : i*c+c]
		bk := back[i*c : i*c+c]
		// Prune: a label j whose best way on, prev[j]+hi[j], is below what
		// some label j' is sure of, prev[j']+lo[j'], leads to no open label.
		// The argmax over the labels left is exact, ties included (they
		// are taken in order, and the pruned ones are strictly worse).
		floor := prev[0] + l.lo[0]
		for j := 1; j < c; j++ {
			floor = max(floor, prev[j]+l.lo[j])
		}
		active := activeBuf[:0]
		for j := range c {
			if prev[j]+l.hi[j] >= floor {
				active = append(active, j)
			}
		}
		if len(active) == 1 {
			// Mostly one label is left (usually O): every open label comes
			// from it.
			a := active[0]
			pa := prev[a]
			row := l.rows[a*len(l.open) : (a+1)*len(l.open)]
			for x, k := range l.open {
				cur[k] = max(pa+row[x], l.forbid) + e[k]
				bk[k] = uint8(a)
			}
		} else {
			for _, k := range l.open {
				col := l.cols[k*c : k*c+c]
				arg := active[0]
				best := prev[arg] + col[arg]
				for _, j := range active[1:] {
					if v := prev[j] + col[j]; v > best {
						best, arg = v, j
					}
				}
				cur[k] = max(best, l.forbid) + e[k]
				bk[k] = uint8(arg)
			}
		}
		for x, k := range l.inside {
			b := l.insideFrom[x]
			best, arg := prev[k]+l.insideSelf[x], k
			if v := prev[b] + l.insideBegin[x]; v > best {
				best, arg = v, b
			}
			cur[k] = max(best, l.forbid) + e[k]
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
		// "Sudan 's Rapid Support Forces": a place and what belongs to it.
		if k := possessivePlace(w.s.toks[i:j]); k > 0 {
			out = append(out, Span{Start: i, End: i + k, Label: "GPE"})
			i += k + 1
		}
		if t != "DATE" && t != "EVENT" {
			// "eastern Congo", "south Lebanon": a lower-case word opens no
			// name, save the particles of persons' names ("de Silva").
			for i < j-1 && lowerWord(&w.s.toks[i]) {
				i++
			}
		}
		start, label := i, p.outputLabel(t, w.s.toks[i:j])
		if label == "PERSON" || label == "ORG" {
			toks := w.s.toks[i:j]
			if k, name, org := splitInnerTitle(toks, label); k > 0 {
				if org {
					out = append(out, Span{Start: i, End: i + k, Label: "ORG"})
				}
				start, label = i+name, "PERSON"
			} else {
				start, label = splitTitle(toks, label)
				start += i
			}
		}
		if label == "ORG" && p.countryName(w.s.toks, start, j) {
			label = "GPE" // "Uganda" is no organisation, whatever its context
		}
		if label != "PERSON" || !initialsOnly(w.s.toks[start:j]) {
			out = append(out, Span{Start: start, End: j, Label: label})
		}
		i = j
	}
	return out
}

// lowerWord reports a word of lower-case letters alone that is no
// particle of a person's name.
func lowerWord(t *tok) bool {
	return t.flags&fHasLower != 0 && t.flags&fHasUpper == 0 && t.letters == t.runes && !isParticle(t.lower)
}

// countryName reports whether the tokens [i, j) of toks are exactly the
// name of a country in the gazetteer (when the model has gazetteer
// features: without them the tokens carry no matches).
func (p *Pipeline) countryName(toks []tok, i, j int) bool {
	if toks[i].gaz&(GazBegin|GazCountry) != GazBegin|GazCountry {
		return false
	}
	for _, t := range toks[i+1 : j] {
		if t.gaz&GazBegin != 0 || t.gaz&GazCountry == 0 {
			return false
		}
	}
	return j == len(toks) || toks[j].gaz&GazBegin != 0 || toks[j].gaz&GazCountry == 0
}

// initialsOnly reports whether toks are all single letters, with or
// without a period ("W D L", "N"): the heading of a table or a list, not a
// person's name.
func initialsOnly(toks []tok) bool {
	for _, t := range toks {
		if t.letters > 1 {
			return false
		}
	}
	return true
}

// possessivePlace returns the index k of a possessive clitic ("'s", "’s")
// inside toks that follows the whole name of a country, a division or a
// big city in the gazetteer, with words after it; 0 when there is none.
// (Small towns are left out: too many names of clubs and places start
// with one, "Queen 's Park".)
func possessivePlace(toks []tok) int {
	const place = GazCountry | GazAdmin1 | GazBigCity
	for k := 1; k < len(toks)-1; k++ {
		if h := toks[k].lower; h != hashPossessive && h != hashPossessiveCurly {
			continue
		}
		if toks[0].gaz&GazBegin == 0 || toks[0].gaz&place == 0 {
			return 0
		}
		for _, t := range toks[1:k] {
			if t.gaz&GazBegin != 0 || t.gaz&place == 0 {
				return 0
			}
		}
		return k
	}
	return 0
}

var (
	hashPossessive      = HashString("'s")
	hashPossessiveCurly = HashString("’s")
)

// splitInnerTitle splits a span with a capitalised title inside, between
// an organisation and a name ("Army Lt.-Gen. Tukur Buratai", "Bank of
// England Governor Mervyn King", "First Lady Laura Bush"): it returns the
// index k of the first title (0 when the span is not split), the index of
// the first name word after the titles, and whether the words before the
// title are an organisation's name (they contain an organisation word or
// an acronym, or the span was labelled ORG and they are more than one
// word); when not, they are dropped. The name must not end in an
// organisation word ("National Air Transport Association" stays whole).
func splitInnerTitle(toks []tok, label string) (k, name int, org bool) {
	n := len(toks)
	for k = 1; k < n-1; k++ {
		if toks[k].lex&LexTitle != 0 && toks[k].flags&fWasCap != 0 {
			break
		}
	}
	if k >= n-1 {
		return 0, 0, false
	}
	name = k
	for name < n && toks[name].lex&LexTitle != 0 {
		name++
	}
	if name == n || toks[n-1].lex&LexOrgHead != 0 {
		return 0, 0, false
	}
	for _, t := range toks[name:] {
		if t.flags&fWasCap == 0 && !isParticle(t.lower) {
			return 0, 0, false // "High Commissioner for Refugees"
		}
	}
	titles := 0
	for _, t := range toks[:k] {
		if t.lex&LexTitle != 0 {
			titles++
		}
	}
	if titles == k {
		return 0, 0, false // "General Officer Commanding": titles all along
	}
	for _, t := range toks[:k] {
		if t.lex&LexOrgHead != 0 || t.flags&fAllCaps != 0 {
			org = true
		}
	}
	if label == "ORG" && k >= 2 {
		org = true
	}
	return k, name, org
}

// particles are the lower-case words inside persons' names.
var particles = [...]uint64{HashString("bin"), HashString("ibn"), HashString("al"), HashString("el"),
	HashString("van"), HashString("von"), HashString("der"), HashString("de"), HashString("da"), HashString("la"), HashString("du")}

func isParticle(h uint64) bool {
	for _, p := range particles {
		if h == p {
			return true
		}
	}
	return false
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

func argmax[T int32 | float32](v []T) int {
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
