package gazetteer

import (
	"math"
	"slices"
	"testing"
)

func TestCountryByName(t *testing.T) {
	tests := map[string]string{
		"United States": "US", "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US",
		"America": "US", "United States of America": "US", "united states": "US",
		"United Kingdom": "GB", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
		"DRC": "CD", "D.R.C.": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD", "Democratic Republic of the Congo": "CD",
		"Congo-Brazzaville": "CG", "Republic of the Congo": "CG",
		"Ivory Coast": "CI", "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Côte d’Ivoire": "CI", "COTE D'IVOIRE": "CI",
		"Burma": "MM", "Myanmar": "MM",
		"Pakistan": "PK", "Afghanistan": "AF", "Yemen": "YE", "Georgia": "GE",
		"UAE": "AE", "Emirates": "AE", "Czech Republic": "CZ", "Czechia": "CZ",
		"Türkiye": "TR", "Turkiye": "TR", "Turkey": "TR", "Swaziland": "SZ", "Eswatini": "SZ",
		"East Timor": "TL", "Timor-Leste": "TL", "Holland": "NL", "The Netherlands": "NL",
		"North Macedonia": "MK", "Macedonia": "MK", "Palestinian Territories": "PS", "Palestine": "PS",
		"Kosovo": "XK", "Vatican": "VA", "Guinea-Bissau": "GW", "Guinea Bissau": "GW",
		"South Korea": "KR", "North Korea": "KP", "DPRK": "KP", "Korea": "KR", "Congo": "CD",
		"São Tomé and Príncipe": "ST", "Sao Tome and Principe": "ST",
	}
	for name, code := range tests {
		c, ok := CountryByName(name)
		if !ok || c.Code != code {
			t.Errorf("CountryByName(%q) = %q, %v; want %s", name, c.Code, ok, code)
		}
	}
	for _, name := range []string{"Pakistani", "Kabul", "Narnia", "", "Balochistan"} {
		if c, ok := CountryByName(name); ok {
			t.Errorf("CountryByName(%q) = %s", name, c.Code)
		}
	}
}

// TestEveryCountryName checks every name of every country in the table.
func TestEveryCountryName(t *testing.T) {
	shared := map[string][]string{ // names two countries go by
		"Congo": {"CD", "CG"}, "Virgin Islands": {"VG", "VI"}, "Korea": {"KR", "KP"},
	}
	cs := Countries()
	if len(cs) != 250 {
		t.Fatalf("%d countries", len(cs))
	}
	for _, c := range cs {
		if c.Names[0] != c.Name || c.GeonamesID == 0 || len(c.Code) != 2 || len(c.Code3) != 3 {
			t.Errorf("%s: %+v", c.Code, c)
		}
		for _, n := range c.Names {
			got, ok := CountryByName(n)
			switch {
			case !ok:
				t.Errorf("%s: name %q not found", c.Code, n)
			case got.Code != c.Code && !slices.Contains(shared[n], got.Code):
				t.Errorf("%s: name %q gives %s", c.Code, n, got.Code)
			}
		}
		for _, code := range []string{c.Code, c.Code3} {
			if got, ok := CountryByCode(code); !ok || got.Code != c.Code {
				t.Errorf("CountryByCode(%q) = %q, %v", code, got.Code, ok)
			}
		}
	}
}

func TestCountryByCode(t *testing.T) {
	c, ok := CountryByCode("pak")
	if !ok || c.Code != "PK" || c.Code3 != "PAK" || c.Name != "Pakistan" || c.Capital != "Islamabad" || c.GeonamesID != 1168579 {
		t.Errorf("CountryByCode(pak) = %+v, %v", c, ok)
	}
	if !slices.Contains(c.Demonyms, "Pakistani") {
		t.Errorf("Pakistan demonyms %q", c.Demonyms)
	}
	if math.Abs(c.Lat-30) > 3 || math.Abs(c.Lon-70) > 3 {
		t.Errorf("Pakistan centre %v,%v", c.Lat, c.Lon)
	}
	for _, code := range []string{"", "P", "ZZ", "ZZZ", "PAKI", "us "} {
		if _, ok := CountryByCode(code); ok {
			t.Errorf("CountryByCode(%q) found a country", code)
		}
	}
	// Callers get copies: changing them changes nothing inside.
	c.Names[0] = "changed"
	if again, _ := CountryByCode("PK"); again.Names[0] != "Pakistan" {
		t.Error("Country.Names shares memory with the gazetteer")
	}
}

