package gazetteer

import (
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := decode(gzData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInflate(b *testing.B) {
	for b.Loop() {
		zr, _ := gzip.NewReader(strings.NewReader(gzData))
		var sb strings.Builder
		sb.Grow(9 << 20)
		io.Copy(&sb, zr)
	}
}
