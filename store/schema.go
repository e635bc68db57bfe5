package store

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"reflect"
	"strings"
	"time"

	"hearth"
)

// kind is the logical type of a column, from which each engine's SQL type follows.
type kind int

const (
	kindInt kind = iota
	kindText
	kindBool
	kindFloat
	kindDate
	kindTime
)

// column is one column of a table, read from a struct field and its tags.
type column struct {
	Name    string
	Kind    kind
	NotNull bool   // NOT NULL in SQL
	Unique  bool   // a unique index (NULLs excepted)
	ZeroNil bool   // the Go zero value is stored as NULL (strings, IDs, Dates, times)
	Ref     string // the table this column refers to, or ""
	Codes   string // the code list, for documentation
	DfE     string // the DfE return items it feeds, for documentation
	SSD     string // the SSD field, for documentation
	Doc     string
	// Since names the hand-written migration that added the column (such as "00008") to a table the
	// first migration had already made; "" for the columns of the first migration. See Table.Since.
	Since   string
	index   []int // the field's index path within the row struct
	pointer bool  // the field is a pointer (*bool or *int): nil is NULL
	valuer  bool  // the field's type stores itself (the root identifier types): text through Value and Scan
}

// tableInfo is a Table with its columns worked out once.
type tableInfo struct {
	Table
	typ      reflect.Type
	cols     []column
	byName   map[string]int
	hasChild bool // the table has a person_id column and so belongs to a child's record
	prepares bool // the row type has a Prepare method to call before every write
}

var (
	typeDate    = reflect.TypeOf(hearth.Date{})
	typeTime    = reflect.TypeOf(time.Time{})
	typeCodes   = reflect.TypeOf(hearth.Codes{})
	typeValuer  = reflect.TypeFor[driver.Valuer]()
	typeScanner = reflect.TypeFor[sql.Scanner]()
)

// describe reads the columns of t from the struct tags of t.Row.
func describe(t Table) (*tableInfo, error) {
	typ := reflect.TypeOf(t.Row)
	if typ == nil || typ.Kind() != reflect.Struct {
		return nil, fmt.Errorf("table %s: Row must be a struct value, not %v", t.Name, typ)
	}
	info := &tableInfo{Table: t, typ: typ, byName: map[string]int{}}
	if err := info.addFields(typ, nil); err != nil {
		return nil, fmt.Errorf("table %s: %w", t.Name, err)
	}
	if len(info.cols) == 0 || info.cols[0].Name != "id" {
		return nil, fmt.Errorf("table %s: the struct must embed hearth.Record first", t.Name)
	}
	_, info.hasChild = info.byName["person_id"]
	info.prepares = reflect.PointerTo(typ).Implements(reflect.TypeFor[preparer]())
	if t.Name == "person" {
		info.hasChild = false
	}
	return info, nil
}

func (info *tableInfo) addFields(typ reflect.Type, prefix []int) error {
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		path := append(append([]int(nil), prefix...), i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct && f.Tag.Get("db") == "" {
			if err := info.addFields(f.Type, path); err != nil {
				return err
			}
			continue
		}
		tag := f.Tag.Get("db")
		if tag == "" || tag == "-" {
			continue
		}
		name, optList, _ := strings.Cut(tag, ",")
		opts := map[string]bool{}
		for _, o := range strings.Split(optList, ",") {
			opts[o] = true
		}
		c := column{
			Name: name, NotNull: opts["notnull"], Unique: opts["unique"], Ref: f.Tag.Get("ref"), Codes: f.Tag.Get("codes"),
			DfE: f.Tag.Get("dfe"), SSD: f.Tag.Get("ssd"), Doc: f.Tag.Get("doc"), Since: f.Tag.Get("since"), index: path,
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			c.pointer = true
			ft = ft.Elem()
		}
		switch {
		case ft.Implements(typeValuer) && reflect.PointerTo(ft).Implements(typeScanner) && ft != typeDate && ft != typeCodes:
			c.Kind, c.ZeroNil, c.valuer = kindText, true, true
		case ft == typeDate:
			c.Kind, c.ZeroNil = kindDate, true
		case ft == typeTime:
			c.Kind, c.ZeroNil = kindTime, true
		case ft == typeCodes:
			c.Kind, c.ZeroNil = kindText, true
		case ft.Kind() == reflect.String:
			c.Kind, c.ZeroNil = kindText, true
		case ft.Kind() == reflect.Bool:
			c.Kind = kindBool
		case ft.Kind() == reflect.Float64 || ft.Kind() == reflect.Float32:
			c.Kind = kindFloat
		case ft.Kind() >= reflect.Int && ft.Kind() <= reflect.Int64:
			c.Kind = kindInt
			c.ZeroNil = c.Ref != "" || opts["null"]
		default:
			return fmt.Errorf("field %s: type %v cannot be stored", f.Name, f.Type)
		}
		if c.pointer {
			c.ZeroNil = false
		}
		if !c.ZeroNil && !c.pointer {
			c.NotNull = true
		}
		if c.Name == "id" {
			c.ZeroNil = false
		}
		if _, dup := info.byName[c.Name]; dup {
			return fmt.Errorf("column %s is defined twice", c.Name)
		}
		info.byName[c.Name] = len(info.cols)
		info.cols = append(info.cols, c)
	}
	return nil
}