func TestDemonym(t *testing.T) {
	tests := map[string]string{
		"Pakistani": "PK", "Pakistanis": "PK", "Afghan": "AF", "Afghans": "AF", "American": "US",
		"Americans": "US", "British": "GB", "Briton": "GB", "Britons": "GB", "Emirati": "AE",
		"Emiratis": "AE", "Filipino": "PH", "Filipinos": "PH", "Yemeni": "YE", "Yemenis": "YE",
		"Ukrainian": "UA", "Russians": "RU", "Israeli": "IL", "Palestinians": "PS", "Iraqi": "IQ",
		"Syrian": "SY", "Somali": "SO", "Nigerian": "NG", "Nigerien": "NE", "Chinese": "CN",
		"Swiss": "CH", "French": "FR", "Frenchmen": "FR", "Dutch": "NL", "Ivorian": "CI",
		"Congolese": "CD", "Dominican": "DO", "Burmese": "MM", "Saudi": "SA", "Saudis": "SA",
		"Kiwi": "NZ", "PAKISTANI": "PK", "pakistani": "PK", "Lao": "LA",
	}
	for w, code := range tests {
		if got, ok := Demonym(w); !ok || got != code {
			t.Errorf("Demonym(%q) = %q, %v; want %s", w, got, ok, code)
		}
	}
	for _, w := range []string{"Pakistan", "Kabul", "Chineses", "Swisss", "", "Parisian"} {
		if got, ok := Demonym(w); ok {
			t.Errorf("Demonym(%q) = %s", w, got)
		}
	}
}

func TestAdmin1(t *testing.T) {
	tests := []struct {
		country, name string
		wantCountry   string
		wantName      string
	}{
		{"PK", "Balochistan", "PK", "Balochistan"},
		{"PK", "Baluchistan", "PK", "Balochistan"},
		{"PAK", "Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa"},
		{"PK", "Khyber-Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa"},
		{"PK", "KPK", "PK", "Khyber Pakhtunkhwa"},
		{"PK", "NWFP", "PK", "Khyber Pakhtunkhwa"},
		{"PK", "Sindh", "PK", "Sindh"},
		{"AF", "Helmand", "AF", "Helmand"},
		{"AF", "Helmand Province", "AF", "Helmand"},
		{"AF", "Wardak", "AF", "Maidan Wardak Province"},
		{"UA", "Donetsk Oblast", "UA", "Donetsk"},
		{"UA", "Zhytomyr", "UA", "Zhytomyr Oblast"},
		{"US", "Georgia", "US", "Georgia"},
		{"", "Georgia", "US", "Georgia"},
		{"NG", "Borno", "NG", "Borno State"},
		{"SD", "North Darfur", "SD", "Northern Darfur"},
		{"IQ", "Salahuddin", "IQ", "Salah ad Din"},
		{"IN", "Orissa", "IN", "Odisha"},
		{"CD", "Nord-Kivu", "CD", "North Kivu"},
	}
	for _, tt := range tests {
		p, ok := Admin1(tt.country, tt.name)
		if !ok || p.Country != tt.wantCountry || p.Name != tt.wantName || p.Kind != KindAdmin1 || p.Admin1 != p.Name {
			t.Errorf("Admin1(%q, %q) = %+v, %v", tt.country, tt.name, p, ok)
		}
	}
	for _, tt := range [][2]string{{"PK", "Texas"}, {"ZZ", "Sindh"}, {"PK", "Quetta"}, {"IN", "Balochistan"}} {
		if p, ok := Admin1(tt[0], tt[1]); ok {
			t.Errorf("Admin1(%q, %q) = %+v", tt[0], tt[1], p)
		}
	}
}

