package store_test

import (
	"context"
	"slices"
	"testing"

	"hearth/store"
	"hearth/store/storetest"
)

// TestMigratedDatabaseHasEveryColumn checks, on both engines, that a database brought up to date by the
// migrations has every column of every row struct: the generated first migration leaves out the columns
// that a later, hand-written migration adds (tagged since:"NNNNN"), and this is what says that migration
// exists and adds them.
func TestMigratedDatabaseHasEveryColumn(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		for _, table := range store.TableNames() {
			q := `SELECT name FROM pragma_table_info(?)`
			if db.Engine == store.Postgres {
				q = `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`
			}
			rows, err := db.SQL().QueryContext(ctx, q, table)
			if err != nil {
				t.Fatal(err)
			}
			var have []string
			for rows.Next() {
				var c string
				if err := rows.Scan(&c); err != nil {
					t.Fatal(err)
				}
				have = append(have, c)
			}
			rows.Close()
			for _, c := range store.ColumnsOf(table) {
				if !slices.Contains(have, c) {
					t.Errorf("%s.%s is in the row struct but not in the migrated database", table, c)
				}
			}
		}
	})
}