// columnNames returns the table's column names in order.
func (info *tableInfo) columnNames() []string {
	names := make([]string, len(info.cols))
	for i, c := range info.cols {
		names[i] = c.Name
	}
	return names
}

// values returns the column values of row (a struct of the table's type, or a pointer to one) in column
// order, ready for the driver: zero values that mean "not recorded" become nil.
func (info *tableInfo) values(row reflect.Value, dst []any) []any {
	if row.Kind() == reflect.Pointer {
		row = row.Elem()
	}
	dst = dst[:0]
	for i := range info.cols {
		c := &info.cols[i]
		f := row.FieldByIndex(c.index)
		if c.pointer {
			if f.IsNil() {
				dst = append(dst, nil)
				continue
			}
			f = f.Elem()
		} else if c.ZeroNil && f.IsZero() {
			dst = append(dst, nil)
			continue
		}
		if c.valuer {
			v, err := f.Interface().(driver.Valuer).Value()
			if err != nil {
				panic(fmt.Sprintf("store: %s.%s: %v", info.Name, c.Name, err))
			}
			dst = append(dst, v)
			continue
		}
		dst = append(dst, plainValue(c.Kind, f))
	}
	return dst
}

// plainValue converts a field to a basic Go value that both drivers accept in both their text and binary
// (COPY) paths: named string types become string, Dates become time.Time at midnight UTC for PostgreSQL's
// DATE, and so on.
func plainValue(k kind, f reflect.Value) any {
	switch k {
	case kindText:
		if f.Type() == typeCodes {
			return strings.Join(f.Interface().(hearth.Codes), " ")
		}
		return f.String()
	case kindInt:
		return f.Int()
	case kindBool:
		return f.Bool()
	case kindFloat:
		return f.Float()
	case kindDate:
		return f.Interface().(hearth.Date)
	case kindTime:
		return f.Interface().(time.Time).UTC()
	}
	panic("unknown column kind")
}

// scanTargets returns pointers into row (a pointer to a struct of the table's type) for rows.Scan, in column
// order. Nullable plain fields are scanned through small adapters that turn NULL into the zero value.
func (info *tableInfo) scanTargets(row reflect.Value, dst []any) []any {
	row = row.Elem()
	dst = dst[:0]
	for i := range info.cols {
		dst = append(dst, scanTarget(&info.cols[i], row))
	}
	return dst
}

// scanTarget returns the rows.Scan target of one column in row (a struct of the table's type).
func scanTarget(c *column, row reflect.Value) any {
	f := row.FieldByIndex(c.index)
	switch {
	case c.pointer, c.valuer:
		return f.Addr().Interface()
	case c.Kind == kindDate:
		return f.Addr().Interface()
	case c.Kind == kindTime:
		return &timeScanner{f}
	case f.Type() == typeCodes:
		return f.Addr().Interface()
	case c.ZeroNil:
		return &nullScanner{f}
	}
	return &plainScanner{f}
}
