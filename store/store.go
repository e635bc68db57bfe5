// Package store keeps the record in SQLite or PostgreSQL. It holds all of Hearth's SQL. The tables are
// generated from the row structs of the area packages (see Table), so the same definitions give both
// engines' schemas, the bulk loader used by the synthetic authority and imports, the history kept on every
// amendment, and docs/data-model.md.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"hearth"
)

// DB is an open database of either engine.
type DB struct {
	sql    *sql.DB
	Engine Engine
	// Path is the file of a SQLite database; empty for PostgreSQL.
	Path string
	// Now returns the current time; tests replace it to get known timestamps.
	Now func() time.Time

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt

	auditW auditWriter // SQLite's grouped audit writes
}

// SQL returns the underlying database handle, for packages (such as measures) that run their own reads.
func (db *DB) SQL() *sql.DB { return db.sql }

// ParseDSN says which engine a DSN names and returns what its driver needs: a postgres:// or postgresql://
// URL is PostgreSQL; "sqlite:PATH" or a plain file path is SQLite.
func ParseDSN(dsn string) (Engine, string, error) {
	switch {
	case dsn == "":
		return "", "", hearth.Errorf(hearth.EINVALID, "no database given: pass --db with a file path or a postgres:// URL")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return Postgres, dsn, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		return SQLite, strings.TrimPrefix(dsn, "sqlite:"), nil
	case strings.Contains(dsn, "://"):
		return "", "", hearth.Errorf(hearth.EINVALID, "%q is not a database Hearth can use: give a file path, sqlite:PATH or a postgres:// URL", dsn)
	}
	return SQLite, dsn, nil
}

// Open opens the database named by dsn and brings its schema up to date. A SQLite file is created if it
// does not exist. An unreachable PostgreSQL server gives an EUNAVAILABLE error naming the host.
func Open(ctx context.Context, dsn string) (*DB, error) {
	engine, target, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	db := &DB{Engine: engine, Now: time.Now, stmts: map[string]*sql.Stmt{}}
	switch engine {
	case SQLite:
		db.Path = target
		if dir := filepath.Dir(target); dir != "." {
			if _, err := os.Stat(dir); err != nil {
				return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot create the database %s: the folder %s does not exist", target, dir)
			}
		}
		db.sql, err = sql.Open("sqlite", sqliteDSN(target))
		if err != nil {
			return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot open the SQLite database %s", target)
		}
		// WAL lets any number of readers work beside one writer; more connections than cores only queue.
		db.sql.SetMaxOpenConns(max(4, 2*runtime.NumCPU()))
		db.sql.SetMaxIdleConns(max(4, 2*runtime.NumCPU()))
	case Postgres:
		db.sql, err = sql.Open("pgx", target)
		if err != nil {
			return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot open the PostgreSQL database")
		}
		db.sql.SetMaxOpenConns(max(8, 4*runtime.NumCPU()))
		db.sql.SetMaxIdleConns(max(8, 4*runtime.NumCPU()))
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.sql.PingContext(pingCtx); err != nil {
		db.sql.Close()
		return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot reach the database %s", redactDSN(dsn))
	}
	if err := db.Migrate(ctx); err != nil {
		db.sql.Close()
		return nil, err
	}
	return db, nil
}

// sqliteDSN returns the driver DSN of a SQLite file: foreign keys enforced, write-ahead logging so readers
// never wait for the writer, a busy timeout so two writers queue instead of failing, and transactions that
// take the write lock at BEGIN so a read-then-write transaction cannot deadlock with another.
//
// The page cache is SQLite's default 2 MB per connection, not more. Every page view writes an audit row,
// and any write makes the other connections empty their caches, so a cache never stays warm from one
// request to the next; a large one only costs, because emptying it frees every page it read, and the
// memory allocator of modernc.org/sqlite returns freed memory beyond a few megabytes to the operating
// system (a system call per page) and faults it back in on the next read. With 64 MB the freeing and
// refilling took a third of the processor time of a worker's list of due items; 2 MB made that list,
// the caseload pages, the record page and search all faster (docs/performance.md, "Issue 4: duties").
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)" +
		"&_pragma=synchronous(NORMAL)&_pragma=cache_size(-2000)&_txlock=immediate&_time_format=sqlite"
}

// redactDSN hides a password in a PostgreSQL URL before it goes into a message.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			cred := dsn[i+3 : at]
			if user, _, ok := strings.Cut(cred, ":"); ok {
				return dsn[:i+3] + user + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}

// Close closes the database.
func (db *DB) Close() error {
	db.stopAudit()
	db.stmtMu.Lock()
	for _, s := range db.stmts {
		s.Close()
	}
	db.stmts = map[string]*sql.Stmt{}
	db.stmtMu.Unlock()
	return db.sql.Close()
}

// stmt returns a prepared statement for query, prepared once per DB, because the child's record runs the
// same few dozen queries for every child and preparing them each time would cost more than running them.
func (db *DB) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	if s, ok := db.stmts[query]; ok {
		return s, nil
	}
	s, err := db.sql.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	db.stmts[query] = s
	return s, nil
}

// rebind turns ? placeholders into $1, $2 ... on PostgreSQL, so queries can be written once where the SQL
// is otherwise the same.
func (db *DB) rebind(query string) string {
	if db.Engine != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// now returns the current time at the precision both engines store.
func (db *DB) now() time.Time { return db.Now().UTC().Truncate(time.Microsecond) }

// tableOf returns the table whose rows have the type of row (a struct or a pointer to one).
func tableOf(row any) (*tableInfo, reflect.Value, error) {
	v := reflect.ValueOf(row)
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	info, ok := schema().byType[t]
	if !ok {
		return nil, v, fmt.Errorf("store: %v is not the row type of any table", t)
	}
	return info, v, nil
}

// isNoRows reports whether err means a query found nothing.
func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
