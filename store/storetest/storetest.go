// Package storetest opens real databases for tests: a fresh SQLite file in the test's temporary folder,
// and, when HEARTH_TEST_POSTGRES names a PostgreSQL server, a fresh schema on it. Tests run against both
// engines with ForEachEngine, so the same test proves the same behaviour on each. No test mocks the
// database.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"hearth/store"
)

// PostgresEnv is the environment variable naming the PostgreSQL server tests may use, as a postgres:// URL.
const PostgresEnv = "HEARTH_TEST_POSTGRES"

// Required reports whether the environment demands that every optional dependency of the tests (the
// PostgreSQL server, Chromium) is present: HEARTH_TEST_REQUIRE=all, as CI sets, turns a skip into a failure.
func Required() bool { return os.Getenv("HEARTH_TEST_REQUIRE") == "all" }

// SkipOrFail skips the test with a message naming what to install, or fails it under HEARTH_TEST_REQUIRE=all.
func SkipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if Required() {
		t.Fatalf("%s (HEARTH_TEST_REQUIRE=all forbids skipping)", msg)
	}
	t.Skip(msg)
}

// ForEachEngine runs fn as a subtest named "sqlite" and, when HEARTH_TEST_POSTGRES is set, "postgres", each
// with a freshly migrated empty database.
func ForEachEngine(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLiteDSN(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, PostgresDSN(t)) })
}

// SQLiteDSN returns the path of a new SQLite file in the test's temporary folder.
func SQLiteDSN(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "hearth.db")
}

var schemaSeq atomic.Int64

// PostgresDSN creates a new empty schema on the test PostgreSQL server and returns a DSN whose
// search_path is that schema, so tests never see each other's rows. The schema is dropped when the test
// ends. Without HEARTH_TEST_POSTGRES the test is skipped (or fails under HEARTH_TEST_REQUIRE=all).
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		SkipOrFail(t, "PostgreSQL tests need %s=postgres://USER@HOST:5432/DB (install postgresql and set it)", PostgresEnv)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		SkipOrFail(t, "cannot create a schema on the PostgreSQL server named by %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		db.ExecContext(context.Background(), "DROP SCHEMA "+name+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens (and migrates) the database named by dsn and closes it when the test ends.
func Open(t testing.TB, dsn string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("opening %s: %v", redact(dsn), err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func redact(dsn string) string {
	if i := strings.Index(dsn, "@"); i >= 0 && strings.Contains(dsn[:i], ":") {
		return "postgres://***" + dsn[i:]
	}
	return dsn
}
