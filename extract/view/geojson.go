package view

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"

	"github.com/newsx/newsx/extract/record"
)

// GeoJSONWriter collects the places of many records into one RFC 7946
// FeatureCollection.
//
// Each distinct place becomes one Point feature. Places are the same when
// they have the same GeoNames id or, without one, the same name, country
// and coordinates (rounded to 1e-4 degrees). A feature's properties hold
// the place's name, kind, country, admin1 and geonames_id as first seen,
// the total number of mentions, the articles that name it
// ({id, title, place_id, mentions}) and the casualty figures whose where
// is that place. Features keep the order in which their places first
// appeared.
//
// Places without coordinates cannot be drawn: they are left out and
// counted in the collection's "newsx" member, a foreign member as RFC 7946
// §6.1 allows, together with the number of records and of failed records:
//
//	"newsx": {"articles": 3, "places_without_coordinates": 1, "failed": 1}
//
// The zero value is not usable; call NewGeoJSON. A GeoJSONWriter is not
// safe for concurrent use.
type GeoJSONWriter struct {
	w        io.Writer
	features []*geoFeature
	index    map[string]*geoFeature
	noCoords map[string]bool // keys of places without usable coordinates
	articles int
	failed   int
	closed   bool
}

// NewGeoJSON returns a writer that writes its FeatureCollection to w when
// it is closed.
func NewGeoJSON(w io.Writer) *GeoJSONWriter {
	return &GeoJSONWriter{w: w, index: map[string]*geoFeature{}, noCoords: map[string]bool{}}
}

// Add adds the places of one record. Call it once per record, in input
// order. A failed record adds no places but is counted; a nil record and
// records added after Close are ignored.
func (g *GeoJSONWriter) Add(rec *record.Record) {
	if rec == nil || g.closed {
		return
	}
	g.articles++
	if rec.Error != nil {
		g.failed++
		return
	}
	byID := map[string]*geoFeature{} // this record's place ids → features
	for _, pl := range rec.Places {
		key, ok := geoKey(pl)
		if !ok {
			g.noCoords[key] = true
			continue
		}
		f := g.index[key]
		if f == nil {
			f = geoNewFeature(key, pl)
			g.index[key] = f
			g.features = append(g.features, f)
		}
		f.Properties.Mentions += len(pl.Mentions)
		f.Properties.Articles = append(f.Properties.Articles, geoArticle{
			ID:       rec.ID,
			Title:    geoStr(rec.Title),
			PlaceID:  pl.ID,
			Mentions: len(pl.Mentions),
		})
		if _, seen := byID[pl.ID]; !seen {
			byID[pl.ID] = f
		}
	}
	for _, c := range rec.Casualties {
		if c.Where == nil {
			continue
		}
		f := byID[*c.Where]
		if f == nil {
			continue // an unknown place, or one without coordinates
		}
		f.Properties.Casualties = append(f.Properties.Casualties, geoCasualty{
			Article:     rec.ID,
			ID:          c.ID,
			Count:       c.Count,
			Min:         geoInt(c.Min),
			Max:         geoInt(c.Max),
			Approximate: c.Approximate,
			Qualifier:   geoStr(c.Qualifier),
			Outcome:     c.Outcome,
			Victims:     c.Victims,
			VictimGroup: c.VictimGroup,
			When:        geoWhen(c.When),
			ReportedBy:  geoActorName(rec, c.ReportedBy),
			Evidence:    c.Evidence.Text,
		})
	}
}

// Close writes the FeatureCollection followed by a newline, one feature
// per line so that the file stays readable and diffs well. It is valid
// GeoJSON even when no place was added. Close returns the writer's error;
// calling it a second time is an error.
func (g *GeoJSONWriter) Close() error {
	if g.closed {
		return errors.New("view: GeoJSON writer already closed")
	}
	g.closed = true
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep names with & < > readable
	buf.WriteString(`{"type":"FeatureCollection","features":[`)
	for i, f := range g.features {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
		if err := enc.Encode(f); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
	}
	buf.WriteString("\n],\"newsx\":")
	if err := enc.Encode(geoSummary{
		Articles:                 g.articles,
		PlacesWithoutCoordinates: len(g.noCoords),
		Failed:                   g.failed,
	}); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1)
	buf.WriteString("}\n")
	_, err := g.w.Write(buf.Bytes())
	return err
}

type geoSummary struct {
	Articles                 int `json:"articles"`
	PlacesWithoutCoordinates int `json:"places_without_coordinates"`
	Failed                   int `json:"failed"`
}

