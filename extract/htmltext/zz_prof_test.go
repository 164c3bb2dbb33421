package htmltext

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkEvalPages(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/eval/trafilatura-eval/docs/*.html")
	var docs []string
	n := 0
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		docs = append(docs, string(raw))
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d, "")
		}
	}
}
