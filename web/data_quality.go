package web

import (
	"context"

	"hearth"
	"hearth/returns"
	"hearth/returns/ssda903"
)

// dataQualityRoles may see the data quality pages: those who answer for the figures and those who put
// the records right. Each sees only the children within their reach (store.ChildrenCounted).
var dataQualityRoles = []hearth.Role{hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleAnalyst, hearth.RoleSeniorLeader}

// dataQuality is what the DfE's rules find in the returns made from the whole record: this collection
// year so far and the last whole year (the one an authority sends in the spring).
type dataQuality struct {
	Years []yearFindings // this year first
}

// yearFindings is one collection year's return and its findings.
type yearFindings struct {
	Year   int
	AsAt   hearth.Date // the day the return is made as at: 31 March, or today for the year under way
	Report returns.Report
	// PersonOf maps the return's CHILD to the child's id in the record, so each finding links to the child.
	PersonOf map[string]hearth.ID
}

// year returns the findings of the collection year, or false when the snapshot does not have it.
func (d *dataQuality) year(y int) (*yearFindings, bool) {
	for i := range d.Years {
		if d.Years[i].Year == y {
			return &d.Years[i], true
		}
	}
	return nil, false
}

// readDataQuality makes the SSDA903 return of this year so far and of last year from the whole record,
// and validates each with the year before it, all made from the same reading of the record.
func (s *Server) readDataQuality(ctx context.Context) (*dataQuality, error) {
	rec, err := s.db.LoadSSDA903(ctx)
	if err != nil {
		return nil, err
	}
	personOf := make(map[string]hearth.ID, len(rec.Children))
	for _, p := range rec.Children {
		personOf[p.LAChildID.String()] = p.ID
	}
	today := s.today()
	current := min(ssda903.CollectionYear(today), ssda903.LastYear)
	out := &dataQuality{}
	for _, y := range []int{current, current - 1} {
		if y < ssda903.FirstYear {
			continue
		}
		asAt := ssda903.End(y)
		if today.Before(asAt) {
			asAt = today
		}
		ret := ssda903.ExportAsAt(rec, y, asAt)
		rep := ssda903.Validate(ret, ssda903.Options{Year: y, Previous: ssda903.Export(rec, y-1)})
		out.Years = append(out.Years, yearFindings{Year: y, AsAt: asAt, Report: rep, PersonOf: personOf})
	}
	return out, nil
}
