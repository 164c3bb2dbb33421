// Command eval runs the entity recognizer over development sets and scores
// it with the project's scorer. For each set directory (docs/*.txt,
// gold.jsonl) it writes OUT/<set>.jsonl, one record per document
// ({"id", "text", "entities"}) with code-point offsets, then runs
//
//	python3 SCORER --task ner --ner-from=entities OUT/<set>.jsonl SETDIR
//
// and prints the scorer's summary line. With -record the micro F1 and
// per-label F1 are written into the manifest (the "dev" field).
//
//	go run ./extract/nlp/ner/eval -model extract/nlp/ner/model -record \
//	    ../shared/eval/conll2003-en ../shared/eval/wikigold ../shared/eval/sfm-nigeria-persons
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
)

type record struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Entities []ner.Entity `json:"entities"`
}

func main() {
	modelDir := flag.String("model", "extract/nlp/ner/model", "directory with pos.bin, ner.bin and manifest.json")
	outDir := flag.String("out", os.TempDir(), "directory for the <set>.jsonl outputs")
	scorer := flag.String("scorer", "../shared/tools/score_set.py", "score_set.py")
	recordDev := flag.Bool("record", false, "write the scores into the model directory's manifest.json")
	verbose := flag.Int("verbose", 0, "passed to the scorer: examples of each error kind")
	show := flag.Bool("show", false, "read text from standard input and print each sentence's tags and entities instead")
	flag.Parse()
	if *show {
		if err := showText(*modelDir); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*modelDir, *outDir, *scorer, *recordDev, *verbose, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func load(modelDir string) (*ner.Recognizer, error) {
	posData, err := os.ReadFile(filepath.Join(modelDir, "pos.bin"))
	if err != nil {
		return nil, err
	}
	nerData, err := os.ReadFile(filepath.Join(modelDir, "ner.bin"))
	if err != nil {
		return nil, err
	}
	return ner.New(posData, nerData)
}

// showText prints, for each sentence of the standard input, the tokens
// with their POS tags and the entities.
func showText(modelDir string) error {
	rec, err := load(modelDir)
	if err != nil {
		return err
	}
	text, err := io.ReadAll(os.Stdin)
	if err != nil {
		return err
	}
	doc := nlp.Analyze(string(text))
	for i, s := range doc.Sentences {
		tags := rec.Tag(s.Tokens)
		var b strings.Builder
		for k, t := range s.Tokens {
			fmt.Fprintf(&b, "%s/%s ", t.Text, tags[k])
		}
		fmt.Println(b.String())
		for _, e := range rec.SentenceEntities(doc, i) {
			fmt.Printf("    %-8s %q\n", e.Label, e.Text)
		}
	}
	return nil
}

func run(modelDir, outDir, scorer string, recordDev bool, verbose int, sets []string) error {
	rec, err := load(modelDir)
	if err != nil {
		return err
	}
	dev := map[string]any{}
	for _, set := range sets {
		name := filepath.Base(filepath.Clean(set))
		out := filepath.Join(outDir, name+".jsonl")
		took, bytesIn, err := tagSet(rec, set, out)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d bytes in %s (%.2f MB/s, analysis included)\n", name, bytesIn, took.Round(time.Millisecond), float64(bytesIn)/took.Seconds()/1e6)
		args := []string{scorer, "--task", "ner", "--ner-from=entities", out, set}
		if verbose > 0 {
			args = append(args, "--verbose", fmt.Sprint(verbose))
		}
		cmd := exec.Command("python3", args...)
		cmd.Stderr = os.Stderr
		table, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("scorer: %w", err)
		}
		os.Stdout.Write(table)
		js, err := exec.Command("python3", scorer, "--task", "ner", "--ner-from=entities", "--json", out, set).Output()
		if err != nil {
			return fmt.Errorf("scorer: %w", err)
		}
		var res map[string]any
		if err := json.Unmarshal(lastLine(js), &res); err == nil {
			dev[name] = res
		}
	}
	if recordDev {
		return writeDev(filepath.Join(modelDir, "manifest.json"), dev)
	}
	return nil
}

func lastLine(b []byte) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	for i := len(lines) - 1; i >= 0; i-- {
		if bytes.HasPrefix(lines[i], []byte("{")) {
			return lines[i]
		}
	}
	return nil
}

func tagSet(rec *ner.Recognizer, set, out string) (time.Duration, int, error) {
	files, err := filepath.Glob(filepath.Join(set, "docs", "*.txt"))
	if err != nil {
		return 0, 0, err
	}
	sort.Strings(files)
	f, err := os.Create(out)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var took time.Duration
	total := 0
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0, 0, err
		}
		t0 := time.Now()
		doc := nlp.Analyze(string(b))
		ents := rec.Entities(doc)
		took += time.Since(t0)
		total += len(b)
		if ents == nil {
			ents = []ner.Entity{}
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		if err := enc.Encode(record{ID: id, Text: doc.Text, Entities: ents}); err != nil {
			return 0, 0, err
		}
	}
	return took, total, w.Flush()
}

// writeDev stores the scores under "dev" in the manifest, keeping the rest.
func writeDev(path string, dev map[string]any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var man map[string]json.RawMessage
	if err := json.Unmarshal(b, &man); err != nil {
		return err
	}
	summary := map[string]any{}
	for set, res := range dev {
		summary[set] = condense(res)
	}
	js, err := json.Marshal(summary)
	if err != nil {
		return err
	}
	man["dev"] = js
	outb, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(outb, '\n'), 0o644)
}

// condense keeps the F1 figures of a scorer result.
func condense(res any) any {
	m, ok := res.(map[string]any)
	if !ok {
		return res
	}
	out := map[string]any{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, vv := range x {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				walk(p, vv)
			}
		case float64:
			if strings.HasSuffix(prefix, "f1") || strings.HasSuffix(prefix, "recall") {
				out[prefix] = float64(int(x*10000+0.5)) / 10000
			}
		}
	}
	walk("", m)
	return out
}
