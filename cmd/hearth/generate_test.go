package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"hearth/store"
	"hearth/store/storetest"
)

// generateSQLite runs hearth generate into a new SQLite file and returns the file and the run.
func generateSQLite(t *testing.T, args ...string) (string, result) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "authority.db")
	return db, generateInto(t, db, args...)
}

// generateInto runs hearth generate into the database db and fails the test unless it succeeds.
func generateInto(t *testing.T, db string, args ...string) result {
	t.Helper()
	r := runHearth(t, "", append([]string{"generate", "--db", db}, args...)...)
	r.mustSucceed(t, "hearth generate "+strings.Join(args, " "))
	return r
}

// summaryCounts reads the per-table row counts from the summary hearth generate prints, and the total.
func summaryCounts(t *testing.T, out string) (map[string]int, int) {
	t.Helper()
	counts, total := map[string]int{}, -1
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "  ") {
			continue
		}
		f := strings.Fields(line)
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil {
			continue
		}
		name := strings.Join(f[:len(f)-1], " ")
		if name == "total rows" {
			total = n
		} else {
			counts[name] = n
		}
	}
	if len(counts) == 0 || total < 0 {
		t.Fatalf("no table counts and total in the summary:\n%s", out)
	}
	return counts, total
}

// openSQLite opens a generated file read-only through database/sql, the way an analyst would.
func openSQLite(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db.SQL()
}

func TestGenerateMakesTheAuthorityItReports(t *testing.T) {
	t.Parallel()
	path, r := generateSQLite(t, "--size", "small", "--seed", "7", "--reference-date", "2025-03-31")
	if !strings.Contains(r.stdout, "size small, seed 7") || !strings.Contains(r.stdout, "to 2025-03-31") {
		t.Errorf("the summary does not give the size, seed and reference date:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "The synthetic authority is in "+path) {
		t.Errorf("the summary does not say where the authority is:\n%s", r.stdout)
	}
	counts, total := summaryCounts(t, r.stdout)
	db := openSQLite(t, path)
	sum := 0
	for table, want := range counts {
		var got int
		if err := db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&got); err != nil {
			t.Errorf("counting %s: %v", table, err)
			continue
		}
		// The system user is made by the migration, not by generate.
		if table == "users" {
			got--
		}
		if got != want {
			t.Errorf("%s holds %d rows; the summary says %d", table, got, want)
		}
		sum += want
	}
	if sum != total {
		t.Errorf("the table counts add up to %d; the summary's total is %d", sum, total)
	}
	for _, table := range []string{"person", "department", "professionals"} {
		if counts[table] == 0 {
			t.Errorf("the summary reports no %s rows:\n%s", table, r.stdout)
		}
	}
	if _, err := os.Stat(path + ".manifest.csv"); err == nil {
		t.Errorf("a manifest was written without --errors")
	}
}

func TestGenerateIsTheSameForTheSameSeed(t *testing.T) {
	t.Parallel()
	args := []string{"--seed", "42", "--reference-date", "2025-03-31"}
	dir := t.TempDir()
	paths := [2]string{filepath.Join(dir, "first.db"), filepath.Join(dir, "second.db")}
	var outs [2]string
	t.Run("generate twice", func(t *testing.T) {
		for i := range paths {
			t.Run(filepath.Base(paths[i]), func(t *testing.T) {
				t.Parallel()
				outs[i] = generateInto(t, paths[i], args...).stdout
			})
		}
	})
	if t.Failed() {
		return
	}
	if a, b := withoutTiming(outs[0]), withoutTiming(outs[1]); a != b {
		t.Errorf("the same seed printed different summaries:\n%s\n%s", a, b)
	}
	sameRows(t, openSQLite(t, paths[0]), openSQLite(t, paths[1]))
}