// distanceKm returns the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func TestCities(t *testing.T) {
	// Coordinates of the city centres, from general reference; the data
	// must agree within 5 km.
	tests := []struct {
		name, country, admin1 string
		lat, lon              float64
		minPop                int
	}{
		{"Quetta", "PK", "Balochistan", 30.18, 67.00, 500_000},
		{"Karachi", "PK", "Sindh", 24.86, 67.01, 5_000_000},
		{"Peshawar", "PK", "Khyber Pakhtunkhwa", 34.01, 71.58, 1_000_000},
		{"Kyiv", "UA", "Kyiv City", 50.45, 30.52, 2_000_000},
		{"Kiev", "UA", "Kyiv City", 50.45, 30.52, 2_000_000},
		{"Lagos", "NG", "Lagos", 6.45, 3.39, 5_000_000},
		{"Mogadishu", "SO", "Banaadir", 2.04, 45.34, 1_000_000},
		{"Arequipa", "PE", "Arequipa", -16.40, -71.54, 500_000},
		{"Kabul", "AF", "Kabul", 34.53, 69.17, 2_000_000},
		{"Baghdad", "IQ", "Baghdad", 33.34, 44.40, 5_000_000},
		{"Nairobi", "KE", "Nairobi County", -1.29, 36.82, 2_000_000},
		{"Aleppo", "SY", "Aleppo", 36.20, 37.16, 1_000_000},
		{"Bombay", "IN", "Maharashtra", 19.08, 72.88, 10_000_000},
		{"Raqqa", "SY", "Raqqa", 35.95, 39.01, 100_000},
		{"Khan Younis", "PS", "Gaza Strip", 31.34, 34.31, 100_000},
		{"Mazar-i-Sharif", "AF", "Balkh", 36.71, 67.11, 100_000},
		{"Sanaa", "YE", "Sanaa Governorate", 15.35, 44.21, 1_000_000},
		{"Sana'a", "YE", "Sanaa Governorate", 15.35, 44.21, 1_000_000},
	}
	for _, tt := range tests {
		var city *Place
		ps := Lookup(tt.name)
		for i := range ps {
			if ps[i].Kind == KindCity {
				city = &ps[i]
				break
			}
		}
		if city == nil {
			t.Errorf("%s: no city among %+v", tt.name, ps)
			continue
		}
		if city.Country != tt.country || city.Admin1 != tt.admin1 || city.Population < tt.minPop || city.GeonamesID == 0 {
			t.Errorf("%s: got %+v", tt.name, *city)
		}
		if d := distanceKm(city.Lat, city.Lon, tt.lat, tt.lon); d > 5 {
			t.Errorf("%s: %.1f km from its true place (%v,%v)", tt.name, d, city.Lat, city.Lon)
		}
	}
}

