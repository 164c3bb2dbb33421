package record

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func ptr[T any](v T) *T { return &v }

// fullRecord returns a record with one of every fact type, every nullable
// field set, and entities requested.
func fullRecord() *Record {
	text := "QUETTA — Police said 12 militants were killed. The group denied it."
	r := New("articles/quetta.html", Source{Kind: SourceFile, Path: "articles/quetta.html", ContentType: "text/html"})
	r.Title = Str("Twelve militants killed")
	r.Site = Str("Example News")
	r.Lang = Str("en")
	r.Published = Str("2024-03-05T10:30:00+05:00")
	r.Authors = []string{"A. Reporter"}
	r.Text = text
	quetta := Span{Text: "QUETTA", Start: 0, End: 6, Sentence: 0}
	police := Span{Text: "Police", Start: 9, End: 15, Sentence: 0}
	r.Places = []Place{{
		ID: "p1", Name: "Quetta", Kind: "city", Country: Str("PK"), Admin1: Str("Balochistan"),
		Lat: ptr(30.18), Lon: ptr(66.99), GeonamesID: ptr(1167528), Mentions: []Span{quetta},
	}}
	r.Actors = []Actor{
		{ID: "a1", Name: "Police", Kind: "security_force", Titles: []string{}, Affiliation: Str("Pakistan"),
			Country: Str("PK"), Aliases: []string{}, Mentions: []Span{police}},
		{ID: "a2", Name: "The group", Kind: "armed_group", Titles: []string{}, Aliases: []string{"the group"},
			Mentions: []Span{{Text: "The group", Start: 47, End: 56, Sentence: 1}}},
	}
	r.Casualties = []Casualty{{
		ID: "c1", Count: 12, Min: ptr(12), Max: ptr(12), Approximate: false, Outcome: "killed",
		Victims: "militants", VictimGroup: "militants",
		When:  &When{Text: "on Tuesday", Date: Str("2024-03-05")},
		Where: Str("p1"), ReportedBy: Str("a1"),
		Evidence: Span{Text: "12 militants were killed", Start: 21, End: 45, Sentence: 0},
	}}
	r.Claims = []Claim{
		{ID: "k1", Kind: "statement", Speaker: Str("Police"), SpeakerID: Str("a1"), SpeakerSpan: &police,
			Cue:      Span{Text: "said", Start: 16, End: 20, Sentence: 0},
			Content:  &Span{Text: "12 militants were killed", Start: 21, End: 45, Sentence: 0},
			Evidence: Span{Text: "Police said 12 militants were killed.", Start: 9, End: 46, Sentence: 0}},
		{ID: "k2", Kind: "denial", Speaker: Str("The group"), SpeakerID: Str("a2"),
			Cue:    Span{Text: "denied", Start: 57, End: 63, Sentence: 1},
			Target: Str("Police"), TargetID: Str("a1"), Quote: false,
			Evidence: Span{Text: "The group denied it.", Start: 47, End: 67, Sentence: 1}},
	}
	r.Warn("conflicting_figures", "Two different death tolls are given.", "c1")
	r.Warn(WarnTruncated, "The page looks cut off.")
	r.Entities = []Entity{{Text: "QUETTA", Start: 0, End: 6, Label: "GPE"}}
	return r
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSchemaCompiles(t *testing.T) {
	if _, err := compiled(); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$id"] != SchemaID {
		t.Errorf("$id = %v, want %s", doc["$id"], SchemaID)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", doc["$schema"])
	}
}

func TestSchemaReturnsACopy(t *testing.T) {
	a := Schema()
	a[0] = 'X'
	if b := Schema(); b[0] != '{' {
		t.Errorf("modifying the result of Schema changed the next result")
	}
}

