// Command evalcmd runs the casualties stage over an evaluation set or one
// text file and writes what the scorers in /work/shared/tools read.
//
//	go run ./extract/casualties/internal/evalcmd -set /work/shared/eval/gvdb > out.jsonl
//	python3 /work/shared/tools/score_set.py --task casualties out.jsonl /work/shared/eval/gvdb
//
//	go run ./extract/casualties/internal/evalcmd -record -id balochistan seeds/balochistan.txt > out.json
//	python3 /work/shared/tools/score.py out.json seeds/balochistan.gold.json --verbose
//
// With -dump it prints the figures of each document in a readable form
// instead, for reading errors.
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

	"github.com/newsx/newsx/extract/casualties"
	"github.com/newsx/newsx/extract/htmltext"
	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/record"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evalcmd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	set := fs.String("set", "", "evaluation set directory (docs/*.txt)")
	asRecord := fs.Bool("record", false, "write one whole record for the file argument")
	id := fs.String("id", "", "record id with -record")
	date := fs.String("date", "", "publication date")
	dump := fs.Bool("dump", false, "print figures in a readable form")
	only := fs.String("only", "", "comma-separated document ids to run (with -set)")
	fixtures := fs.String("fixtures", "", "testdata/articles directory: print the figures of every case")
	speed := fs.Bool("speed", false, "with -set: time the stage alone over the set and print MB/s")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *fixtures != "" {
		return runFixtures(*fixtures, stdout, stderr)
	}
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
		rec.Text, _ = articleText(b, *date)
		doc := nlp.Analyze(rec.Text)
		rec.Casualties, rec.Warnings = casualties.Find(doc, casualties.Input{Published: *date})
		if *dump {
			dumpDoc(stdout, *id, rec)
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
	if *speed {
		return timeSet(files, stdout, stderr)
	}
	want := map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		if s != "" {
			want[s] = true
		}
	}
	for _, f := range files {
		docID := strings.TrimSuffix(filepath.Base(f), ".txt")
		if len(want) > 0 && !want[docID] {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		rec := record.New(docID, record.Source{Kind: record.SourceFile, Path: f})
		rec.Text = string(b)
		doc := nlp.Analyze(rec.Text)
		rec.Casualties, rec.Warnings = casualties.Find(doc, casualties.Input{Published: *date})
		if *dump {
			dumpDoc(stdout, docID, rec)
			continue
		}
		line := struct {
			ID         string            `json:"id"`
			Text       string            `json:"text"`
			Casualties []record.Casualty `json:"casualties"`
			Warnings   []record.Warning  `json:"warnings"`
		}{docID, rec.Text, rec.Casualties, rec.Warnings}
		if err := enc.Encode(line); err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
	}
	return 0
}

func dumpDoc(w io.Writer, id string, rec *record.Record) {
	fmt.Fprintf(w, "== %s\n", id)
	for _, c := range rec.Casualties {
		q := ""
		if c.Qualifier != nil {
			q = *c.Qualifier + " "
		}
		when := ""
		if c.When != nil {
			when = " when=" + c.When.Text
			if c.When.Date != nil {
				when += "(" + *c.When.Date + ")"
			}
		}
		fmt.Fprintf(w, "  %s %s%d %s %s [%s]%s  «%s»\n", c.ID, q, c.Count, c.Outcome, c.VictimGroup, c.Victims, when, c.Evidence.Text)
	}
	for _, x := range rec.Warnings {
		fmt.Fprintf(w, "  ! %s: %s %v\n", x.Kind, x.Message, x.Refs)
	}
}

// articleText returns the text of an input file: HTML pages go through the
// htmltext stage (and give their own publication date), text is used as it
// is with CRLF line ends made LF.
func articleText(b []byte, date string) (string, string) {
	if input.Sniff(b) {
		text, _ := input.Decode(b, "", true)
		if art, err := htmltext.Extract(text, ""); err == nil {
			if art.Published != "" {
				date = art.Published
			}
			return art.Text, date
		}
	}
	text, _ := input.Decode(b, "", false)
	return strings.ReplaceAll(text, "\r\n", "\n"), date
}

// runFixtures prints the figures the stage finds in every fixture article.
func runFixtures(dir string, stdout, stderr io.Writer) int {
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "expect.json"))
	sort.Strings(cases)
	for _, c := range cases {
		d := filepath.Dir(c)
		var exp struct {
			Date string `json:"date"`
		}
		if b, err := os.ReadFile(c); err == nil {
			_ = json.Unmarshal(b, &exp)
		}
		inputs, _ := filepath.Glob(filepath.Join(d, "input.*"))
		for _, in := range inputs {
			b, err := os.ReadFile(in)
			if err != nil {
				fmt.Fprintln(stderr, "evalcmd:", err)
				return 1
			}
			var texts []string
			dates := []string{}
			if strings.HasSuffix(in, ".jsonl") {
				for _, line := range strings.Split(string(b), "\n") {
					var item struct{ Text, HTML string }
					if json.Unmarshal([]byte(line), &item) != nil {
						continue
					}
					t, dt := item.Text, exp.Date
					if item.HTML != "" {
						t, dt = articleText([]byte(item.HTML), exp.Date)
					}
					texts, dates = append(texts, t), append(dates, dt)
				}
			} else {
				t, dt := articleText(b, exp.Date)
				texts, dates = append(texts, t), append(dates, dt)
			}
			for i, t := range texts {
				rec := record.New(filepath.Base(d), record.Source{Kind: record.SourceFile})
				rec.Text = t
				rec.Casualties, rec.Warnings = casualties.Find(nlp.Analyze(t), casualties.Input{Published: dates[i]})
				dumpDoc(stdout, fmt.Sprintf("%s #%d (published %s)", filepath.Base(d), i, dates[i]), rec)
			}
		}
	}
	return 0
}

// timeSet analyses every document once, then runs the stage alone over all
// of them for at least two seconds and prints the throughput.
func timeSet(files []string, stdout, stderr io.Writer) int {
	var docs []*nlp.Doc
	size := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "evalcmd:", err)
			return 1
		}
		docs = append(docs, nlp.Analyze(string(b)))
		size += len(b)
	}
	start := time.Now()
	rounds := 0
	for time.Since(start) < 2*time.Second {
		for _, d := range docs {
			casualties.Find(d, casualties.Input{Published: "2025-01-01"})
		}
		rounds++
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "%d docs, %d bytes, %d rounds: %.1f MB/s, %.0f µs/doc\n", len(docs), size, rounds,
		float64(size*rounds)/el.Seconds()/1e6, float64(el.Microseconds())/float64(rounds*len(docs)))
	return 0
}
