// Package view renders newsx records for people rather than programs:
// text summaries for a terminal, GeoJSON for maps, and an annotated HTML
// page.
//
// Text writes one record as a short summary a journalist can read at a
// glance: the headline and the input's details, the record's warnings
// first, then the places, actors, casualty figures (with their
// qualifiers, places, dates and sources spelled out) and the claims,
// grouped by kind. Colour is optional and the caller's decision; text that
// comes from an article is stripped of control characters and escape
// sequences before it reaches the terminal.
//
// GeoJSONWriter gathers the places of a whole run into one RFC 7946
// FeatureCollection: a Point feature per distinct place, merged across
// records, listing the articles that name it and the casualty figures
// reported there. Places without coordinates are counted, not drawn.
//
// The HTML view shows an article's text with its facts marked up in place.
//
// Like the rest of the library, nothing here prints on its own: every
// view writes to the io.Writer it is given and returns the writer's error.
package view
