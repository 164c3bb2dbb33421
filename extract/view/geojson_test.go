package view

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsx/newsx/extract/record"
)

var geoUpdate = flag.Bool("update-geojson", false, "rewrite testdata/geojson-*.golden from current output")

// geoValidate checks a document against the structure RFC 7946 requires:
// every GeoJSON object has a known "type"; a FeatureCollection has a
// "features" array of Features; a Feature has a "geometry" (a geometry or
// null) and "properties" (an object or null) and an id, if any, that is a
// string or a number; geometries have coordinates of the right depth, with
// positions of two or three numbers, longitude first in [-180, 180] and
// latitude in [-90, 90]; linear rings are closed; no object has a "crs"
// member (removed by RFC 7946, §4) or a member that belongs to another
// type (§7.1); a bbox has 2n numbers.
func geoValidate(data []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	if _, err := dec.Token(); err != io.EOF {
		return []string{"more than one JSON value"}
	}
	v := &geoValidator{}
	v.object("$", doc, nil)
	return v.errs
}

type geoValidator struct{ errs []string }

func (v *geoValidator) fail(path, format string, args ...any) {
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

var geoGeometryTypes = map[string]bool{
	"Point": true, "MultiPoint": true, "LineString": true, "MultiLineString": true,
	"Polygon": true, "MultiPolygon": true, "GeometryCollection": true,
}

// geoForbidden lists, per type, the members of other GeoJSON types that
// it must not carry (RFC 7946 §7.1).
var geoForbidden = map[string][]string{
	"FeatureCollection": {"coordinates", "geometries", "geometry", "properties"},
	"Feature":           {"coordinates", "geometries", "features"},
	"geometry":          {"geometry", "properties", "features"},
}

// object checks a GeoJSON object; want, when not nil, restricts its type.
func (v *geoValidator) object(path string, x any, want map[string]bool) {
	o, ok := x.(map[string]any)
	if !ok {
		v.fail(path, "a GeoJSON object must be a JSON object, have %T", x)
		return
	}
	typ, ok := o["type"].(string)
	if !ok {
		v.fail(path, `"type" missing or not a string`)
		return
	}
	if want != nil && !want[typ] {
		v.fail(path, "type %q is not allowed here", typ)
		return
	}
	if _, ok := o["crs"]; ok {
		v.fail(path, `"crs" member (RFC 7946 §4 removed it)`)
	}
	if b, ok := o["bbox"]; ok {
		v.bbox(path+".bbox", b)
	}
	group := typ
	if geoGeometryTypes[typ] {
		group = "geometry"
	}
	for _, m := range geoForbidden[group] {
		if _, ok := o[m]; ok {
			v.fail(path, "%s must not have a %q member", typ, m)
		}
	}
	switch typ {
	case "FeatureCollection":
		fs, ok := o["features"].([]any)
		if !ok {
			v.fail(path, `FeatureCollection needs a "features" array, have %T`, o["features"])
			return
		}
		for i, f := range fs {
			v.object(fmt.Sprintf("%s.features[%d]", path, i), f, map[string]bool{"Feature": true})
		}
	case "Feature":
		g, ok := o["geometry"]
		switch {
		case !ok:
			v.fail(path, `Feature without a "geometry" member`)
		case g != nil:
			v.object(path+".geometry", g, geoGeometryTypes)
		}
		p, ok := o["properties"]
		if !ok {
			v.fail(path, `Feature without a "properties" member`)
		} else if _, isObj := p.(map[string]any); p != nil && !isObj {
			v.fail(path, "properties must be an object or null, have %T", p)
		}
		if id, ok := o["id"]; ok {
			switch id.(type) {
			case string, json.Number:
			default:
				v.fail(path, "id must be a string or a number, have %T", id)
			}
		}
	case "GeometryCollection":
		gs, ok := o["geometries"].([]any)
		if !ok {
			v.fail(path, `GeometryCollection needs a "geometries" array`)
			return
		}
		for i, g := range gs {
			v.object(fmt.Sprintf("%s.geometries[%d]", path, i), g, geoGeometryTypes)
		}
	case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon":
		c, ok := o["coordinates"]
		if !ok {
			v.fail(path, "%s without coordinates", typ)
			return
		}
		v.coordinates(path+".coordinates", typ, c)
	default:
		v.fail(path, "unknown type %q", typ)
	}
}

func (v *geoValidator) coordinates(path, typ string, c any) {
	switch typ {
	case "Point":
		v.position(path, c)
	case "MultiPoint":
		v.each(path, c, 0, v.position)
	case "LineString":
		v.line(path, c)
	case "MultiLineString":
		v.each(path, c, 0, v.line)
	case "Polygon":
		v.each(path, c, 1, v.ring)
	case "MultiPolygon":
		v.each(path, c, 0, func(p string, x any) { v.each(p, x, 1, v.ring) })
	}
}

// each checks every element of an array of at least min elements.
func (v *geoValidator) each(path string, x any, min int, check func(string, any)) []any {
	list, ok := x.([]any)
	if !ok {
		v.fail(path, "want an array, have %T", x)
		return nil
	}
	if len(list) < min {
		v.fail(path, "want at least %d elements, have %d", min, len(list))
	}
	for i, e := range list {
		check(fmt.Sprintf("%s[%d]", path, i), e)
	}
	return list
}

func (v *geoValidator) line(path string, x any) {
	v.each(path, x, 2, v.position)
}

func (v *geoValidator) ring(path string, x any) {
	list := v.each(path, x, 4, v.position)
	if len(list) >= 4 && fmt.Sprint(list[0]) != fmt.Sprint(list[len(list)-1]) {
		v.fail(path, "linear ring is not closed")
	}
}

func (v *geoValidator) position(path string, x any) {
	list, ok := x.([]any)
	if !ok || len(list) < 2 || len(list) > 3 {
		v.fail(path, "a position is 2 or 3 numbers, have %v", x)
		return
	}
	var nums []float64
	for _, e := range list {
		n, ok := e.(json.Number)
		if !ok {
			v.fail(path, "position element %v is not a number", e)
			return
		}
		f, err := n.Float64()
		if err != nil {
			v.fail(path, "bad number %s", n)
			return
		}
		nums = append(nums, f)
	}
	if nums[0] < -180 || nums[0] > 180 {
		v.fail(path, "longitude %v out of [-180, 180]", nums[0])
	}
	if nums[1] < -90 || nums[1] > 90 {
		v.fail(path, "latitude %v out of [-90, 90]", nums[1])
	}
}

func (v *geoValidator) bbox(path string, x any) {
	list, ok := x.([]any)
	if !ok || len(list) < 4 || len(list)%2 != 0 {
		v.fail(path, "bbox must be 2n numbers, have %v", x)
		return
	}
	for _, e := range list {
		if _, ok := e.(json.Number); !ok {
			v.fail(path, "bbox element %v is not a number", e)
		}
	}
}

func TestGeoValidatorRejects(t *testing.T) {
	ok := `{"type":"FeatureCollection","features":[{"type":"Feature","id":"x","geometry":{"type":"Point","coordinates":[70.5,33.2]},"properties":{"crs":"fine inside properties"}}]}`
	if errs := geoValidate([]byte(ok)); len(errs) > 0 {
		t.Fatalf("valid document rejected: %v", errs)
	}
	bad := map[string]string{
		"not JSON":             `{"type":`,
		"no type":              `{"features":[]}`,
		"unknown type":         `{"type":"Thing"}`,
		"crs":                  `{"type":"FeatureCollection","features":[],"crs":{"type":"name"}}`,
		"features not array":   `{"type":"FeatureCollection","features":{}}`,
		"features missing":     `{"type":"FeatureCollection"}`,
		"feature type wrong":   `{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1,2]}]}`,
		"no geometry":          `{"type":"Feature","properties":null}`,
		"no properties":        `{"type":"Feature","geometry":null}`,
		"properties array":     `{"type":"Feature","geometry":null,"properties":[]}`,
		"id bool":              `{"type":"Feature","id":true,"geometry":null,"properties":null}`,
		"latitude out":         `{"type":"Point","coordinates":[70,95]}`,
		"lat/lon swapped":      `{"type":"Point","coordinates":[-33.9,151.2]}`,
		"longitude out":        `{"type":"Point","coordinates":[-181,0]}`,
		"one number":           `{"type":"Point","coordinates":[1]}`,
		"string coordinate":    `{"type":"Point","coordinates":["1","2"]}`,
		"open ring":            `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}`,
		"short line":           `{"type":"LineString","coordinates":[[0,0]]}`,
		"bad bbox":             `{"type":"Point","coordinates":[0,0],"bbox":[1,2,3]}`,
		"collection as member": `{"type":"Feature","geometry":null,"properties":null,"features":[]}`,
		"two values":           `{"type":"Point","coordinates":[0,0]} {}`,
	}
	for name, doc := range bad {
		if errs := geoValidate([]byte(doc)); len(errs) == 0 {
			t.Errorf("%s: invalid document accepted: %s", name, doc)
		}
	}
}

// geoDoc is the decoded output, for checks on its content.
type geoDoc struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties struct {
			Name       string  `json:"name"`
			Kind       string  `json:"kind"`
			Country    *string `json:"country"`
			Admin1     *string `json:"admin1"`
			GeonamesID *int    `json:"geonames_id"`
			Mentions   int     `json:"mentions"`
			Articles   []struct {
				ID       string  `json:"id"`
				Title    *string `json:"title"`
				PlaceID  string  `json:"place_id"`
				Mentions int     `json:"mentions"`
			} `json:"articles"`
			Casualties []map[string]any `json:"casualties"`
		} `json:"properties"`
	} `json:"features"`
	Newsx struct {
		Articles                 int `json:"articles"`
		PlacesWithoutCoordinates int `json:"places_without_coordinates"`
		Failed                   int `json:"failed"`
	} `json:"newsx"`
}

