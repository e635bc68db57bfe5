package main

import (
	"path/filepath"
	"strings"
	"testing"

	"hearth/store"
	"hearth/store/storetest"
)

func TestMigrate(t *testing.T) {
	dsns := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "hearth.db") },
		"postgres": func(t *testing.T) string { return storetest.PostgresDSN(t) },
	}
	for engine, newDSN := range dsns {
		t.Run(engine, func(t *testing.T) {
			dsn := newDSN(t)
			for i := 1; i <= 2; i++ { // the second run has nothing to do and says so just the same
				r := runHearth(t, "", "migrate", "--db", dsn)
				r.mustSucceed(t, "hearth migrate")
				if !strings.Contains(r.stdout, "is up to date") {
					t.Errorf("run %d: hearth migrate does not say the schema is up to date:\n%s", i, r.stdout)
				}
			}
			db := storetest.Open(t, dsn)
			for _, table := range store.TableNames() {
				if _, err := db.SQL().Exec("SELECT COUNT(*) FROM " + table); err != nil {
					t.Errorf("after hearth migrate the table %s cannot be read: %v", table, err)
				}
			}
		})
	}
}
