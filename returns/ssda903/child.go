package ssda903

import (
	"slices"

	"hearth"
	"hearth/returns"
)

// Years is the first and last collection years whose rules Hearth has.
const (
	FirstYear = 2025
	LastYear  = 2027
)

// ChildChecks is what the DfE's rules say of one child's part of the return while the year is under way:
// what a worker fixes in the record now rather than an analyst in May.
type ChildChecks struct {
	Year     int               // the collection year checked
	InReturn bool              // whether the child is in the year's return at all
	Findings []returns.Finding // about this child's rows (none about a table as a whole)
	Rules    int               // how many of the year's rules were run
	NotRun   int               // how many of the year's rules were not (not yet implemented, or needing data Hearth lacks)
}

// CheckChild makes the return of the collection year holding on from one child's record, as the year
// stands at the end of that day, and validates it with last year's return made from the same record. A
// year past the last whose rules Hearth has is checked with that year's rules as they stand.
func CheckChild(rec *Record, on hearth.Date) ChildChecks {
	year := min(returns.CollectionYear(on), LastYear)
	if year < FirstYear {
		year = FirstYear
	}
	ret := ExportAsAt(rec, year, on)
	out := ChildChecks{Year: year, InReturn: len(ret.Header) > 0 || len(ret.Episodes) > 0}
	if !out.InReturn {
		return out
	}
	rep := Validate(ret, Options{Year: year, Previous: Export(rec, year-1)})
	out.Findings = slices.DeleteFunc(rep.Findings, func(f returns.Finding) bool { return f.Row < 0 })
	out.NotRun = len(rep.NotRun)
	out.Rules = rep.Rules - out.NotRun
	return out
}
