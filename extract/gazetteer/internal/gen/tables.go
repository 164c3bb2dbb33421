package main

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed countries.tsv
var countriesTSV string

//go:embed regions.tsv
var regionsTSV string

//go:embed aliases.tsv
var aliasesTSV string

// countryRow is one row of countries.tsv.
type countryRow struct {
	Code, Code3, Name, Capital string
	GeonamesID                 int
	Lat, Lon                   float64
	Names, Demonyms            []string
}

// regionRow is one row of regions.tsv.
type regionRow struct {
	Name     string
	Names    []string
	Country  string
	Lat, Lon float64
	FCode    string
}

// aliasRow is one row of aliases.tsv: other spellings of one place.
type aliasRow struct {
	Country, Kind, Name string
	Aliases             []string
	line                int
}

// rows splits a TSV table into its non-comment rows, checking the number
// of fields.
func rows(name, text string, fields int) ([][]string, []int, error) {
	var out [][]string
	var lines []int
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return nil, nil, fmt.Errorf("%s:%d: %d fields, want %d", name, i+1, len(f), fields)
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		out = append(out, f)
		lines = append(lines, i+1)
	}
	return out, lines, nil
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseCountries() ([]countryRow, error) {
	rs, lines, err := rows("countries.tsv", countriesTSV, 9)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []countryRow
	for i, f := range rs {
		c := countryRow{Code: f[0], Code3: f[1], Name: f[3], Capital: f[6], Names: list(f[7]), Demonyms: list(f[8])}
		var e1, e2, e3 error
		c.GeonamesID, e1 = strconv.Atoi(f[2])
		c.Lat, e2 = strconv.ParseFloat(f[4], 64)
		c.Lon, e3 = strconv.ParseFloat(f[5], 64)
		if e1 != nil || e2 != nil || e3 != nil || len(c.Code) != 2 || len(c.Code3) != 3 || c.Name == "" ||
			c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 {
			return nil, fmt.Errorf("countries.tsv:%d: bad row", lines[i])
		}
		if seen[c.Code] || seen[c.Code3] {
			return nil, fmt.Errorf("countries.tsv:%d: duplicate code", lines[i])
		}
		seen[c.Code], seen[c.Code3] = true, true
		out = append(out, c)
	}
	return out, nil
}

func parseRegions() ([]regionRow, error) {
	rs, lines, err := rows("regions.tsv", regionsTSV, 6)
	if err != nil {
		return nil, err
	}
	var out []regionRow
	for i, f := range rs {
		r := regionRow{Name: f[0], Names: list(f[1]), Country: f[2], FCode: f[5]}
		var e1, e2 error
		r.Lat, e1 = strconv.ParseFloat(f[3], 64)
		r.Lon, e2 = strconv.ParseFloat(f[4], 64)
		if e1 != nil || e2 != nil || r.Name == "" || r.FCode == "" {
			return nil, fmt.Errorf("regions.tsv:%d: bad row", lines[i])
		}
		out = append(out, r)
	}
	return out, nil
}

func parseAliases() ([]aliasRow, error) {
	rs, lines, err := rows("aliases.tsv", aliasesTSV, 4)
	if err != nil {
		return nil, err
	}
	var out []aliasRow
	for i, f := range rs {
		a := aliasRow{Country: f[0], Kind: f[1], Name: f[2], Aliases: list(f[3]), line: lines[i]}
		switch a.Kind {
		case "city", "admin1", "admin2", "region":
		default:
			return nil, fmt.Errorf("aliases.tsv:%d: unknown kind %q", lines[i], a.Kind)
		}
		if a.Name == "" || len(a.Aliases) == 0 {
			return nil, fmt.Errorf("aliases.tsv:%d: bad row", lines[i])
		}
		out = append(out, a)
	}
	return out, nil
}
