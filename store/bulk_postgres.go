package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// A PostgreSQL load into an empty database has no foreign keys to respect until the end (they are dropped
// and recreated), so its tables can be copied, and its indexes built, on several connections at once: the
// server then uses both cores while the generator waits for neither. Each connection commits its own
// COPYs, which is fine for a load that is thrown away if it fails.

// bulkConnections is how many connections a PostgreSQL load into an empty database uses.
const bulkConnections = 2

// bulkSessionSettings make a load into an empty database faster: no waiting for each commit to reach the
// disk (a crash leaves a database to throw away anyway) and memory to build each index in one pass. They
// last as long as the session, and closeExtra resets them before the connections go back to the pool.
var bulkSessionSettings = []string{"SET synchronous_commit = off", "SET maintenance_work_mem = '256MB'"}

// openExtra opens the load's other connections and applies the session settings to all of them.
func (b *Bulk) openExtra() error {
	for len(b.extra) < bulkConnections-1 {
		c, err := b.db.sql.Conn(b.ctx)
		if err != nil {
			return err
		}
		b.extra = append(b.extra, c)
	}
	for _, c := range b.conns() {
		for _, q := range bulkSessionSettings {
			if _, err := c.ExecContext(b.ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
	}
	return nil
}

// conns returns every connection of the load.
func (b *Bulk) conns() []*sql.Conn { return append([]*sql.Conn{b.conn}, b.extra...) }

// closeExtra resets the session settings and closes the other connections.
func (b *Bulk) closeExtra() {
	if b.extra == nil {
		return
	}
	for _, c := range b.conns() {
		c.ExecContext(context.Background(), "RESET ALL")
	}
	for _, c := range b.extra {
		c.Close()
	}
}

// onConnections runs the jobs on the load's connections, one job per connection at a time, and returns
// every error.
func (b *Bulk) onConnections(jobs []func(*sql.Conn) error) error {
	queue := make(chan func(*sql.Conn) error)
	conns := b.conns()
	errs := make([]error, len(conns))
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Go(func() {
			for job := range queue {
				if errs[i] == nil {
					errs[i] = job(c)
				}
			}
		})
	}
	for _, job := range jobs {
		queue <- job
	}
	close(queue)
	wg.Wait()
	return errors.Join(errs...)
}

// flushInParallel copies every buffered table, the largest first so the connections finish together.
func (b *Bulk) flushInParallel() error {
	var tables []*tableInfo
	for _, info := range schema().list {
		if len(b.buf[info]) > 0 {
			tables = append(tables, info)
		}
	}
	slices.SortStableFunc(tables, func(x, y *tableInfo) int { return cmp.Compare(len(b.buf[y]), len(b.buf[x])) })
	var jobs []func(*sql.Conn) error
	for _, info := range tables {
		rows := b.buf[info]
		jobs = append(jobs, func(c *sql.Conn) error {
			if err := copyRows(b.ctx, c, info, rows); err != nil {
				return fmt.Errorf("loading %s: %w", info.Name, err)
			}
			return nil
		})
	}
	err := b.onConnections(jobs)
	for _, info := range tables {
		b.buf[info] = b.buf[info][:0]
	}
	b.pending = 0
	return err
}

// createInParallel runs the CREATE INDEX statements over the connections, then the rest (the foreign
// keys, which lock the tables they join) one at a time.
func (b *Bulk) createInParallel(stmts []string) error {
	var jobs []func(*sql.Conn) error
	var rest []string
	for _, q := range stmts {
		if !strings.HasPrefix(q, "CREATE") {
			rest = append(rest, q)
			continue
		}
		jobs = append(jobs, func(c *sql.Conn) error {
			if _, err := c.ExecContext(b.ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
			return nil
		})
	}
	if err := b.onConnections(jobs); err != nil {
		return err
	}
	for _, q := range rest {
		if _, err := b.conn.ExecContext(b.ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// copyRows writes rows into a table with COPY.
func copyRows(ctx context.Context, conn *sql.Conn, info *tableInfo, rows [][]any) error {
	return conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		_, err := c.CopyFrom(ctx, pgx.Identifier{info.Name}, info.columnNames(), pgx.CopyFromRows(rows))
		return err
	})
}
