package extract

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
)

// textSources yields n inline text sources; every seventh is broken.
func textSources(n int, pulled *atomic.Int64) iter.Seq[input.Source] {
	return func(yield func(input.Source) bool) {
		for i := range n {
			if pulled != nil {
				pulled.Add(1)
			}
			src := input.Source{
				ID:     fmt.Sprintf("doc-%d", i),
				Record: record.Source{Kind: record.SourceJSONL, Path: "-"},
				Data:   []byte(fmt.Sprintf("Report number %d: officials in the capital said on Monday that the bridge would reopen.", i)),
				Format: input.FormatText,
			}
			if i%7 == 3 {
				src.Data = nil
				src.Err = &record.Error{Kind: record.ErrDecode, Message: "not JSON"}
			}
			if !yield(src) {
				return
			}
		}
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	p, _ := New(Options{TextOnly: true})
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			next, failed := 0, 0
			err := p.Run(context.Background(), textSources(300, nil), workers, func(r Result) error {
				if want := fmt.Sprintf("doc-%d", next); r.Record.ID != want {
					return fmt.Errorf("record %q arrived where %q was due", r.Record.ID, want)
				}
				if (next%7 == 3) != (r.Err != nil) || (r.Err != nil && r.Record.Error == nil) {
					return fmt.Errorf("%s: err=%v record error=%v", r.Record.ID, r.Err, r.Record.Error)
				}
				if r.Err == nil && !strings.Contains(r.Record.Text, fmt.Sprintf("number %d:", next)) {
					return fmt.Errorf("%s: wrong text %q", r.Record.ID, r.Record.Text)
				}
				if r.Err != nil {
					failed++
				}
				next++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if next != 300 || failed != 43 {
				t.Fatalf("emitted %d records (%d failed), want 300 (43 failed)", next, failed)
			}
		})
	}
}

// TestRunStreams checks that sources are pulled only a bounded distance
// ahead of the output, so memory stays flat on 100,000 inputs.
func TestRunStreams(t *testing.T) {
	p, _ := New(Options{TextOnly: true})
	var pulled atomic.Int64
	const n = 100_000
	emitted, maxAhead := 0, int64(0)
	err := p.Run(context.Background(), textSources(n, &pulled), 2, func(r Result) error {
		emitted++
		maxAhead = max(maxAhead, pulled.Load()-int64(emitted))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if emitted != n {
		t.Fatalf("emitted %d, want %d", emitted, n)
	}
	// window (4 per worker) + one job per worker + one in the producer's hand
	if limit := int64(2*4 + 2 + 2); maxAhead > limit {
		t.Fatalf("pulled up to %d sources ahead of the output; want at most %d", maxAhead, limit)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	p, _ := New(Options{TextOnly: true})
	var pulled atomic.Int64
	boom := errors.New("stdout closed")
	n := 0
	err := p.Run(context.Background(), textSources(10_000, &pulled), 4, func(r Result) error {
		n++
		if n == 5 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	if n != 5 || pulled.Load() > 100 {
		t.Fatalf("emitted %d, pulled %d after the output failed", n, pulled.Load())
	}
}

func TestRunCancelled(t *testing.T) {
	p, _ := New(Options{TextOnly: true})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := p.Run(ctx, textSources(10_000, nil), 2, func(r Result) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n > 3+2*4+2 {
		t.Fatalf("emitted %d records after cancelling", n)
	}
}

// A panic in a stage becomes an internal error record for that input; the
// batch goes on.
func TestExtractRecoversFromPanics(t *testing.T) {
	saved := stages
	t.Cleanup(func() { stages = saved })
	stages = append(append([]func(*article){}, saved...), func(a *article) {
		if strings.Contains(a.rec.Text, "number 5:") {
			panic("stage bug")
		}
	})
	p, _ := New(Options{})
	var errs []string
	err := p.Run(context.Background(), textSources(10, nil), 2, func(r Result) error {
		if r.Err != nil {
			errs = append(errs, r.Record.ID+" "+r.Record.Error.Kind)
			if r.Record.Text != "" || len(r.Record.Places) != 0 {
				t.Errorf("failed record keeps content: %+v", r.Record)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "doc-3 decode,doc-5 internal"
	if got := strings.Join(errs, ","); got != want {
		t.Fatalf("errors %q, want %q", got, want)
	}
}
