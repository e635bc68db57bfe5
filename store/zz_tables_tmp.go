//go:build hearthtmp

package store

var frontdoorTables, workforceTables, protectionTables, exploitationTables, careTables, leavingTables []Table