func TestValidRecords(t *testing.T) {
	withStdin := New("-", Source{Kind: SourceStdin})
	withStdin.Text = "Nine people died."

	failed := fullRecord()
	failed.Fail(ErrFetch, "GET https://example.com/a: 404 Not Found")

	emptyEntities := New("https://example.com/a", Source{Kind: SourceURL, URL: "https://example.com/a"})
	emptyEntities.Entities = []Entity{}

	jsonl := New("doc-7", Source{Kind: SourceJSONL, Path: "batch.jsonl"})
	jsonl.Title = Str("Untitled")
	jsonl.Published = Str("2024-03-05")

	nested := New("x.txt", Source{Kind: SourceFile, Path: "x.txt"})
	nested.Places = []Place{{ID: "p1", Name: "Kharkiv", Kind: "city"}}          // nil mentions
	nested.Actors = []Actor{{ID: "a1", Name: "UN", Kind: "organization"}}       // nil lists
	nested.Warnings = []Warning{{Kind: WarnInvalidUTF8, Message: "Bad bytes."}} // nil refs
	nested.Normalize()

	tests := []struct {
		name string
		v    any
	}{
		{"every fact type", fullRecord()},
		{"every fact type without text", fullRecord().WithoutText()},
		{"error record", failed},
		{"error record without text", failed.WithoutText()},
		{"new record from stdin", withStdin},
		{"empty entities", emptyEntities},
		{"jsonl source with a date", jsonl},
		{"normalized nested lists", nested},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Validate(marshal(t, tt.v)); err != nil {
				t.Errorf("valid record rejected: %v", err)
			}
		})
	}
}

// mutate unmarshals the full record, applies f to it and marshals it again.
func mutate(t *testing.T, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(marshal(t, fullRecord()), &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	return marshal(t, m)
}

func first(m map[string]any, list string) map[string]any {
	return m[list].([]any)[0].(map[string]any)
}

func TestInvalidRecords(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
		want string // part of the error's JSON pointer or message
	}{
		{"missing schema_version", mutate(t, func(m map[string]any) { delete(m, "schema_version") }), "schema_version"},
		{"wrong schema_version", mutate(t, func(m map[string]any) { m["schema_version"] = "2" }), "schema_version"},
		{"wrong place kind", mutate(t, func(m map[string]any) { first(m, "places")["kind"] = "town" }), "/places/0/kind"},
		{"wrong actor kind", mutate(t, func(m map[string]any) { first(m, "actors")["kind"] = "militia" }), "/actors/0/kind"},
		{"wrong outcome", mutate(t, func(m map[string]any) { first(m, "casualties")["outcome"] = "dead" }), "/casualties/0/outcome"},
		{"wrong victim group", mutate(t, func(m map[string]any) { first(m, "casualties")["victim_group"] = "police" }), "/casualties/0/victim_group"},
		{"wrong claim kind", mutate(t, func(m map[string]any) { first(m, "claims")["kind"] = "rumour" }), "/claims/0/kind"},
		{"wrong source kind", mutate(t, func(m map[string]any) { m["source"].(map[string]any)["kind"] = "ftp" }), "/source/kind"},
		{"file source without path", mutate(t, func(m map[string]any) { delete(m["source"].(map[string]any), "path") }), "/source"},
		{"null list", mutate(t, func(m map[string]any) { m["places"] = nil }), "/places"},
		{"null authors", mutate(t, func(m map[string]any) { m["authors"] = nil }), "/authors"},
		{"null nested list", mutate(t, func(m map[string]any) { first(m, "actors")["aliases"] = nil }), "/actors/0/aliases"},
		{"missing list", mutate(t, func(m map[string]any) { delete(m, "warnings") }), "warnings"},
		{"negative span start", mutate(t, func(m map[string]any) {
			first(m, "casualties")["evidence"].(map[string]any)["start"] = -1
		}), "/casualties/0/evidence/start"},
		{"fractional offset", mutate(t, func(m map[string]any) {
			first(m, "places")["mentions"].([]any)[0].(map[string]any)["end"] = 6.5
		}), "/places/0/mentions/0/end"},
		{"negative sentence", mutate(t, func(m map[string]any) {
			first(m, "claims")["cue"].(map[string]any)["sentence"] = -2
		}), "/claims/0/cue/sentence"},
		{"span without sentence", mutate(t, func(m map[string]any) {
			delete(first(m, "claims")["evidence"].(map[string]any), "sentence")
		}), "/claims/0/evidence"},
		{"null entities", mutate(t, func(m map[string]any) { m["entities"] = nil }), "/entities"},
		{"null error", mutate(t, func(m map[string]any) { m["error"] = nil }), "/error"},
		{"error without kind", mutate(t, func(m map[string]any) {
			m["error"] = map[string]any{"message": "x"}
			m["places"], m["actors"], m["casualties"], m["claims"], m["entities"] = []any{}, []any{}, []any{}, []any{}, []any{}
		}), "/error"},
		{"error record with facts", mutate(t, func(m map[string]any) {
			m["error"] = map[string]any{"kind": "read", "message": "x"}
		}), "/places"},
		{"missing nullable field", mutate(t, func(m map[string]any) { delete(m, "published") }), "published"},
		{"published not ISO", mutate(t, func(m map[string]any) { m["published"] = "March 5, 2024" }), "/published"},
		{"lower-case country", mutate(t, func(m map[string]any) { first(m, "places")["country"] = "pk" }), "/places/0/country"},
		{"latitude out of range", mutate(t, func(m map[string]any) { first(m, "places")["lat"] = 91 }), "/places/0/lat"},
		{"bad place id", mutate(t, func(m map[string]any) { first(m, "places")["id"] = "place1" }), "/places/0/id"},
		{"where is not a place id", mutate(t, func(m map[string]any) { first(m, "casualties")["where"] = "a1" }), "/casualties/0/where"},
		{"count is a string", mutate(t, func(m map[string]any) { first(m, "casualties")["count"] = "12" }), "/casualties/0/count"},
		{"camelCase key", mutate(t, func(m map[string]any) { m["source"].(map[string]any)["contentType"] = "text/html" }), "contentType"},
		{"warning kind not snake_case", mutate(t, func(m map[string]any) { first(m, "warnings")["kind"] = "Bad Kind" }), "/warnings/0/kind"},
		{"not JSON", []byte(`{"schema_version": "1",`), "not a JSON document"},
		{"two documents", []byte(`{} {}`), "not a JSON document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.doc)
			if err == nil {
				t.Fatalf("invalid record accepted")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not mention %q:\n%v", tt.want, err)
			}
		})
	}
}

