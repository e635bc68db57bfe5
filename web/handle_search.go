package web

import (
	"net/http"
	"net/url"
	"strings"

	"hearth"
	"hearth/store"
)

// searchData is the find-a-person page's own data.
type searchData struct {
	// Searched is true when the form was submitted with something to look for, so the page shows
	// results (or "no one found") rather than only the form.
	Searched bool
	Results  store.PersonResults
	// Pages links to the other pages of results, each carrying the same search.
	Pages pagination
	// CanAdd is true for the roles that may add a person, who are offered the add page when the person
	// is not found.
	CanAdd bool
}

// searchFields are the boxes of the search form.
var searchFields = []string{"name", "nhs", "la_child_id", "dob-day", "dob-month", "dob-year"}

// handleSearch is "Find a person": a search by name (typing slips and names that sound alike are found),
// date of birth, NHS number and LA child ID, with paged results that say why each person matched. The
// store writes every search to the audit log. Restricted records whose seal does not name the searcher
// are listed without name or identifiers, so a worker knows a sealed record matched without learning
// whose it is.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form := NewForm(url.Values{})
	for _, k := range searchFields {
		form.Values.Set(k, strings.TrimSpace(q.Get(k)))
	}
	if iso := strings.TrimSpace(q.Get("dob")); iso != "" && form.Value("dob-year") == "" {
		// A link may carry the date of birth as one ISO date; show it in the three boxes.
		if d, err := hearth.ParseDate(iso); err == nil {
			dateInputValues(form.Values, "dob", d)
		}
	}
	u := userOf(r)
	p := s.newPage(r, "Find a person")
	data := searchData{CanAdd: addPersonPolicy.Allows(subjectOf(*u), s.now())}
	p.Form, p.Data = form, &data

	submitted := false
	for _, k := range searchFields {
		submitted = submitted || form.Value(k) != ""
	}
	if !submitted {
		if _, asked := q["name"]; asked { // the form was sent empty
			form.Add("name", "Enter a name, a date of birth, an NHS number or an LA child ID")
			s.render(w, r, http.StatusUnprocessableEntity, "people", p)
			return
		}
		s.render(w, r, http.StatusOK, "people", p)
		return
	}

	query := store.PersonQuery{Name: form.Value("name"), NHSNumber: form.Value("nhs"), LAChildID: form.Value("la_child_id"),
		Limit: pageSize}
	dob, msg := dateInput(form.Values, "dob", "Date of birth")
	if msg != "" {
		form.Add("dob-day", msg)
	}
	query.BirthDate = dob
	if query.NHSNumber != "" {
		if _, err := hearth.ParseNHSNumber(query.NHSNumber); err != nil {
			form.Add("nhs", hearth.ErrorMessage(err))
		}
	}
	if query.LAChildID != "" {
		if _, err := hearth.ParseLAChildID(query.LAChildID); err != nil {
			form.Add("la_child_id", hearth.ErrorMessage(err))
		}
	}
	if !form.Valid() {
		s.render(w, r, http.StatusUnprocessableEntity, "people", p)
		return
	}
	page, window := pageNumber(r)
	query.Offset = window.Offset

	res, err := s.db.SearchPeople(r.Context(), actorOf(*u), query)
	switch {
	case hearth.ErrorCode(err) == hearth.EINVALID:
		form.Add("name", hearth.ErrorMessage(err))
		s.render(w, r, http.StatusUnprocessableEntity, "people", p)
		return
	case err != nil:
		s.serverError(w, r, err)
		return
	}
	data.Searched, data.Results = true, res
	data.Pages = newPagination(r, page, res.Total)
	s.render(w, r, http.StatusOK, "people", p)
}
