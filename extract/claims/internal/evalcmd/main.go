// Command evalcmd runs the claims stage over a development set or single
// text files and writes one JSON record per document, for the scorers in
// tools/: {"id", "text", "places", "actors", "casualties", "claims",
// "warnings"}.
//
//	go run ./extract/claims/internal/evalcmd -set ../shared/eval/polnear -every 5 > out.jsonl
//	go run ./extract/claims/internal/evalcmd -id balochistan ../shared/seeds/balochistan.txt > seed.json
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsx/newsx/extract/actors"
	"github.com/newsx/newsx/extract/claims"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/record"
)

type out struct {
	ID         string            `json:"id"`
	Text       string            `json:"text"`
	Places     []record.Place    `json:"places"`
	Actors     []record.Actor    `json:"actors"`
	Casualties []record.Casualty `json:"casualties"`
	Claims     []record.Claim    `json:"claims"`
	Warnings   []record.Warning  `json:"warnings"`
}

func main() {
	set := flag.String("set", "", "development set directory (gold.jsonl and docs/<id>.txt)")
	every := flag.Int("every", 1, "with -set: take every n-th document")
	id := flag.String("id", "", "with file arguments: the record id (default: the file name)")
	noActors := flag.Bool("noactors", false, "do not run the actors stage (claims get no speaker names)")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	run := func(name, text string) error {
		doc := nlp.Analyze(text)
		ents := ner.Entities(doc)
		acts := []record.Actor{}
		if !*noActors {
			acts = actors.Find(doc, ents)
		}
		return enc.Encode(out{ID: name, Text: doc.Text, Places: []record.Place{}, Actors: acts,
			Casualties: []record.Casualty{}, Claims: claims.Find(doc, ents, acts), Warnings: []record.Warning{}})
	}
	if *set != "" {
		ids, err := setIDs(*set)
		if err != nil {
			fail(err)
		}
		for i, d := range ids {
			if i%*every != 0 {
				continue
			}
			b, err := os.ReadFile(filepath.Join(*set, "docs", d+".txt"))
			if err != nil {
				fail(err)
			}
			if err := run(d, string(b)); err != nil {
				fail(err)
			}
		}
		return
	}
	for _, p := range flag.Args() {
		b, err := os.ReadFile(p)
		if err != nil {
			fail(err)
		}
		name := *id
		if name == "" {
			name = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		}
		if err := run(name, string(b)); err != nil {
			fail(err)
		}
	}
}

// setIDs reads the document ids of a set from its gold.jsonl.
func setIDs(dir string) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var g struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, err
		}
		ids = append(ids, g.ID)
	}
	return ids, sc.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "evalcmd:", err)
	os.Exit(1)
}
