package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