// geoRun writes recs through a GeoJSONWriter, validates the output and
// decodes it.
func geoRun(t *testing.T, recs ...*record.Record) (geoDoc, []byte) {
	t.Helper()
	var b bytes.Buffer
	g := NewGeoJSON(&b)
	for _, r := range recs {
		g.Add(r)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	if errs := geoValidate(b.Bytes()); len(errs) > 0 {
		t.Fatalf("output is not valid GeoJSON:\n%s\n%s", strings.Join(errs, "\n"), b.String())
	}
	var doc geoDoc
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc, b.Bytes()
}

func geoMentions(n int) []record.Span {
	return make([]record.Span, n)
}

func geoPlace(id, name, country string, lat, lon float64, gn int, mentions int) record.Place {
	p := record.Place{ID: id, Name: name, Kind: "city", Country: record.Str(country), Lat: &lat, Lon: &lon, Mentions: geoMentions(mentions)}
	if gn != 0 {
		p.GeonamesID = &gn
	}
	return p
}

func TestGeoJSONHandBuilt(t *testing.T) {
	r := record.New("a.txt", record.Source{Kind: record.SourceFile, Path: "a.txt"})
	r.Title = record.Str("Quake hits the coast")
	r.Places = []record.Place{
		geoPlace("p1", "Lima", "PE", -12.0432178, -77.0282364, 3936456, 3),
		geoPlace("p2", "Harbour Town", "PE", -13.5, -76.25, 0, 1),
		{ID: "p3", Name: "Colca Valley", Kind: "region", Country: record.Str("PE"), Mentions: geoMentions(2)},
	}
	r.Places[0].Admin1 = record.Str("Lima")
	doc, _ := geoRun(t, r)
	if doc.Type != "FeatureCollection" || len(doc.Features) != 2 {
		t.Fatalf("want a collection of 2 features, have %+v", doc)
	}
	lima, harbour := doc.Features[0], doc.Features[1]
	if lima.ID != "geonames:3936456" {
		t.Errorf("Lima id = %q", lima.ID)
	}
	if want := "place:Harbour Town|PE|-13.5,-76.25"; harbour.ID != want {
		t.Errorf("Harbour Town id = %q, want %q", harbour.ID, want)
	}
	// [lon, lat], rounded to 6 decimals.
	if got, want := lima.Geometry.Coordinates, []float64{-77.028236, -12.043218}; !cmp.Equal(got, want) {
		t.Errorf("Lima coordinates = %v, want %v", got, want)
	}
	p := lima.Properties
	if p.Name != "Lima" || p.Kind != "city" || *p.Country != "PE" || *p.Admin1 != "Lima" || *p.GeonamesID != 3936456 || p.Mentions != 3 {
		t.Errorf("Lima properties = %+v", p)
	}
	if len(p.Articles) != 1 || p.Articles[0].ID != "a.txt" || *p.Articles[0].Title != "Quake hits the coast" ||
		p.Articles[0].PlaceID != "p1" || p.Articles[0].Mentions != 3 {
		t.Errorf("Lima articles = %+v", p.Articles)
	}
	if harbour.Properties.GeonamesID != nil || harbour.Properties.Admin1 != nil {
		t.Errorf("unknown values must be null: %+v", harbour.Properties)
	}
	if doc.Newsx.Articles != 1 || doc.Newsx.PlacesWithoutCoordinates != 1 || doc.Newsx.Failed != 0 {
		t.Errorf("newsx member = %+v", doc.Newsx)
	}
}

func TestGeoJSONMerge(t *testing.T) {
	a := record.New("one", record.Source{Kind: record.SourceJSONL})
	a.Places = []record.Place{
		geoPlace("p1", "Kabul", "AF", 34.52813, 69.17233, 1138958, 2),
		geoPlace("p2", "Camp Alpha", "AF", 34.10001, 69.5, 0, 1),
	}
	b := record.New("two", record.Source{Kind: record.SourceJSONL})
	b.Title = record.Str("Second")
	b.Places = []record.Place{
		geoPlace("p1", "Bagram", "AF", 34.9461, 69.2594, 0, 1),
		// the same GeoNames place, spelt differently and slightly elsewhere
		geoPlace("p2", "Kābul", "AF", 34.5281, 69.1723, 1138958, 5),
		// the same unnamed-in-GeoNames place within 1e-4 degrees
		geoPlace("p3", "Camp Alpha", "AF", 34.100014, 69.499996, 0, 4),
		// same name, other coordinates: another place
		geoPlace("p4", "Camp Alpha", "AF", 35.2, 69.5, 0, 1),
	}
	doc, _ := geoRun(t, a, b)
	var names []string
	for _, f := range doc.Features {
		names = append(names, f.Properties.Name)
	}
	// first appearance decides the order and the attributes
	if want := []string{"Kabul", "Camp Alpha", "Bagram", "Camp Alpha"}; !cmp.Equal(names, want) {
		t.Fatalf("features = %v, want %v", names, want)
	}
	kabul := doc.Features[0].Properties
	if kabul.Mentions != 7 || len(kabul.Articles) != 2 {
		t.Errorf("Kabul: mentions %d, articles %+v; want 7 over both articles", kabul.Mentions, kabul.Articles)
	}
	if got := strings.Join([]string{kabul.Articles[0].ID, kabul.Articles[0].PlaceID, kabul.Articles[1].ID, kabul.Articles[1].PlaceID}, " "); got != "one p1 two p2" {
		t.Errorf("Kabul articles = %s", got)
	}
	if kabul.Articles[0].Title != nil || kabul.Articles[1].Title == nil || *kabul.Articles[1].Title != "Second" {
		t.Errorf("article titles wrong: %+v", kabul.Articles)
	}
	if c := doc.Features[0].Geometry.Coordinates; !cmp.Equal(c, []float64{69.17233, 34.52813}) {
		t.Errorf("merged place moved to %v", c)
	}
	camp := doc.Features[1].Properties
	if camp.Mentions != 5 || len(camp.Articles) != 2 {
		t.Errorf("Camp Alpha not merged by name, country and coordinates: %+v", camp)
	}
	if doc.Features[1].ID == doc.Features[3].ID {
		t.Errorf("distinct places share the id %q", doc.Features[1].ID)
	}
	if doc.Newsx.Articles != 2 {
		t.Errorf("articles = %d, want 2", doc.Newsx.Articles)
	}
}

func TestGeoJSONCasualties(t *testing.T) {
	r := record.New("c.txt", record.Source{Kind: record.SourceFile})
	r.Places = []record.Place{
		geoPlace("p1", "Bannu", "PK", 32.98527, 70.60403, 1183460, 4),
		geoPlace("p2", "Peshawar", "PK", 34.008, 71.57849, 1168197, 1),
		{ID: "p3", Name: "Jani Khel", Kind: "other", Mentions: geoMentions(1)},
	}
	r.Actors = []record.Actor{{ID: "a1", Name: "Inter-Services Public Relations", Kind: "organization"}}
	r.Casualties = []record.Casualty{
		{ID: "c1", Count: 37, Min: txtPtr(37), Max: txtPtr(37), Outcome: "injured", Victims: "wounded people",
			VictimGroup: "civilians", Where: record.Str("p1"), ReportedBy: record.Str("a1"),
			When: &record.When{Text: "on Friday", Date: record.Str("2025-03-14")}, Evidence: record.Span{Text: "37 wounded people"}},
		{ID: "c2", Count: 24, Min: txtPtr(24), Max: txtPtr(99), Approximate: true, Qualifier: record.Str("dozens"),
			Outcome: "killed", Victims: "militants", VictimGroup: "militants", Where: record.Str("p1"),
			When: &record.When{Text: "last week"}, Evidence: record.Span{Text: "dozens of militants"}},
		{ID: "c3", Count: 3, Outcome: "killed", Victims: "children", Where: record.Str("p3"), Evidence: record.Span{Text: "three children"}},
		{ID: "c4", Count: 4, Outcome: "killed", Victims: "policemen", Evidence: record.Span{Text: "four policemen"}},
	}
	doc, _ := geoRun(t, r)
	if len(doc.Features) != 2 {
		t.Fatalf("want 2 features, have %d", len(doc.Features))
	}
	bannu, peshawar := doc.Features[0].Properties, doc.Features[1].Properties
	if len(peshawar.Casualties) != 0 {
		t.Errorf("Peshawar has figures of other places: %v", peshawar.Casualties)
	}
	if len(bannu.Casualties) != 2 {
		t.Fatalf("Bannu casualties = %v, want c1 and c2", bannu.Casualties)
	}
	want := []map[string]any{
		{"article": "c.txt", "id": "c1", "count": 37.0, "min": 37.0, "max": 37.0, "approximate": false, "qualifier": nil,
			"outcome": "injured", "victims": "wounded people", "victim_group": "civilians", "when": "2025-03-14",
			"reported_by": "Inter-Services Public Relations", "evidence": "37 wounded people"},
		{"article": "c.txt", "id": "c2", "count": 24.0, "min": 24.0, "max": 99.0, "approximate": true, "qualifier": "dozens",
			"outcome": "killed", "victims": "militants", "victim_group": "militants", "when": "last week",
			"reported_by": nil, "evidence": "dozens of militants"},
	}
	if diff := cmp.Diff(want, bannu.Casualties); diff != "" {
		t.Errorf("Bannu casualties (-want +got):\n%s", diff)
	}
	if doc.Newsx.PlacesWithoutCoordinates != 1 {
		t.Errorf("places without coordinates = %d, want 1", doc.Newsx.PlacesWithoutCoordinates)
	}
}

func TestGeoJSONFailedAndEmpty(t *testing.T) {
	failed := record.New("missing.txt", record.Source{Kind: record.SourceFile})
	failed.Fail(record.ErrRead, "no such file")
	empty := record.New("empty.txt", record.Source{Kind: record.SourceFile})
	for _, tt := range []struct {
		name      string
		recs      []*record.Record
		articles  int
		failedRec int
	}{
		{"nothing", nil, 0, 0},
		{"no places", []*record.Record{empty}, 1, 0},
		{"failed", []*record.Record{failed}, 1, 1},
		{"failed and empty", []*record.Record{failed, empty, nil}, 2, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, raw := geoRun(t, tt.recs...)
			var top struct{ Features json.RawMessage }
			if err := json.Unmarshal(raw, &top); err != nil || strings.Join(strings.Fields(string(top.Features)), "") != "[]" {
				t.Errorf("want an empty features array:\n%s", raw)
			}
			if doc.Newsx.Articles != tt.articles || doc.Newsx.Failed != tt.failedRec {
				t.Errorf("newsx = %+v, want %d articles, %d failed", doc.Newsx, tt.articles, tt.failedRec)
			}
		})
	}
}

