package gazetteer

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

//go:generate go run ./internal/gen -src /tmp/gz/node_modules

// rawData is the data file written by internal/gen:
//
//	"NXGZ", version byte
//	manifest (JSON)
//	hash seed, bucket bits, number of keys, of postings, of places, block size
//	overflow table: count, then (key index, number of postings) pairs
//	key classes: count (at most 255), then 3 bytes each: postings byte
//	  (number of postings, codec.PostEscape when the overflow table has
//	  it; codec.PostPrefix), kinds byte (codec.KindBit of each kind of its
//	  places, codec.Flag*), case pattern (codec.CasePattern)
//	number of exceptions
//	first place index of each kind, country to region
//	feature codes: count, strings
//	countries: count, then per country: code, code3, name, capital,
//	  other names (count, strings), demonyms (count, strings)
//	-- the index, fixed-width, read in place --
//	bucket sizes: 1 byte per bucket (keys are stored bucket by bucket)
//	key fingerprints: 4 bytes (little-endian) per key
//	key class: 1 byte per key; codec.ClassEscape for an exception
//	postings: 3 bytes each, key by key, best candidate first: a place index,
//	  or number of places + country index for a demonym
//	exceptions: 7 bytes each: key index (4 bytes), then its 3 class bytes
//	-- the places --
//	block offsets: 4 bytes per block, and one for the end
//	blocks: raw DEFLATE streams of block-size places each, column by column:
//	  name lengths, names, feature code indexes (byte), country index+1,
//	  then zig-zag deltas (from 0 at the start of the block) of the admin1
//	  place index (-1 for none), admin2 place index, GeoNames id, latitude
//	  and longitude (1e-5 degrees), and the populations
//	"END!"
//
// Strings are length-prefixed and integers varints unless said otherwise
// (see codec). The first places are the countries, in the order of the
// country table; places are grouped by kind in the order of the Kind
// values.
//
// Keys themselves are not stored: a key is found by its hash, the bucket
// taking the top bits and the 32-bit fingerprint the low ones, and the
// generator checks that no two keys of a bucket share a fingerprint. A text
// that is no name is taken for one only if its hash agrees on the bucket's
// bits and the fingerprint, about once in 4 billion lookups.
//
//go:embed gazetteer.dat
var rawData string

// placeRec is one decoded place: no pointers, so the garbage collector
// never scans the tables.
type placeRec struct {
	id             uint32
	lat, lon       int32 // 1e-5 degrees
	pop            uint32
	admin1, admin2 int32 // place index, -1 for none
	fcode          uint8
	country        uint8 // index into countries, noCountry for none
}

const noCountry = 0xFF

// block is a decoded block of places.
type block struct {
	recs    []placeRec
	nameEnd []uint32
	names   string
}

// data is the loaded gazetteer. The index sections are substrings of the
// embedded file; only the bucket and posting offsets are computed at load.
type data struct {
	info      Info
	seed      uint64
	bits      uint
	nkeys     int
	nplaces   int
	blockSize int
	kindStart [codec.KindRegion + 2]int // places of kind k are kindStart[k]:kindStart[k+1]

	fcodes    []string
	countries []Country        // without the fields held in place records
	byCode    map[string]uint8 // alpha-2 and alpha-3 → country index

	bucketStart []uint32 // keys of bucket b: bucketStart[b]:bucketStart[b+1]
	postStart   []uint32 // postings of key k: postStart[k]:postStart[k+1]
	fps         string
	class       string    // class of each key
	classes     [][3]byte // postings byte, kinds byte, case pattern
	exceptions  map[uint32][3]byte
	postings    string

	blockOff string
	blocks   string
	cache    []atomic.Pointer[block]
}

var (
	loaded   atomic.Bool
	loadData = sync.OnceValues(func() (*data, error) {
		d, err := parse(rawData)
		if err == nil {
			loaded.Store(true)
		}
		return d, err
	})
)

// Load loads the gazetteer if that has not happened yet and reports
// whether it succeeded. Every function of the package loads it on first
// use, so calling Load is never required; a program may call it early to
// keep the cost (about a millisecond) off its first lookup. If loading
// fails, which the package's tests rule out for the committed data, every
// lookup finds nothing.
func Load() error {
	_, err := loadData()
	return err
}

func get() *data {
	d, err := loadData()
	if err != nil {
		return nil
	}
	return d
}

var errCorrupt = errors.New("gazetteer: corrupt data file")

