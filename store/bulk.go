package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"hearth"
)

// Bulk writes many rows fast, for the synthetic authority and imports: batched multi-row INSERTs on
// SQLite, COPY on PostgreSQL. Rows are buffered per table and flushed in dependency order, so a row may
// refer to any row added before it. Rows must carry their own ids (the caller assigns them, which is what
// makes the synthetic authority the same on both engines). Bulk writes no history and no audit entries: it
// is for loading a record, not for changing one.
type Bulk struct {
	db      *DB
	ctx     context.Context
	conn    *sql.Conn
	buf     map[*tableInfo][][]any
	pending int
	counts  map[string]int
	stmts   map[*tableInfo]*sql.Stmt
	inTx    bool
	rebuild bool // Close rebuilds the indexes and foreign keys NewBulkIntoEmpty dropped
}

// bulkFlushRows is how many rows Bulk holds before writing them; large enough to amortise each
// statement and commit, small enough to keep memory flat at national scale.
const bulkFlushRows = 100_000

// NewBulk starts a bulk load on one dedicated connection.
func (db *DB) NewBulk(ctx context.Context) (*Bulk, error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot start loading the database")
	}
	return &Bulk{db: db, ctx: ctx, conn: conn, buf: map[*tableInfo][][]any{}, counts: map[string]int{},
		stmts: map[*tableInfo]*sql.Stmt{}}, nil
}

