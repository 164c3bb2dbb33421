package record

import "testing"

// Fail empties the fact lists and drops the warnings about facts, keeping
// those about the input.
func TestFailKeepsInputWarnings(t *testing.T) {
	r := New("x", Source{Kind: SourceStdin})
	r.Casualties = append(r.Casualties, Casualty{ID: "c1"}, Casualty{ID: "c2"})
	r.Warn(WarnInvalidUTF8, "2 bytes replaced")
	r.Warn("casualty_sum_mismatch", "1 + 1 is not 3", "c1", "c2")
	r.Fail(ErrInternal, "boom")
	if len(r.Casualties) != 0 || len(r.Warnings) != 1 || r.Warnings[0].Kind != WarnInvalidUTF8 || r.Error == nil {
		t.Fatalf("after Fail: casualties %v, warnings %+v, error %+v", r.Casualties, r.Warnings, r.Error)
	}
}
