package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"hearth"
	"hearth/measure"
)

// trendMonths is how far back a measure's page draws its trend: two years, so this year can be read
// against the last.
const trendMonths = 24

// commentaryRoles may write the monthly commentary on a measure: the performance analysts, whose
// reading of the figures it is. targetRoles may set what good looks like: senior leaders, who own the
// targets, and analysts, who keep them on the leaders' behalf.
var (
	commentaryRoles = []hearth.Role{hearth.RoleAnalyst}
	targetRoles     = []hearth.Role{hearth.RoleSeniorLeader, hearth.RoleAnalyst}
)

// measurePageData is one measure's page: the definition, the figure as at the date with its breakdown
// and spread, the trend, the commentary and the target.
type measurePageData struct {
	View    performanceView
	Row     performanceRow
	Trend   []trendRow
	Chart   any // the rendered SVG (template.HTML)
	Targets []measure.Target
	// Commentary is the latest version for the date's month (Version 0 when none is written).
	Commentary   measure.Commentary
	MonthWords   string
	CanDrillDown bool
	CanComment   bool
	CanSetTarget bool
}

// trendRow is one month of the trend table.
type trendRow struct {
	Label string
	AsAt  hearth.Date
	Row   performanceRow
}

// handlePerformanceMeasure shows one measure: what it counts, the figure as at the date with the children
// behind it for those who may see them, 24 months of trend against the target of each month, the
// analysts' commentary and the target's history.
func (s *Server) handlePerformanceMeasure(w http.ResponseWriter, r *http.Request) {
	s.showMeasure(w, r, http.StatusOK)
}

