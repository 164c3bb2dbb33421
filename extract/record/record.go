// Package record defines the newsx output record, schema version 1.
//
// The record is the contract that users' scripts, `newsx check` and the
// scorers read (see RECORD.md beside this file). Field names and enum
// values are fixed for a schema version: fields may be added, none renamed or
// removed without bumping SchemaVersion. Every list marshals as [] and never
// as null; use New to get a record whose lists are initialised.
//
// The package depends on nothing else in the module.
package record

import (
	"encoding/json"
	"sort"
)

// SchemaVersion is the version of the record layout this package writes.
const SchemaVersion = "1"

// Source kinds.
const (
	SourceFile  = "file"
	SourceURL   = "url"
	SourceStdin = "stdin"
	SourceJSONL = "jsonl"
)

// Error kinds used in Error.Kind.
const (
	ErrRead     = "read"      // the input could not be read (missing file, permission, I/O)
	ErrFetch    = "fetch"     // an http(s) input could not be fetched
	ErrDecode   = "decode"    // the bytes could not be decoded or parsed (bad JSON line, binary data)
	ErrTooLarge = "too_large" // the input exceeds the size cap
	ErrEmpty    = "empty"     // the input holds no text to analyse
	ErrInternal = "internal"  // a bug in newsx; please report it
)

// Warning kinds that the foundation itself emits. Extractors add their own
// (casualty_sum_mismatch, conflicting_figures, ...).
const (
	WarnInvalidUTF8 = "invalid_utf8" // invalid byte sequences were replaced by U+FFFD
	WarnTruncated   = "truncated"    // the input looks cut off (e.g. HTML without its closing tags)
	WarnEncoding    = "encoding"     // the declared encoding was unknown and another one was used
	WarnBadDate     = "bad_date"     // a date given with the input (JSON Lines "published") could not be read
)

// Span points at the text a fact came from. Start and End are half-open
// offsets in Unicode code points into Record.Text, so text[start:end] in
// Python or jq gives back Text. Sentence is the 0-based sentence index.
type Span struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Source says where an input came from.
type Source struct {
	Kind        string `json:"kind"`
	Path        string `json:"path,omitempty"`
	URL         string `json:"url,omitempty"`
	ContentType string `json:"content_type,omitempty"`
}

// Place is a geocoded location named in the text.
type Place struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Kind       string   `json:"kind"` // country, admin1, admin2, city, region, other
	Country    *string  `json:"country"`
	Admin1     *string  `json:"admin1"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
	GeonamesID *int     `json:"geonames_id"`
	Mentions   []Span   `json:"mentions"`
}

// Actor is a person, group, organization, state or security force.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"` // person, state, security_force, armed_group, organization, group
	Titles      []string `json:"titles"`
	Affiliation *string  `json:"affiliation"`
	Country     *string  `json:"country"`
	Aliases     []string `json:"aliases"`
	Mentions    []Span   `json:"mentions"`
}

// When is the time attached to a casualty figure.
type When struct {
	Text string  `json:"text"`
	Date *string `json:"date"`
}

// Casualty is one reported figure.
type Casualty struct {
	ID          string  `json:"id"`
	Count       int     `json:"count"`
	Min         *int    `json:"min"`
	Max         *int    `json:"max"`
	Approximate bool    `json:"approximate"`
	Qualifier   *string `json:"qualifier"`
	Outcome     string  `json:"outcome"` // killed, injured, missing, abducted, arrested, displaced
	Victims     string  `json:"victims"`
	VictimGroup string  `json:"victim_group"` // civilians, security_forces, militants, mixed, unknown
	When        *When   `json:"when"`
	Where       *string `json:"where"`
	ReportedBy  *string `json:"reported_by"`
	Evidence    Span    `json:"evidence"`
}

// Claim is an attributed statement.
type Claim struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"` // statement, responsibility, accusation, denial, condemnation, support
	Speaker     *string `json:"speaker"`
	SpeakerID   *string `json:"speaker_id"`
	SpeakerSpan *Span   `json:"speaker_span"`
	Cue         Span    `json:"cue"`
	Content     *Span   `json:"content"`
	Target      *string `json:"target"`
	TargetID    *string `json:"target_id"`
	Quote       bool    `json:"quote"`
	Evidence    Span    `json:"evidence"`
}