// NewBulkIntoEmpty starts a bulk load into a database that holds no record yet, such as a new synthetic
// authority. Building an index once over loaded rows is several times faster than updating it row by row,
// so the secondary indexes (and, on PostgreSQL, the foreign keys) are dropped now and rebuilt by Close,
// which then checks every reference at once. If the load fails, the database is left without them: start
// again with a new database.
func (db *DB) NewBulkIntoEmpty(ctx context.Context) (*Bulk, error) {
	b, err := db.NewBulk(ctx)
	if err != nil {
		return nil, err
	}
	b.rebuild = true
	var stmts []string
	for _, info := range schema().list {
		for _, ix := range info.indexes() {
			stmts = append(stmts, "DROP INDEX IF EXISTS "+ix.name)
		}
		if db.Engine == Postgres {
			for _, fk := range info.foreignKeys() {
				stmts = append(stmts, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT IF EXISTS %s", info.Name, fk.name))
			}
		}
	}
	if db.Engine == SQLite {
		// A crash part-way through leaves a database to throw away anyway, so skip the flushes to disk.
		stmts = append(stmts, "PRAGMA synchronous=OFF")
	}
	for _, q := range stmts {
		if _, err := b.conn.ExecContext(ctx, q); err != nil {
			b.conn.Close()
			return nil, fmt.Errorf("preparing the bulk load: %s: %w", q, err)
		}
	}
	return b, nil
}

// rebuildIndexes recreates what NewBulkIntoEmpty dropped and refreshes the planner's statistics.
func (b *Bulk) rebuildIndexes() error {
	var stmts []string
	for _, info := range schema().list {
		for _, ix := range info.indexes() {
			stmts = append(stmts, ix.create)
		}
		if b.db.Engine == Postgres {
			for _, fk := range info.foreignKeys() {
				stmts = append(stmts, fk.create)
			}
		}
	}
	if b.db.Engine == SQLite {
		stmts = append(stmts, "PRAGMA synchronous=NORMAL", "ANALYZE")
	} else {
		stmts = append(stmts, "ANALYZE")
	}
	for _, q := range stmts {
		if _, err := b.conn.ExecContext(b.ctx, q); err != nil {
			return fmt.Errorf("finishing the bulk load: %s: %w", q, err)
		}
	}
	return nil
}

// Add queues rows (row structs or pointers to them) for writing. A row with no version, status or
// recorder is stored as version 1, active, recorded by the system user.
func (b *Bulk) Add(rows ...any) error {
	for _, row := range rows {
		info, v, err := tableOf(row)
		if err != nil {
			return err
		}
		if info.prepares {
			if v.Kind() != reflect.Pointer {
				p := reflect.New(info.typ)
				p.Elem().Set(v)
				v = p
			}
			prepare(v)
		}
		vals := info.values(v, make([]any, 0, len(info.cols)))
		if vals[0] == int64(0) {
			return fmt.Errorf("store: a %s row added in bulk needs its id", info.Name)
		}
		if vals[1] == int64(0) {
			vals[1] = int64(1)
		}
		if vals[2] == nil {
			vals[2] = string(hearth.StatusActive)
		}
		if vals[5] == nil {
			vals[5] = int64(hearth.SystemUserID)
		}
		b.buf[info] = append(b.buf[info], b.db.Engine.args(vals))
		b.pending++
		b.counts[info.Name]++
	}
	if b.pending >= bulkFlushRows {
		return b.Flush()
	}
	return nil
}

// Counts returns how many rows of each table have been added.
func (b *Bulk) Counts() map[string]int { return b.counts }

// Flush writes every buffered row, parents before children, and commits.
func (b *Bulk) Flush() error {
	if b.pending == 0 {
		return nil
	}
	if _, err := b.conn.ExecContext(b.ctx, "BEGIN"); err != nil {
		return err
	}
	b.inTx = true
	for _, info := range schema().list {
		rows := b.buf[info]
		if len(rows) == 0 {
			continue
		}
		var err error
		if b.db.Engine == Postgres {
			err = b.copyRows(info, rows)
		} else {
			err = b.insertRows(info, rows)
		}
		if err != nil {
			b.conn.ExecContext(context.Background(), "ROLLBACK")
			b.inTx = false
			return fmt.Errorf("loading %s: %w", info.Name, err)
		}
		b.buf[info] = rows[:0]
	}
	b.pending = 0
	b.inTx = false
	if _, err := b.conn.ExecContext(b.ctx, "COMMIT"); err != nil {
		return err
	}
	return nil
}

// sqliteBatchRows returns how many rows one INSERT carries: as many as SQLite's limit of 32,766 bound
// parameters allows, up to 500, beyond which longer statements stop paying.
func sqliteBatchRows(ncols int) int { return min(500, 32766/ncols) }

func (b *Bulk) insertRows(info *tableInfo, rows [][]any) error {
	per := sqliteBatchRows(len(info.cols))
	args := make([]any, 0, per*len(info.cols))
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		args = args[:0]
		for _, r := range chunk {
			args = append(args, r...)
		}
		var err error
		if len(chunk) == per {
			stmt, ok := b.stmts[info]
			if !ok {
				stmt, err = b.conn.PrepareContext(b.ctx, multiInsert(info, per))
				if err != nil {
					return err
				}
				b.stmts[info] = stmt
			}
			_, err = stmt.ExecContext(b.ctx, args...)
		} else {
			_, err = b.conn.ExecContext(b.ctx, multiInsert(info, len(chunk)), args...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// multiInsert returns an INSERT of n rows into a table.
func multiInsert(info *tableInfo, n int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "INSERT INTO %s (%s) VALUES ", info.Name, strings.Join(info.columnNames(), ","))
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", len(info.cols)), ",") + ")"
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(one)
	}
	return sb.String()
}

func (b *Bulk) copyRows(info *tableInfo, rows [][]any) error {
	return b.conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		_, err := c.CopyFrom(b.ctx, pgx.Identifier{info.Name}, info.columnNames(), pgx.CopyFromRows(rows))
		return err
	})
}

// Close flushes what is left and releases the connection. On PostgreSQL it moves each table's id
// sequence past the ids the load used, so rows added later get fresh ids.
func (b *Bulk) Close() error {
	defer b.conn.Close()
	err := b.Flush()
	for _, s := range b.stmts {
		s.Close()
	}
	if err != nil {
		return err
	}
	if b.rebuild {
		if err := b.rebuildIndexes(); err != nil {
			return err
		}
	}
	if b.db.Engine != Postgres {
		return nil
	}
	for name := range b.counts {
		q := fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT COALESCE(MAX(id), 1) FROM %s))", name, name)
		if _, err := b.conn.ExecContext(b.ctx, q); err != nil {
			return err
		}
	}
	return nil
}