func TestGeoJSONInvalidCoordinates(t *testing.T) {
	r := record.New("x", record.Source{Kind: record.SourceFile})
	r.Places = []record.Place{
		geoPlace("p1", "Nowhere", "", 95, 10, 0, 1),
		geoPlace("p2", "Elsewhere", "", 10, 190, 0, 1),
		geoPlace("p3", "Edge", "", -90, 180, 0, 1),
		{ID: "p4", Name: "Half", Kind: "city", Lat: new(float64), Mentions: geoMentions(1)},
	}
	doc, _ := geoRun(t, r)
	if len(doc.Features) != 1 || doc.Features[0].Properties.Name != "Edge" || doc.Newsx.PlacesWithoutCoordinates != 3 {
		t.Errorf("want only Edge drawn and 3 places counted out, have %+v", doc)
	}
}

func TestGeoJSONWriterLifecycle(t *testing.T) {
	var b bytes.Buffer
	g := NewGeoJSON(&b)
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	n := b.Len()
	g.Add(record.New("late", record.Source{Kind: record.SourceFile}))
	if err := g.Close(); err == nil {
		t.Error("second Close: no error")
	}
	if b.Len() != n {
		t.Error("second Close wrote again")
	}
	if err := NewGeoJSON(txtBrokenWriter{}).Close(); err == nil {
		t.Error("writer error not returned")
	}
}

