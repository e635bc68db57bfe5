package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"hearth"
	"hearth/measure"
)

// performanceRoles may see the Performance pages: everyone whose work is children's services, and the
// joint parenting panel's members, who see the figures with small numbers suppressed (measure.ForRole).
// Partner agency and administrator accounts have no business with the organisation's figures.
var performanceRoles = append([]hearth.Role{hearth.RolePanelMember}, drillDownRoles...)

// drillDownRoles may list the children behind a figure: the performance roles except panel members, who
// see figures only. Each still sees only the children within their reach (store.ChildrenCounted).
var drillDownRoles = []hearth.Role{hearth.RolePractitioner, hearth.RolePersonalAdviser, hearth.RoleTeamManager,
	hearth.RoleFrontDoor, hearth.RoleReviewingOfficer, hearth.RoleVirtualSchool, hearth.RoleQuality,
	hearth.RoleAnalyst, hearth.RoleSeniorLeader, hearth.RoleInspector}

// performanceView is what every Performance page is computed for: the date, the window flow measures
// count, and the snapshot of the record the figures come from.
type performanceView struct {
	AsAt   hearth.Date
	Window measure.Window
	Period measure.Period
	// Snapshot is when the record was read for these figures.
	Snapshot time.Time
	// Panel is true for panel members, who see suppressed figures and no children.
	Panel bool
}

// Query returns the query string that keeps the view's date and window in a link.
func (v performanceView) Query() string {
	q := url.Values{"as-at": {v.AsAt.String()}}
	if v.Window == measure.OneMonth {
		q.Set("window", "month")
	}
	return q.Encode()
}

// WindowWords says in words what flow measures count.
func (v performanceView) WindowWords() string {
	return fmt.Sprintf("%s to %s", longDate(v.Period.From), longDate(v.Period.To))
}

// performanceRow is one measure's figure as the pages show it.
type performanceRow struct {
	Measure *measure.Measure
	Result  measure.Result
	// HasTarget is true when the organisation has set a target for the date; Target is it.
	HasTarget bool
	Target    measure.Target
	RAG       measure.RAG
}

// Value writes the figure with its unit, or says why there is none.
func (r performanceRow) Value() string { return resultValue(r.Measure, r.Result) }

// TargetValue writes the target with its unit.
func (r performanceRow) TargetValue() string { return unitValue(r.Measure, r.Target.Value) }

// EnglandValue writes the latest England figure with its year, or says the DfE publishes none.
func (r performanceRow) EnglandValue() string { return englandValue(r.Measure) }

// englandValue writes a measure's England figure and the year it is for.
func englandValue(m *measure.Measure) string {
	if m.England == nil {
		return "Not published"
	}
	return fmt.Sprintf("%s (%d)", unitValue(m, m.England.Value), m.England.Year)
}

// resultValue writes a result's value with its unit, or says why there is none.
func resultValue(m *measure.Measure, r measure.Result) string {
	switch {
	case r.Suppressed:
		return "Not shown (fewer than 5)"
	case !r.Defined:
		return "No figure (nothing to count)"
	}
	return unitValue(m, r.Value)
}

// unitValue writes a number in a measure's unit, to one decimal place.
func unitValue(m *measure.Measure, v float64) string {
	s := formatChartValue(v)
	if m.Unit == measure.PerTenThousand {
		return s + " per 10,000"
	}
	return s + "%"
}

// ragTag is the GOV.UK tag class and words of a RAG rating: the words carry the meaning, so colour is
// never the only sign.
func ragTag(r measure.RAG) (class, words string) {
	switch r {
	case measure.Green:
		return "govuk-tag--green", "Meets target"
	case measure.Amber:
		return "govuk-tag--yellow", "Near target"
	case measure.Red:
		return "govuk-tag--red", "Off target"
	}
	return "govuk-tag--grey", "No target"
}

// performanceData is the Performance index's own data.
type performanceData struct {
	View       performanceView
	Population measure.ChildPopulation
	Rows       []performanceRow
}

// handlePerformance lists every measure of the catalogue as at a date with its target and the England
// figure: the page the joint parenting panel and the leadership team start from.
func (s *Server) handlePerformance(w http.ResponseWriter, r *http.Request) {
	p := s.newPage(r, "Performance")
	view, ok := s.performanceView(r, p)
	if !ok {
		p.Data = performanceData{View: view}
		s.render(w, r, http.StatusBadRequest, "performance", p)
		return
	}
	snap, err := s.measures(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	view.Snapshot = snap.LoadedAt
	targets, err := s.db.Targets(r.Context(), view.AsAt)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	role := userOf(r).Role
	data := performanceData{View: view, Population: snap.Data.Population()}
	for _, res := range snap.Data.All(view.AsAt, view.Window, measure.Options{}) {
		m, _ := measure.Lookup(res.MeasureID)
		row := performanceRow{Measure: m, Result: measure.ForRole(res, role)}
		if t, ok := targets[m.ID]; ok {
			row.HasTarget, row.Target, row.RAG = true, t, t.RAG(m, row.Result)
		}
		data.Rows = append(data.Rows, row)
	}
	p.Data = data
	s.render(w, r, http.StatusOK, "performance", p)
}

// performanceView reads the date (?as-at=YYYY-MM-DD from links, or the three boxes of the page's date
// input) and window of a Performance request into p.Form. A date that cannot be read, or one in the
// future, is an error at the field (ok false), and the caller shows the page with no figures.
func (s *Server) performanceView(r *http.Request, p *Page) (performanceView, bool) {
	q := r.URL.Query()
	view := performanceView{AsAt: measure.EnglandDate(s.now()), Window: measure.TwelveMonths,
		Panel: userOf(r).Role == hearth.RolePanelMember}
	form := &Form{Values: url.Values{}}
	if d, msg := dateInput(q, "as-at", "The date"); msg != "" {
		form.Add("as-at-day", msg)
	} else if !d.IsZero() {
		view.AsAt = d
	} else if iso := strings.TrimSpace(q.Get("as-at")); iso != "" {
		d, err := hearth.ParseDate(iso)
		if err != nil {
			form.Add("as-at-day", "The date must be a real date")
		} else {
			view.AsAt = d
		}
	}
	if q.Get("window") == "month" {
		view.Window = measure.OneMonth
	}
	if form.Valid() && view.AsAt.After(measure.EnglandDate(s.now())) {
		form.Add("as-at-day", "The date must be today or in the past")
	}
	view.Period = measure.PeriodEnding(view.AsAt, view.Window)
	if form.Valid() {
		dateInputValues(form.Values, "as-at", view.AsAt)
		form.Values.Set("window", string(view.Window))
		p.Form = form
		return view, true
	}
	for _, k := range []string{"as-at-day", "as-at-month", "as-at-year"} {
		form.Values.Set(k, q.Get(k))
	}
	p.Form = form
	return view, false
}
