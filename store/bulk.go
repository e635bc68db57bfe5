package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"reflect"
	"strings"

	"hearth"
)

// Bulk writes many rows fast, for the synthetic authority and imports: batched multi-row INSERTs on
// SQLite, COPY on PostgreSQL. Rows are buffered per table and flushed in dependency order, so a row may
// refer to any row added before it. Rows must carry their own ids (the caller assigns them, which is what
// makes the synthetic authority the same on both engines). Bulk writes no history and no audit entries: it
// is for loading a record, not for changing one.
type Bulk struct {
	db       *DB
	ctx      context.Context
	conn     *sql.Conn
	extra    []*sql.Conn // more connections of a PostgreSQL load into an empty database (bulk_postgres.go)
	buf      map[*tableInfo][][]any
	pending  int
	counts   map[string]int
	stmts    map[insertShape]driver.Stmt // prepared on conn, used only inside conn.Raw
	named    []driver.NamedValue
	inTx     bool
	rebuild  bool        // Close rebuilds the indexes and foreign keys NewBulkIntoEmpty dropped
	recreate []droppable // what they are
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
		stmts: map[insertShape]driver.Stmt{}}, nil
}

// NewBulkIntoEmpty starts a bulk load into a database that holds no record yet, such as a new synthetic
// authority. Building an index once over loaded rows is several times faster than updating it row by row,
// so the secondary indexes (and, on PostgreSQL, the foreign keys) are dropped now and rebuilt by Close,
// which then checks every reference at once. They are read from the database's catalogue rather than the
// row types, so the indexes of hand-written migrations are included. If the load fails, the database is
// left without them: start again with a new database.
func (db *DB) NewBulkIntoEmpty(ctx context.Context) (*Bulk, error) {
	b, err := db.NewBulk(ctx)
	if err != nil {
		return nil, err
	}
	b.rebuild = true
	if b.recreate, err = b.droppable(); err != nil {
		b.conn.Close()
		return nil, fmt.Errorf("preparing the bulk load: %w", err)
	}
	var stmts []string
	for _, d := range b.recreate {
		stmts = append(stmts, d.drop)
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
	if db.Engine == Postgres {
		if err := b.openExtra(); err != nil {
			b.conn.Close()
			return nil, fmt.Errorf("preparing the bulk load: %w", err)
		}
	}
	return b, nil
}

// droppable is an index or foreign key a bulk load into an empty database drops and then recreates.
type droppable struct{ drop, create string }

// droppable lists the secondary indexes (not those that back a primary key or a UNIQUE constraint) and,
// on PostgreSQL, the foreign keys of the database's schema, with the statements that drop and recreate
// each. Foreign keys come last, so that they are recreated after the indexes they may use.
func (b *Bulk) droppable() ([]droppable, error) {
	var q string
	if b.db.Engine == SQLite {
		q = `SELECT 'DROP INDEX ' || name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`
	} else {
		q = `SELECT 'DROP INDEX ' || quote_ident(i.relname), pg_get_indexdef(i.oid)
			FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
			WHERE t.relnamespace = current_schema()::regnamespace
			AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
			UNION ALL
			SELECT 'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT ' || quote_ident(conname),
				'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
			FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
			ORDER BY 1`
	}
	rows, err := b.conn.QueryContext(b.ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var indexes, fks []droppable
	for rows.Next() {
		var d droppable
		if err := rows.Scan(&d.drop, &d.create); err != nil {
			return nil, err
		}
		if strings.HasPrefix(d.drop, "ALTER") {
			fks = append(fks, d)
		} else {
			indexes = append(indexes, d)
		}
	}
	return append(indexes, fks...), rows.Err()
}

// rebuildIndexes recreates what NewBulkIntoEmpty dropped and refreshes the planner's statistics.
func (b *Bulk) rebuildIndexes() error {
	var stmts []string
	for _, d := range b.recreate {
		stmts = append(stmts, d.create)
	}
	if b.extra != nil {
		if err := b.createInParallel(stmts); err != nil {
			return fmt.Errorf("finishing the bulk load: %w", err)
		}
		stmts = nil
	}
	if b.db.Engine == SQLite {
		// The SQLite Hearth is built with (modernc.org/sqlite) keeps sample rows in sqlite_stat4, and a
		// statement whose plan those samples could change is prepared again every time it runs with new
		// arguments: that made loading a child five times slower. The counts in sqlite_stat1 are all the
		// planner needs here, so the samples are thrown away and the statistics reloaded.
		stmts = append(stmts, "PRAGMA synchronous=NORMAL", "ANALYZE", "DELETE FROM sqlite_stat4", "ANALYZE sqlite_schema")
	} else {
		// Only the record's tables (a bare ANALYZE would visit every schema of the database), from a
		// smaller sample than usual: the planner needs the sizes and rough spread, and autovacuum refines
		// them later.
		stmts = append(stmts, "SET default_statistics_target = 20", "ANALYZE "+strings.Join(TableNames(), ", "))
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
	enc, err := b.Encode(rows)
	if err != nil {
		return err
	}
	return b.AddEncoded(enc)
}

// Encoded is a batch of rows turned into the values the database stores, ready for AddEncoded.
type Encoded struct {
	tables []*tableInfo
	values [][]any
}

// Encode turns rows into the values Add would store, without touching the load's state, so a caller
// with rows to spare can encode one batch in its own goroutine while another is being written: the
// synthetic authority does, which keeps both cores busy.
func (b *Bulk) Encode(rows []any) (Encoded, error) {
	enc := Encoded{tables: make([]*tableInfo, 0, len(rows)), values: make([][]any, 0, len(rows))}
	for _, row := range rows {
		info, v, err := tableOf(row)
		if err != nil {
			return Encoded{}, err
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
			return Encoded{}, fmt.Errorf("store: a %s row added in bulk needs its id", info.Name)
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
		enc.tables = append(enc.tables, info)
		enc.values = append(enc.values, b.db.Engine.args(vals))
	}
	return enc, nil
}

// AddEncoded queues a batch made by Encode.
func (b *Bulk) AddEncoded(enc Encoded) error {
	for i, info := range enc.tables {
		b.buf[info] = append(b.buf[info], enc.values[i])
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
	if b.extra != nil {
		return b.flushInParallel()
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
			err = copyRows(b.ctx, b.conn, info, rows)
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

// insertShape is a prepared multi-row INSERT: a table and how many rows one statement carries.
type insertShape struct {
	info *tableInfo
	rows int
}

// insertRows writes rows in statements of the largest prepared size that fits, then smaller ones for the
// rest, so that every statement is parsed once per load rather than once per flush: parsing an INSERT of
// hundreds of rows costs about as much as running it. The statements go straight to the driver, because
// database/sql's checking and converting of every argument is a tenth of the load's time and the values
// from tableInfo.values and Engine.args are already the driver's own types.
func (b *Bulk) insertRows(info *tableInfo, rows [][]any) error {
	return b.conn.Raw(func(dc any) error {
		per := sqliteBatchRows(len(info.cols))
		for len(rows) > 0 {
			n := per
			for _, smaller := range []int{per, 50, 5, 1} {
				if n = min(smaller, per); n <= len(rows) {
					break
				}
			}
			chunk := rows[:n]
			rows = rows[n:]
			b.named = b.named[:0]
			for _, r := range chunk {
				for _, v := range r {
					b.named = append(b.named, driver.NamedValue{Ordinal: len(b.named) + 1, Value: v})
				}
			}
			shape := insertShape{info, n}
			stmt, ok := b.stmts[shape]
			if !ok {
				var err error
				if stmt, err = dc.(driver.ConnPrepareContext).PrepareContext(b.ctx, multiInsert(info, n)); err != nil {
					return err
				}
				b.stmts[shape] = stmt
			}
			if _, err := stmt.(driver.StmtExecContext).ExecContext(b.ctx, b.named); err != nil {
				return err
			}
		}
		return nil
	})
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

// Close flushes what is left and releases the connection. On PostgreSQL it moves each table's id
// sequence past the ids the load used, so rows added later get fresh ids.
func (b *Bulk) Close() error {
	defer b.conn.Close()
	defer b.closeExtra()
	err := b.Flush()
	b.conn.Raw(func(any) error {
		for _, s := range b.stmts {
			s.Close()
		}
		return nil
	})
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
