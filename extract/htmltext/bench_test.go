package htmltext

import "testing"

// BenchmarkExtract runs Extract over the test pages; b.SetBytes makes the
// report include MB/s of HTML.
func BenchmarkExtract(b *testing.B) {
	var pages []string
	size := 0
	for _, name := range []string{"news.html", "blog.html", "feature.html", "links.html"} {
		p := readTestdata(b, name)
		pages = append(pages, p)
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Extract(p, "https://example.com/page"); err != nil {
				b.Fatal(err)
			}
		}
	}
}
