package nlp

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// prose v2 was the project's first tokenizer and sentence splitter (the
// design card names it). Our own replaced it because it measured worse and
// slower; it stays here as the baseline every change is measured against,
// so the comparison is re-run rather than remembered.

// proseSplit runs prose's tokenizer and segmenter (no tagging, no
// entities) and returns the sentences as whitespace-free strings and all
// token texts.
func proseSplit(t testing.TB, text string) (sents []string, toks []string) {
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sentences() {
		sents = append(sents, strings.Join(strings.Fields(s.Text), ""))
	}
	for _, tok := range doc.Tokens() {
		toks = append(toks, tok.Text)
	}
	return sents, toks
}

// TestBetterThanProse checks that on the news cases of testdata/tokseg.txt
// our tokens and sentence splits are exactly right at least as often as
// prose's are.
func TestBetterThanProse(t *testing.T) {
	cases, err := readEvalSet("testdata/tokseg.txt")
	if err != nil {
		t.Fatal(err)
	}
	var ours, theirs struct{ toks, sents int }
	for _, c := range cases {
		var wantToks, wantSents []string
		for _, s := range c.want {
			wantToks = append(wantToks, s...)
			wantSents = append(wantSents, strings.Join(s, ""))
		}
		d := Analyze(c.text)
		var gotToks, gotSents []string
		for _, s := range d.Sentences {
			var b strings.Builder
			for _, tok := range s.Tokens {
				gotToks = append(gotToks, tok.Text)
				b.WriteString(tok.Text)
			}
			gotSents = append(gotSents, b.String())
		}
		pSents, pToks := proseSplit(t, c.text)
		if equal(gotToks, wantToks) {
			ours.toks++
		}
		if equal(gotSents, wantSents) {
			ours.sents++
		}
		if equal(pToks, wantToks) {
			theirs.toks++
		}
		if equal(pSents, wantSents) {
			theirs.sents++
		}
	}
	t.Logf("%d cases: exact tokens ours %d, prose %d; exact sentences ours %d, prose %d",
		len(cases), ours.toks, theirs.toks, ours.sents, theirs.sents)
	if ours.toks < theirs.toks || ours.sents < theirs.sents {
		t.Errorf("prose does better than our tokenizer or splitter on the news cases")
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkProseAnalyze is the baseline for BenchmarkAnalyze: prose's
// tokenizer and segmenter over the same article.
func BenchmarkProseAnalyze(b *testing.B) {
	text := newsText
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		proseSplit(b, text)
	}
}
