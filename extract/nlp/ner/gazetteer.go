package ner

import "github.com/newsx/newsx/extract/nlp/ner/internal/engine"

// gazetteerHook returns the gazetteer feature function, nil while no
// gazetteer is linked in.
func gazetteerHook() engine.GazetteerFunc { return nil }