type geoFeature struct {
	Type       string        `json:"type"`
	ID         string        `json:"id"`
	Geometry   geoPoint      `json:"geometry"`
	Properties geoProperties `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // longitude, latitude (RFC 7946 §3.1.1)
}

type geoProperties struct {
	Name       string        `json:"name"`
	Kind       string        `json:"kind"`
	Country    *string       `json:"country"`
	Admin1     *string       `json:"admin1"`
	GeonamesID *int          `json:"geonames_id"`
	Mentions   int           `json:"mentions"`
	Articles   []geoArticle  `json:"articles"`
	Casualties []geoCasualty `json:"casualties"`
}

type geoArticle struct {
	ID       string  `json:"id"`
	Title    *string `json:"title"`
	PlaceID  string  `json:"place_id"`
	Mentions int     `json:"mentions"`
}

type geoCasualty struct {
	Article     string  `json:"article"`
	ID          string  `json:"id"`
	Count       int     `json:"count"`
	Min         *int    `json:"min"`
	Max         *int    `json:"max"`
	Approximate bool    `json:"approximate"`
	Qualifier   *string `json:"qualifier"`
	Outcome     string  `json:"outcome"`
	Victims     string  `json:"victims"`
	VictimGroup string  `json:"victim_group"`
	When        *string `json:"when"`        // the date, or the words when there is none
	ReportedBy  *string `json:"reported_by"` // the actor's name
	Evidence    string  `json:"evidence"`
}

func geoNewFeature(key string, pl record.Place) *geoFeature {
	return &geoFeature{
		Type: "Feature",
		ID:   key,
		Geometry: geoPoint{
			Type:        "Point",
			Coordinates: [2]float64{geoRound(*pl.Lon, 1e6), geoRound(*pl.Lat, 1e6)},
		},
		Properties: geoProperties{
			Name:       pl.Name,
			Kind:       pl.Kind,
			Country:    geoStr(pl.Country),
			Admin1:     geoStr(pl.Admin1),
			GeonamesID: geoInt(pl.GeonamesID),
			Articles:   []geoArticle{},
			Casualties: []geoCasualty{},
		},
	}
}

// geoKey is the identity of a place across records, also used as its
// feature id: "geonames:<id>", or "place:<name>|<country>|<lat>,<lon>" with
// coordinates rounded to 1e-4 degrees. ok is false for a place that cannot
// be a point: no coordinates, or coordinates out of range.
func geoKey(pl record.Place) (key string, ok bool) {
	ok = pl.Lat != nil && pl.Lon != nil && geoValid(*pl.Lat, 90) && geoValid(*pl.Lon, 180)
	if pl.GeonamesID != nil {
		return "geonames:" + strconv.Itoa(*pl.GeonamesID), ok
	}
	key = "place:" + pl.Name + "|"
	if pl.Country != nil {
		key += *pl.Country
	}
	if ok {
		key += "|" + geoFormat(geoRound(*pl.Lat, 1e4)) + "," + geoFormat(geoRound(*pl.Lon, 1e4))
	}
	return key, ok
}

func geoValid(v, limit float64) bool {
	return !math.IsNaN(v) && v >= -limit && v <= limit
}

// geoRound rounds v to 1/scale; it never returns negative zero.
func geoRound(v, scale float64) float64 {
	r := math.Round(v*scale) / scale
	if r == 0 {
		return 0
	}
	return r
}

func geoFormat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// geoWhen is the time of a figure: its date, or the words when the date
// could not be resolved.
func geoWhen(w *record.When) *string {
	switch {
	case w == nil:
		return nil
	case w.Date != nil:
		return geoStr(w.Date)
	case w.Text != "":
		return geoStr(&w.Text)
	}
	return nil
}

// geoActorName resolves an actor id of rec to the actor's name; an id that
// names no actor is kept as it is.
func geoActorName(rec *record.Record, id *string) *string {
	if id == nil {
		return nil
	}
	for i := range rec.Actors {
		if rec.Actors[i].ID == *id {
			return geoStr(&rec.Actors[i].Name)
		}
	}
	return geoStr(id)
}

// geoStr and geoInt copy a nullable value, so that the collection does not
// share memory with the records it was built from.
func geoStr(s *string) *string {
	if s == nil {
		return nil
	}
	v := *s
	return &v
}

func geoInt(n *int) *int {
	if n == nil {
		return nil
	}
	v := *n
	return &v
}