// Warning is a problem found in the article's figures or its input; it is
// not an error: the record is still complete.
type Warning struct {
	Kind    string   `json:"kind"`
	Message string   `json:"message"`
	Refs    []string `json:"refs"`
}

// Entity is a raw named-entity mention from the NLP engine.
type Entity struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// Error describes why an input produced no facts.
type Error struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// Record is everything newsx found in one input article.
type Record struct {
	SchemaVersion string     `json:"schema_version"`
	ID            string     `json:"id"`
	Source        Source     `json:"source"`
	Title         *string    `json:"title"`
	Site          *string    `json:"site"`
	Lang          *string    `json:"lang"`
	Published     *string    `json:"published"`
	Authors       []string   `json:"authors"`
	Text          string     `json:"text"`
	Places        []Place    `json:"places"`
	Actors        []Actor    `json:"actors"`
	Casualties    []Casualty `json:"casualties"`
	Claims        []Claim    `json:"claims"`
	Warnings      []Warning  `json:"warnings"`
	// Entities is nil unless entity output was requested; then it is a
	// (possibly empty) list and is written even when empty.
	Entities []Entity `json:"entities,omitzero"`
	Error    *Error   `json:"error,omitempty"`
}

// New returns a record for the input id with every list initialised.
func New(id string, src Source) *Record {
	return &Record{
		SchemaVersion: SchemaVersion,
		ID:            id,
		Source:        src,
		Authors:       []string{},
		Places:        []Place{},
		Actors:        []Actor{},
		Casualties:    []Casualty{},
		Claims:        []Claim{},
		Warnings:      []Warning{},
	}
}

// Fail turns r into an error record: the message is kept, every fact list
// is emptied, as the contract requires, and so are the warnings that refer
// to facts.
func (r *Record) Fail(kind, message string) {
	r.Error = &Error{Kind: kind, Message: message}
	r.Places = []Place{}
	r.Actors = []Actor{}
	r.Casualties = []Casualty{}
	r.Claims = []Claim{}
	if r.Entities != nil {
		r.Entities = []Entity{}
	}
	// Warnings about the facts go with them; warnings about the input stay.
	kept := r.Warnings[:0]
	for _, w := range r.Warnings {
		if len(w.Refs) == 0 {
			kept = append(kept, w)
		}
	}
	r.Warnings = kept
}

// Warn appends a warning.
func (r *Record) Warn(kind, message string, refs ...string) {
	if refs == nil {
		refs = []string{}
	}
	r.Warnings = append(r.Warnings, Warning{Kind: kind, Message: message, Refs: refs})
}

// Normalize makes a record safe to marshal: nil lists become empty lists
// (nested ones too) so that no list is ever written as null.
func (r *Record) Normalize() {
	if r.SchemaVersion == "" {
		r.SchemaVersion = SchemaVersion
	}
	if r.Authors == nil {
		r.Authors = []string{}
	}
	if r.Places == nil {
		r.Places = []Place{}
	}
	for i := range r.Places {
		if r.Places[i].Mentions == nil {
			r.Places[i].Mentions = []Span{}
		}
	}
	if r.Actors == nil {
		r.Actors = []Actor{}
	}
	for i := range r.Actors {
		a := &r.Actors[i]
		if a.Titles == nil {
			a.Titles = []string{}
		}
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
		if a.Mentions == nil {
			a.Mentions = []Span{}
		}
	}
	if r.Casualties == nil {
		r.Casualties = []Casualty{}
	}
	if r.Claims == nil {
		r.Claims = []Claim{}
	}
	if r.Warnings == nil {
		r.Warnings = []Warning{}
	}
	for i := range r.Warnings {
		if r.Warnings[i].Refs == nil {
			r.Warnings[i].Refs = []string{}
		}
	}
}

// SortEntities orders entity mentions by position, then by label, so that
// output is stable.
func (r *Record) SortEntities() {
	sort.SliceStable(r.Entities, func(i, j int) bool {
		a, b := r.Entities[i], r.Entities[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Label < b.Label
	})
}

// WithoutText returns a value that marshals like r but without the text
// field (newsx extract --no-text). Offsets still refer to the text newsx
// would have printed.
func (r *Record) WithoutText() any {
	return struct {
		*Record
		Text *json.RawMessage `json:"text,omitempty"` // shadows Record.Text; always nil
	}{Record: r}
}

// Str returns a pointer to s, or nil when s is empty; handy for the
// nullable string fields.
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
