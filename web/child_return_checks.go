package web

import (
	"context"
	"fmt"
	"strings"

	"hearth"
	"hearth/care"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/returns"
	"hearth/returns/cin"
	"hearth/returns/ssda903"
	"hearth/store"
)

// childReturnChecks is the record page's panel of what the DfE's rules say of the child's part of the
// statutory returns (the SSDA903 and the CIN census): so that a worker puts the record right while the
// year is under way, instead of an analyst chasing them when the return is due.
type childReturnChecks struct {
	Returns []returnChecks // one for each return the child is in
}

// returnChecks is what one return's rules find in the child's part of it.
type returnChecks struct {
	Return   string // "SSDA903 return" or "CIN census"
	Year     string // "2025/26"
	Rules    int
	NotRun   int
	Findings []returnFinding
}

// returnFinding is one finding as the page shows it.
type returnFinding struct {
	Rule, Message, Where string
}

// childLEA is the authority number the child's own census is made with; the header's findings are left
// out of a child's checks, so any three digits do.
const childLEA = "000"

// childReturnChecksOf runs the checks of the returns the child can be in: the SSDA903 for a child who has
// been looked after or is a care leaver, the CIN census for a child who has had a CIN episode. For any
// other child it reads nothing and shows nothing.
func (s *Server) childReturnChecksOf(ctx context.Context, rec *store.ChildRecord, today hearth.Date) (childReturnChecks, error) {
	var out childReturnChecks
	if len(store.Rows[frontdoor.CINEpisode](rec)) > 0 {
		c := cin.CheckChild(store.CINOf(rec, childLEA), today)
		if c.InReturn {
			out.Returns = append(out.Returns, newReturnChecks("CIN census", c.Year, c.Rules, c.NotRun, c.Findings))
		}
	}
	if len(store.Rows[care.Episode](rec)) > 0 || len(store.Rows[leaving.CareLeaver](rec)) > 0 {
		record, err := s.db.SSDA903Of(ctx, rec)
		if err != nil {
			return out, err
		}
		c := ssda903.CheckChild(record, today)
		if c.InReturn {
			out.Returns = append(out.Returns, newReturnChecks("SSDA903 return", c.Year, c.Rules, c.NotRun, c.Findings))
		}
	}
	return out, nil
}

func newReturnChecks(name string, year, rules, notRun int, findings []returns.Finding) returnChecks {
	out := returnChecks{Return: name, Year: yearName(year), Rules: rules, NotRun: notRun}
	for _, f := range findings {
		out.Findings = append(out.Findings, returnFinding{Rule: f.Rule, Message: f.Message,
			Where: fmt.Sprintf("%s, row %d: %s", f.Table, f.Row+1, strings.Join(f.Fields, ", "))})
	}
	return out
}