// showMeasure draws a measure's page with status; the commentary and target forms call it with their
// errors in the page's form.
func (s *Server) showMeasure(w http.ResponseWriter, r *http.Request, status int, form ...*Form) {
	m, ok := measure.Lookup(r.PathValue("id"))
	if !ok {
		s.notFound(w, r)
		return
	}
	p := s.newPage(r, m.Title)
	p.Notice = s.takeNotice(r)
	view, ok := s.performanceView(r, p)
	if !ok {
		s.errorPage(w, r, http.StatusBadRequest, "The date could not be read", "Go back to Performance and choose a date of today or earlier.")
		return
	}
	if len(form) > 0 {
		p.Form = form[0]
	}
	snap, err := s.measures(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	view.Snapshot = snap.LoadedAt
	ctx := r.Context()
	targets, err := s.db.TargetHistory(ctx, m.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	month := measure.MonthOf(view.AsAt)
	comments, err := s.db.Commentary(ctx, month)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	u := userOf(r)
	row := func(res measure.Result, on hearth.Date) performanceRow {
		pr := performanceRow{Measure: m, Result: measure.ForRole(res, u.Role)}
		if t, ok := targetOn(targets, on); ok {
			pr.HasTarget, pr.Target, pr.RAG = true, t, t.RAG(m, pr.Result)
		}
		return pr
	}
	data := measurePageData{View: view, Targets: targets, Commentary: comments[m.ID],
		MonthWords:   month.Time().Format("January 2006"),
		CanDrillDown: !view.Panel, CanComment: slices.Contains(commentaryRoles, u.Role),
		CanSetTarget: slices.Contains(targetRoles, u.Role)}
	data.Row = row(snap.Data.Compute(m, view.Period, measure.Options{}), view.AsAt)
	chart := trendChart{Title: m.Title, Unit: "%"}
	if m.Unit == measure.PerTenThousand {
		chart.Unit = " per 10,000"
	}
	ends := measure.MonthEnds(view.AsAt, trendMonths)
	for i, res := range snap.Data.Trend(m, view.AsAt, trendMonths, view.Window) {
		tr := trendRow{Label: ends[i].Time().Format("Jan 2006"), AsAt: ends[i], Row: row(res, ends[i])}
		data.Trend = append(data.Trend, tr)
		pt := trendPoint{Label: tr.Label, Value: tr.Row.Result.Value, Missing: !tr.Row.Result.Defined || tr.Row.Result.Suppressed}
		chart.Points = append(chart.Points, pt)
	}
	if t, ok := targetOn(targets, view.AsAt); ok {
		chart.Target, chart.HasTarget = t.Value, true
	}
	data.Chart = renderTrendChart(chart)
	if p.Form == nil || p.Form.Valid() {
		p.Form = measureForms(data)
	}
	p.Data = data
	s.render(w, r, status, "performance_measure", p)
}

// targetOn returns the target of the history that applies on a date: of those applying from the date or
// earlier, the one from the latest date, and of those the latest set (the order TargetHistory gives).
func targetOn(history []measure.Target, on hearth.Date) (measure.Target, bool) {
	var best measure.Target
	found := false
	for _, t := range history {
		if t.From.After(on) {
			continue
		}
		if !found || t.From.After(best.From) || (t.From == best.From && t.SetAt.After(best.SetAt)) {
			best, found = t, true
		}
	}
	return best, found
}

// measureForms fills the commentary and target forms with what stands, so an analyst edits the current
// commentary rather than starting again.
func measureForms(d measurePageData) *Form {
	f := &Form{Values: url.Values{}}
	f.Values.Set("commentary", d.Commentary.Text)
	if d.Row.HasTarget {
		f.Values.Set("target", formatChartValue(d.Row.Target.Value))
		f.Values.Set("tolerance", formatChartValue(d.Row.Target.Tolerance))
	}
	return f
}

// postedMeasure reads the measure of a posted commentary or target form and the form itself, answering
// the request (404, or the form could not be read) and returning ok false when it cannot.
func (s *Server) postedMeasure(w http.ResponseWriter, r *http.Request) (*measure.Measure, *Form, bool) {
	m, ok := measure.Lookup(r.PathValue("id"))
	if !ok {
		s.notFound(w, r)
		return nil, nil, false
	}
	if !s.readForm(w, r) {
		return nil, nil, false
	}
	return m, &Form{Values: r.PostForm}, true
}

// handleMeasureCommentary saves a new version of the commentary on a measure for a month. It names the
// version it was based on, so two analysts writing at once cannot overwrite each other: the second is
// shown the first's text and asked to write again.
func (s *Server) handleMeasureCommentary(w http.ResponseWriter, r *http.Request) {
	m, form, ok := s.postedMeasure(w, r)
	if !ok {
		return
	}
	month, err := hearth.ParseDate(r.PostForm.Get("month"))
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back to the measure and try again.")
		return
	}
	basedOn, _ := strconv.Atoi(r.PostForm.Get("based-on"))
	text := strings.TrimSpace(r.PostForm.Get("commentary"))
	if text == "" {
		form.Add("commentary", "Write the commentary")
	} else if len(text) > 4000 {
		form.Add("commentary", "The commentary must be 4,000 characters or fewer")
	}
	if form.Valid() {
		_, err = s.db.AddCommentary(r.Context(), actorOf(*userOf(r)), m.ID, month, text, basedOn)
		switch hearth.ErrorCode(err) {
		case "":
			s.setNotice(r, "Commentary saved for "+month.Time().Format("January 2006"))
			s.redirect(w, r, "/performance/"+m.ID+"?"+r.URL.RawQuery+"#commentary")
			return
		case hearth.ECONFLICT, hearth.EINVALID:
			form.Add("commentary", hearth.ErrorMessage(err))
		default:
			s.serverError(w, r, err)
			return
		}
	}
	s.showMeasure(w, r, http.StatusBadRequest, form)
}

// handleMeasureTarget sets a new target for a measure from a date. Earlier targets stay, so each past
// month keeps the RAG rating of the target of its time.
func (s *Server) handleMeasureTarget(w http.ResponseWriter, r *http.Request) {
	m, form, ok := s.postedMeasure(w, r)
	if !ok {
		return
	}
	t := measure.Target{MeasureID: m.ID, Note: r.PostForm.Get("note")}
	number := func(field, label string, required bool) float64 {
		v := strings.TrimSuffix(strings.TrimSpace(r.PostForm.Get(field)), "%")
		if v == "" {
			if required {
				form.Add(field, "Enter the "+label)
			}
			return 0
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n < 0 {
			form.Add(field, "The "+label+" must be a number, like 85 or 12.5")
		} else if m.Unit == measure.Percent && n > 100 {
			form.Add(field, "The "+label+" is a percentage, so it must be 100 or less")
		}
		return n
	}
	t.Value = number("target", "target", true)
	t.Tolerance = number("tolerance", "tolerance", false)
	from, msg := dateInput(r.PostForm, "from", "The date the target applies from")
	switch {
	case msg != "":
		form.Add("from-day", msg)
	case from.IsZero():
		form.Add("from-day", "Enter the date the target applies from")
	}
	t.From = from
	if form.Valid() {
		_, err := s.db.SetTarget(r.Context(), actorOf(*userOf(r)), t)
		switch hearth.ErrorCode(err) {
		case "":
			s.setNotice(r, "Target saved")
			s.redirect(w, r, "/performance/"+m.ID+"?"+r.URL.RawQuery+"#target")
			return
		case hearth.EINVALID:
			form.Add("target", hearth.ErrorMessage(err))
		default:
			s.serverError(w, r, err)
			return
		}
	}
	s.showMeasure(w, r, http.StatusBadRequest, form)
}
