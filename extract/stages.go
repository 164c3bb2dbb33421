package extract

import (
	"github.com/newsx/newsx/extract/actors"
	"github.com/newsx/newsx/extract/casualties"
	"github.com/newsx/newsx/extract/claims"
	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/nlp/ner"
	"github.com/newsx/newsx/extract/places"
	"github.com/newsx/newsx/extract/record"
)

// article is what the extractor stages share for one input.
type article struct {
	rec       *record.Record
	doc       *nlp.Doc
	published string // publication date (ISO), "" when unknown
	entities  bool   // copy the raw entity mentions into the record
	ents      []ner.Entity
}

// stages are the extractors run after the NLP stage, in order; each fills
// its own part of the record. Later stages may read what earlier ones
// found (places leave out actor names; claims resolve speakers to actors;
// casualties point at places and at the actors their figures are
// attributed to), never the other way round.
var stages = []func(*article){
	findEntities,
	findActors,
	findPlaces,
	findClaims,
	findCasualties,
}

func findEntities(a *article) {
	a.ents = ner.Entities(a.doc)
	if a.entities {
		out := make([]record.Entity, 0, len(a.ents))
		for _, e := range a.ents {
			out = append(out, record.Entity{Text: e.Text, Start: e.Start, End: e.End, Label: e.Label})
		}
		a.rec.Entities = out
	}
}

func findActors(a *article) {
	a.rec.Actors = actors.Find(a.doc, a.ents)
}

func findPlaces(a *article) {
	a.rec.Places = places.Find(a.doc, places.Input{Entities: a.ents, Exclude: actors.Spans(a.rec.Actors)})
}

func findCasualties(a *article) {
	in := casualties.Input{Published: a.published}
	for _, p := range a.rec.Places {
		for _, m := range p.Mentions {
			in.Places = append(in.Places, casualties.Mention{ID: p.ID, Kind: p.Kind, Name: p.Name, Start: m.Start, End: m.End})
		}
	}
	kinds := map[string]string{}
	for _, ac := range a.rec.Actors {
		kinds[ac.ID] = ac.Kind
		for _, m := range ac.Mentions {
			in.Actors = append(in.Actors, casualties.Mention{ID: ac.ID, Kind: ac.Kind, Start: m.Start, End: m.End})
		}
	}
	// Speakers the claims stage resolved through descriptions and pronouns
	// ("as stated by the province's chief minister" → the chief minister
	// the article names) are actor mentions too, for attribution.
	for _, k := range a.rec.Claims {
		if k.SpeakerID != nil && k.SpeakerSpan != nil {
			in.Actors = append(in.Actors, casualties.Mention{ID: *k.SpeakerID, Kind: kinds[*k.SpeakerID], Start: k.SpeakerSpan.Start, End: k.SpeakerSpan.End})
		}
	}
	cs, warns := casualties.Find(a.doc, in)
	a.rec.Casualties = cs
	a.rec.Warnings = append(a.rec.Warnings, warns...)
}

func findClaims(a *article) {
	cs, added := claims.Find(a.doc, a.ents, a.rec.Actors)
	a.rec.Claims = cs
	a.rec.Actors = append(a.rec.Actors, added...)
}
