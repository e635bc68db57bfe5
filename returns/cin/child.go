package cin

import (
	"slices"

	"hearth"
	"hearth/returns"
)

// ChildChecks is what the DfE's CIN census rules say of one child's part of the census, so that a worker
// puts the record right while the year is under way.
type ChildChecks struct {
	Year     int               // the collection year checked
	InReturn bool              // whether the child is in that year's census at all
	Findings []returns.Finding // about the child's own rows (none about the census's header)
	Rules    int               // how many of the year's rules were run
	NotRun   int               // how many were not
}

// CheckChild makes the census of one child's record for the collection year holding on (or, past the
// last year whose rules Hearth has, that last year) and validates it. The header's findings (the
// authority's number, the dates of the return) are the authority's, not the child's, and are left out.
func CheckChild(rec *Record, on hearth.Date) ChildChecks {
	year := max(min(returns.CollectionYear(on), lastSupportedYear), firstSupportedYear)
	census := Export(rec, year)
	out := ChildChecks{Year: year, InReturn: len(census.Children) > 0}
	if !out.InReturn {
		return out
	}
	rep := Validate(census, NewContext(year))
	out.Findings = slices.DeleteFunc(rep.Findings, func(f returns.Finding) bool { return f.Table == TableHeader || f.Child == "" })
	out.NotRun = len(rep.NotRun)
	out.Rules = rep.Rules - out.NotRun
	return out
}
