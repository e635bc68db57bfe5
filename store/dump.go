package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"hearth"
)

// DumpTable calls line for every row of a table, in id order, with the row written out as text in a form
// that does not depend on the engine (dates as YYYY-MM-DD, times in UTC to the microsecond, true and
// false as 1 and 0), so that the same record in SQLite and in PostgreSQL dumps to the same lines. It is
// how the synthetic authority is shown to be the same on both engines.
func (db *DB) DumpTable(ctx context.Context, table string, line func(string) error) error {
	info, ok := schema().byName[table]
	if !ok {
		return hearth.Errorf(hearth.ENOTFOUND, "there is no table %q", table)
	}
	rows, err := db.sql.QueryContext(ctx, fmt.Sprintf("SELECT %s FROM %s ORDER BY id",
		strings.Join(info.columnNames(), ", "), info.Name))
	if err != nil {
		return err
	}
	defer rows.Close()
	var targets, vals []any
	var b strings.Builder
	for rows.Next() {
		row := reflect.New(info.typ)
		targets = info.scanTargets(row, targets)
		if err := rows.Scan(targets...); err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
		vals = SQLite.args(info.values(row, vals))
		b.Reset()
		for i, v := range vals {
			if i > 0 {
				b.WriteByte('\t')
			}
			fmt.Fprint(&b, v)
		}
		if err := line(b.String()); err != nil {
			return err
		}
	}
	return rows.Err()
}
