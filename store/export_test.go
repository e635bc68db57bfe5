package store

// ColumnsOf returns the columns the row struct of table says it has, for the external tests.
func ColumnsOf(table string) []string { return schema().byName[table].columnNames() }