// TestAddedFieldsAccepted checks the extensibility the contract promises:
// a later version-1 producer may add snake_case fields anywhere.
func TestAddedFieldsAccepted(t *testing.T) {
	doc := mutate(t, func(m map[string]any) {
		m["model_version"] = "x"
		first(m, "places")["population"] = 1000
		first(m, "casualties")["evidence"].(map[string]any)["paragraph"] = 2
		m["source"].(map[string]any)["fetched_at"] = "2024-03-05T10:30:00Z"
	})
	if err := Validate(doc); err != nil {
		t.Errorf("record with added fields rejected: %v", err)
	}
}

func keys(t *testing.T, b []byte) map[string]json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNewWritesEmptyLists(t *testing.T) {
	m := keys(t, marshal(t, New("a.txt", Source{Kind: SourceFile, Path: "a.txt"})))
	for _, list := range []string{"authors", "places", "actors", "casualties", "claims", "warnings"} {
		if got := string(m[list]); got != "[]" {
			t.Errorf("%s = %s, want []", list, got)
		}
	}
	for _, absent := range []string{"entities", "error"} {
		if _, ok := m[absent]; ok {
			t.Errorf("%s written for a new record: %s", absent, m[absent])
		}
	}
	for _, null := range []string{"title", "site", "lang", "published"} {
		if got := string(m[null]); got != "null" {
			t.Errorf("%s = %s, want null", null, got)
		}
	}
}

