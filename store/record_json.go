package store

import (
	"encoding/json"
	"reflect"
)

// MarshalJSON writes the record as the API serves it: {"person": {...}, "tables": {"contacts": [...], ...}},
// each row an object keyed by its column names (the names docs/data-model.md documents, after the SSD and
// DfE items), with dates as YYYY-MM-DD, times in UTC as RFC 3339, and an empty value as null. Tables
// without rows for the child are left out. Writing it from the schema rather than from the Go structs
// keeps the API's field names the database's, so an analyst reads the same names everywhere; it is the
// form record_history keeps each earlier version in.
func (r *ChildRecord) MarshalJSON() ([]byte, error) {
	doc := struct {
		Person map[string]any              `json:"person"`
		Tables map[string][]map[string]any `json:"tables"`
	}{Tables: map[string][]map[string]any{}}
	doc.Person = rowMap(schema().byName["person"], reflect.ValueOf(&r.Person))
	for name, rows := range r.tables {
		info := schema().byName[name]
		v := reflect.ValueOf(rows)
		list := make([]map[string]any, v.Len())
		for i := range list {
			list[i] = rowMap(info, v.Index(i))
		}
		doc.Tables[name] = list
	}
	return json.Marshal(doc)
}