func TestRanking(t *testing.T) {
	first := func(name string) Place {
		t.Helper()
		ps := Lookup(name)
		if len(ps) == 0 {
			t.Fatalf("Lookup(%q) found nothing", name)
		}
		return ps[0]
	}
	has := func(name string, kind Kind, country string) bool {
		for _, p := range Lookup(name) {
			if p.Kind == kind && p.Country == country {
				return true
			}
		}
		return false
	}
	if p := first("Paris"); p.Country != "FR" || p.Kind != KindCity || p.FeatureCode != "PPLC" {
		t.Errorf("Paris: first %+v", p)
	}
	if !has("Paris", KindCity, "US") {
		t.Error("Paris, Texas is missing")
	}
	if p := first("Georgia"); p.Kind != KindCountry || p.Country != "GE" {
		t.Errorf("Georgia: first %+v", p)
	}
	if !has("Georgia", KindAdmin1, "US") {
		t.Error("the US state of Georgia is missing")
	}
	if p := first("Washington"); p.Kind != KindCity || p.Country != "US" || p.Admin1 != "District of Columbia" {
		t.Errorf("Washington: first %+v", p)
	}
	if !has("Washington", KindAdmin1, "US") {
		t.Error("the state of Washington is missing")
	}
	if ps := Lookup("New York"); len(ps) < 2 || ps[0].Name != "New York City" || ps[1].Kind != KindAdmin1 {
		t.Errorf("New York: %+v", ps)
	}
	if p := first("Kyiv"); p.Kind != KindCity {
		t.Errorf("Kyiv: first %+v", p)
	}
	if p := first("Punjab"); p.Kind != KindAdmin1 || p.Country != "PK" {
		t.Errorf("Punjab: first %+v", p)
	}
	if !has("Punjab", KindAdmin1, "IN") || !has("Punjab", KindRegion, "") {
		t.Error("Punjab: Indian state or region missing")
	}
	if p := first("Gaza"); p.Kind != KindRegion || p.Name != "Gaza Strip" {
		t.Errorf("Gaza: first %+v", p)
	}
	if ps := Lookup("Gaza"); !slices.ContainsFunc(ps, func(p Place) bool { return p.Country == "MZ" }) ||
		ps[1].Country != "PS" || ps[1].Kind != KindCity {
		t.Errorf("Gaza: %+v", ps)
	}
	if p := first("Borno"); p.Country != "NG" {
		t.Errorf("Borno: first %+v", p)
	}
	if p := first("Congo"); p.Country != "CD" {
		t.Errorf("Congo: first %+v", p)
	}
	// Burkina Faso's Sahel region is an admin1 unit, and admin1 units
	// come before regions.
	if ps := Lookup("Sahel"); len(ps) != 2 || ps[0].Country != "BF" || ps[1].Kind != KindRegion || ps[1].Country != "" || ps[1].FeatureCode != "RGN" {
		t.Errorf("Sahel: %+v", ps)
	}
	for _, n := range []string{"Kashmir", "West Bank", "Donbas", "Donbass", "Horn of Africa", "Middle East", "Balkans", "Darfur", "Sinai"} {
		if !slices.ContainsFunc(Lookup(n), func(p Place) bool { return p.Kind == KindRegion }) {
			t.Errorf("region %s missing", n)
		}
	}
	// Candidates come in tier order, and by population within a tier.
	ps := Lookup("San Jose")
	for i := 1; i < len(ps); i++ {
		if ps[i].Kind == KindCity && ps[i-1].Kind == KindCity && ps[i].Population > ps[i-1].Population && ps[i-1].Population < 100_000 {
			t.Errorf("San Jose: %s (%d) after %s (%d)", ps[i].Country, ps[i].Population, ps[i-1].Country, ps[i-1].Population)
		}
	}
}

func TestLookupEdges(t *testing.T) {
	for _, n := range []string{"", " ", "...", "Xqzzyville", "Pakistani"} {
		if ps := Lookup(n); ps != nil {
			t.Errorf("Lookup(%q) = %+v", n, ps)
		}
	}
	if a, b := Lookup("Kharkiv"), Lookup("KHARKIV"); len(a) == 0 || len(a) != len(b) || a[0] != b[0] {
		t.Error("lookups depend on case")
	}
	if a, b := Lookup("São Paulo"), Lookup("Sao Paulo"); len(a) == 0 || a[0] != b[0] || a[0].Country != "BR" {
		t.Error("lookups depend on diacritics")
	}
	// An admin2 unit knows itself and its admin1.
	ps := Lookup("North Waziristan")
	if len(ps) == 0 || ps[0].Kind != KindAdmin2 || ps[0].Admin2 != ps[0].Name || ps[0].Admin1 != "Khyber Pakhtunkhwa" {
		t.Errorf("North Waziristan: %+v", ps)
	}
	// A city knows its admin2 when the data has it.
	ps = Lookup("Quetta")
	if ps[0].Admin2 == "" {
		t.Errorf("Quetta: no admin2: %+v", ps[0])
	}
}