func TestNormalizeWritesEmptyNestedLists(t *testing.T) {
	r := &Record{
		Places:   []Place{{ID: "p1"}},
		Actors:   []Actor{{ID: "a1"}},
		Warnings: []Warning{{Kind: "x"}},
	}
	r.Normalize()
	b := string(marshal(t, r))
	for _, want := range []string{`"mentions":[]`, `"titles":[]`, `"aliases":[]`, `"refs":[]`, `"authors":[]`, `"claims":[]`} {
		if !strings.Contains(b, want) {
			t.Errorf("Normalize output lacks %s: %s", want, b)
		}
	}
}

func TestWithoutText(t *testing.T) {
	r := fullRecord()
	full := keys(t, marshal(t, r))
	short := keys(t, marshal(t, r.WithoutText()))
	if _, ok := short["text"]; ok {
		t.Errorf("WithoutText output has a text key")
	}
	if _, ok := full["text"]; !ok {
		t.Fatalf("full output has no text key")
	}
	delete(full, "text")
	if !reflect.DeepEqual(sortedKeys(full), sortedKeys(short)) {
		t.Errorf("keys differ: full %v, WithoutText %v", sortedKeys(full), sortedKeys(short))
	}
	for k, v := range full {
		if string(short[k]) != string(v) {
			t.Errorf("%s differs: %s vs %s", k, v, short[k])
		}
	}
	// An empty text is still omitted, and a record without entities
	// still omits them.
	plain := New("-", Source{Kind: SourceStdin})
	m := keys(t, marshal(t, plain.WithoutText()))
	for _, absent := range []string{"text", "entities", "error"} {
		if _, ok := m[absent]; ok {
			t.Errorf("WithoutText of a new record writes %s", absent)
		}
	}
}

func TestEntitiesNilOmittedEmptyWritten(t *testing.T) {
	r := New("-", Source{Kind: SourceStdin})
	if _, ok := keys(t, marshal(t, r))["entities"]; ok {
		t.Errorf("nil Entities is written")
	}
	r.Entities = []Entity{}
	if got := string(keys(t, marshal(t, r))["entities"]); got != "[]" {
		t.Errorf("empty Entities written as %q, want []", got)
	}
	if got := string(keys(t, marshal(t, r.WithoutText()))["entities"]); got != "[]" {
		t.Errorf("empty Entities written by WithoutText as %q, want []", got)
	}
	r.Fail(ErrEmpty, "no text")
	if got := string(keys(t, marshal(t, r))["entities"]); got != "[]" {
		t.Errorf("Fail turned requested entities into %q, want []", got)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// schemaDoc returns the schema as generic JSON.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// jsonFields returns the JSON names of a struct's fields and which of them
// are always written (no omitempty/omitzero).
func jsonFields(typ reflect.Type) (names, always []string) {
	for f := range typ.Fields() {
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" || name == "-" {
			continue
		}
		names = append(names, name)
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			always = append(always, name)
		}
	}
	sort.Strings(names)
	sort.Strings(always)
	return names, always
}