func parse(raw string) (*data, error) {
	r := &codec.Reader{Data: raw}
	if r.Bytes(len(codec.Magic)) != codec.Magic || r.Bytes(1) != string(rune(codec.Version)) {
		return nil, errors.New("gazetteer: data file of another format version; run go generate")
	}
	d := &data{}
	if err := json.Unmarshal([]byte(r.String()), &d.info); err != nil {
		return nil, fmt.Errorf("gazetteer: manifest: %v", err)
	}
	d.seed = r.Uvarint()
	d.bits = uint(r.Uvarint())
	d.nkeys = int(r.Uvarint())
	npost := int(r.Uvarint())
	d.nplaces = int(r.Uvarint())
	d.blockSize = int(r.Uvarint())
	if r.Err || d.bits > 30 || d.nkeys > len(raw) || npost > len(raw) || d.nplaces > len(raw) || d.blockSize < 1 {
		return nil, errCorrupt
	}
	overflow := map[int]int{}
	for n := r.Uvarint(); n > 0 && !r.Err; n-- {
		k, c := r.Uvarint(), r.Uvarint()
		overflow[int(k)] = int(c)
	}
	d.classes = make([][3]byte, min(int(r.Uvarint()), codec.ClassEscape))
	for i := range d.classes {
		copy(d.classes[i][:], r.Bytes(3))
	}
	nexc := int(r.Uvarint())
	if r.Err || nexc > d.nkeys {
		return nil, errCorrupt
	}
	d.kindStart[codec.KindRegion+1] = d.nplaces
	for k := codec.KindCountry; k <= codec.KindRegion; k++ {
		d.kindStart[k] = int(r.Uvarint())
		if d.kindStart[k] < d.kindStart[k-1] || d.kindStart[k] > d.nplaces {
			return nil, errCorrupt
		}
	}
	d.fcodes = make([]string, min(int(r.Uvarint()), 256))
	for i := range d.fcodes {
		d.fcodes[i] = r.String()
	}
	nc := int(r.Uvarint())
	if r.Err || nc >= noCountry || nc > d.kindStart[codec.KindAdmin1] {
		return nil, errCorrupt
	}
	d.countries = make([]Country, nc)
	d.byCode = make(map[string]uint8, 2*nc)
	for i := range d.countries {
		c := &d.countries[i]
		c.Code, c.Code3, c.Name, c.Capital = r.String(), r.String(), r.String(), r.String()
		c.Names = []string{c.Name}
		for k := r.Uvarint(); k > 0 && !r.Err; k-- {
			c.Names = append(c.Names, r.String())
		}
		for k := r.Uvarint(); k > 0 && !r.Err; k-- {
			c.Demonyms = append(c.Demonyms, r.String())
		}
		d.byCode[c.Code] = uint8(i)
		d.byCode[c.Code3] = uint8(i)
	}
	if r.Err {
		return nil, errCorrupt
	}

	buckets := r.Bytes(1 << d.bits)
	d.fps = r.Bytes(4 * d.nkeys)
	d.class = r.Bytes(d.nkeys)
	d.postings = r.Bytes(3 * npost)
	exc := r.Bytes(7 * nexc)
	nblocks := (d.nplaces + d.blockSize - 1) / d.blockSize
	d.blockOff = r.Bytes(4 * (nblocks + 1))
	if r.Err {
		return nil, errCorrupt
	}
	d.blocks = r.Bytes(int(le32(d.blockOff, nblocks)))
	if r.Bytes(4) != "END!" || r.Pos != len(raw) {
		return nil, errCorrupt
	}

	d.bucketStart = make([]uint32, len(buckets)+1)
	sum := uint32(0)
	for b := 0; b < len(buckets); b++ {
		sum += uint32(buckets[b])
		d.bucketStart[b+1] = sum
	}
	d.exceptions = make(map[uint32][3]byte, nexc)
	for i := 0; i < nexc; i++ {
		var t [3]byte
		copy(t[:], exc[7*i+4:7*i+7])
		d.exceptions[le32(exc[7*i:], 0)] = t
	}
	d.postStart = make([]uint32, d.nkeys+1)
	sum = 0
	for k := 0; k < d.nkeys; k++ {
		c := d.class[k]
		if c != codec.ClassEscape && int(c) >= len(d.classes) {
			return nil, errCorrupt
		}
		n := uint32(d.triple(k)[0] &^ codec.PostPrefix)
		if n == codec.PostEscape {
			n = uint32(overflow[k])
		}
		sum += n
		d.postStart[k+1] = sum
	}
	if int(d.bucketStart[len(buckets)]) != d.nkeys || int(sum) != npost {
		return nil, errCorrupt
	}
	d.cache = make([]atomic.Pointer[block], nblocks)
	return d, nil
}

// le32 reads the i-th little-endian uint32 of s.
func le32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// find returns the index of the key k (normalised), or -1.
func (d *data) find(k []byte) int {
	h := codec.Hash(k, d.seed)
	b := codec.Bucket(h, d.bits)
	fp := codec.Fingerprint(h)
	for i := d.bucketStart[b]; i < d.bucketStart[b+1]; i++ {
		if le32(d.fps, int(i)) == fp {
			return int(i)
		}
	}
	return -1
}