// TestGeoJSONFixtures builds a collection from every fixture's golden
// records (real pipeline output) and checks that it validates, that each
// point sits at its place's lon/lat, and that mentions and the places left
// out add up.
func TestGeoJSONFixtures(t *testing.T) {
	fixtures := txtFixtures(t)
	names := make([]string, 0, len(fixtures))
	for name := range fixtures {
		names = append(names, name)
	}
	sort.Strings(names)
	var all []*record.Record
	for _, name := range names {
		recs := fixtures[name]
		for _, r := range recs {
			c := *r // fixtures reuse ids such as input.txt: make them unique
			c.ID = name + "/" + r.ID
			all = append(all, &c)
		}
		t.Run(name, func(t *testing.T) {
			doc, _ := geoRun(t, recs...)
			geoCheckAgainst(t, doc, recs)
		})
	}
	t.Run("all", func(t *testing.T) {
		doc, first := geoRun(t, all...)
		geoCheckAgainst(t, doc, all)
		if _, again := geoRun(t, all...); !bytes.Equal(first, again) {
			t.Error("output differs between two runs")
		}
	})
}

func geoCheckAgainst(t *testing.T, doc geoDoc, recs []*record.Record) {
	t.Helper()
	type ref struct{ article, place string }
	at := map[ref]int{} // (article, place id) → feature index
	for i, f := range doc.Features {
		sum := 0
		for _, a := range f.Properties.Articles {
			at[ref{a.ID, a.PlaceID}] = i
			sum += a.Mentions
		}
		if sum != f.Properties.Mentions {
			t.Errorf("%s: mentions %d, but its articles add up to %d", f.ID, f.Properties.Mentions, sum)
		}
		if len(f.Geometry.Coordinates) != 2 {
			t.Errorf("%s: coordinates %v", f.ID, f.Geometry.Coordinates)
		}
	}
	noCoords := map[string]bool{}
	failed := 0
	for _, r := range recs {
		if r.Error != nil {
			failed++
			continue
		}
		for _, pl := range r.Places {
			i, ok := at[ref{r.ID, pl.ID}]
			if pl.Lat == nil || pl.Lon == nil {
				if ok {
					t.Errorf("%s/%s %s has no coordinates but is drawn", r.ID, pl.ID, pl.Name)
				}
				noCoords[pl.Name] = true
				continue
			}
			if !ok {
				t.Errorf("%s/%s %s is missing", r.ID, pl.ID, pl.Name)
				continue
			}
			c := doc.Features[i].Geometry.Coordinates
			if math.Abs(c[0]-*pl.Lon) > 5e-7 || math.Abs(c[1]-*pl.Lat) > 5e-7 {
				t.Errorf("%s/%s %s at %v, want [lon %v, lat %v]", r.ID, pl.ID, pl.Name, c, *pl.Lon, *pl.Lat)
			}
		}
		for _, c := range r.Casualties {
			if c.Where == nil {
				continue
			}
			for _, pl := range r.Places {
				if pl.ID != *c.Where || pl.Lat == nil {
					continue
				}
				found := false
				for _, fc := range doc.Features[at[ref{r.ID, pl.ID}]].Properties.Casualties {
					found = found || (fc["article"] == r.ID && fc["id"] == c.ID)
				}
				if !found {
					t.Errorf("%s: casualty %s not under %s", r.ID, c.ID, pl.Name)
				}
			}
		}
	}
	if doc.Newsx.Articles != len(recs) || doc.Newsx.Failed != failed || doc.Newsx.PlacesWithoutCoordinates != len(noCoords) {
		t.Errorf("newsx = %+v, want %d articles, %d failed, %d places without coordinates",
			doc.Newsx, len(recs), failed, len(noCoords))
	}
}

func TestGeoJSONGolden(t *testing.T) {
	const name = "jsonl-mixed-briefs"
	_, got := geoRun(t, txtFrozen(t, name)...)
	path := filepath.Join("testdata", "geojson-"+name+".golden")
	if *geoUpdate {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with go test ./extract/view -run TestGeoJSONGolden -update-geojson)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s\nif intended: go test ./extract/view -run TestGeoJSONGolden -update-geojson", path, diff)
	}
}
