package main

import (
	"fmt"
	"sort"

	"github.com/newsx/newsx/extract/nlp/ner/internal/engine"
)

// score tags the held-out sentences and returns POS accuracy and entity
// P/R/F1 per type (exact token spans; GEO compared as GPE or LOC).
func score(pos, ner *engine.Model, gaz engine.GazetteerFunc, test []sentence) map[string]string {
	p, err := engine.NewPipeline(pos, ner, gaz)
	if err != nil {
		return map[string]string{"error": err.Error()}
	}
	right, total := 0, 0
	type count struct{ tp, fp, fn int }
	counts := map[string]*count{}
	get := func(t string) *count {
		if counts[t] == nil {
			counts[t] = &count{}
		}
		return counts[t]
	}
	for _, s := range test {
		tags := p.Tag(s.words)
		for i, t := range tags {
			if t == s.pos[i] {
				right++
			}
			total++
		}
		gold := map[[2]int]string{}
		for _, sp := range goldSpans(s.tags) {
			gold[[2]int{sp.Start, sp.End}] = sp.Label
		}
		pred := map[[2]int]string{}
		for _, sp := range p.Spans(s.words) {
			pred[[2]int{sp.Start, sp.End}] = typeOf(sp.Label)
		}
		for k, l := range pred {
			if gold[k] == l {
				get(l).tp++
				get("ALL").tp++
			} else {
				get(l).fp++
				get("ALL").fp++
			}
		}
		for k, l := range gold {
			if pred[k] != l {
				get(l).fn++
				get("ALL").fn++
			}
		}
	}
	out := map[string]string{"pos_accuracy": fmt.Sprintf("%.4f", float64(right)/float64(max(total, 1)))}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := counts[k]
		pr := float64(c.tp) / float64(max(c.tp+c.fp, 1))
		rc := float64(c.tp) / float64(max(c.tp+c.fn, 1))
		f := 0.0
		if pr+rc > 0 {
			f = 2 * pr * rc / (pr + rc)
		}
		out["ner_"+k] = fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d gold)", pr, rc, f, c.tp+c.fn)
		logf("holdout %-6s P %.3f R %.3f F1 %.3f  tp %d fp %d fn %d", k, pr, rc, f, c.tp, c.fp, c.fn)
	}
	logf("holdout POS accuracy %s", out["pos_accuracy"])
	return out
}

// typeOf maps an output label back to the training type.
func typeOf(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "GPE", "LOC":
		return "GEO"
	case "ARTIFACT":
		return "ART"
	case "NATURAL":
		return "NAT"
	}
	return label
}

func goldSpans(tags []string) []engine.Span {
	var out []engine.Span
	for i := 0; i < len(tags); {
		if len(tags[i]) < 2 || tags[i][:2] != "B-" {
			i++
			continue
		}
		t := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+t {
			j++
		}
		out = append(out, engine.Span{Start: i, End: j, Label: t})
		i = j
	}
	return out
}
