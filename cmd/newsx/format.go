package main

import (
	"encoding/json"
	"io"

	"github.com/newsx/newsx/extract/record"
	"github.com/newsx/newsx/extract/view"
)

// sink writes the records of a run in the chosen --format: each record as
// it comes (json, text, html) or all of them at the end (geojson).
type sink interface {
	add(rec *record.Record) error
	close() error
}

func newSink(w io.Writer, opts *extractOptions) sink {
	switch opts.Format {
	case formatText:
		return &textSink{w: w, opt: view.TextOptions{Color: useColor(opts), Width: opts.Width}}
	case formatGeoJSON:
		return &geoSink{g: view.NewGeoJSON(w)}
	case formatHTML:
		return &htmlSink{h: view.NewHTML(w, view.HTMLOptions{})}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // keep quotes with &, < and > readable
	if opts.Pretty {
		enc.SetIndent("", "  ")
	}
	return &jsonSink{enc: enc, noText: opts.NoText}
}

// useColor decides colour for --format text: --color always or never, or
// by default on a terminal unless NO_COLOR is set to anything
// (https://no-color.org).
func useColor(opts *extractOptions) bool {
	switch opts.Color {
	case "always":
		return true
	case "never":
		return false
	}
	if opts.IO.getenv != nil && opts.IO.getenv("NO_COLOR") != "" {
		return false
	}
	return opts.IO.outTTY
}

type jsonSink struct {
	enc    *json.Encoder
	noText bool
}

func (s *jsonSink) add(rec *record.Record) error {
	var v any = rec
	if s.noText {
		v = rec.WithoutText()
	}
	return s.enc.Encode(v)
}

func (s *jsonSink) close() error { return nil }

type textSink struct {
	w   io.Writer
	opt view.TextOptions
}

func (s *textSink) add(rec *record.Record) error { return view.Text(s.w, rec, s.opt) }
func (s *textSink) close() error                 { return nil }

type geoSink struct{ g *view.GeoJSONWriter }

func (s *geoSink) add(rec *record.Record) error { s.g.Add(rec); return nil }
func (s *geoSink) close() error                 { return s.g.Close() }

type htmlSink struct{ h *view.HTMLWriter }

func (s *htmlSink) add(rec *record.Record) error { return s.h.Add(rec) }
func (s *htmlSink) close() error                 { return s.h.Close() }
