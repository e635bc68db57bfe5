package synth

import (
	"context"
	"sync"
	"sync/atomic"

	"hearth/store"
)

// The generator and the writer run side by side: the generator (one goroutine, so ids and random draws
// happen in one fixed order) fills batches of rows and hands them over a bounded channel to the writer,
// which feeds them to store.Bulk. The bound keeps memory flat at national scale; the two goroutines keep
// both cores busy, one making and encoding rows and one inserting them.

// batchRows is how many rows one batch carries across the channel.
const batchRows = 4096

// rowSink receives the rows of a run in the order they must be written: a row after every row it refers
// to.
type rowSink interface {
	add(row any)
	failed() bool
}

// pipeline is the rowSink that writes through store.Bulk in a second goroutine.
type pipeline struct {
	ch    chan store.Encoded
	batch []any
	done  sync.WaitGroup
	mu    sync.Mutex
	err   error // the first error, kept by fail
	bad   atomic.Bool
	bulk  *store.Bulk
}

func newPipeline(ctx context.Context, db *store.DB) (*pipeline, error) {
	bulk, err := db.NewBulkIntoEmpty(ctx)
	if err != nil {
		return nil, err
	}
	p := &pipeline{ch: make(chan store.Encoded, 32), batch: make([]any, 0, batchRows), bulk: bulk}
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		for rows := range p.ch {
			if p.bad.Load() {
				continue // drain, so the generator never blocks on a writer that has stopped
			}
			if ctx.Err() != nil {
				p.fail(ctx.Err())
				continue
			}
			if err := bulk.AddEncoded(rows); err != nil {
				p.fail(err)
			}
		}
	}()
	return p, nil
}

func (p *pipeline) add(row any) {
	p.batch = append(p.batch, row)
	if len(p.batch) == batchRows {
		p.send()
		p.batch = make([]any, 0, batchRows)
	}
}

// send encodes the batch here, in the generator's goroutine, and hands it to the writer.
func (p *pipeline) send() {
	enc, err := p.bulk.Encode(p.batch)
	if err != nil {
		p.fail(err)
		return
	}
	p.ch <- enc
}

func (p *pipeline) failed() bool { return p.bad.Load() }

// fail keeps the first error of either goroutine and stops the writing.
func (p *pipeline) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
	}
	p.bad.Store(true)
}

// close sends what is left, waits for the writer and closes the bulk load, returning the first error.
func (p *pipeline) close() (map[string]int, error) {
	if len(p.batch) > 0 {
		p.send()
		p.batch = nil
	}
	close(p.ch)
	p.done.Wait()
	if p.err != nil {
		p.bulk.Close()
		return nil, p.err
	}
	if err := p.bulk.Close(); err != nil {
		return nil, err
	}
	return p.bulk.Counts(), nil
}

// discard is a rowSink that keeps nothing: it lets the generator be measured and tested without a
// database.
type discard struct{ n int }

func (d *discard) add(any)      { d.n++ }
func (d *discard) failed() bool { return false }
