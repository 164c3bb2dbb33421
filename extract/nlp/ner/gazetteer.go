package ner

import "github.com/newsx/newsx/extract/nlp/ner/internal/engine"

// gazetteerHook returns the gazetteer feature function: package
// gazetteer's matches (loaded lazily by that package on first use).
func gazetteerHook() engine.GazetteerFunc { return engine.Gazetteer }
