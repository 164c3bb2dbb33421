package main

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/bits"
	"sort"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

// manifest describes a data file: what it was built from, with which
// options, and what it holds. The generator writes it twice: inside the
// data file and, indented, as manifest.json beside it, so that a reviewer
// can read it without decoding anything.
type manifest struct {
	Format        int      `json:"format"`
	Sources       []source `json:"sources"`
	MinPopulation int      `json:"min_population"`
	ExtraCities   bool     `json:"extra_cities"`
	Admin2        bool     `json:"admin2"`
	Counts        stats    `json:"counts"`
	BlockSize     int      `json:"block_size"`
	IndexBytes    int      `json:"index_bytes"`     // the name index, read in place
	BlockBytes    int      `json:"block_bytes"`     // the compressed place records
	RawBlockBytes int      `json:"raw_block_bytes"` // the place records before compression
}

// blockSize is the number of places per compressed block: small enough
// that decoding one for a lookup is cheap (tens of microseconds), large
// enough to compress well.
const blockSize = 256

// encode returns the data file, whose layout the gazetteer's load.go
// describes, and the indented manifest.
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
	if len(fcodes) > 255 {
		return nil, nil, fmt.Errorf("%d feature codes; the format holds 255", len(fcodes))
	}
	np := len(b.places)
	if np+len(b.countries) >= 1<<24 {
		return nil, nil, fmt.Errorf("%d places; the format holds 2^24", np)
	}
	for i := 1; i < np; i++ {
		if b.places[i].Kind < b.places[i-1].Kind {
			return nil, nil, fmt.Errorf("places are not grouped by kind")
		}
	}

	// The hash table: keys grouped by bucket, each with a 32-bit
	// fingerprint that differs from the others of its bucket.
	type kv struct {
		key    string
		bucket uint32
		fp     uint32
		info   *keyInfo
	}
	nb := uint(bits.Len(uint(len(keys))))
	var list []kv
	var seed uint64
	for ; ; seed++ {
		if seed == 16 {
			return nil, nil, fmt.Errorf("no hash seed leaves the buckets free of fingerprint collisions")
		}
		list = list[:0]
		for k, ki := range keys {
			h := codec.Hash(k, seed)
			list = append(list, kv{k, codec.Bucket(h, nb), codec.Fingerprint(h), ki})
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].bucket != list[j].bucket {
				return list[i].bucket < list[j].bucket
			}
			return list[i].key < list[j].key
		})
		ok := true
		run := 0
		for i := range list {
			if i > 0 && list[i].bucket == list[i-1].bucket {
				run++
				ok = ok && list[i].fp != list[i-1].fp && run < 255
			} else {
				run = 0
			}
		}
		if ok {
			break
		}
	}

	// The index: fixed-width sections.
	var index []byte
	counts := make([]byte, 1<<nb)
	for _, e := range list {
		counts[e.bucket]++
	}
	index = append(index, counts...)
	for _, e := range list {
		index = binary.LittleEndian.AppendUint32(index, e.fp)
	}
	// Each key's postings count, prefix flag, kinds and case pattern form a
	// triple; the 255 commonest triples get a one-byte class, the rest
	// class codec.ClassEscape and an entry in the exceptions table.
	var overflow []uint64
	npost := 0
	triples := make([][3]byte, len(list))
	freq := map[[3]byte]int{}
	for i, e := range list {
		n := len(e.info.places) + len(e.info.demonyms)
		npost += n
		if n >= codec.PostEscape {
			overflow = append(overflow, uint64(i), uint64(n))
		}
		c := byte(min(n, codec.PostEscape))
		if e.info.prefix {
			c |= codec.PostPrefix
		}
		triples[i] = [3]byte{c, b.kinds(e.info), e.info.pattern}
		freq[triples[i]]++
	}
	var classes [][3]byte
	for t := range freq {
		classes = append(classes, t)
	}
	sort.Slice(classes, func(i, j int) bool {
		fi, fj := freq[classes[i]], freq[classes[j]]
		if fi != fj {
			return fi > fj
		}
		ti, tj := classes[i], classes[j]
		return string(ti[:]) < string(tj[:])
	})
	classes = classes[:min(len(classes), codec.ClassEscape)]
	classOf := map[[3]byte]byte{}
	for i, t := range classes {
		classOf[t] = byte(i)
	}
	var exceptions []byte
	for i, t := range triples {
		c, ok := classOf[t]
		if !ok {
			c = codec.ClassEscape
			exceptions = binary.LittleEndian.AppendUint32(exceptions, uint32(i))
			exceptions = append(exceptions, t[:]...)
		}
		index = append(index, c)
	}
	for _, e := range list {
		for _, p := range e.info.places {
			index = append(index, byte(p), byte(p>>8), byte(p>>16))
		}
		for _, c := range e.info.demonyms {
			v := np + c
			index = append(index, byte(v), byte(v>>8), byte(v>>16))
		}
	}

	// Place records in compressed blocks.
	nblocks := (np + blockSize - 1) / blockSize
	var blocks, raw []byte
	offsets := make([]byte, 0, 4*(nblocks+1))
	for bl := 0; bl < nblocks; bl++ {
		raw = b.encodeBlock(raw[:0], b.places[bl*blockSize:min(np, (bl+1)*blockSize)], fcIndex)
		m.RawBlockBytes += len(raw)
		offsets = binary.LittleEndian.AppendUint32(offsets, uint32(len(blocks)))
		var z bytes.Buffer
		fw, err := flate.NewWriter(&z, flate.BestCompression)
		if err != nil {
			return nil, nil, err
		}
		if _, err := fw.Write(raw); err != nil {
			return nil, nil, err
		}
		if err := fw.Close(); err != nil {
			return nil, nil, err
		}
		blocks = append(blocks, z.Bytes()...)
	}
	offsets = binary.LittleEndian.AppendUint32(offsets, uint32(len(blocks)))
	m.BlockSize, m.IndexBytes, m.BlockBytes = blockSize, len(index), len(blocks)

	// The header, then the sections.
	var w []byte
	w = append(w, codec.Magic...)
	w = append(w, codec.Version)
	mj, err := json.Marshal(m)
	if err != nil {
		return nil, nil, err
	}
	w = codec.AppendString(w, string(mj))
	for _, v := range []int{int(seed), int(nb), len(list), npost, np, blockSize} {
		w = codec.AppendUvarint(w, uint64(v))
	}
	w = codec.AppendUvarint(w, uint64(len(overflow)/2))
	for _, v := range overflow {
		w = codec.AppendUvarint(w, v)
	}
	w = codec.AppendUvarint(w, uint64(len(classes)))
	for _, t := range classes {
		w = append(w, t[:]...)
	}
	w = codec.AppendUvarint(w, uint64(len(exceptions)/7))
	// Place kinds are ranges of indexes: where each kind's places start.
	for k := codec.KindCountry; k <= codec.KindRegion; k++ {
		start := np
		for i := np - 1; i >= 0; i-- {
			if b.places[i].Kind == k {
				start = i
			} else if b.places[i].Kind < k {
				break
			}
		}
		w = codec.AppendUvarint(w, uint64(start))
	}
	w = codec.AppendUvarint(w, uint64(len(fcodes)))
	for _, f := range fcodes {
		w = codec.AppendString(w, f)
	}
	w = codec.AppendUvarint(w, uint64(len(b.countries)))
	for _, c := range b.countries {
		for _, s := range []string{c.Code, c.Code3, c.Name, c.Capital} {
			w = codec.AppendString(w, s)
		}
		for _, l := range [][]string{c.Names, c.Demonyms} {
			w = codec.AppendUvarint(w, uint64(len(l)))
			for _, s := range l {
				w = codec.AppendString(w, s)
			}
		}
	}
	w = append(w, index...)
	w = append(w, exceptions...)
	w = append(w, offsets...)
	w = append(w, blocks...)
	w = append(w, "END!"...)

	mjIndent, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	return w, append(mjIndent, '\n'), nil
}

