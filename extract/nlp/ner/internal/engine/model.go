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

// Model is a trained linear model: one row of len(Labels) weights per
// hashed feature bucket, quantised to one byte each through a 256-entry
// table. The weights are read in place from the model bytes.
type Model struct {
	Kind           uint32
	FeatureVersion uint32
	Flags          uint32
	Bits           uint // log2 of the number of rows
	Labels         []string
	Given          []uint64 // given-name hashes (HashLower), sorted
	Trans          []float32
	codes          []byte
	table          [256]float32
}

// Binary layout, little-endian:
//
//	magic    [8]byte "NXLIN001"
//	kind, featureVersion, flags, bits, nLabels, nGiven uint32
//	labels   nLabels × (uint16 length, bytes)
//	table    256 × float32
//	trans    (nLabels+1) × nLabels float32 (row nLabels: sentence start)
//	given    nGiven × uint64
//	codes    2^bits × nLabels bytes
const magic = "NXLIN001"

// Marshal encodes the model.
func (m *Model) Marshal() []byte {
	c := len(m.Labels)
	b := []byte(magic)
	for _, v := range []uint32{m.Kind, m.FeatureVersion, m.Flags, uint32(m.Bits), uint32(c), uint32(len(m.Given))} {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, l := range m.Labels {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(l)))
		b = append(b, l...)
	}
	for _, v := range m.table {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	trans := m.Trans
	if len(trans) != (c+1)*c {
		trans = make([]float32, (c+1)*c)
	}
	for _, v := range trans {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	for _, h := range m.Given {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return append(b, m.codes...)
}

// Unmarshal decodes a model from data. The weight rows are not copied:
// data must not change afterwards.
func Unmarshal(data []byte) (*Model, error) {
	r := reader{b: data}
	if string(r.next(len(magic))) != magic {
		return nil, errors.New("not a newsx linear model")
	}
	m := &Model{}
	m.Kind = r.u32()
	m.FeatureVersion = r.u32()
	m.Flags = r.u32()
	m.Bits = uint(r.u32())
	c := int(r.u32())
	nGiven := int(r.u32())
	if r.err != nil || c < 1 || c > 255 || m.Bits < 8 || m.Bits > 30 {
		return nil, errors.New("model header is damaged")
	}
	m.Labels = make([]string, c)
	for i := range m.Labels {
		m.Labels[i] = string(r.next(int(r.u16())))
	}
	for i := range m.table {
		m.table[i] = math.Float32frombits(r.u32())
	}
	m.Trans = make([]float32, (c+1)*c)
	for i := range m.Trans {
		m.Trans[i] = math.Float32frombits(r.u32())
	}
	m.Given = make([]uint64, nGiven)
	for i := range m.Given {
		m.Given[i] = r.u64()
	}
	m.codes = r.next((1 << m.Bits) * c)
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

// score adds the weights of feats to out (len(out) == len(m.Labels)).
func (m *Model) score(feats []uint64, out []float32) {
	c := len(m.Labels)
	out = out[:c]
	shift := 64 - m.Bits
	tab := &m.table
	for _, h := range feats {
		base := int(h>>shift) * c
		row := m.codes[base : base+c : base+c]
		for k, code := range row {
			out[k] += tab[code]
		}
	}
}
