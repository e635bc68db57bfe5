package cin

// Finding is one place where the return breaks a rule. It is kept minimal and in this one file so that
// moving to the shared returns package's finding type, when that is merged, is a small change.
//
// Table and Row follow the command line contract: Table is the CIN census table (ChildIdentifiers,
// CINdetails, Assessments, CINplanDates, Section47, ChildProtectionPlans, Reviews, Disabilities, Header)
// and Row the 0-based row of that table in the file, in document order. Assessments has one row per
// assessment and Reviews one row per CPPreviewDate. A finding about the header has Table Header and Row
// 0; one about the return as a whole (a return-level query such as 2887Q) has Table "" and Row -1.
type Finding struct {
	Rule    string   // the rule's code, such as 8500 or 8525Q
	Table   string   // the table of the row named
	Row     int      // the 0-based row of Table; -1 when the finding is about the whole return
	Child   string   // the LAchildID of the child concerned; "" for the return as a whole
	Fields  []string // the items of the row that break the rule
	Message string   // the rule's official message
	Line    int      // the line of the file where the row's block starts; 0 when not from a file
}
