package ner

import (
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner/internal/engine"
)

// FeatureVersion is the version of the feature set this code computes. A
// model trained with another version is refused.
const FeatureVersion = engine.FeatureVersion

var (
	//go:embed model/pos.bin
	posModel []byte
	//go:embed model/ner.bin
	nerModel []byte
	//go:embed model/manifest.json
	manifestJSON []byte
)

// Entity is one named-entity mention. Start and End are half-open
// code-point offsets into the analysed text (nlp.Doc.Text) and Text is the
// text between them.
type Entity struct {
	Label string `json:"label"` // PERSON, ORG, GPE, LOC, NORP, DATE, EVENT
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Recognizer tags words and finds entities with one pair of models. It is
// safe for concurrent use.
type Recognizer struct {
	p    *engine.Pipeline
	pool sync.Pool // *[]string word buffers
}

// New makes a Recognizer from model files written by the training command
// (pos.bin and ner.bin). The bytes are used in place and must not change.
func New(posData, nerData []byte) (*Recognizer, error) {
	pm, err := engine.Unmarshal(posData)
	if err != nil {
		return nil, err
	}
	nm, err := engine.Unmarshal(nerData)
	if err != nil {
		return nil, err
	}
	p, err := engine.NewPipeline(pm, nm, gazetteerHook())
	if err != nil {
		return nil, err
	}
	r := &Recognizer{p: p}
	r.pool.New = func() any { return new([]string) }
	return r, nil
}

// loads counts loads of the embedded models (at most one), for the test
// that nothing is loaded at initialisation.
var loads atomic.Int32

var defaultRecognizer = sync.OnceValues(func() (*Recognizer, error) {
	loads.Add(1)
	return New(posModel, nerModel)
})

// Default returns the Recognizer of the embedded models, loading them on
// the first call.
func Default() (*Recognizer, error) { return defaultRecognizer() }

func mustDefault() *Recognizer {
	r, err := defaultRecognizer()
	if err != nil {
		panic("ner: embedded model: " + err.Error()) // a build defect, caught by the package tests
	}
	return r
}

// Tag returns the Penn Treebank part-of-speech tag of each token of one
// sentence, with the embedded model.
func Tag(sent []nlp.Token) []string { return mustDefault().Tag(sent) }

// Entities returns the entity mentions of every sentence of doc, in text
// order, with the embedded model.
func Entities(doc *nlp.Doc) []Entity { return mustDefault().Entities(doc) }

// Tag returns the Penn Treebank part-of-speech tag of each token of one
// sentence.
func (r *Recognizer) Tag(sent []nlp.Token) []string {
	wp := r.words(sent)
	defer r.pool.Put(wp)
	return r.p.Tag(*wp)
}

// Entities returns the entity mentions of every sentence of doc, in text
// order.
//
// The labels are made consistent over the document: a name given
// different labels in different sentences takes the label it has most
// often ("Kent" an organisation three times and a person once becomes an
// organisation everywhere); a word that ends a person's full name is that
// person when it stands alone ("Simmons" after "Phil Simmons"); an acronym
// in brackets after a name takes the name's label ("Balochistan Liberation
// Army ( BLA )"); and a name found in one sentence is also marked where
// the model missed it in another, when it is capitalised there.
func (r *Recognizer) Entities(doc *nlp.Doc) []Entity {
	var ms []mention
	for i := range doc.Sentences {
		ms = r.appendSentence(ms, doc, i)
	}
	return consistent(doc, ms)
}

// SentenceEntities returns the entity mentions of the sentence of doc with
// index i, without the document pass of Entities.
func (r *Recognizer) SentenceEntities(doc *nlp.Doc, i int) []Entity {
	ms := r.appendSentence(nil, doc, i)
	out := make([]Entity, len(ms))
	for k := range ms {
		out[k] = ms[k].Entity
	}
	return out
}

func (r *Recognizer) appendSentence(out []mention, doc *nlp.Doc, i int) []mention {
	toks := doc.Sentences[i].Tokens
	if len(toks) == 0 {
		return out
	}
	wp := r.words(toks)
	defer r.pool.Put(wp)
	from := len(out)
	for _, sp := range r.p.Spans(*wp) {
		start, end := toks[sp.Start].Start, toks[sp.End-1].End
		out = append(out, mention{Entity: Entity{Label: sp.Label, Start: start, End: end, Text: doc.Slice(start, end)}, sent: i, first: sp.Start, last: sp.End})
	}
	if hasInnerPossessive(*wp) {
		out = joinPossessivePlaces(out, from, doc, i, *wp)
	}
	return out
}

func (r *Recognizer) words(toks []nlp.Token) *[]string {
	wp := r.pool.Get().(*[]string)
	w := (*wp)[:0]
	for _, t := range toks {
		w = append(w, modelForm(t.Text))
	}
	*wp = w
	return wp
}

// modelForm is the form of a token the models see. They were trained on
// text typed in ASCII, where quotation marks are ", apostrophes ' and
// dashes --; news typed with curly marks gives the same words in other
// characters, which the models would read as unknown: “ and ” become ",
// ’s and n’t become 's and n't, an em or en dash becomes --.
func modelForm(w string) string {
	if len(w) == 0 || w[0] < utf8.RuneSelf && w != "''" && w != "``" && !strings.Contains(w, "’") {
		return w
	}
	switch w {
	case "“", "”", "„", "‟", "«", "»", "''", "``", "‘":
		return "\""
	case "’":
		return "'"
	case "—", "–", "―":
		return "--"
	case "…":
		return "..."
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}
