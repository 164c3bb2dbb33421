package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// manifest describes a data file: what it was built from, with which
// options, and what it holds. The generator writes it twice: inside the
// data file and, indented, as manifest.json beside it, so a reviewer can
// read it without decoding anything.
type manifest struct {
	Format        int      `json:"format"`
	Sources       []source `json:"sources"`
	MinPopulation int      `json:"min_population"`
	ExtraCities   bool     `json:"extra_cities"`
	Admin2        bool     `json:"admin2"`
	Counts        stats    `json:"counts"`
	RawBytes      int      `json:"raw_bytes"`
}

// encode writes the data file (see the layout in the gazetteer's load.go).
func (b *builder) encode(m *manifest, keys map[string]*keyInfo) ([]byte, []byte, error) {
	var fcodes []string
	fcIndex := map[string]int{}
	for _, p := range b.places {
		if _, ok := fcIndex[p.FCode]; !ok {
			fcIndex[p.FCode] = 0
			fcodes = append(fcodes, p.FCode)
		}
	}
	sort.Strings(fcodes)
	for i, f := range fcodes {
		fcIndex[f] = i
	}

	// Keys in byte order, front-coded; the reader builds its hash table.
	type kv struct {
		key  string
		info *keyInfo
	}
	list := make([]kv, 0, len(keys))
	for k, ki := range keys {
		list = append(list, kv{k, ki})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].key < list[j].key })

	var w []byte
	var marks []int
	var markNames []string
	mark := func(name string) { marks = append(marks, len(w)); markNames = append(markNames, name) }
	body := func() []byte {
		marks, markNames = nil, nil
		w = w[:0]
		w = append(w, codec.Magic...)
		w = append(w, codec.Version)
		mj, _ := json.Marshal(m)
		w = codec.AppendString(w, string(mj))

		mark("fcodes")
		w = codec.AppendUvarint(w, uint64(len(fcodes)))
		for _, f := range fcodes {
			w = codec.AppendString(w, f)
		}

		mark("countries")
		w = codec.AppendUvarint(w, uint64(len(b.countries)))
		for _, c := range b.countries {
			w = codec.AppendString(w, c.Code)
			w = codec.AppendString(w, c.Code3)
			w = codec.AppendString(w, c.Name)
			w = codec.AppendString(w, c.Capital)
			w = codec.AppendUvarint(w, uint64(len(c.Names)))
			for _, n := range c.Names {
				w = codec.AppendString(w, n)
			}
			w = codec.AppendUvarint(w, uint64(len(c.Demonyms)))
			for _, d := range c.Demonyms {
				w = codec.AppendString(w, d)
			}
		}

		// Places, column by column.
		mark("namelens")
		ps := b.places
		w = codec.AppendUvarint(w, uint64(len(ps)))
		for _, p := range ps {
			w = codec.AppendUvarint(w, uint64(len(p.Name)))
		}
		mark("names")
		for _, p := range ps {
			w = append(w, p.Name...)
		}
		mark("kind")
		for _, p := range ps {
			w = append(w, byte(p.Kind))
		}
		for _, p := range ps {
			w = append(w, byte(fcIndex[p.FCode]))
		}
		mark("country")
		for _, p := range ps {
			w = codec.AppendUvarint(w, uint64(p.Country+1))
		}
		mark("admin1")
		var lastRef int64
		for _, p := range ps {
			w = codec.AppendVarint(w, int64(p.Admin1)-lastRef)
			lastRef = int64(p.Admin1)
		}
		mark("admin2")
		lastRef = 0
		for _, p := range ps {
			w = codec.AppendVarint(w, int64(p.Admin2)-lastRef)
			lastRef = int64(p.Admin2)
		}
		mark("id")
		var last int64
		for _, p := range ps {
			w = codec.AppendVarint(w, int64(p.ID)-last)
			last = int64(p.ID)
		}
		mark("lat")
		last = 0
		for _, p := range ps {
			w = codec.AppendVarint(w, p.LatE5-last)
			last = p.LatE5
		}
		mark("lon")
		last = 0
		for _, p := range ps {
			w = codec.AppendVarint(w, p.LonE5-last)
			last = p.LonE5
		}
		mark("pop")
		for _, p := range ps {
			w = codec.AppendUvarint(w, uint64(p.Pop))
		}

		// Keys.
		mark("keys")
		w = codec.AppendUvarint(w, uint64(len(list)))
		prev := ""
		for _, e := range list {
			w = codec.AppendUvarint(w, uint64(commonPrefix(prev, e.key)))
			prev = e.key
		}
		prev = ""
		for _, e := range list {
			w = codec.AppendUvarint(w, uint64(len(e.key)-commonPrefix(prev, e.key)))
			prev = e.key
		}
		prev = ""
		for _, e := range list {
			w = append(w, e.key[commonPrefix(prev, e.key):]...)
			prev = e.key
		}
		mark("keymeta")
		for _, e := range list {
			w = codec.AppendUvarint(w, uint64(len(e.info.places)+len(e.info.demonyms)))
		}
		for _, e := range list {
			var fl uint64
			if e.info.prefix {
				fl |= codec.KeyPrefix
			}
			w = codec.AppendUvarint(w, fl)
		}
		for _, e := range list {
			w = codec.AppendUvarint(w, uint64(e.info.pattern))
		}
		for _, e := range list {
			w = codec.AppendUvarint(w, uint64(b.kinds(e.info)))
		}
		mark("postings")
		for _, e := range list {
			for _, pi := range e.info.places {
				w = codec.AppendUvarint(w, uint64(pi))
			}
			for _, ci := range e.info.demonyms {
				w = codec.AppendUvarint(w, uint64(len(ps)+ci))
			}
		}
		mark("end")
		w = append(w, "END!"...)
		return w
	}
	// The manifest records the raw size, which changes the raw size: settle
	// it in two passes (the varint of the size can only grow once).
	for range 3 {
		n := len(body())
		if n == m.RawBytes {
			break
		}
		m.RawBytes = n
	}
	raw := body()
	if len(raw) != m.RawBytes {
		return nil, nil, fmt.Errorf("raw size did not settle (%d vs %d)", len(raw), m.RawBytes)
	}

	if os.Getenv("GZDEBUG") != "" {
		for i := 0; i+1 < len(marks); i++ {
			var t bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&t, gzip.BestCompression)
			zw.Write(raw[marks[i]:marks[i+1]])
			zw.Close()
			fmt.Fprintf(os.Stderr, "%-10s raw %8d gz %8d\n", markNames[i], marks[i+1]-marks[i], t.Len())
		}
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return nil, nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	mj, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	return gz.Bytes(), append(mj, '\n'), nil
}

// kinds summarises the candidates of a key for MatchTokens.
func (b *builder) kinds(ki *keyInfo) uint16 {
	var k uint16
	for _, pi := range ki.places {
		p := &b.places[pi]
		k |= 1 << p.Kind
		if p.Kind == codec.KindCity {
			if p.Pop >= codec.BigCity {
				k |= codec.FlagBigCity
			}
			if p.FCode == "PPLC" {
				k |= codec.FlagCapital
			}
		}
	}
	if len(ki.demonyms) > 0 {
		k |= codec.FlagDemonym
	}
	return k
}

// checkCapitals warns about capitals of countries.tsv that the data cannot
// resolve to a city of their country.
func (b *builder) checkCapitals(keys map[string]*keyInfo) {
	for ci, c := range b.countries {
		if c.Capital == "" {
			continue
		}
		found := false
		if ki := keys[codec.Normalize(c.Capital)]; ki != nil {
			for _, pi := range ki.places {
				if b.places[pi].Kind == codec.KindCity && b.places[pi].Country == ci {
					found = true
				}
			}
		}
		if !found {
			b.warnf("capital %q of %s is not a city of that country in the data", c.Capital, c.Code)
		}
	}
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b), 255)
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