func TestCapitals(t *testing.T) {
	for _, c := range Countries() {
		if c.Capital == "" {
			continue
		}
		if !slices.ContainsFunc(Lookup(c.Capital), func(p Place) bool { return p.Kind == KindCity && p.Country == c.Code }) {
			t.Errorf("%s: capital %q is no city of the country", c.Code, c.Capital)
		}
	}
}

// TestNewsSpellings checks that names as news writes them find a place of
// the right country.
func TestNewsSpellings(t *testing.T) {
	tests := map[string]string{
		"Kharkov": "UA", "Odessa": "UA", "Zaporizhzhia": "UA", "Avdiivka": "UA", "Bakhmut": "UA", "Sievierodonetsk": "UA",
		"Grozny": "RU", "Nizhny Novgorod": "RU", "Rostov-on-Don": "RU", "Belgorod": "RU",
		"Gaza City": "PS", "Jabalia": "PS", "Rafah": "PS", "Deir al-Balah": "PS", "Nuseirat": "PS",
		"Hama": "SY", "Homs": "SY", "Idlib": "SY", "Deir ez-Zor": "SY", "Kobani": "SY", "Qamishli": "SY", "Palmyra": "SY",
		"Mosul": "IQ", "Fallujah": "IQ", "Erbil": "IQ", "Irbil": "IQ", "Sulaymaniyah": "IQ", "Tikrit": "IQ", "Basra": "IQ",
		"Hodeidah": "YE", "Taiz": "YE", "Marib": "YE", "Aden": "YE",
		"Kandahar": "AF", "Herat": "AF", "Jalalabad": "AF", "Kunduz": "AF", "Lashkar Gah": "AF", "Bagram": "AF",
		"Miranshah": "PK", "D.I. Khan": "PK", "Bannu": "PK", "Kurram": "PK", "North Waziristan": "PK", "Gwadar": "PK", "Orakzai": "PK",
		"Calcutta": "IN", "Bangalore": "IN", "Srinagar": "IN", "Gurugram": "IN",
		"Rangoon": "MM", "Naypyidaw": "MM", "Saigon": "VN", "Peking": "CN",
		"El Fasher": "SD", "Omdurman": "SD", "Nyala": "SD", "Mekelle": "ET", "Hargeisa": "SO", "Kismayo": "SO", "Galkayo": "SO",
		"Maiduguri": "NG", "Timbuktu": "ML", "Gao": "ML", "Ouagadougou": "BF", "Niamey": "NE", "N'Djamena": "TD",
		"Goma": "CD", "Bukavu": "CD", "Misrata": "LY", "Benghazi": "LY", "Derna": "LY",
		"Astana": "KZ", "Almaty": "KZ", "Ulaanbaatar": "MN", "Stepanakert": "AZ", "Nuremberg": "DE", "Cologne": "DE",
		"NYC": "US", "Mexico City": "MX", "Port-au-Prince": "HT", "Bogota": "CO", "Somaliland": "SO",
	}
	for name, cc := range tests {
		if !slices.ContainsFunc(Lookup(name), func(p Place) bool { return p.Country == cc }) {
			t.Errorf("%s: no place in %s", name, cc)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{"Côte d'Ivoire": "cote divoire", "U.S.": "us", "Guinea-Bissau": "guinea bissau", "  Kyiv ": "kyiv"}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKinds(t *testing.T) {
	if KindCity.String() != "city" || KindAdmin1.String() != "admin1" || Kind(0).String() != "" || Kind(9).String() != "" {
		t.Error("Kind.String")
	}
	s := KindCountry.Bit() | KindCity.Bit() | FlagDemonym | FlagBigCity
	if !s.Has(KindCountry) || !s.Has(KindCity) || s.Has(KindAdmin1) || s.String() != "country|city|demonym|big_city" {
		t.Errorf("Kinds %v", s)
	}
	if Kind(0).Bit() != 0 {
		t.Error("the zero Kind has a bit")
	}
}
