package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"hearth"
)

// ChildRecord is everything recorded about one child: the person row and the rows of every table that
// belongs to a child's record, including rows recorded in error (which the pages show struck through).
type ChildRecord struct {
	Person hearth.Person
	tables map[string]any // table name -> []RowType
}

// Rows returns the child's rows of the table whose row type is T, in the order they were recorded.
func Rows[T any](r *ChildRecord) []T {
	info, ok := schema().byType[reflect.TypeFor[T]()]
	if !ok {
		panic(fmt.Sprintf("store: %v is not the row type of any table", reflect.TypeFor[T]()))
	}
	rows, _ := r.tables[info.Name].([]T)
	return rows
}

// Count returns how many rows of each table the record holds, by table name.
func (r *ChildRecord) Count() map[string]int {
	out := map[string]int{}
	for name, rows := range r.tables {
		out[name] = reflect.ValueOf(rows).Len()
	}
	return out
}

// LoadChild reads a child's whole record, every table, and writes the read to the audit log with the
// actor and reason. It is the one way the pages, the API and exports read a child's record, so no read
// escapes the audit.
func (db *DB) LoadChild(ctx context.Context, actor hearth.Actor, personID hearth.ID, reason string) (*ChildRecord, error) {
	r := &ChildRecord{tables: map[string]any{}}
	person := reflect.ValueOf(&r.Person)
	if err := db.getRow(ctx, db.sql, schema().byName["person"], personID, person); err != nil {
		return nil, err
	}
	present, err := db.childTablesWithRows(ctx, personID)
	if err != nil {
		return nil, fmt.Errorf("reading %d's record: %w", personID, err)
	}
	for i, info := range childTables() {
		if present&(1<<i) == 0 {
			continue
		}
		rows, err := db.childRows(ctx, info, personID)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", info.Name, err)
		}
		r.tables[info.Name] = rows
	}
	err = db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, PersonID: personID, Table: "person", RowID: personID, Reason: reason})
	return r, err
}

// childTables lists the tables of a child's record (those with a person_id), in dependency order.
var childTables = sync.OnceValue(func() []*tableInfo {
	var list []*tableInfo
	for _, info := range schema().list {
		if info.hasChild {
			list = append(list, info)
		}
	}
	if len(list) > 63 {
		panic("store: more than 63 tables of a child's record; childTablesWithRows needs a wider mask")
	}
	return list
})

// childTablesWithRows returns a bit mask of the child tables (bit i for childTables()[i]) that hold at least
// one row of the child. Most children have rows in a few of the dozens of tables, and one statement of
// index probes costs far less than a query per table: it halves the time to load a typical record.
func (db *DB) childTablesWithRows(ctx context.Context, personID hearth.ID) (int64, error) {
	param := "?1"
	if db.Engine == Postgres {
		param = "$1"
	}
	var q strings.Builder
	q.WriteString("SELECT 0")
	for i, info := range childTables() {
		fmt.Fprintf(&q, "\n + CASE WHEN EXISTS (SELECT 1 FROM %s WHERE person_id = %s) THEN %d ELSE 0 END", info.Name, param, int64(1)<<i)
	}
	stmt, err := db.stmt(ctx, q.String())
	if err != nil {
		return 0, err
	}
	var mask int64
	err = stmt.QueryRowContext(ctx, personID).Scan(&mask)
	return mask, err
}

// childRows returns a typed slice of one table's rows for a child.
func (db *DB) childRows(ctx context.Context, info *tableInfo, personID hearth.ID) (any, error) {
	stmt, err := db.stmt(ctx, db.rebind(fmt.Sprintf("SELECT %s FROM %s WHERE person_id = ? ORDER BY id",
		strings.Join(info.columnNames(), ", "), info.Name)))
	if err != nil {
		return nil, err
	}
	rows, err := stmt.QueryContext(ctx, personID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	slice := reflect.MakeSlice(reflect.SliceOf(info.typ), 0, 0)
	var targets []any
	for rows.Next() {
		row := reflect.New(info.typ)
		targets = info.scanTargets(row, targets)
		if err := rows.Scan(targets...); err != nil {
			return nil, err
		}
		slice = reflect.Append(slice, row.Elem())
	}
	return slice.Interface(), rows.Err()
}

// NewChildRecord builds a child's record in memory from rows (each a row struct or a pointer to one, of
// any table of a child's record), in the order given. It is for code that works over a record without a
// database, such as the chronology's and the summary's tests, and for records assembled by an import
// before they are stored. A row of a table that is not part of a child's record is an error.
func NewChildRecord(person hearth.Person, rows ...any) (*ChildRecord, error) {
	r := &ChildRecord{Person: person, tables: map[string]any{}}
	for _, row := range rows {
		info, v, err := tableOf(row)
		if err != nil {
			return nil, err
		}
		if !info.hasChild {
			return nil, fmt.Errorf("store: %s is not a table of a child's record", info.Name)
		}
		if v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		slice, ok := r.tables[info.Name]
		if !ok {
			slice = reflect.MakeSlice(reflect.SliceOf(info.typ), 0, 1).Interface()
		}
		r.tables[info.Name] = reflect.Append(reflect.ValueOf(slice), v).Interface()
	}
	return r, nil
}

// NewRow returns a pointer to a zero row of the named table, or false when there is no such table. Tests
// use it to make a row of every table without naming each type.
func NewRow(table string) (any, bool) {
	info, ok := schema().byName[table]
	if !ok {
		return nil, false
	}
	return reflect.New(info.typ).Interface(), true
}
