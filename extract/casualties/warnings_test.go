package casualties

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsx/newsx/extract/nlp"
	"github.com/newsx/newsx/extract/record"
)

func TestSumMismatch(t *testing.T) {
	tests := []struct {
		name, text string
		kind       string   // "" for no warning
		refs       []string // with a warning
		inMessage  []string
	}{
		{
			name: "parts by day short of an exact total",
			text: "The army said 60 rebels were killed on Monday, with another 25 killed on Tuesday. " +
				"The governor said 100 rebels were killed in the two-day operation.",
			kind: WarnSumMismatch, refs: []string{"c1", "c2", "c3"},
			inMessage: []string{"60", "25", "= 85", "100"},
		},
		{
			name: "parts by day add up",
			text: "The army said 60 rebels were killed on Monday, with another 40 killed on Tuesday. " +
				"The governor said 100 rebels were killed in the two-day operation.",
		},
		{
			name: "a list of days against an exact total",
			text: "A total of 92 insurgents were killed. Officials said 41 insurgents were killed on Thursday, 27 on Friday and 19 on Saturday.",
			kind: WarnSumMismatch, refs: []string{"c1", "c2", "c3", "c4"},
			inMessage: []string{"41", "27", "19", "= 87", "92"},
		},
		{
			name: "at least allows more",
			text: "At least 80 rebels were killed. The army said 60 rebels were killed on Monday and 25 on Tuesday.",
		},
		{
			name: "at least is broken by a smaller sum",
			text: "At least 90 rebels were killed. The army said 60 rebels were killed on Monday and 25 on Tuesday.",
			kind: WarnSumMismatch, refs: []string{"c1", "c2", "c3"},
		},
		{
			name: "about is too loose to contradict",
			text: "About 100 rebels were killed. The army said 60 rebels were killed on Monday and 25 on Tuesday.",
		},
		{
			name: "close to 50 allows 48, and the total is mixed",
			text: "The attacks left close to 50 individuals dead. The minister said 17 police officers and 31 civilians lost their lives.",
		},
		{
			name: "a running toll is no sum",
			text: "The toll stood at 96 on Sunday and at 151 on Monday. The death toll rose to 212 on Wednesday.",
		},
		{
			name: "figures of other groups are not parts",
			text: "The army said 60 rebels were killed on Monday and 25 soldiers on Tuesday. Officials said 100 rebels were killed.",
		},
		{
			name: "parts without days or places are no parts",
			text: "Officials said 60 rebels and 25 soldiers were killed. Officials said 100 rebels were killed.",
		},
		{
			name: "last year's toll is not this total",
			text: "The army said 60 rebels were killed on Monday, with another 25 killed on Tuesday. " +
				"More than 400 rebels were killed in the province last year.",
		},
	}
	for _, tt := range tests {
		cs, ws := find(tt.text)
		if !checkWarning(t, tt.name, cs, ws, tt.kind, tt.refs) {
			continue
		}
		for _, s := range tt.inMessage {
			if !strings.Contains(ws[0].Message, s) {
				t.Errorf("%s: message %q lacks %q", tt.name, ws[0].Message, s)
			}
		}
	}
}

func TestSumMismatchByPlace(t *testing.T) {
	text := "Officials said 27 people died in Zambezia, 11 in Nampula and five in Sofala. The storm killed 50 people, the agency said."
	in := Input{Published: published}
	for i, p := range []string{"Zambezia", "Nampula", "Sofala"} {
		in.Places = append(in.Places, mention(text, p, "p"+string(rune('1'+i))))
	}
	cs, ws := Find(nlp.Analyze(text), in)
	if len(ws) != 1 || ws[0].Kind != WarnSumMismatch || !strings.Contains(ws[0].Message, "= 43") {
		t.Fatalf("warnings %+v (figures %v)", ws, briefs(cs))
	}
	// the same parts against a total that they make
	text = strings.Replace(text, "50", "43", 1)
	in.Places = in.Places[:0]
	for i, p := range []string{"Zambezia", "Nampula", "Sofala"} {
		in.Places = append(in.Places, mention(text, p, "p"+string(rune('1'+i))))
	}
	if _, ws := Find(nlp.Analyze(text), in); len(ws) != 0 {
		t.Errorf("consistent total: %+v", ws)
	}
}