// triple returns the postings byte, kinds byte and case pattern of key k.
func (d *data) triple(k int) [3]byte {
	if c := d.class[k]; c != codec.ClassEscape {
		return d.classes[c]
	}
	return d.exceptions[uint32(k)]
}

// posting returns the i-th posting of the table.
func (d *data) posting(i uint32) int {
	s := d.postings[3*i : 3*i+3]
	return int(s[0]) | int(s[1])<<8 | int(s[2])<<16
}

// kindOf returns the kind of place p.
func (d *data) kindOf(p int) Kind {
	for k := codec.KindRegion; k > codec.KindCountry; k-- {
		if p >= d.kindStart[k] {
			return Kind(k)
		}
	}
	return KindCountry
}

// flateReaders recycles decompressors: each holds a 32 KB window.
var flateReaders sync.Pool

// rec returns the block and the position in it of place p, decoding the
// block on first use, or nil if the block cannot be decoded (a test
// decodes every block of the committed data, so that is a build bug; the
// place is then left out of results rather than made up).
func (d *data) rec(p int) (*block, int) {
	bi := p / d.blockSize
	if b := d.cache[bi].Load(); b != nil {
		return b, p % d.blockSize
	}
	b, err := d.decodeBlock(bi)
	if err != nil {
		return nil, 0
	}
	d.cache[bi].CompareAndSwap(nil, b)
	return d.cache[bi].Load(), p % d.blockSize
}

func (d *data) decodeBlock(bi int) (*block, error) {
	z := strings.NewReader(d.blocks[le32(d.blockOff, bi):le32(d.blockOff, bi+1)])
	fr, _ := flateReaders.Get().(io.ReadCloser)
	if fr == nil {
		fr = flate.NewReader(z)
	} else if err := fr.(flate.Resetter).Reset(z, nil); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	_, err := buf.ReadFrom(fr)
	flateReaders.Put(fr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: block %d: %v", bi, err)
	}
	n := min(d.blockSize, d.nplaces-bi*d.blockSize)
	r := &codec.Reader{Data: buf.String()}
	b := &block{recs: make([]placeRec, n), nameEnd: make([]uint32, n)}
	end := 0
	for i := range b.nameEnd {
		end += int(r.Uvarint())
		b.nameEnd[i] = uint32(end)
	}
	b.names = r.Bytes(end)
	fc := r.Bytes(n)
	if r.Err {
		return nil, fmt.Errorf("gazetteer: block %d: %w", bi, errCorrupt)
	}
	for i := range b.recs {
		b.recs[i].fcode = fc[i]
		c := r.Uvarint()
		if int(fc[i]) >= len(d.fcodes) || c > uint64(len(d.countries)) {
			return nil, fmt.Errorf("gazetteer: block %d: %w", bi, errCorrupt)
		}
		b.recs[i].country = uint8(c) - 1 // 0 (none) wraps to noCountry
	}
	// The integer columns are delta-coded, each column on its own.
	deltas(r, b.recs, func(p *placeRec, v int64) { p.admin1 = int32(v) })
	deltas(r, b.recs, func(p *placeRec, v int64) { p.admin2 = int32(v) })
	deltas(r, b.recs, func(p *placeRec, v int64) { p.id = uint32(v) })
	deltas(r, b.recs, func(p *placeRec, v int64) { p.lat = int32(v) })
	deltas(r, b.recs, func(p *placeRec, v int64) { p.lon = int32(v) })
	for i := range b.recs {
		b.recs[i].pop = uint32(r.Uvarint())
	}
	if r.Err || r.Pos != len(r.Data) {
		return nil, fmt.Errorf("gazetteer: block %d: %w", bi, errCorrupt)
	}
	for i := range b.recs {
		if a := b.recs[i].admin1; a < -1 || int(a) >= d.nplaces {
			return nil, fmt.Errorf("gazetteer: block %d: %w", bi, errCorrupt)
		}
		if a := b.recs[i].admin2; a < -1 || int(a) >= d.nplaces {
			return nil, fmt.Errorf("gazetteer: block %d: %w", bi, errCorrupt)
		}
	}
	return b, nil
}

// name returns the name of place p.
func (d *data) name(p int) string {
	b, i := d.rec(p)
	if b == nil {
		return ""
	}
	start := uint32(0)
	if i > 0 {
		start = b.nameEnd[i-1]
	}
	return b.names[start:b.nameEnd[i]]
}

// deltas reads one delta-coded column of a block, a value per record.
func deltas(r *codec.Reader, recs []placeRec, set func(*placeRec, int64)) {
	var last int64
	for i := range recs {
		last += r.Varint()
		set(&recs[i], last)
	}
}
