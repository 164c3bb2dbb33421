package expect

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// File is one expect.json: the expectations for one article, or, for a
// JSON Lines input, one entry per input line in Items.
type File struct {
	// About says in one sentence why the case exists.
	About string `json:"about,omitempty"`
	// Date is the publication date to pass to the extractor when the input
	// carries none.
	Date string `json:"date,omitempty"`
	// ID is the record id a JSON Lines item must have; empty means any.
	ID string `json:"id,omitempty"`
	// Error is the error kind the record must have ("decode"); nil means
	// the record must not be an error record.
	Error *string `json:"error,omitempty"`
	// Title, Published and Site must equal the record's when not nil.
	Title     *string `json:"title,omitempty"`
	Published *string `json:"published,omitempty"`
	Site      *string `json:"site,omitempty"`
	// Authors, when not nil, must equal the record's bylines in order.
	Authors []string `json:"authors,omitempty"`
	// Text lists snippets the record's text must and must not contain.
	Text Text `json:"text"`
	// Warnings, when not nil, lists the warnings the record must carry.
	// Input warning kinds must match exactly ([] forbids them all); other
	// kinds must be present and may be outnumbered.
	Warnings []Warning `json:"warnings,omitempty"`
	// Places, Actors, Casualties and Claims are facts that must be found.
	Places     []Place    `json:"places,omitempty"`
	Actors     []Actor    `json:"actors,omitempty"`
	Casualties []Casualty `json:"casualties,omitempty"`
	Claims     []Claim    `json:"claims,omitempty"`
	// Absent lists facts that must not be found.
	Absent Absent `json:"absent"`
	// Items replaces the keys above for a JSON Lines input: one entry per
	// input line, in order.
	Items []File `json:"items,omitempty"`
}

// Text holds the snippet checks on the record's text.
type Text struct {
	With    []string `json:"with,omitempty"`
	Without []string `json:"without,omitempty"`
}

// Mark is shared by every expected entry.
type Mark struct {
	// Optional entries are checked but never fail.
	Optional bool `json:"optional,omitempty"`
	// KnownGap, when set, says in one line why newsx does not meet the
	// entry yet; a mismatch is then reported as a known gap.
	KnownGap string `json:"known_gap,omitempty"`
}

// Place is an expected place.
type Place struct {
	Name    string `json:"name"`
	Kind    string `json:"kind,omitempty"`    // country, admin1, admin2, city, region, other
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Mark
}

// Actor is an expected actor.
type Actor struct {
	Name  string `json:"name"`
	Kind  string `json:"kind,omitempty"`  // person, state, security_force, armed_group, organization, group
	Title string `json:"title,omitempty"` // contained in one of the actor's titles
	Mark
}

// Casualty is an expected casualty figure. Count and Outcome identify it;
// the other fields are checked when set.
type Casualty struct {
	Count *int `json:"count,omitempty"`
	// Tolerance lets the count differ by this much either way.
	Tolerance   int    `json:"tolerance,omitempty"`
	Outcome     string `json:"outcome,omitempty"`
	VictimGroup string `json:"victim_group,omitempty"`
	// When is contained in the figure's when.text; WhenDate equals when.date.
	When     string `json:"when,omitempty"`
	WhenDate string `json:"when_date,omitempty"`
	// Approximate, when set, must equal the figure's approximate flag.
	Approximate *bool `json:"approximate,omitempty"`
	// Where is the name of the place the figure's where points to.
	Where string `json:"where,omitempty"`
	Mark
}

// Claim is an expected claim.
type Claim struct {
	Speaker string `json:"speaker,omitempty"`
	Kind    string `json:"kind,omitempty"` // statement, responsibility, accusation, denial, condemnation, support
	Target  string `json:"target,omitempty"`
	Mark
}

// Warning is an expected warning, matched on its kind.
type Warning struct {
	Kind string `json:"kind"`
	Mark
}

// Absent lists facts that must not be in the record. Places and actors are
// given by name (a plain string, or an object with "name" and a mark);
// casualties and claims as partial entries matched like expected ones.
type Absent struct {
	Places     []Name     `json:"places,omitempty"`
	Actors     []Name     `json:"actors,omitempty"`
	Casualties []Casualty `json:"casualties,omitempty"`
	Claims     []Claim    `json:"claims,omitempty"`
}

// Name is an absent place or actor.
type Name struct {
	Name string `json:"name"`
	Mark
}

// UnmarshalJSON accepts "Quetta" as well as {"name": "Quetta", ...}.
func (n *Name) UnmarshalJSON(b []byte) error {
	if s := bytes.TrimSpace(b); len(s) > 0 && s[0] == '"' {
		*n = Name{}
		return json.Unmarshal(s, &n.Name)
	}
	type plain Name
	var p plain
	if err := strictUnmarshal(b, &p); err != nil {
		return err
	}
	*n = Name(p)
	return nil
}

// MarshalJSON writes a bare string when the name carries no mark.
func (n Name) MarshalJSON() ([]byte, error) {
	if n.Mark == (Mark{}) {
		return json.Marshal(n.Name)
	}
	type plain Name
	return json.Marshal(plain(n))
}

// Parse reads an expect.json. Unknown keys are an error, so that a
// misspelt field cannot silently weaken a check; so are entries without
// the field that identifies them.
func Parse(data []byte) (*File, error) {
	var f File
	if err := strictUnmarshal(data, &f); err != nil {
		return nil, err
	}
	if err := f.validate(""); err != nil {
		return nil, err
	}
	return &f, nil
}

func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the JSON value")
	}
	return nil
}

func (f *File) validate(where string) error {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, where+fmt.Sprintf(format, a...)) }
	for i, p := range f.Places {
		if strings.TrimSpace(p.Name) == "" {
			bad("places[%d]: no name", i)
		}
	}
	for i, a := range f.Actors {
		if strings.TrimSpace(a.Name) == "" {
			bad("actors[%d]: no name", i)
		}
	}
	for i, c := range f.Casualties {
		if c.Count == nil || c.Outcome == "" {
			bad("casualties[%d]: count and outcome are required", i)
		}
	}
	for i, c := range f.Claims {
		if c.Speaker == "" || c.Kind == "" {
			bad("claims[%d]: speaker and kind are required", i)
		}
	}
	for i, w := range f.Warnings {
		if w.Kind == "" {
			bad("warnings[%d]: no kind", i)
		}
	}
	for i, c := range f.Absent.Casualties {
		if c.Count == nil && c.Outcome == "" && c.VictimGroup == "" {
			bad("absent.casualties[%d]: matches every figure", i)
		}
	}
	for i, c := range f.Absent.Claims {
		if c.Speaker == "" && c.Kind == "" && c.Target == "" {
			bad("absent.claims[%d]: matches every claim", i)
		}
	}
	for i := range f.Items {
		if err := f.Items[i].validate(fmt.Sprintf("%sitems[%d].", where, i)); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}
