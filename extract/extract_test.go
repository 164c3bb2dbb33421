package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
)

func TestNewChecksOptions(t *testing.T) {
	for _, tt := range []struct {
		opts Options
		ok   bool
	}{
		{Options{}, true},
		{Options{Date: "2025-03-16"}, true},
		{Options{Date: "2025-13-01"}, false},
		{Options{Date: "16 March 2025"}, false},
		{Options{MaxBytes: -1}, false},
	} {
		_, err := New(tt.opts)
		if (err == nil) != tt.ok {
			t.Errorf("New(%+v) err = %v, want ok=%v", tt.opts, err, tt.ok)
		}
	}
}

func inline(data, format string) input.Source {
	return input.Source{ID: "t", Record: record.Source{Kind: record.SourceStdin}, Data: []byte(data), Format: format}
}

func TestExtractMetadata(t *testing.T) {
	p, _ := New(Options{Date: "2025-03-16"})
	ctx := context.Background()

	// Plain text: headline line becomes the title, --date the publication date.
	rec, err := p.Extract(ctx, inline("Bridge reopens after repairs\r\n\r\nThe bridge over the river reopened on Saturday, the city said.\r\n", input.FormatAuto))
	if err != nil {
		t.Fatal(err)
	}
	if deref(rec.Title) != "Bridge reopens after repairs" || deref(rec.Published) != "2025-03-16" || deref(rec.Lang) != "en" {
		t.Errorf("title %v, published %v, lang %v", deref(rec.Title), deref(rec.Published), deref(rec.Lang))
	}
	if rec.Text != "Bridge reopens after repairs\nThe bridge over the river reopened on Saturday, the city said." {
		t.Errorf("text %q", rec.Text)
	}

	// HTML: the page's own date wins over the fallback.
	rec, err = p.Extract(ctx, inline(`<html lang="en-GB"><head><meta property="article:published_time" content="2024-11-02T09:00:00Z"><title>Flood</title></head>
<body><article><p>The river burst its banks overnight and flooded the lower town, the mayor said on Sunday morning.</p></article></body></html>`, input.FormatAuto))
	if err != nil {
		t.Fatal(err)
	}
	if deref(rec.Published) != "2024-11-02T09:00:00Z" || deref(rec.Lang) != "en-GB" || !strings.Contains(rec.Text, "burst its banks") {
		t.Errorf("published %v, lang %v, text %q", deref(rec.Published), deref(rec.Lang), rec.Text)
	}

	// JSON Lines metadata wins over guesses.
	src := inline("Some headline\nThe council met on Tuesday and agreed the budget.", input.FormatText)
	src.Title, src.Published = "Council budget", "2025-01-09"
	rec, _ = p.Extract(ctx, src)
	if deref(rec.Title) != "Council budget" || deref(rec.Published) != "2025-01-09" {
		t.Errorf("title %v, published %v", deref(rec.Title), deref(rec.Published))
	}

	// A JSON Lines date is normalised to ISO 8601; one that is not a date is
	// dropped with a warning, and --date fills in.
	src.Published = "March 5, 2024"
	rec, _ = p.Extract(ctx, src)
	if deref(rec.Published) != "2024-03-05" || len(rec.Warnings) != 0 {
		t.Errorf("published %v, warnings %v", deref(rec.Published), rec.Warnings)
	}
	src.Published = "last week"
	rec, _ = p.Extract(ctx, src)
	if deref(rec.Published) != "2025-03-16" || len(rec.Warnings) != 1 || rec.Warnings[0].Kind != record.WarnBadDate {
		t.Errorf("published %v, warnings %v", deref(rec.Published), rec.Warnings)
	}
}

func TestExtractFailures(t *testing.T) {
	p, _ := New(Options{})
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		src  input.Source
		kind string
	}{
		{"broken source", input.Source{ID: "x", Err: &record.Error{Kind: record.ErrDecode, Message: "bad line"}}, record.ErrDecode},
		{"url without fetcher", input.Source{ID: "http://example.invalid/", URL: "http://example.invalid/"}, record.ErrFetch},
		{"whitespace", inline(" \n\t\n", input.FormatText), record.ErrEmpty},
		{"html without article", inline("<html><body><nav><a href='/'>Home</a></nav></body></html>", input.FormatHTML), record.ErrEmpty},
		{"binary", inline("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", input.FormatAuto), record.ErrDecode},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := p.Extract(ctx, tt.src)
			if err == nil || !IsInputError(err) {
				t.Fatalf("err = %v, want an input error", err)
			}
			if rec == nil || rec.Error == nil || rec.Error.Kind != tt.kind {
				t.Fatalf("record error %+v, want kind %s", rec.Error, tt.kind)
			}
			if rec.Places == nil || rec.Claims == nil || rec.Warnings == nil || rec.Authors == nil {
				t.Errorf("lists must be empty, not nil: %+v", rec)
			}
		})
	}

	// Too large: the cap applies to inline data too.
	small, _ := New(Options{MaxBytes: 10})
	rec, _ := small.Extract(ctx, inline("This text is longer than ten bytes.", input.FormatText))
	if rec.Error == nil || rec.Error.Kind != record.ErrTooLarge {
		t.Errorf("error %+v, want too_large", rec.Error)
	}
}