// TestSchemaMatchesGoTypes keeps schema.json and record.go in step: every
// object in the schema has exactly the properties of its Go type, and
// requires exactly the fields the type always writes (except the record's
// text, which --no-text leaves out).
func TestSchemaMatchesGoTypes(t *testing.T) {
	doc := schemaDoc(t)
	defs := doc["$defs"].(map[string]any)
	objects := map[string]struct {
		schema map[string]any
		typ    reflect.Type
	}{
		"record":   {doc, reflect.TypeFor[Record]()},
		"span":     {defs["span"].(map[string]any), reflect.TypeFor[Span]()},
		"source":   {defs["source"].(map[string]any), reflect.TypeFor[Source]()},
		"place":    {defs["place"].(map[string]any), reflect.TypeFor[Place]()},
		"actor":    {defs["actor"].(map[string]any), reflect.TypeFor[Actor]()},
		"when":     {defs["when"].(map[string]any), reflect.TypeFor[When]()},
		"casualty": {defs["casualty"].(map[string]any), reflect.TypeFor[Casualty]()},
		"claim":    {defs["claim"].(map[string]any), reflect.TypeFor[Claim]()},
		"warning":  {defs["warning"].(map[string]any), reflect.TypeFor[Warning]()},
		"entity":   {defs["entity"].(map[string]any), reflect.TypeFor[Entity]()},
		"error":    {defs["error"].(map[string]any), reflect.TypeFor[Error]()},
	}
	for name, o := range objects {
		names, always := jsonFields(o.typ)
		props := sortedKeys(o.schema["properties"].(map[string]any))
		if !slices.Equal(names, props) {
			t.Errorf("%s: Go fields %v, schema properties %v", name, names, props)
		}
		var required []string
		for _, r := range o.schema["required"].([]any) {
			required = append(required, r.(string))
		}
		sort.Strings(required)
		if name == "record" {
			always = slices.DeleteFunc(always, func(s string) bool { return s == "text" })
		}
		if !slices.Equal(always, required) {
			t.Errorf("%s: always written %v, schema requires %v", name, always, required)
		}
	}
}

// TestSchemaEnumsMatchConstants checks the source kinds against the Go
// constants, and that the descriptions of the open kinds list every kind
// record.go defines.
func TestSchemaEnumsMatchConstants(t *testing.T) {
	defs := schemaDoc(t)["$defs"].(map[string]any)
	prop := func(def, name string) map[string]any {
		return defs[def].(map[string]any)["properties"].(map[string]any)[name].(map[string]any)
	}
	var kinds []string
	for _, k := range prop("source", "kind")["enum"].([]any) {
		kinds = append(kinds, k.(string))
	}
	if want := []string{SourceFile, SourceURL, SourceStdin, SourceJSONL}; !slices.Equal(kinds, want) {
		t.Errorf("source kinds %v, want %v", kinds, want)
	}
	errDesc := prop("error", "kind")["description"].(string)
	for _, k := range []string{ErrRead, ErrFetch, ErrDecode, ErrTooLarge, ErrEmpty, ErrInternal} {
		if !strings.Contains(errDesc, k+" (") {
			t.Errorf("error kind description does not list %q", k)
		}
	}
	warnDesc := prop("warning", "kind")["description"].(string)
	for _, k := range []string{WarnInvalidUTF8, WarnTruncated, WarnEncoding, WarnBadDate, "casualty_sum_mismatch", "conflicting_figures"} {
		if !strings.Contains(warnDesc, k) {
			t.Errorf("warning kind description does not list %q", k)
		}
	}
}

// TestEveryPropertyDescribed walks the schema and checks that every
// property of every object has a description.
func TestEveryPropertyDescribed(t *testing.T) {
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok {
				for name, p := range props {
					pm := p.(map[string]any)
					// Properties inside if/then only narrow a property
					// described elsewhere.
					if _, ok := pm["description"]; !ok && !strings.Contains(path, "/then") && !strings.Contains(path, "/if") {
						t.Errorf("%s/properties/%s has no description", path, name)
					}
				}
			}
			for k, sub := range v {
				walk(path+"/"+k, sub)
			}
		case []any:
			for i, sub := range v {
				walk(path+"/"+string(rune('0'+i)), sub)
			}
		}
	}
	walk("#", schemaDoc(t))
}

// TestValidateConcurrent compiles the schema from several goroutines at
// once (run with -race).
func TestValidateConcurrent(t *testing.T) {
	doc := marshal(t, fullRecord())
	errs := make(chan error, 8)
	for range 8 {
		go func() { errs <- Validate(doc) }()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestValidateErrorType checks that a schema violation is reported as a
// *jsonschema.ValidationError, so callers can inspect it.
func TestValidateErrorType(t *testing.T) {
	err := Validate([]byte(`{}`))
	if _, ok := err.(*jsonschema.ValidationError); !ok {
		t.Errorf("Validate({}) = %T %v, want *jsonschema.ValidationError", err, err)
	}
}
