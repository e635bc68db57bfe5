package web

import (
	"net/http"
	"net/url"
	"strconv"
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
	// Page is the 1-based page number; PrevHref and NextHref link to the neighbouring pages ("" when
	// there is none), carrying the same search.
	Page     int
	PrevHref string
	NextHref string
	// From and To number the first and last result on this page, for "Showing 21 to 40 of 57".
	From, To int
	// CanAdd is true for the roles that may add a person, who are offered the add page when the person
	// is not found.
	CanAdd bool
}

// searchPageSize is how many people one page of results lists.
const searchPageSize = 20

// handleSearch is "Find a person": a search by name (typing slips and names that sound alike are found),
// date of birth, NHS number and LA child ID, with paged results that say why each person matched. The
// store writes every search to the audit log. Restricted records whose seal does not name the searcher
// are listed without name or identifiers, so a worker knows a sealed record matched without learning
// whose it is.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form := NewForm(url.Values{})
	for _, k := range []string{"name", "nhs", "la_child_id", "dob-day", "dob-month", "dob-year"} {
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
	for _, k := range []string{"name", "nhs", "la_child_id", "dob-day", "dob-month", "dob-year"} {
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
		Limit: searchPageSize}
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
	data.Page = 1
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 && n <= 1000 {
		data.Page = n
	}
	query.Offset = (data.Page - 1) * searchPageSize

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
	if len(res.Matches) > 0 {
		data.From, data.To = res.Offset+1, res.Offset+len(res.Matches)
	}
	link := func(page int) string {
		v := url.Values{}
		for k, vs := range form.Values {
			if len(vs) > 0 && vs[0] != "" {
				v.Set(k, vs[0])
			}
		}
		if page > 1 {
			v.Set("page", strconv.Itoa(page))
		}
		return "/people?" + v.Encode()
	}
	if data.Page > 1 {
		data.PrevHref = link(data.Page - 1)
	}
	if res.HasMore() {
		data.NextHref = link(data.Page + 1)
	}
	s.render(w, r, http.StatusOK, "people", p)
}
