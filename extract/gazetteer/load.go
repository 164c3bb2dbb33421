package gazetteer

import (
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsx/newsx/extract/gazetteer/internal/codec"
)

//go:generate go run ./internal/gen -src /tmp/gz/node_modules

// gzData is the data file written by internal/gen. Decompressed, it is:
//
//	"NXGZ", version byte
//	manifest (JSON, length-prefixed)
//	feature codes: count, strings
//	countries: count, then per country: code, code3, name, capital,
//	  other names (count, strings), demonyms (count, strings)
//	places: count, then columns of that many values each:
//	  name lengths, name bytes, kinds (byte), feature code indexes (byte),
//	  country index+1, admin1 place index (zig-zag delta from the previous
//	  row; -1 none), admin2 likewise, GeoNames id (zig-zag delta),
//	  latitude and longitude in 1e-5 degrees (zig-zag delta), population
//	keys, sorted by bytes: count, then columns: length of the prefix shared
//	  with the previous key, length of the rest, the rests' bytes, number of
//	  postings, flags (codec.KeyPrefix), case pattern, kinds summary
//	postings of all keys in key order: place index, or number of places +
//	  country index for a demonym
//	"END!"
//
// Strings are length-prefixed, integers are varints (see codec). The first
// places are the countries, in the order of the country table.
//
//go:embed gazetteer.gz
var gzData string

// placeRec is one place as held in memory: no pointers, so the garbage
// collector never scans the table.
type placeRec struct {
	id             uint32
	lat, lon       int32 // 1e-5 degrees
	pop            uint32
	admin1, admin2 int32 // place index, -1 for none
	kind, fcode    uint8
	country        uint8 // index into countries, noCountry for none
}

const noCountry = 0xFF

// keyRec is one lookup key's summary.
type keyRec struct {
	post    uint32 // first posting
	npost   uint16
	pattern uint16
	kinds   Kinds
	flags   uint8
}

// data is the decoded gazetteer.
type data struct {
	info      Info
	fcodes    []string
	countries []Country
	byCode    map[string]uint8 // alpha-2 and alpha-3 → country index

	names   string   // place names, back to back
	nameEnd []uint32 // end of place i's name in names
	places  []placeRec

	keys     string   // lookup keys, back to back, in byte order
	keyEnd   []uint32 // end of key i in keys
	keyMeta  []keyRec
	postings []uint32

	bits        uint     // log2 of the number of hash buckets
	bucketStart []uint32 // bucket b holds slots[bucketStart[b]:bucketStart[b+1]]
	slots       []uint32 // key indexes in bucket order
}

var (
	loaded   atomic.Bool
	loadData = sync.OnceValues(func() (*data, error) {
		d, err := decode(gzData)
		if err == nil {
			loaded.Store(true)
		}
		return d, err
	})
)

// Load decodes the embedded data if that has not happened yet and reports
// whether it succeeded. Every other function loads the data on first use,
// so calling Load is never required; a program may call it at start-up to
// take the load time (see the package documentation) off its first
// request. If decoding fails, which a test of this package rules out for
// the committed data, every lookup finds nothing.
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

