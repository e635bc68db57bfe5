package store

import (
	"fmt"
	"reflect"
	"sync"
)

// allTables lists every table in dependency order: a table refers only to tables before it (or to itself),
// which is the order the bulk loader flushes them in and PostgreSQL needs them created in.
func allTables() []Table {
	var ts []Table
	for _, area := range [][]Table{peopleTables, frontdoorTables, workforceTables, protectionTables,
		exploitationTables, careTables, leavingTables} {
		ts = append(ts, area...)
	}
	return ts
}

// registry is every table described once.
type registry struct {
	list   []*tableInfo
	byName map[string]*tableInfo
	byType map[reflect.Type]*tableInfo
}

var (
	schemaOnce sync.Once
	schemaReg  *registry
)

// schema returns the described tables. A struct that cannot be described is a programming error that
// every test would show at once, so it panics.
func schema() *registry {
	schemaOnce.Do(func() {
		r := &registry{byName: map[string]*tableInfo{}, byType: map[reflect.Type]*tableInfo{}}
		for _, t := range allTables() {
			info, err := describe(t)
			if err != nil {
				panic(err)
			}
			if _, dup := r.byName[t.Name]; dup {
				panic(fmt.Sprintf("store: table %s is registered twice", t.Name))
			}
			r.list = append(r.list, info)
			r.byName[t.Name] = info
			r.byType[info.typ] = info
		}
		schemaReg = r
	})
	return schemaReg
}

// TableNames returns the name of every table of the record in dependency order.
func TableNames() []string {
	var names []string
	for _, info := range schema().list {
		names = append(names, info.Name)
	}
	return names
}

// ChildTableNames returns the names of the tables of a child's record (those LoadChild reads), in
// dependency order.
func ChildTableNames() []string {
	var names []string
	for _, info := range childTables() {
		names = append(names, info.Name)
	}
	return names
}
