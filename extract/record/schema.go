package record

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaID is the $id of the JSON Schema returned by Schema.
const SchemaID = "https://github.com/newsx/newsx/schema/record-v1.json"

//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the record, schema
// version 1, as JSON text. The slice is a fresh copy on every call, so the
// caller may modify it.
func Schema() []byte {
	return bytes.Clone(schemaJSON)
}

// compiled is the schema compiled for validation, built on first use. The
// schema names its own $id, so compiling loads nothing from the network:
// the draft 2020-12 meta-schema is built into the jsonschema package.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	sch, err := c.Compile(SchemaID)
	if err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	return sch, nil
})

// Validate checks one JSON document, a single record such as one line of
// `newsx extract` output, against the schema. It returns nil when the
// document is valid, an error describing every violation (with its JSON
// pointer) when it is not, and an error when doc is not exactly one JSON
// value. Numbers are compared exactly, without a float64 round trip.
//
// The schema is compiled once, on the first call; Validate is safe for
// concurrent use. It is meant for tests of the packages that produce
// records and for `newsx check`.
func Validate(doc []byte) error {
	sch, err := compiled()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("record: not a JSON document: %w", err)
	}
	return sch.Validate(v)
}
