package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

// TestLaterTablesAndColumnsAreMigrated checks that each table and column added after the first migration
// (Table.Since, a since tag) is created by the hand-written migration it names, on both engines, exactly
// as the row struct describes it, so that a database made new and one brought up to date have the same
// schema. A later column must be optional: rows already in the table have no value for it.
func TestLaterTablesAndColumnsAreMigrated(t *testing.T) {
	for _, e := range []Engine{SQLite, Postgres} {
		read := func(since string) string {
			t.Helper()
			files, err := filepath.Glob(filepath.Join("migrations", string(e), since+"_*.sql"))
			if err != nil || len(files) != 1 {
				t.Fatalf("%s: want one migration %s_*.sql, found %v (%v)", e, since, files, err)
			}
			b, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		for _, info := range schema().list {
			if info.Since != "" {
				if want := e.laterTable(info); !strings.Contains(read(info.Since), want) {
					t.Errorf("%s: migration %s does not create %s as its struct says; it should contain:\n%s", e, info.Since, info.Name, want)
				}
			}
			for _, c := range info.cols {
				if c.Since == "" {
					continue
				}
				if info.Since != "" {
					t.Errorf("%s.%s: a column of a table made after the first migration needs no since tag", info.Name, c.Name)
				}
				if c.NotNull {
					t.Errorf("%s.%s: a column added to a table in use cannot be required", info.Name, c.Name)
				}
				if want := e.addColumn(info, c); !strings.Contains(read(c.Since), want) {
					t.Errorf("%s: migration %s does not add %s.%s as its struct says; it should contain:\n%s", e, c.Since, info.Name, c.Name, want)
				}
			}
		}
	}
}

// TestMigration00008UpgradesADatabaseInUse brings a database made by the migrations before 00008, with
// an account in it, up to date, as an organisation's database would be at upgrade: the account keeps
// working, with no agency, and the default threshold levels are there. It runs on both engines.
func TestMigration00008UpgradesADatabaseInUse(t *testing.T) {
	for _, e := range []Engine{SQLite, Postgres} {
		t.Run(string(e), func(t *testing.T) {
			dsn := upgradeTestDSN(t, e)
			_, target, err := ParseDSN(dsn)
			if err != nil {
				t.Fatal(err)
			}
			driver, dir, dialect := "sqlite", "migrations/sqlite", goose.DialectSQLite3
			if e == Postgres {
				driver, dir, dialect = "pgx", "migrations/postgres", goose.DialectPostgres
			} else {
				target = sqliteDSN(target)
			}
			raw, err := sql.Open(driver, target)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			fsys, _ := fs.Sub(migrations, dir)
			p, err := goose.NewProvider(dialect, raw, fsys)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if _, err := p.UpTo(ctx, 5); err != nil {
				t.Fatal(err)
			}
			q := `INSERT INTO users (recorded_at, recorded_by, name, email, role, active) VALUES (?, 1, 'Sam', 'sam@example.org', 'practitioner', ?)`
			args := []any{e.arg(time.Now()), e.arg(true)}
			if e == Postgres {
				q = strings.NewReplacer("?, 1", "$1, 1", "', ?)", "', $2)").Replace(q)
			}
			if _, err := raw.ExecContext(ctx, q, args...); err != nil {
				t.Fatal(err)
			}
			db, err := Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			u, err := db.UserByEmail(ctx, "sam@example.org")
			if err != nil || u.Agency != "" || u.Name != "Sam" {
				t.Fatalf("the account after the upgrade: %+v, %v", u, err)
			}
			levels, err := db.ThresholdLevels(ctx)
			if err != nil || len(levels) != 4 {
				t.Fatalf("threshold levels after the upgrade: %d, %v", len(levels), err)
			}
		})
	}
}

// upgradeTestDSN returns a DSN of a new empty database of engine e: a file in the test's folder, or a
// new schema on the server HEARTH_TEST_POSTGRES names (storetest does this for the other tests, but it
// imports this package, so this test cannot use it).
func upgradeTestDSN(t *testing.T, e Engine) string {
	t.Helper()
	if e == SQLite {
		return filepath.Join(t.TempDir(), "upgrade.db")
	}
	base := os.Getenv("HEARTH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("HEARTH_TEST_REQUIRE") == "all" {
			t.Fatal("PostgreSQL tests need HEARTH_TEST_POSTGRES (HEARTH_TEST_REQUIRE=all forbids skipping)")
		}
		t.Skip("PostgreSQL tests need HEARTH_TEST_POSTGRES=postgres://USER@HOST:5432/DB")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("upgrade_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := admin.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec("DROP SCHEMA " + name + " CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", name)
	u.RawQuery = v.Encode()
	return u.String()
}
