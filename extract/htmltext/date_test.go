package htmltext

import "testing"

func TestNormDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" means no date
	}{
		{"2024-03-02", "2024-03-02"},
		{" 2024-03-02T10:15:00Z ", "2024-03-02T10:15:00Z"},
		{"2024-03-02T10:15:00+0100", "2024-03-02T10:15:00+01:00"},
		{"2024-03-02T10:15:00.123-05:00", "2024-03-02T10:15:00-05:00"},
		{"2024-03-02T10:15+05:30", "2024-03-02T10:15:00+05:30"},
		{"2024-03-02T10:15:00+00:00", "2024-03-02T10:15:00Z"},
		{"2024-03-02 10:15:00 UTC", "2024-03-02T10:15:00Z"},
		{"2024-03-02 10:15:00", "2024-03-02"}, // no zone: the date alone
		{"2024-3-2", "2024-03-02"},
		{"2024/03/02", "2024-03-02"},
		{"20240302", "2024-03-02"},
		{"1709374500", "2024-03-02T10:15:00Z"},
		{"1709374500000", "2024-03-02T10:15:00Z"},
		{"Sat, 02 Mar 2024 10:15:00 GMT", "2024-03-02T10:15:00Z"},
		{"Sat, 02 Mar 2024 10:15:00 +0100", "2024-03-02T10:15:00+01:00"},
		{"Sat, 2 Mar 2024 10:15:00 EST", "2024-03-02T10:15:00-05:00"},
		{"March 2, 2024", "2024-03-02"},
		{"Mar. 2nd, 2024", "2024-03-02"},
		{"2 March 2024", "2024-03-02"},
		{"Published on the 2nd of March 2024", "2024-03-02"},
		{"Updated: March 2, 2024 at 3:04 pm PST", "2024-03-02T15:04:00-08:00"},
		{"March 2, 2024 12:30 AM GMT", "2024-03-02T00:30:00Z"},
		{"02/13/2024", "2024-02-13"},
		{"13.02.2024", "2024-02-13"},
		{"02/03/2024", ""}, // day and month cannot be told apart
		{"2024-02-30", ""},
		{"2024-13-01", ""},
		{"1850-01-01", ""},
		{"2024-03/02", ""},
		{"yesterday", ""},
		{"Marching 2 2024", ""},
		{"", ""},
		{"12345", ""},
	}
	for _, tt := range tests {
		got, ok := normDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("normDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://x.example/2024/03/02/quay-story", "2024-03-02"},
		{"https://x.example/news/2024/3/2/", "2024-03-02"},
		{"https://x.example/quay-2024-03-02.html", "2024-03-02"},
		{"https://x.example/articles/35030/20160214/need-know.htm", "2016-02-14"},
		{"https://x.example/2024/13/02/quay", ""},
		{"https://x.example/story/123456789", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := dateFromURL(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("dateFromURL(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2025-03-16", "2025-03-16"},
		{"March 5, 2024", "2024-03-05"},
		{"Sat, 02 Mar 2024 10:15:00 GMT", "2024-03-02T10:15:00Z"},
		{"2024-03-02T10:15:00+01:00", "2024-03-02T10:15:00+01:00"},
		{"yesterday", ""},
		{"", ""},
	} {
		got, ok := NormalizeDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