// encodeBlock writes the records of a block of places, column by column,
// deltas starting from zero in each block.
func (b *builder) encodeBlock(w []byte, ps []place, fcIndex map[string]int) []byte {
	for _, p := range ps {
		w = codec.AppendUvarint(w, uint64(len(p.Name)))
	}
	for _, p := range ps {
		w = append(w, p.Name...)
	}
	for _, p := range ps {
		w = append(w, byte(fcIndex[p.FCode]))
	}
	for _, p := range ps {
		w = codec.AppendUvarint(w, uint64(p.Country+1))
	}
	columns := []func(p *place) int64{
		func(p *place) int64 { return int64(p.Admin1) },
		func(p *place) int64 { return int64(p.Admin2) },
		func(p *place) int64 { return int64(p.ID) },
		func(p *place) int64 { return p.LatE5 },
		func(p *place) int64 { return p.LonE5 },
	}
	for _, col := range columns {
		var last int64
		for i := range ps {
			v := col(&ps[i])
			w = codec.AppendVarint(w, v-last)
			last = v
		}
	}
	for _, p := range ps {
		w = codec.AppendUvarint(w, uint64(p.Pop))
	}
	return w
}

// kinds summarises the candidates of a key for MatchTokens.
func (b *builder) kinds(ki *keyInfo) byte {
	var k byte
	for _, pi := range ki.places {
		p := &b.places[pi]
		k |= codec.KindBit(p.Kind)
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
