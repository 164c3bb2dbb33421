package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Model kinds.
const (
	KindPOS uint32 = 1 // greedy left-to-right tagger, tag history features
	KindNER uint32 = 2 // linear-chain model over BIO labels, Viterbi decoding
)

// Model option flags.
const (
	FlagPOS uint32 = 1 << iota // the NER features include part-of-speech tags
	FlagGaz                    // the NER features include gazetteer matches
)

// maxLabels bounds the labels of a model (the accumulators of score live
// on the stack).
const maxLabels = 64

// Model is a trained linear model: one row of len(Labels) weights per
// hashed feature bucket. A weight is the signed integer q (−127…127)
// stored as the byte q+128; the real weight is q·Scale. Rows are packed
// back to back (a row is len(Labels) bytes) and read in place from the
// model bytes.
type Model struct {
	Kind           uint32
	FeatureVersion uint32
	Flags          uint32
	Bits           uint // log2 of the number of rows
	Labels         []string
	Given          []uint64 // given-name hashes (HashLower), sorted
	Common         []uint64 // hashes (HashLower) of words mostly written in lower case, sorted
	Scale          float32  // the weight of one quantisation step
	// Trans holds the transition scores in quantisation steps, (C+1)×C for
	// C labels, row C being the sentence start (NER models; zero for POS).
	Trans []int32
	rows  []byte // 2^Bits × C bytes, then rowPad bytes of 128
}

// rowPad is the slack after the last row: score reads whole 8-byte words
// and a row's last word may reach into the next row (or past the end).
const rowPad = 16

// Binary layout, little-endian:
//
//	magic    [8]byte "NXLIN002"
//	kind, featureVersion, flags, bits, nLabels, nGiven, nCommon uint32
//	scale    float32
//	labels   nLabels × (uint16 length, bytes)
//	trans    (nLabels+1) × nLabels int32 (row nLabels: sentence start)
//	given    nGiven × uint64
//	common   nCommon × uint64
//	rows     2^bits × nLabels bytes (weight + 128), then 16 bytes of 128
const magic = "NXLIN002"

// Marshal encodes the model.
func (m *Model) Marshal() []byte {
	c := len(m.Labels)
	b := []byte(magic)
	for _, v := range []uint32{m.Kind, m.FeatureVersion, m.Flags, uint32(m.Bits), uint32(c), uint32(len(m.Given)), uint32(len(m.Common)), math.Float32bits(m.Scale)} {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, l := range m.Labels {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(l)))
		b = append(b, l...)
	}
	trans := m.Trans
	if len(trans) != (c+1)*c {
		trans = make([]int32, (c+1)*c)
	}
	for _, v := range trans {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	for _, h := range m.Given {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	for _, h := range m.Common {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return append(b, m.rows...)
}

// Unmarshal decodes a model from data. The weight rows are not copied:
// data must not change afterwards.
func Unmarshal(data []byte) (*Model, error) {
	r := reader{b: data}
	if string(r.next(len(magic))) != magic {
		return nil, errors.New("not a newsx linear model (or one of an older format)")
	}
	m := &Model{}
	m.Kind = r.u32()
	m.FeatureVersion = r.u32()
	m.Flags = r.u32()
	m.Bits = uint(r.u32())
	c := int(r.u32())
	nGiven := int(r.u32())
	nCommon := int(r.u32())
	m.Scale = math.Float32frombits(r.u32())
	if r.err != nil || c < 1 || c > maxLabels || m.Bits < 8 || m.Bits > 30 || nGiven < 0 || nGiven > len(data)/8 || nCommon < 0 || nCommon > len(data)/8 {
		return nil, errors.New("model header is damaged")
	}
	m.Labels = make([]string, c)
	for i := range m.Labels {
		m.Labels[i] = string(r.next(int(r.u16())))
	}
	m.Trans = make([]int32, (c+1)*c)
	for i := range m.Trans {
		m.Trans[i] = int32(r.u32())
	}
	m.Given = make([]uint64, nGiven)
	for i := range m.Given {
		m.Given[i] = r.u64()
	}
	m.Common = make([]uint64, nCommon)
	for i := range m.Common {
		m.Common[i] = r.u64()
	}
	m.rows = r.next((1<<m.Bits)*c + rowPad)
	if r.err != nil {
		return nil, fmt.Errorf("model is truncated: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, errors.New("model has trailing bytes")
	}
	return m, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.err = errors.New("unexpected end of data")
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u16() uint16 {
	if b := r.next(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.next(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.next(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// lanes selects the even bytes of a word into four 16-bit lanes.
const lanes = 0x00FF00FF00FF00FF

// maxBatch is the most rows score adds in 16-bit lanes before it empties
// them: 256 × 255 < 65536, so no lane carries into the next.
const maxBatch = 256

// score adds the weights of feats, in quantisation steps, to out
// (len(out) == len(m.Labels)).
//
// The rows are summed eight bytes at a time: each word's even and odd
// bytes are spread into four 16-bit lanes of two accumulators, so one
// addition sums four weights. The bytes are the weights plus 128, so a
// lane holds the sum of its weights plus 128 per row, taken off at the
// end. A row's last word may hold bytes of the next row in its upper
// lanes; carries only go up, so they never reach a label's lane.
func (m *Model) score(feats []uint64, out []int32) {
	c := len(m.Labels)
	out = out[:c]
	if c <= 16 {
		m.score16(feats, out)
		return
	}
	nw := (c + 7) >> 3
	shift := 64 - m.Bits
	rows := m.rows
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		var acc [maxLabels / 4]uint64
		for _, h := range batch {
			r := rows[int(h>>shift)*c:]
			r = r[:nw*8]
			for w := range nw {
				x := binary.LittleEndian.Uint64(r[w*8:])
				acc[2*w] += x & lanes
				acc[2*w+1] += x >> 8 & lanes
			}
		}
		spill(acc[:2*nw], out, int32(128*len(batch)))
	}
}

// score16 is score for models of at most 16 labels: two words a row, the
// accumulators in registers.
func (m *Model) score16(feats []uint64, out []int32) {
	c := len(m.Labels)
	shift := 64 - m.Bits
	rows := m.rows
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		var a0, a1, a2, a3 uint64
		for _, h := range batch {
			r := rows[int(h>>shift)*c:]
			r = r[:16]
			x := binary.LittleEndian.Uint64(r)
			y := binary.LittleEndian.Uint64(r[8:])
			a0 += x & lanes
			a1 += x >> 8 & lanes
			a2 += y & lanes
			a3 += y >> 8 & lanes
		}
		acc := [4]uint64{a0, a1, a2, a3}
		spill(acc[:], out, int32(128*len(batch)))
	}
}

// spill adds the lanes of acc (even and odd accumulators of each word) to
// out, less bias each.
func spill(acc []uint64, out []int32, bias int32) {
	for k := range out {
		a := acc[k>>3<<1|k&1]
		out[k] += int32(a>>(k&6<<3)&0xFFFF) - bias
	}
}
