package htmltext

import "testing"

func TestComputeHint(t *testing.T) {
	tests := []struct {
		class, id string
		want      hint
	}{
		{class: "article-body", want: hint{weight: 25, protect: true}},
		{class: "comment-content", want: hint{weight: 0, boiler: true, comment: true}},
		{class: "ArticleBody-related-coverage", want: hint{weight: 0, boiler: true}},
		{class: "main-content has-sidebar", want: hint{weight: 25, protect: true}},
		{class: "o-section o-section--has-ads", want: hint{}},
		{class: "above-footer", want: hint{}},
		{class: "site-footer", want: hint{weight: -25, layout: true}},
		{class: "sidebar", id: "secondary", want: hint{weight: -25, layout: true}},
		{class: "ad-slot", want: hint{weight: -25, boiler: true}},
		{class: "headline", want: hint{}},
		{class: "story-header", want: hint{weight: 0, layout: true, protect: false, header: true}},
		{class: "share-tools", want: hint{weight: -25, layout: true, minor: true}},
		{class: "wp-caption-text", want: hint{weight: 0, minor: true}},
		{class: "byline", want: hint{weight: -25, minor: true, byline: true}},
		{class: "post-date", want: hint{weight: 25, minor: true, date: true}},
		{class: "comments-area", id: "comments", want: hint{weight: -50, boiler: true, comment: true}},
		{class: "entry-content sr-only", want: hint{weight: 25, protect: true, hidden: true}},
		{class: "Hidden", want: hint{hidden: true}},
	}
	for _, tt := range tests {
		if got := computeHint(tt.class, tt.id); got != tt.want {
			t.Errorf("computeHint(%q, %q) = %+v, want %+v", tt.class, tt.id, got, tt.want)
		}
	}
}

func TestStripModifiers(t *testing.T) {
	for in, want := range map[string]string{
		"has-sidebar":        "",
		"o-section--has-ads": "o-section",
		"no-comments":        "",
		"entry-content":      "entry-content",
		"announcement":       "announcement",
		"show-more-button":   "button",
	} {
		if got := stripModifiers(in); got != want {
			t.Errorf("stripModifiers(%q) = %q, want %q", in, got, want)
		}
	}
}
