// Command evalcmd runs the actors stage over an evaluation set, the seed
// article or the fixture articles, and writes what the scorers in
// /work/shared/tools read, or a readable listing.
//
//	go run ./extract/actors/internal/evalcmd -set ../shared/eval/conll2003-en > out.jsonl
//	python3 ../shared/tools/score_set.py --task ner out.jsonl ../shared/eval/conll2003-en
//
//	go run ./extract/actors/internal/evalcmd -record -id balochistan ../shared/seeds/balochistan.txt > out.json
//	python3 ../shared/tools/score.py out.json ../shared/seeds/balochistan.gold.json --verbose
//
//	go run ./extract/actors/internal/evalcmd -fixtures testdata/articles
//
// -set writes one JSON object per document: {"id", "text", "actors"}.
// -dump prints the actors of each document in a readable form instead.
// -noner runs the stage without the entity recognizer (tables and
// patterns alone).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/actors"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	noNER    bool
	dump     bool
	entities bool
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evalcmd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	set := fs.String("set", "", "evaluation set directory (docs/*.txt)")
	asRecord := fs.Bool("record", false, "write one whole record for the file argument")
	id := fs.String("id", "", "record id with -record")
	fixtures := fs.String("fixtures", "", "fixture directory (testdata/articles): list the actors of each article")
	var o options
	fs.BoolVar(&o.dump, "dump", false, "print actors in a readable form")
	fs.BoolVar(&o.noNER, "noner", false, "run without the entity recognizer")
	timing := fs.Bool("time", false, "with -set: report the time spent in Find")
	fs.BoolVar(&o.entities, "entities", false, "with -set: also write the recognizer's entities (for --ner-from=entities)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	switch {
	case *asRecord:
		if fs.NArg() != 1 {
			fmt.Fprintln(stderr, "evalcmd: -record needs one file")
			return 2
		}
		b, err := os.ReadFile(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		rec := record.New(*id, record.Source{Kind: record.SourceFile, Path: fs.Arg(0)})
		rec.Text = string(b)
		rec.Actors = find(rec.Text, o)
		if o.dump {
			dumpActors(stdout, *id, rec.Actors)
			return 0
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		return 0
	case *fixtures != "":
		return runFixtures(*fixtures, o, stdout, stderr)
	case *set != "":
		return runSet(*set, o, *timing, enc, stdout, stderr)
	}
	fmt.Fprintln(stderr, "evalcmd: need -set DIR, -record FILE or -fixtures DIR")
	return 2
}

func find(text string, o options) []record.Actor {
	doc := nlp.Analyze(text)
	var ents []ner.Entity
	if !o.noNER {
		ents = ner.Entities(doc)
	}
	return actors.Find(doc, ents)
}

func runSet(dir string, o options, timing bool, enc *json.Encoder, stdout, stderr io.Writer) int {
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(stderr, "evalcmd: no documents in", dir)
		return 1
	}
	sort.Strings(files)
	var spent time.Duration
	var bytes int
	for _, f := range files {
		docID := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		text := string(b)
		doc := nlp.Analyze(text)
		var ents []ner.Entity
		if !o.noNER {
			ents = ner.Entities(doc)
		}
		t0 := time.Now()
		acts := actors.Find(doc, ents)
		spent += time.Since(t0)
		bytes += len(b)
		if o.dump {
			dumpActors(stdout, docID, acts)
			continue
		}
		line := struct {
			ID       string          `json:"id"`
			Text     string          `json:"text"`
			Actors   []record.Actor  `json:"actors"`
			Entities []record.Entity `json:"entities,omitempty"`
		}{ID: docID, Text: text, Actors: acts}
		if o.entities {
			line.Entities = []record.Entity{}
			for _, e := range ents {
				line.Entities = append(line.Entities, record.Entity{Text: e.Text, Start: e.Start, End: e.End, Label: e.Label})
			}
		}
		if err := enc.Encode(line); err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
	}
	if timing {
		fmt.Fprintf(stderr, "evalcmd: Find took %v over %d documents (%.1f MB/s)\n", spent, len(files), float64(bytes)/spent.Seconds()/1e6)
	}
	return 0
}

func dumpActors(w io.Writer, id string, acts []record.Actor) {
	fmt.Fprintf(w, "== %s\n", id)
	for _, a := range acts {
		extra := ""
		if len(a.Titles) > 0 {
			extra += " titles=" + strings.Join(a.Titles, "|")
		}
		if a.Affiliation != nil {
			extra += " aff=" + *a.Affiliation
		}
		if a.Country != nil {
			extra += " country=" + *a.Country
		}
		if len(a.Aliases) > 0 {
			extra += " aliases=" + strings.Join(a.Aliases, "|")
		}
		fmt.Fprintf(w, "  %-4s %-15s %s%s (%d)\n", a.ID, a.Kind, a.Name, extra, len(a.Mentions))
	}
}

// runFixtures lists the actors of every fixture article, reading the text
// the pipeline analysed from each case's want.json.
func runFixtures(dir string, o options, stdout, stderr io.Writer) int {
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "want.json"))
	sort.Strings(cases)
	for _, c := range cases {
		fh, err := os.Open(c)
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		dec := json.NewDecoder(fh)
		for {
			var rec struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := dec.Decode(&rec); err != nil {
				if !errors.Is(err, io.EOF) {
					fmt.Fprintln(stderr, "evalcmd:", c, err)
				}
				break
			}
			if rec.Text == "" {
				continue
			}
			dumpActors(stdout, filepath.Base(filepath.Dir(c))+" "+rec.ID, find(rec.Text, o))
		}
		fh.Close()
	}
	return 0
}