// TestGenerateIsTheSameOnPostgres makes the same authority in SQLite and in PostgreSQL and compares every
// row of every table of the record, written out in a form that does not depend on the engine.
func TestGenerateIsTheSameOnPostgres(t *testing.T) {
	t.Parallel()
	args := []string{"--seed", "7", "--reference-date", "2025-03-31"}
	pg := storetest.PostgresDSN(t)
	path := filepath.Join(t.TempDir(), "authority.db")
	generateInto(t, path, args...)
	generateInto(t, pg, args...)
	ctx := context.Background()
	dbs := [2]*store.DB{}
	for i, dsn := range []string{path, pg} {
		db, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dbs[i] = db
	}
	compared := 0
	for _, table := range store.TableNames() {
		var dumps [2][]string
		for i, db := range dbs {
			if err := db.DumpTable(ctx, table, func(line string) error {
				dumps[i] = append(dumps[i], line)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		if len(dumps[0]) != len(dumps[1]) {
			t.Errorf("%s: %d rows in SQLite and %d in PostgreSQL", table, len(dumps[0]), len(dumps[1]))
			continue
		}
		compared += len(dumps[0])
		for i := range dumps[0] {
			if dumps[0][i] != dumps[1][i] {
				t.Errorf("%s differs at row %d:\nSQLite     %s\nPostgreSQL %s", table, i+1, dumps[0][i], dumps[1][i])
				break
			}
		}
	}
	if compared < 100_000 {
		t.Errorf("only %d rows were compared; a small authority has hundreds of thousands", compared)
	}
}

var timingRE = regexp.MustCompile(`made in [^\n]*|is in [^\n]*`)

func withoutTiming(s string) string { return timingRE.ReplaceAllString(s, "") }

// sameRows compares every row of every table of two databases, in id order, and reports the first
// difference in each table. The migration tool's own table is left out (it records when it ran), and so is
// the audit log's time of each entry, which is when the work was done rather than part of the record.
func sameRows(t *testing.T, a, b *sql.DB) {
	t.Helper()
	tables := tableList(t, a)
	if other := tableList(t, b); !reflect.DeepEqual(tables, other) {
		t.Fatalf("the databases have different tables: %v and %v", tables, other)
	}
	for _, name := range store.TableNames() {
		if !contains(tables, name) {
			t.Errorf("the database has no table %s", name)
		}
	}
	for _, table := range tables {
		ra := tableRows(t, a, table)
		rb := tableRows(t, b, table)
		if len(ra) != len(rb) {
			t.Errorf("%s: %d rows and %d rows", table, len(ra), len(rb))
			continue
		}
		for i := range ra {
			if ra[i] != rb[i] {
				t.Errorf("%s differs at row %d:\n%s\n%s", table, i+1, ra[i], rb[i])
				break
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// tableList returns the tables of a SQLite database, by name.
func tableList(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name <> 'goose_db_version' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// tableRows returns every row of a table in id order, each as its column values written out.
// columnNumbers returns "1", "2", ... for each column of a table, to order by all of them.
func columnNumbers(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query("SELECT * FROM " + table + " LIMIT 0")
	if err != nil {
		t.Fatalf("reading %s: %v", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	nums := make([]string, len(cols))
	for i := range cols {
		nums[i] = strconv.Itoa(i + 1)
	}
	return nums
}

// writtenAt names, for the tables whose rows say when the generation (or the migration that made the
// database) ran rather than a time the seed drew, that column: the same seed run twice differs there
// and nowhere else.
var writtenAt = map[string]string{"audit_log": "at", "child_population": "recorded_at"}

func tableRows(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	// Ordered by every column, so tables without an id column (sessions, drafts) compare too.
	rows, err := db.Query("SELECT * FROM " + table + " ORDER BY " + strings.Join(columnNumbers(t, db, table), ", "))
	if err != nil {
		t.Fatalf("reading %s: %v", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var out []string
	var b strings.Builder
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("reading %s: %v", table, err)
		}
		b.Reset()
		for i, v := range vals {
			if cols[i] == writtenAt[table] {
				continue
			}
			if bs, ok := v.([]byte); ok {
				v = string(bs)
			}
			fmt.Fprintf(&b, "%s=%v ", cols[i], v)
		}
		out = append(out, b.String())
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("reading %s: %v", table, err)
	}
	return out
}

func TestGenerateWithErrorsWritesTheManifest(t *testing.T) {
	t.Parallel()
	path, r := generateSQLite(t, "--seed", "3", "--errors", "0.05", "--reference-date", "2025-03-31")
	manifest := path + ".manifest.csv"
	if !strings.Contains(r.stdout, manifest) {
		t.Errorf("hearth generate does not say where the manifest is:\n%s", r.stdout)
	}
	m := regexp.MustCompile(`Injected (\d+) rule breaches`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("the summary does not say how many breaches were injected:\n%s", r.stdout)
	}
	n, _ := strconv.Atoi(m[1])
	if n == 0 {
		t.Errorf("--errors 0.05 injected no breaches")
	}
	f, err := os.Open(manifest)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("the manifest is not CSV: %v", err)
	}
	if len(records) != n+1 {
		t.Errorf("the manifest has %d rows after its header; the summary says %d breaches", len(records)-1, n)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestGenerateRefusesADatabaseThatHoldsPeople(t *testing.T) {
	t.Parallel()
	path, _ := generateSQLite(t, "--seed", "5", "--reference-date", "2025-03-31")
	r := runHearth(t, "", "generate", "--db", path, "--seed", "6")
	if r.code == 0 {
		t.Fatalf("a second generate into the same database succeeded:\n%s", r.stdout)
	}
	if r.stderr == "" {
		t.Errorf("a second generate into the same database failed without saying why")
	}
}
