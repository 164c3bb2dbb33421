package gazetteer

import (
	"fmt"
	"testing"
	"time"
	"runtime"
)

func TestSmoke(t *testing.T) {
	var m0, m1 runtime.MemStats
	runtime.GC(); runtime.ReadMemStats(&m0)
	t0 := time.Now()
	if err := Load(); err != nil { t.Fatal(err) }
	el := time.Since(t0)
	runtime.GC(); runtime.ReadMemStats(&m1)
	fmt.Println("load", el, "heap", (m1.HeapAlloc-m0.HeapAlloc)>>20, "MB")
	for _, n := range []string{"Quetta", "Kiev", "Kyiv", "Paris", "Georgia", "Balochistan", "KPK", "Khyber Pakhtunkhwa", "U.S.", "Gaza", "New York", "Washington", "Punjab", "Lagos", "Mogadishu", "Arequipa", "Raqqa", "Hama", "Helmand Province", "Donetsk Oblast", "Kurram"} {
		ps := Lookup(n)
		fmt.Printf("%s: %d", n, len(ps))
		for i, p := range ps { if i >= 4 {break}; fmt.Printf(" | %s %s %s/%s %.3f,%.3f pop=%d %s id=%d", p.Kind, p.Name, p.Country, p.Admin1, p.Lat, p.Lon, p.Population, p.FeatureCode, p.GeonamesID) }
		fmt.Println()
	}
	toks := []string{"Militants", "in", "Khyber", "Pakhtunkhwa", "and", "New", "York", "'s", "Pakistani", "officials", "in", "Guinea", "-", "Bissau", "said", "us", "U.S.", "Côte", "d'Ivoire", "Pakistan's"}
	for _, m := range MatchTokens(toks) { fmt.Println(m.Text(toks), m.Kinds, m.Cased) }
}
