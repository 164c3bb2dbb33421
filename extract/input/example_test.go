package input_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsx/newsx/extract/input"
)

func Example() {
	ctx := context.Background()
	stdin := strings.NewReader(`{"id":"a1","text":"Two people were killed in Kharkiv."}
{"id":"a2","html":"<p>Caf\u00e9 fire</p>","title":"Fire"}
{"id":"a3"}
`)
	for src := range input.Expand(ctx, []string{"-"}, input.Options{Stdin: stdin}) {
		doc, err := input.Load(ctx, src, nil, 0) // nil Fetcher: URL inputs are refused
		if err != nil {
			fmt.Printf("%s: %s error: %s\n", src.ID, err.Kind, err.Message)
			continue
		}
		fmt.Printf("%s: html=%v %q\n", src.ID, doc.HTML, doc.Text)
	}
	// Output:
	// a1: html=false "Two people were killed in Kharkiv."
	// a2: html=true "<p>Café fire</p>"
	// a3: decode error: line 3 of standard input: needs one of "text", "html" or "url"
}
