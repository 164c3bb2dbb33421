package extract

import (
	"context"
	"iter"
	"runtime"
	"sync"

	"github.com/newsx/newsx/extract/input"
	"github.com/newsx/newsx/extract/record"
)

// Result is one input's outcome in a batch run: the record (never nil) and,
// when the input failed, an *InputError.
type Result struct {
	Record *record.Record
	Err    error
}

// Run extracts every source with the given number of parallel workers
// (0 means one per CPU) and calls emit for each result in source order.
//
// Memory stays bounded however many sources there are: sources are pulled
// from the sequence only as fast as results are emitted, with a window of a
// few results per worker. Input failures do not stop the run; they arrive at
// emit as results with Err set. If emit returns an error (say, the output was
// closed), Run stops pulling sources, waits for the workers and returns that
// error. Cancelling ctx stops the run the same way and returns ctx.Err().
func (p *Pipeline) Run(parent context.Context, sources iter.Seq[input.Source], workers int, emit func(Result) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	type job struct {
		src  input.Source
		slot chan Result
	}
	window := workers * 4
	order := make(chan chan Result, window) // results in source order, at most window waiting
	jobs := make(chan job)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // producer: pulls sources lazily
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		for src := range sources {
			slot := make(chan Result, 1)
			select {
			case order <- slot:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{src, slot}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec, err := p.Extract(ctx, j.src)
				j.slot <- Result{Record: rec, Err: err} // buffered: never blocks
			}
		}()
	}

	var runErr error
	for slot := range order {
		var res Result
		select {
		case res = <-slot:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		if err := emit(res); err != nil {
			runErr = err
			break
		}
	}
	cancel()
	// Let the producer and workers see the cancellation and finish; drain
	// what the producer may still be handing over.
	go func() {
		for range order {
		}
	}()
	wg.Wait()
	if runErr == nil && parent.Err() != nil {
		runErr = parent.Err()
	}
	return runErr
}
