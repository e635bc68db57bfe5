package web

import (
	"context"
	"fmt"
	"slices"

	"hearth"
	"hearth/returns"
	"hearth/returns/cin"
	"hearth/returns/ssda903"
)

// dataQualityRoles may see the data quality pages: those who answer for the figures and those who put
// the records right. Each sees only the children within their reach (store.ChildrenCounted).
var dataQualityRoles = []hearth.Role{hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleAnalyst, hearth.RoleSeniorLeader}

// dataQuality is what the DfE's rules find in the returns made from the whole record: for each return,
// this collection year so far and the last whole year (the one an authority sends in the spring).
type dataQuality struct {
	Returns []returnFindings // the SSDA903's years first (this year first), then the CIN census's
}

// returnFindings is one return of one collection year and its findings.
type returnFindings struct {
	Return string // "ssda903" or "cin", as the pages' links name it
	Name   string // "SSDA903 return" or "CIN census"
	Year   int
	AsAt   hearth.Date // the day the return is made as at: 31 March, or today for the year under way
	Report returns.Report
	// PersonOf maps the return's child identifier to the child's id in the record, so each finding links
	// to the child.
	PersonOf map[string]hearth.ID
}

// Title names the return and its year, such as "2025/26 SSDA903 return".
func (r *returnFindings) Title() string { return fmt.Sprintf("%s %s", yearName(r.Year), r.Name) }

// find returns the findings of the return and collection year, or false when the snapshot does not have
// them.
func (d *dataQuality) find(ret string, year int) (*returnFindings, bool) {
	for i := range d.Returns {
		if d.Returns[i].Return == ret && d.Returns[i].Year == year {
			return &d.Returns[i], true
		}
	}
	return nil, false
}

// readDataQuality makes the returns of this year so far and of last year from the whole record, and
// validates each (the SSDA903 with the year before it), all made from one reading of the record.
func (s *Server) readDataQuality(ctx context.Context) (*dataQuality, error) {
	today := s.today()
	out := &dataQuality{}
	if err := s.readSSDA903Quality(ctx, today, out); err != nil {
		return nil, err
	}
	if err := s.readCINQuality(ctx, today, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Server) readSSDA903Quality(ctx context.Context, today hearth.Date, out *dataQuality) error {
	rec, err := s.db.LoadSSDA903(ctx)
	if err != nil {
		return err
	}
	personOf := childIDs(rec.Children)
	current := min(returns.CollectionYear(today), ssda903.LastYear)
	for _, y := range []int{current, current - 1} {
		if y < ssda903.FirstYear {
			continue
		}
		asAt := yearSoFar(y, today)
		rep := ssda903.Validate(ssda903.ExportAsAt(rec, y, asAt), ssda903.Options{Year: y, Previous: ssda903.Export(rec, y-1)})
		out.Returns = append(out.Returns, returnFindings{Return: "ssda903", Name: "SSDA903 return", Year: y, AsAt: asAt, Report: rep, PersonOf: personOf})
	}
	return nil
}

// readCINQuality adds the CIN census of the years whose rules Hearth has. The findings about the
// census's header (the authority's number, the return's dates) are left out: `hearth export cin` writes
// the header, and these pages are about what the records hold.
func (s *Server) readCINQuality(ctx context.Context, today hearth.Date, out *dataQuality) error {
	rec, err := s.db.LoadCIN(ctx, childLEA)
	if err != nil {
		return err
	}
	personOf := childIDs(rec.Children)
	current := returns.CollectionYear(today)
	for _, y := range []int{current, current - 1} {
		if !cin.SupportedYear(y) {
			continue
		}
		asAt := yearSoFar(y, today)
		rep := cin.Validate(cin.Export(rec, y), cin.NewContext(y))
		rep.Findings = slices.DeleteFunc(rep.Findings, func(f returns.Finding) bool { return f.Table == cin.TableHeader })
		rep.Sort()
		out.Returns = append(out.Returns, returnFindings{Return: "cin", Name: "CIN census", Year: y, AsAt: asAt, Report: *rep, PersonOf: personOf})
	}
	return nil
}

// childIDs maps each child's identifier in the returns (their LA child id) to their id in the record.
func childIDs(children []hearth.Person) map[string]hearth.ID {
	out := make(map[string]hearth.ID, len(children))
	for _, p := range children {
		out[p.LAChildID.String()] = p.ID
	}
	return out
}

// yearSoFar is the day a collection year's return is made as at: its 31 March, or today while the year
// is under way.
func yearSoFar(year int, today hearth.Date) hearth.Date {
	if end := ssda903.End(year); !today.Before(end) {
		return end
	}
	return today
}
