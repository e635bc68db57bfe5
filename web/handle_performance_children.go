package web

import (
	"fmt"
	"net/http"

	"hearth/measure"
	"hearth/store"
)

// drillDownData is the list of the children behind one side of a figure.
type drillDownData struct {
	View    performanceView
	Row     performanceRow
	Part    string // "numerator" or "denominator"
	What    string // the part in the measure's words
	KeyWord string // the breakdown row's label, when the list is of one row
	// Items is how many items the part counts, and Counted the page of children with theirs.
	Items   int
	Counted store.CountedChildren
	Pages   pagination
}

// handlePerformanceChildren lists the children behind a measure's numerator or denominator (or one row
// of its breakdown) as at a date: the drill-down that makes every figure traceable. Only the children
// within the user's reach are listed, with a count of the rest, so a drill-down shows nobody the user
// could not find another way; the listing is audited. Panel members see figures only (drillDownRoles).
func (s *Server) handlePerformanceChildren(w http.ResponseWriter, r *http.Request) {
	m, ok := measure.Lookup(r.PathValue("id"))
	if !ok {
		s.notFound(w, r)
		return
	}
	u := userOf(r)
	p := s.newPage(r, m.Title+": the children counted")
	view, ok := s.performanceView(r, p)
	if !ok {
		s.errorPage(w, r, http.StatusBadRequest, "The date could not be read", "Go back to Performance and choose a date of today or earlier.")
		return
	}
	q := r.URL.Query()
	part := q.Get("part")
	if part != "numerator" && part != "denominator" {
		part = "numerator"
	}
	snap, err := s.measures(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	view.Snapshot = snap.LoadedAt
	res := snap.Data.Compute(m, view.Period, measure.Options{IDs: true})
	data := drillDownData{View: view, Part: part, What: m.Numerator}
	if key := q.Get("key"); key != "" {
		found := false
		for _, b := range res.Breakdown {
			if b.Key == key {
				res, data.KeyWord, found = b, b.Label, true
			}
		}
		if !found {
			s.notFound(w, r)
			return
		}
	}
	data.Row = performanceRow{Measure: m, Result: res}
	ids, count := res.NumeratorIDs, res.Numerator
	if part == "denominator" {
		ids, count, data.What = res.DenominatorIDs, res.Denominator, m.Denominator
	}
	if part == "denominator" && m.Unit == measure.PerTenThousand {
		s.errorPage(w, r, http.StatusOK, "The denominator is the child population",
			fmt.Sprintf("This rate is per 10,000 of the %s children aged 0 to 17 living in the area, so there is no list of children behind its denominator.", countWords(snap.Data.Population().Count)))
		return
	}
	data.Items = count
	n, page := pageNumber(r)
	what := fmt.Sprintf("the %s of %s as at %s", part, m.ID, view.AsAt)
	if data.KeyWord != "" {
		what += " (" + data.KeyWord + ")"
	}
	data.Counted, err = s.db.ChildrenCounted(r.Context(), actorOf(*u), subjectOf(*u), view.AsAt, ids, what, page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Pages = newPagination(r, n, data.Counted.Total)
	p.Data = data
	s.render(w, r, http.StatusOK, "performance_children", p)
}
