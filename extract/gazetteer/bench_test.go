package gazetteer

import (
	"runtime"
	"strings"
	"testing"
)

// benchText is news-like text written for these benchmarks: place names
// (single and multi-word), demonyms, and ordinary words in the proportions
// of a news report.
const benchText = `Gunmen attacked a police checkpoint in the Kurram district of Khyber Pakhtunkhwa province on Tuesday , killing four officers , a local official said . ` +
	`The attack came days after Pakistani troops launched an operation near the Afghan border , the military said in a statement issued in Rawalpindi . ` +
	`In Ukraine , Russian drones struck Kharkiv and Odesa overnight , and officials in Kyiv said air defences shot down most of them over the Dnipropetrovsk region . ` +
	`The United Nations said aid convoys had reached Gaza City and Khan Younis , while fighting continued in the West Bank city of Jenin . ` +
	`Heavy rains in Lagos and Port Harcourt displaced thousands , Nigeria's emergency agency said , as flooding also hit parts of Borno State . ` +
	`Officials in Washington and London condemned the strike ; the U.S. State Department called for restraint from all sides in the Middle East . ` +
	`Protesters gathered in New York , Paris and Berlin , and police in Mogadishu said a car bomb killed at least 12 people near the presidential palace .`

var benchTokens = strings.Fields(benchText)

func BenchmarkMatchTokens(b *testing.B) {
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	dst := make([]Match, 0, 64)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = AppendMatches(dst[:0], benchTokens)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchTokens)), "ns/token")
}

func BenchmarkMatchTokensAlloc(b *testing.B) {
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = MatchTokens(benchTokens)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchTokens)), "ns/token")
}

// BenchmarkLoad measures a fresh load of the embedded data (what the
// first call of any function pays) and the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var d *data
	for b.Loop() {
		var err error
		if d, err = parse(rawData); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	runtime.KeepAlive(d)
}

func BenchmarkLookup(b *testing.B) {
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Lookup("Paris")
	}
}

// BenchmarkDecodeBlock measures what the first lookup touching a block
// pays to decode it.
func BenchmarkDecodeBlock(b *testing.B) {
	d := get()
	n := len(d.cache)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.decodeBlock(i % n); err != nil {
			b.Fatal(err)
		}
		i += 97
	}
}