func TestMixedTotal(t *testing.T) {
	cs, _ := find("The attacks left close to 50 individuals dead. The minister said 17 police officers and 31 civilians lost their lives.")
	if len(cs) != 3 || cs[0].VictimGroup != vgMixed {
		t.Errorf("figures %v", briefs(cs))
	}
	// a total that the parts do not make is not called mixed
	cs, _ = find("The attacks left 80 people dead. The minister said 17 police officers and 31 civilians lost their lives.")
	if len(cs) != 3 || cs[0].VictimGroup == vgMixed {
		t.Errorf("figures %v", briefs(cs))
	}
}

func TestConflictingFigures(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string
		want       bool
	}{
		{
			name: "two sources, a marked comparison",
			text: "The health ministry said 38 civilians were killed in the strike. " +
				"A different figure came from the doctors' union, which said 45 civilians had died.",
			want: true,
		},
		{
			name: "puts the toll at",
			text: "The health ministry said 38 people were killed in the strike. " +
				"The doctors' union puts the death toll at 45.",
			want: true,
		},
		{
			name: "the same source, by actor id",
			text: "The health ministry said 38 civilians were killed in the strike. " +
				"A later figure from the ministry said 45 civilians had died.",
			actors: []string{"health ministry", "ministry said 45"},
			want:   false,
		},
		{
			name: "no mark of a comparison",
			text: "The health ministry said 38 civilians were killed in the strike. " +
				"The doctors' union said 45 civilians had died.",
		},
		{
			name: "an order apart: another count",
			text: "The health ministry said 38 civilians were killed in the strike. " +
				"A different figure came from the UN, which said 3,000 civilians had died in the war.",
		},
		{
			name: "ranges that meet",
			text: "The health ministry said at least 38 civilians were killed in the strike. " +
				"A different figure came from the doctors' union, which said 45 civilians had died.",
		},
		{
			name: "unattributed figures",
			text: "Thirty-eight civilians were killed in the strike. A different figure, 45 civilians, had died.",
		},
		{
			name: "different days",
			text: "The health ministry said 38 civilians were killed on Monday. " +
				"A different figure came from the doctors' union, which said 45 civilians had died on Tuesday.",
		},
	}
	for _, tt := range tests {
		in := Input{Published: published}
		for _, a := range tt.actors {
			m := mention(tt.text, a, "a1") // every listed mention is the same actor
			in.Actors = append(in.Actors, m)
		}
		cs, ws := Find(nlp.Analyze(tt.text), in)
		got := false
		for _, w := range ws {
			if w.Kind == WarnConflicting {
				got = true
				if len(w.Refs) != 2 || !strings.Contains(w.Message, "38") || !strings.Contains(w.Message, "45") {
					t.Errorf("%s: warning %+v", tt.name, w)
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: conflict %v, want %v (figures %v, warnings %+v)", tt.name, got, tt.want, briefs(cs), ws)
		}
	}
}

// checkWarning asserts that ws is empty when kind is "", or holds exactly
// one warning of that kind with those refs. It reports whether the warning
// is there, for callers that check more of it.
func checkWarning(t *testing.T, name string, cs []record.Casualty, ws []record.Warning, kind string, refs []string) bool {
	t.Helper()
	if kind == "" {
		if len(ws) != 0 {
			t.Errorf("%s: unexpected warnings %+v (figures %v)", name, ws, briefs(cs))
		}
		return false
	}
	if len(ws) != 1 || ws[0].Kind != kind {
		t.Errorf("%s: warnings %+v, want one %s (figures %v)", name, ws, kind, briefs(cs))
		return false
	}
	if diff := cmp.Diff(refs, ws[0].Refs); diff != "" {
		t.Errorf("%s: refs (-want +got):\n%s", name, diff)
	}
	return true
}
