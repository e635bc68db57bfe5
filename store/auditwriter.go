package store

import (
	"context"
	"database/sql"
	"sync"

	"hearth"
)

// auditWriter writes the audit entries of reads on SQLite in groups. Every read of a child's record and
// every search writes an audit row before its answer is shown, and SQLite has one writer at a time: with
// each entry in a transaction of its own, fifty people searching at once queue for the write lock, and the
// busy handler's back-off puts hundreds of milliseconds on the slowest of them. One goroutine instead
// takes whatever entries are waiting and writes them in one transaction (group commit). Each caller still
// waits until its entry is committed, so no read is ever shown without its audit row; what changes is that
// one commit serves every read that arrived while the previous commit was being made.
type auditWriter struct {
	start sync.Once
	queue chan auditRequest
	stop  chan struct{}
	done  chan struct{}
	conn  *sql.Conn // the writer's own connection, so it never queues behind readers for one from the pool

	// mu orders queueing against closing: callers queue under the read lock, and the close takes the write
	// lock before stopping the writer, so every entry queued is queued before the writer's last drain.
	mu     sync.RWMutex
	closed bool
}

type auditRequest struct {
	entry AuditEntry
	err   chan error
}

// auditBatch is the most entries written in one transaction.
const auditBatch = 256

// auditGrouped queues e for the writer and waits until it is written.
func (db *DB) auditGrouped(e AuditEntry) error {
	w := &db.auditW
	w.start.Do(func() {
		w.queue, w.stop, w.done = make(chan auditRequest, auditBatch), make(chan struct{}), make(chan struct{})
		db.sql.SetMaxOpenConns(db.sql.Stats().MaxOpenConnections + 1) // the writer's, on top of the readers'
		if conn, err := db.sql.Conn(context.Background()); err == nil {
			w.conn = conn
		}
		go db.writeAudit()
	})
	req := auditRequest{entry: e, err: make(chan error, 1)}
	w.mu.RLock()
	if w.closed {
		w.mu.RUnlock()
		return hearth.Errorf(hearth.EUNAVAILABLE, "the database is closed")
	}
	w.queue <- req // the writer keeps draining until closed is set, so this never waits for ever
	w.mu.RUnlock()
	return <-req.err
}

// writeAudit is the writer goroutine: it runs until the database is closed.
func (db *DB) writeAudit() {
	w := &db.auditW
	defer close(w.done)
	if w.conn != nil {
		defer w.conn.Close()
	}
	batch := make([]auditRequest, 0, auditBatch)
	for {
		select {
		case <-w.stop:
			// Entries queued before the close are still written: their callers are waiting.
			for {
				select {
				case req := <-w.queue:
					db.writeAuditBatch([]auditRequest{req})
				default:
					return
				}
			}
		case req := <-w.queue:
			batch = append(batch[:0], req)
		more:
			for len(batch) < auditBatch {
				select {
				case req := <-w.queue:
					batch = append(batch, req)
				default:
					break more
				}
			}
			db.writeAuditBatch(batch)
		}
	}
}

// writeAuditBatch writes the entries in one transaction and answers each caller. If the transaction
// fails, each entry is tried alone, so one bad entry (an actor whose account does not exist) fails only
// its own read.
func (db *DB) writeAuditBatch(batch []auditRequest) {
	ctx := context.Background()
	err := db.auditTx(ctx, func(tx *sql.Tx) error {
		for _, req := range batch {
			if err := db.audit(ctx, tx, req.entry); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || len(batch) == 1 {
		for _, req := range batch {
			req.err <- err
		}
		return
	}
	for _, req := range batch {
		req.err <- db.auditTx(ctx, func(tx *sql.Tx) error { return db.audit(ctx, tx, req.entry) })
	}
}

// auditTx runs fn in a transaction on the writer's own connection (or, if it could not be had, on one
// from the pool), committing if it returns nil.
func (db *DB) auditTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	conn := db.auditW.conn
	if conn == nil {
		return db.inTx(ctx, fn)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot start writing the audit log")
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// stopAudit stops the writer, after it has written what was queued.
func (db *DB) stopAudit() {
	w := &db.auditW
	w.start.Do(func() { // never started: nothing to wait for, and nothing may start now
		w.stop, w.done = make(chan struct{}), make(chan struct{})
		close(w.done)
	})
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.stop)
	}
	w.mu.Unlock()
	<-w.done
}
