package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
)

// columnsWhere is rowsWhere reading only some columns of T's table (the others stay at their zero
// value): the whole-authority loads of the returns read a few columns of tables whose rows also hold
// long text (a visit's observations, an assessment's analysis), and reading only what they use is most
// of their speed. The columns are named in code, never from input.
func columnsWhere[T any](ctx context.Context, db *DB, cols []string, rest string, args ...any) ([]T, error) {
	var zero T
	info, _, err := tableOf(&zero)
	if err != nil {
		return nil, err
	}
	picked := make([]*column, len(cols))
	for i, name := range cols {
		k, ok := info.byName[name]
		if !ok {
			return nil, fmt.Errorf("store: %s has no column %s", info.Name, name)
		}
		picked[i] = &info.cols[k]
	}
	q := db.rebind(fmt.Sprintf("SELECT %s FROM %s %s", strings.Join(cols, ", "), info.Name, rest))
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", info.Name, err)
	}
	defer rows.Close()
	var out []T
	targets := make([]any, len(picked))
	for rows.Next() {
		out = append(out, zero)
		row := reflect.ValueOf(&out[len(out)-1]).Elem()
		for i, c := range picked {
			targets[i] = scanTarget(c, row)
		}
		if err := rows.Scan(targets...); err != nil {
			return nil, fmt.Errorf("reading %s: %w", info.Name, err)
		}
	}
	return out, rows.Err()
}
