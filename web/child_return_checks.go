package web

import (
	"context"
	"fmt"
	"strings"

	"hearth"
	"hearth/care"
	"hearth/leaving"
	"hearth/returns/ssda903"
	"hearth/store"
)

// childReturnChecks is the record page's panel of what the DfE's SSDA903 rules say of the child's part of
// this year's return: so that a worker puts the record right while the year is under way, instead of an
// analyst chasing them when the return is due.
type childReturnChecks struct {
	Shown    bool // the child is in the year's return (looked after or a care leaver in it)
	Year     string
	Rules    int
	NotRun   int
	Findings []returnFinding
}

// returnFinding is one finding as the page shows it.
type returnFinding struct {
	Rule, Message, Where string
}

// childReturnChecksOf runs the checks for a child who has been looked after or is a care leaver; for any
// other child it reads nothing and shows nothing.
func (s *Server) childReturnChecksOf(ctx context.Context, rec *store.ChildRecord, today hearth.Date) (childReturnChecks, error) {
	if len(store.Rows[care.Episode](rec)) == 0 && len(store.Rows[leaving.CareLeaver](rec)) == 0 {
		return childReturnChecks{}, nil
	}
	record, err := s.db.SSDA903Of(ctx, rec)
	if err != nil {
		return childReturnChecks{}, err
	}
	checks := ssda903.CheckChild(record, today)
	out := childReturnChecks{Shown: checks.InReturn, Year: fmt.Sprintf("%d/%02d", checks.Year-1, checks.Year%100),
		Rules: checks.Rules, NotRun: checks.NotRun}
	for _, f := range checks.Findings {
		out.Findings = append(out.Findings, returnFinding{Rule: f.Rule, Message: f.Message,
			Where: fmt.Sprintf("%s, row %d: %s", f.Table, f.Row+1, strings.Join(f.Fields, ", "))})
	}
	return out, nil
}
