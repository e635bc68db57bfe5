package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"hearth"
	"hearth/store"
)

// apiChild is one child of the API's list, with the field names of the person table.
type apiChild struct {
	ID         hearth.ID   `json:"id"`
	LAChildID  string      `json:"la_child_id,omitempty"`
	Forename   string      `json:"forename,omitempty"`
	Surname    string      `json:"surname,omitempty"`
	BirthDate  hearth.Date `json:"birth_date,omitzero"`
	Restricted bool        `json:"restricted"`
}

// handleAPIChildren answers GET /api/v1/children: one page of the children the account may see today
// (store.VisibleChildren, which audits the listing), with the address of the next page.
func (s *Server) handleAPIChildren(w http.ResponseWriter, r *http.Request) {
	limit, err := queryInt(r.URL.Query(), "limit", 50, 1, 500)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	offset, err := queryInt(r.URL.Query(), "offset", 0, 0, 1<<31-1)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	u := userOf(r)
	list, err := s.db.VisibleChildren(r.Context(), actorOf(*u), subjectOf(*u), s.today(), store.Page{Limit: limit, Offset: offset})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := struct {
		Children []apiChild `json:"children"`
		Total    int        `json:"total"`
		Limit    int        `json:"limit"`
		Offset   int        `json:"offset"`
		Next     string     `json:"next,omitempty"`
	}{Children: make([]apiChild, len(list.Children)), Total: list.Total, Limit: list.Page.Limit, Offset: list.Page.Offset}
	for i, c := range list.Children {
		out.Children[i] = apiChild{ID: c.PersonID, LAChildID: c.LAChildID.String(), Forename: c.Forename, Surname: c.Surname,
			BirthDate: c.BirthDate, Restricted: c.Restricted}
	}
	if next := offset + len(list.Children); next < list.Total {
		out.Next = fmt.Sprintf("/api/v1/children?limit=%d&offset=%d", limit, next)
	}
	s.writeJSON(w, http.StatusOK, out)
}

// queryInt reads an optional whole-number query parameter between lo and hi, with an EINVALID error
// naming the parameter when it is not one.
func queryInt(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, hearth.Errorf(hearth.EINVALID, "%s must be a whole number from %d to %d; it was %q", name, lo, hi, v)
	}
	return n, nil
}