func decode(gz string) (*data, error) {
	if len(gz) < 4 {
		return nil, errors.New("gazetteer: empty data file")
	}
	size := int(binary.LittleEndian.Uint32([]byte(gz[len(gz)-4:]))) // gzip trailer: input size mod 2^32
	zr, err := gzip.NewReader(strings.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	var sb strings.Builder
	sb.Grow(size)
	if _, err := io.Copy(&sb, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	d, err := parse(sb.String())
	if err != nil {
		return nil, err
	}
	d.info.CompressedBytes = len(gz)
	return d, nil
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

	n := int(r.Uvarint())
	if n > 255 {
		return nil, errCorrupt
	}
	d.fcodes = make([]string, n)
	for i := range d.fcodes {
		d.fcodes[i] = strings.Clone(r.String())
	}

	nc := int(r.Uvarint())
	if nc >= noCountry {
		return nil, errCorrupt
	}
	d.countries = make([]Country, nc)
	d.byCode = make(map[string]uint8, 2*nc)
	for i := range d.countries {
		c := &d.countries[i]
		c.Code = strings.Clone(r.String())
		c.Code3 = strings.Clone(r.String())
		c.Name = strings.Clone(r.String())
		c.Capital = strings.Clone(r.String())
		c.Names = []string{c.Name}
		for k := r.Uvarint(); k > 0 && !r.Err; k-- {
			c.Names = append(c.Names, strings.Clone(r.String()))
		}
		for k := r.Uvarint(); k > 0 && !r.Err; k-- {
			c.Demonyms = append(c.Demonyms, strings.Clone(r.String()))
		}
		d.byCode[c.Code] = uint8(i)
		d.byCode[c.Code3] = uint8(i)
	}

	np := int(r.Uvarint())
	if r.Err || np < nc || np > len(raw) {
		return nil, errCorrupt
	}
	d.places = make([]placeRec, np)
	d.nameEnd = make([]uint32, np)
	end := 0
	for i := range d.nameEnd {
		end += int(r.Uvarint())
		d.nameEnd[i] = uint32(end)
	}
	d.names = strings.Clone(r.Bytes(end))
	ks, fc := r.Bytes(np), r.Bytes(np)
	if r.Err {
		return nil, errCorrupt
	}
	for i := range d.places {
		d.places[i].kind = ks[i]
		if ks[i] < codec.KindCountry || ks[i] > codec.KindRegion {
			return nil, errCorrupt
		}
		d.places[i].fcode = fc[i]
		if int(fc[i]) >= len(d.fcodes) {
			return nil, errCorrupt
		}
	}
	for i := range d.places {
		c := r.Uvarint()
		if c > uint64(nc) {
			return nil, errCorrupt
		}
		d.places[i].country = uint8(c) - 1 // 0 (none) wraps to noCountry
	}
	var last int64
	for i := range d.places {
		last += r.Varint()
		if last < -1 || last >= int64(np) {
			return nil, errCorrupt
		}
		d.places[i].admin1 = int32(last)
	}
	last = 0
	for i := range d.places {
		last += r.Varint()
		if last < -1 || last >= int64(np) {
			return nil, errCorrupt
		}
		d.places[i].admin2 = int32(last)
	}
	last = 0
	for i := range d.places {
		last += r.Varint()
		d.places[i].id = uint32(last)
	}
	last = 0
	for i := range d.places {
		last += r.Varint()
		d.places[i].lat = int32(last)
	}
	last = 0
	for i := range d.places {
		last += r.Varint()
		d.places[i].lon = int32(last)
	}
	for i := range d.places {
		d.places[i].pop = uint32(r.Uvarint())
	}
	if r.Err {
		return nil, errCorrupt
	}

	if err := d.parseKeys(r, np); err != nil {
		return nil, err
	}
	if r.Bytes(4) != "END!" || r.Pos != len(raw) {
		return nil, errCorrupt
	}
	return d, nil
}

func (d *data) parseKeys(r *codec.Reader, np int) error {
	nk := int(r.Uvarint())
	if r.Err || nk > len(r.Data) {
		return errCorrupt
	}
	shared := make([]uint32, nk)
	for i := range shared {
		shared[i] = uint32(r.Uvarint())
	}
	d.keyEnd = make([]uint32, nk)
	total := 0
	rest := make([]uint32, nk)
	for i := range rest {
		rest[i] = uint32(r.Uvarint())
		total += int(shared[i]) + int(rest[i])
	}
	if r.Err || total > len(r.Data)*8 {
		return errCorrupt
	}
	var sb strings.Builder
	sb.Grow(total)
	prevStart, prevEnd := 0, 0
	for i := 0; i < nk; i++ {
		if int(shared[i]) > prevEnd-prevStart {
			return errCorrupt
		}
		start := sb.Len()
		sb.WriteString(sb.String()[prevStart : prevStart+int(shared[i])])
		sb.WriteString(r.Bytes(int(rest[i])))
		prevStart, prevEnd = start, sb.Len()
		d.keyEnd[i] = uint32(prevEnd)
	}
	d.keys = sb.String()

	d.keyMeta = make([]keyRec, nk)
	post := uint32(0)
	for i := range d.keyMeta {
		c := r.Uvarint()
		if c > 0xFFFF {
			return errCorrupt
		}
		d.keyMeta[i].post, d.keyMeta[i].npost = post, uint16(c)
		post += uint32(c)
	}
	for i := range d.keyMeta {
		d.keyMeta[i].flags = uint8(r.Uvarint())
	}
	for i := range d.keyMeta {
		d.keyMeta[i].pattern = uint16(r.Uvarint())
	}
	for i := range d.keyMeta {
		d.keyMeta[i].kinds = Kinds(r.Uvarint())
	}
	if r.Err || int(post) > len(r.Data) {
		return errCorrupt
	}
	d.postings = make([]uint32, post)
	limit := uint64(np + len(d.countries))
	for i := range d.postings {
		v := r.Uvarint()
		if v >= limit {
			return errCorrupt
		}
		d.postings[i] = uint32(v)
	}
	if r.Err {
		return errCorrupt
	}

	// Hash table: keys grouped by bucket (a counting sort).
	d.bits = uint(bits.Len(uint(nk)))
	d.bucketStart = make([]uint32, 1<<d.bits+1)
	buckets := make([]uint32, nk)
	for i := 0; i < nk; i++ {
		b := codec.Bucket(codec.Hash(d.key(i)), d.bits)
		buckets[i] = b
		d.bucketStart[b+1]++
	}
	for b := 1; b < len(d.bucketStart); b++ {
		d.bucketStart[b] += d.bucketStart[b-1]
	}
	d.slots = make([]uint32, nk)
	next := make([]uint32, 1<<d.bits)
	copy(next, d.bucketStart)
	for i, b := range buckets {
		d.slots[next[b]] = uint32(i)
		next[b]++
	}
	return nil
}

// key returns lookup key i.
func (d *data) key(i int) string {
	start := uint32(0)
	if i > 0 {
		start = d.keyEnd[i-1]
	}
	return d.keys[start:d.keyEnd[i]]
}

// find returns the index of the key equal to k, or -1.
func (d *data) find(k []byte) int {
	b := codec.Bucket(codec.Hash(k), d.bits)
	for _, i := range d.slots[d.bucketStart[b]:d.bucketStart[b+1]] {
		if d.key(int(i)) == string(k) {
			return int(i)
		}
	}
	return -1
}

// name returns the name of place i.
func (d *data) name(i int) string {
	start := uint32(0)
	if i > 0 {
		start = d.nameEnd[i-1]
	}
	return d.names[start:d.nameEnd[i]]
}
