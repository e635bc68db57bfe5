package store

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite generated files (the first migration of each engine)")

// TestMigrationsAreGenerated checks that the first migration of each engine is what the row structs say.
// Run `go test ./store -run TestMigrationsAreGenerated -update` after changing a row struct.
func TestMigrationsAreGenerated(t *testing.T) {
	for _, e := range []Engine{SQLite, Postgres} {
		path := filepath.Join("migrations", string(e), "00001_record.sql")
		want := e.initialMigration(schema().list)
		if *update {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s is out of date with the row structs: run go test ./store -run TestMigrationsAreGenerated -update", path)
		}
	}
}

// TestTablesAreInDependencyOrder checks that every reference points to an earlier table or to the table
// itself, which the bulk loader relies on when it flushes tables in order. recorded_by is the exception:
// teams and workers come before users, and are recorded by the system user that the first migration makes.
func TestTablesAreInDependencyOrder(t *testing.T) {
	seen := map[string]bool{}
	for _, info := range schema().list {
		seen[info.Name] = true
		for _, c := range info.cols {
			if c.Ref != "" && !seen[c.Ref] && c.Name != "recorded_by" {
				t.Errorf("%s.%s refers to %s, which comes later (or does not exist)", info.Name, c.Name, c.Ref)
			}
		}
	}
}

// TestDataModelIsGenerated checks that docs/data-model.md is what the row structs say.
func TestDataModelIsGenerated(t *testing.T) {
	path := filepath.Join("..", "docs", "data-model.md")
	want := DataModel()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with the row structs: run go test ./store -run TestDataModelIsGenerated -update", path)
	}
}
