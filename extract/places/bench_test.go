package places

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsx/newsx/extract/gazetteer"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

// fixtureTexts returns the article texts of the golden records of
// testdata/articles (one per article, several for a JSON Lines case).
func fixtureTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*", "want.json"))
	if err != nil || len(files) == 0 {
		tb.Skip("no fixture articles")
	}
	var texts []string
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		dec := json.NewDecoder(fh)
		for {
			var rec struct {
				Text string `json:"text"`
			}
			if err := dec.Decode(&rec); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				tb.Fatalf("%s: %v", name, err)
			}
			if len(rec.Text) > 200 {
				texts = append(texts, rec.Text)
			}
		}
		fh.Close()
	}
	return texts
}

type analysed struct {
	doc  *nlp.Doc
	ents []ner.Entity
}

func analyseAll(tb testing.TB, texts []string) ([]analysed, int) {
	tb.Helper()
	out := make([]analysed, len(texts))
	n := 0
	for i, t := range texts {
		d := nlp.Analyze(t)
		out[i] = analysed{d, ner.Entities(d)}
		n += len(t)
	}
	return out, n
}

// BenchmarkFind measures the places stage alone over the fixture
// articles (about 3 KB each), after the gazetteer and the recognizer have
// loaded and the documents have been analysed.
func BenchmarkFind(b *testing.B) {
	docs, n := analyseAll(b, fixtureTexts(b))
	if err := gazetteer.Load(); err != nil {
		b.Fatal(err)
	}
	for _, d := range docs { // warm the gazetteer's block cache
		Find(d.doc, Input{Entities: d.ents})
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Find(d.doc, Input{Entities: d.ents})
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N*len(docs)), "µs/article")
}

// BenchmarkStage measures what the pipeline spends for places on one
// article: the recognizer's entities and Find (the tokens are shared with
// the other stages).
func BenchmarkStage(b *testing.B) {
	texts := fixtureTexts(b)
	docs := make([]*nlp.Doc, len(texts))
	n := 0
	for i, t := range texts {
		docs[i] = nlp.Analyze(t)
		n += len(t)
	}
	for _, d := range docs {
		Find(d, Input{Entities: ner.Entities(d)})
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Find(d, Input{Entities: ner.Entities(d)})
		}
	}
}
