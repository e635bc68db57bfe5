//go:build hearthtmp

package store

var exploitationTables, careTables, leavingTables []Table