// A page cut off mid-way keeps the text seen so far and says it may be
// incomplete; invalid UTF-8 is replaced and reported.
func TestExtractDamagedInput(t *testing.T) {
	p, _ := New(Options{})
	ctx := context.Background()
	page := `<html><head><title>Strike</title></head><body><article>
<p>Dock workers at the northern port walked out on Thursday over unpaid wages, their union said.</p>
<p>The port authority said cargo handling had slowed but not stopped, and talks would resume next week.</p>
<p>Union leaders said the strike would go on until every worker had been paid in full and on ti`
	rec, err := p.Extract(ctx, inline(page, input.FormatAuto))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rec.Text, "walked out on Thursday") || len(rec.Warnings) != 1 || rec.Warnings[0].Kind != record.WarnTruncated {
		t.Errorf("text %q, warnings %+v", rec.Text, rec.Warnings)
	}

	rec, err = p.Extract(ctx, inline("Officials in Yaoundé said the road to Douala would reopen on Friday \xff after the landslide was cleared, the minister’s office said.", input.FormatText))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rec.Text, "Friday \ufffd after") || !strings.Contains(rec.Text, "Yaoundé") || len(rec.Warnings) != 1 || rec.Warnings[0].Kind != record.WarnInvalidUTF8 {
		t.Errorf("text %q, warnings %+v", rec.Text, rec.Warnings)
	}
}

func TestExtractEntities(t *testing.T) {
	ctx := context.Background()
	text := "The ministry in Nairobi said Interior Minister Grace Wanjiru would visit Mombasa on Friday."
	plain, _ := New(Options{})
	rec, _ := plain.Extract(ctx, inline(text, input.FormatText))
	if rec.Entities != nil {
		t.Errorf("entities without asking: %+v", rec.Entities)
	}
	withEnts, _ := New(Options{Entities: true})
	rec, _ = withEnts.Extract(ctx, inline(text, input.FormatText))
	if len(rec.Entities) == 0 {
		t.Fatal("no entities")
	}
	runes := []rune(rec.Text)
	for _, e := range rec.Entities {
		if string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("entity %+v does not match its span %q", e, string(runes[e.Start:e.End]))
		}
	}
	// Asked for but none found: an empty list, written as [].
	rec, _ = withEnts.Extract(ctx, inline("it rained all day and then it stopped.", input.FormatText))
	if rec.Entities == nil || len(rec.Entities) != 0 {
		t.Errorf("entities = %#v, want an empty non-nil list", rec.Entities)
	}
}

// A figure attributed to a description of a person ("the state's governor")
// points at that person: the claims stage resolves the description, and the
// casualties stage sees the resolved speaker as an actor mention.
func TestFiguresAttributedThroughDescriptions(t *testing.T) {
	p, _ := New(Options{})
	text := "Governor Amina Yusuf of Kano State visited the market on Monday.\n" +
		"At least 12 people were killed in the blast, as stated by the state's governor on Tuesday."
	rec, err := p.Extract(context.Background(), inline(text, input.FormatText))
	if err != nil {
		t.Fatal(err)
	}
	var governor string
	for _, a := range rec.Actors {
		if a.Name == "Amina Yusuf" {
			governor = a.ID
		}
	}
	if governor == "" || len(rec.Casualties) != 1 || rec.Casualties[0].Count != 12 ||
		rec.Casualties[0].ReportedBy == nil || *rec.Casualties[0].ReportedBy != governor {
		t.Fatalf("actors %+v\ncasualties %+v", rec.Actors, rec.Casualties)
	}
}

func TestNormaliseText(t *testing.T) {
	wrapped := "The storm brought down power lines across three districts on\n" +
		"Sunday night, leaving tens of thousands of homes without electricity\n" +
		"and closing the main road to the airport for several hours.\n" +
		"\n" +
		"Crews worked through the night.\n"
	for _, tt := range []struct{ name, in, want string }{
		{"crlf and blank lines", "One.\r\n\r\n\r\nTwo.\rThree.\n", "One.\nTwo.\nThree."},
		{"spaces and tabs", "  A\t\tline   with\u00a0gaps.  \n", "A line with gaps."},
		{"bom and controls", "\ufeffA\x07 line\u200b.\n", "A line."},
		{"hard wrapped paragraph joined", wrapped,
			"The storm brought down power lines across three districts on Sunday night, leaving tens of thousands of homes without electricity and closing the main road to the airport for several hours.\nCrews worked through the night."},
		{"one paragraph per line kept", "The mayor said the bridge would reopen on Friday after repairs.\nPolice said the road would be closed to lorries until the weekend.\nResidents welcomed the news.",
			"The mayor said the bridge would reopen on Friday after repairs.\nPolice said the road would be closed to lorries until the weekend.\nResidents welcomed the news."},
		{"short lines kept", "Headline\nSub head\nBy A Writer", "Headline\nSub head\nBy A Writer"},
		{"empty", "", ""},
	} {
		if got := normaliseText(tt.in); got != tt.want {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestGuessTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Quake strikes off the coast\nA strong earthquake struck on Monday.", "Quake strikes off the coast"},
		{"A strong earthquake struck on Monday.\nMore text.", ""},
		{"QUETTA, Pakistan — Gunmen attacked a checkpoint\nMore.", ""},
		{"Only one line, no body", ""},
		{"Hi\nBody text follows here.", ""},
	} {
		if got := guessTitle(tt.in); got != tt.want {
			t.Errorf("guessTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGuessLang(t *testing.T) {
	if got := guessLang("The minister said that the talks with the union were going well and a deal was close."); got != "en" {
		t.Errorf("English: %q", got)
	}
	if got := guessLang("Le ministre a déclaré que les négociations avec le syndicat avançaient bien et qu'un accord était proche."); got != "" {
		t.Errorf("French: %q", got)
	}
}
