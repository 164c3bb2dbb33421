package htmltext

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
)

func TestRobustEval(t *testing.T) {
	if os.Getenv("ROBUST") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("/work/shared/eval/trafilatura-eval/docs/*.html")
	rnd := rand.New(rand.NewSource(1))
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		src := string(raw)
		a, err := Extract(src, "")
		if err != nil {
			t.Fatal(f, err)
		}
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(src))
		b, _ := FromDocument(doc, "")
		b.Truncated = a.Truncated
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("%s: %s", f, d)
		}
		if a.Truncated {
			t.Errorf("%s: complete page reported truncated", f)
		}
		for i := 0; i < 3; i++ {
			cut := rnd.Intn(len(src))
			c, err := Extract(src[:cut], "")
			if err != nil {
				t.Fatal(err)
			}
			if !c.Truncated && cut < len(src)-200 {
				t.Logf("%s cut at %d/%d: not truncated; tail %q", filepath.Base(f), cut, len(src), src[max(0, cut-60):cut])
			}
		}
	}
}
