package nlp

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// corpusDir is the directory of the development sets (the project's
// shared/eval), read by the corpus tests when given:
//
//	go test ./extract/nlp -run Corpus -v -corpus ../shared/eval
//
// The sets are read, never copied into the repository.
var corpusDir = flag.String("corpus", "", "directory holding polnear/ and conll2003-en/ (corpus tests are skipped without it)")

func corpusPath(t *testing.T, set string) string {
	t.Helper()
	if *corpusDir == "" {
		t.Skip("no -corpus directory given")
	}
	dir := filepath.Join(*corpusDir, set)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s: %v", set, err)
	}
	return dir
}

// TestCorpusPolNeAR measures sentence splitting on the PolNeAR news
// articles: an attribution's source and cue are nearly always written in
// one sentence, so the share of attributions whose source and cue fall in
// one sentence of ours is a proxy for how rarely we split a sentence where
// there is no boundary. Most of the remaining attributions are annotated
// across sentences or across a line break.
func TestCorpusPolNeAR(t *testing.T) {
	dir := corpusPath(t, "polnear")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type gspan struct{ Start, End int }
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	docs, sents, total, within := 0, 0, 0, 0
	for sc.Scan() {
		var g struct {
			ID     string
			Claims []struct{ Source, Cue *gspan }
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "docs", g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := Analyze(string(b))
		docs++
		sents += len(d.Sentences)
		for _, c := range g.Claims {
			if c.Source == nil || c.Cue == nil {
				continue
			}
			total++
			i := d.SentenceAt(min(c.Source.Start, c.Cue.Start))
			if i >= 0 && d.Sentences[i].End >= max(c.Source.End, c.Cue.End) {
				within++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	share := float64(within) / float64(total)
	t.Logf("%d articles, %d sentences: source and cue in one sentence for %d of %d attributions (%.2f%%)",
		docs, sents, within, total, 100*share)
	if share < 0.9985 {
		t.Errorf("share %.4f fell below 0.9985 (0.9987 when measured)", share)
	}
}

// TestCorpusCoNLL measures tokenization on the CoNLL-2003 development
// documents, which hold one sentence per line with its tokens joined by
// single spaces: every gold token should come out as one of our tokens,
// and no line should be split into several sentences.
func TestCorpusCoNLL(t *testing.T) {
	dir := corpusPath(t, "conll2003-en")
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents in %s (%v)", dir, err)
	}
	gold, got, hit, lines, split := 0, 0, 0, 0, 0
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		d := Analyze(string(b))
		rs := []rune(d.Text)
		want := map[evalSpan]bool{}
		line, lineOf := 0, make([]int, len(rs))
		for p := 0; p < len(rs); {
			lineOf[p] = line
			if rs[p] == '\n' {
				line++
			}
			if unicode.IsSpace(rs[p]) {
				p++
				continue
			}
			q := p
			for q < len(rs) && !unicode.IsSpace(rs[q]) {
				q++
			}
			want[evalSpan{p, q}] = true
			p = q
		}
		gold += len(want)
		perLine := map[int]int{}
		for _, s := range d.Sentences {
			perLine[lineOf[s.Start]]++
			for _, tok := range s.Tokens {
				got++
				if want[evalSpan{tok.Start, tok.End}] {
					hit++
				}
			}
		}
		for _, n := range perLine {
			lines++
			if n > 1 {
				split++
			}
		}
	}
	recall, precision := float64(hit)/float64(gold), float64(hit)/float64(got)
	t.Logf("%d gold tokens, %d ours, %d the same: recall %.2f%%, precision %.2f%%; %d of %d lines split into several sentences",
		gold, got, hit, 100*recall, 100*precision, split, lines)
	if recall < 0.999 || precision < 0.998 {
		t.Errorf("token agreement fell below 99.9%% recall / 99.8%% precision")
	}
	if split > lines/100 {
		t.Errorf("%d of %d lines split", split, lines)
	}
}
