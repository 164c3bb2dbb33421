// Command evalcmd runs the places stage (with nlp.Analyze and
// ner.Entities before it) over an evaluation set or one text file and
// writes what the scorers in /work/shared/tools read.
//
//	go run ./extract/places/internal/evalcmd -set /work/shared/eval/lgl > lgl.jsonl
//	python3 /work/shared/tools/score_set.py --task places lgl.jsonl /work/shared/eval/lgl
//
//	go run ./extract/places/internal/evalcmd -record -id balochistan seeds/balochistan.txt > out.json
//	python3 /work/shared/tools/score.py out.json seeds/balochistan.gold.json --verbose
//
// Each line is {"id", "text", "places"} (with -record, a whole record).
// With -dump it prints the places of each document in a readable form
// instead, and with -time it reports on stderr how long the places stage
// took over the set.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/places"
	"github.com/newsx/newsx/extract/record"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type line struct {
	ID       string          `json:"id"`
	Text     string          `json:"text"`
	Places   []record.Place  `json:"places"`
	Entities []record.Entity `json:"entities,omitempty"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evalcmd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	set := fs.String("set", "", "evaluation set directory (docs/*.txt)")
	asRecord := fs.Bool("record", false, "write one whole record for the file argument")
	id := fs.String("id", "", "record id with -record")
	dump := fs.Bool("dump", false, "print places in a readable form")
	timing := fs.Bool("time", false, "report the time the places stage took on stderr")
	only := fs.String("only", "", "comma-separated document ids to run (with -set)")
	withEnts := fs.Bool("entities", false, "add the recognizer's entities to each line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *asRecord {
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
		doc := nlp.Analyze(rec.Text)
		rec.Places = places.Find(doc, places.Input{Entities: ner.Entities(doc)})
		if *dump {
			dumpPlaces(stdout, *id, rec.Places)
			return 0
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		return 0
	}
	if *set == "" {
		fmt.Fprintln(stderr, "evalcmd: need -set DIR or -record FILE")
		return 2
	}
	files, err := filepath.Glob(filepath.Join(*set, "docs", "*.txt"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(stderr, "evalcmd: no documents in", *set)
		return 1
	}
	sort.Strings(files)
	want := map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		if s != "" {
			want[s] = true
		}
	}
	var spent time.Duration
	var bytes int
	for _, path := range files {
		docID := strings.TrimSuffix(filepath.Base(path), ".txt")
		if len(want) > 0 && !want[docID] {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		doc := nlp.Analyze(string(b))
		ents := ner.Entities(doc)
		t0 := time.Now()
		ps := places.Find(doc, places.Input{Entities: ents})
		spent += time.Since(t0)
		bytes += len(b)
		if *dump {
			dumpPlaces(stdout, docID, ps)
			continue
		}
		l := line{ID: docID, Text: doc.Text, Places: ps}
		if *withEnts {
			for _, e := range ents {
				l.Entities = append(l.Entities, record.Entity{Text: e.Text, Start: e.Start, End: e.End, Label: e.Label})
			}
		}
		if err := enc.Encode(l); err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
	}
	if *timing {
		fmt.Fprintf(stderr, "places: %v over %d bytes (%.1f µs per KB)\n", spent, bytes,
			float64(spent.Microseconds())/(float64(bytes)/1024))
	}
	return 0
}

func dumpPlaces(w io.Writer, id string, ps []record.Place) {
	fmt.Fprintf(w, "== %s\n", id)
	for _, p := range ps {
		var texts []string
		for _, m := range p.Mentions {
			texts = append(texts, m.Text)
		}
		fmt.Fprintf(w, "  %s %s [%s] %s/%s %.3f,%.3f gn=%d  %q\n", p.ID, p.Name, p.Kind, deref(p.Country), deref(p.Admin1),
			derefF(p.Lat), derefF(p.Lon), derefI(p.GeonamesID), texts)
	}
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func derefF(f *float64) float64 {
	if f == nil {
		return 0
	}
	return *f
}

func derefI(i *int) int {
	if i == nil {
		return 0
	}
	return *i
}
