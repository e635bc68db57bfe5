package store

import "hearth"

// Table describes one table of the record: its name, the Go struct that defines its columns (through the
// struct tags described on hearth.Record), and what it is for. The SQL of both engines, the bulk loader,
// the history mechanism and docs/data-model.md are all generated from these descriptions, so a column is
// defined in exactly one place.
type Table struct {
	Name string // the table name: the SSD object name without its ssd_ prefix where there is one
	SSD  string // the Standard Safeguarding Dataset object, e.g. ssd_cla_episodes, or "" when none
	Doc  string // what one row is, in a sentence an analyst understands
	Row  any    // a zero value of the struct for one row, e.g. frontdoor.Contact{}
	// Since names the hand-written migration that creates the table (such as "00008"), for a table added
	// after the first migration was applied to databases in use; "" for the tables of the first
	// migration. A database already migrated never runs the first migration again, so a table or column
	// added later must come in a migration of its own: the first migration leaves it out (a since:"NNNNN"
	// tag does the same for one column), and TestLaterTablesAndColumnsAreMigrated checks that the named
	// migration creates exactly what the struct says.
	Since string
}

// peopleTables are the teams, workers, accounts and people that every other table refers to. Teams and
// workers come before users because a user names their team and worker; the system user that records
// teams and workers is created by the first migration.
var peopleTables = []Table{
	{Name: "department", SSD: "ssd_department", Doc: "A team or service of the organisation.", Row: hearth.Team{}},
	{Name: "professionals", SSD: "ssd_professionals", Doc: "A member of staff who works with children, with Social Work England registration, employment type and FTE.", Row: hearth.Worker{}},
	{Name: "users", Doc: "An account that signs in to Hearth, with its role.", Row: hearth.User{}},
	{Name: "person", SSD: "ssd_person", Doc: "A person the record is about: a child, a parent, a carer or another household member.", Row: hearth.Person{}},
	{Name: "address", SSD: "ssd_address", Doc: "Where a person lived over a period.", Row: hearth.Address{}},
	{Name: "relationships", SSD: "ssd_family, ssd_mother", Doc: "A relationship between two people, such as parent and child.", Row: hearth.Relationship{}},
	{Name: "household_members", SSD: "ssd_family", Doc: "A person who lived in a child's household over a period.", Row: hearth.HouseholdMember{}},
}
