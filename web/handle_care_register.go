package web

import (
	"fmt"
	"net/http"
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// The virtual school's register: every child looked after today, a page at a time, with their school,
// school moves in care, EHCP, NEET status, latest personal education plan and the Pupil Premium Plus
// allocated and spent against its targets. The store writes the list shown to the audit log.

// registerData is the register page's own data.
type registerData struct {
	On    string
	Total int
	Rows  []registerRow
	Pages pagination
}

// registerRow is one child on the register, every value in words.
type registerRow struct {
	ID                  hearth.ID
	Name                string
	Masked              bool
	Age                 string
	Care                string
	School, SchoolSince string
	Moves               string
	EHCP, NEET          string
	PEP, Targets, Money string
	PEPOverdue          bool
}

// pepTermDays is how old a PEP may be before the register flags it: PEPs are reviewed every term, and a
// school term is at most about fourteen weeks, so a plan older than that has missed its review.
const pepTermDays = 100

func (s *Server) handleVirtualSchoolRegister(w http.ResponseWriter, r *http.Request) {
	u, today := userOf(r), s.today()
	n, page := pageNumber(r)
	reg, err := s.db.VirtualSchoolRegister(r.Context(), actorOf(*u), today, page)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("reading the virtual school register: %w", err))
		return
	}
	data := registerData{On: longDate(today), Total: reg.Total, Pages: newPagination(r, n, reg.Total)}
	for _, c := range reg.Children {
		data.Rows = append(data.Rows, registerRowOf(c, today))
	}
	p := s.newPage(r, "Virtual school register")
	p.Data = data
	s.render(w, r, http.StatusOK, "care_register", p)
}

// registerRowOf puts a child of the register into words as on today. A sealed record not naming the
// user shows nothing but that it is restricted.
func registerRowOf(c store.RegisterChild, today hearth.Date) registerRow {
	row := registerRow{ID: c.PersonID, Masked: c.Masked}
	if c.Masked {
		row.Name = "Restricted record"
		return row
	}
	row.Name = c.Forename + " " + c.Surname
	if !c.BirthDate.IsZero() {
		row.Age = agePhrase(c.BirthDate, today)
	}
	row.Care = codeMeaning(care.LegalStatuses, c.LegalStatus) + "; " + codeMeaning(care.PlacementTypes, c.PlacementType) + "; looked after since " + longDate(c.PeriodStart)
	row.School = "No school recorded"
	if c.School != "" {
		row.School, row.SchoolSince = c.School, "since "+longDate(c.SchoolSince)
	}
	row.Moves = strconv.Itoa(c.SchoolMoves)
	row.EHCP, row.NEET = "Not recorded", "Not recorded"
	if !c.StatusDate.IsZero() {
		row.EHCP, row.NEET = yesNo(c.EHCP), yesNoWords(c.NEET)
		if c.NEET == nil {
			row.NEET = "Not asked (under 16)"
		}
	}
	row.PEP = "No PEP recorded"
	if !c.LastPEP.IsZero() {
		row.PEP = longDate(c.LastPEP)
		row.Targets, row.Money = "No targets recorded", "None allocated"
		if c.Targets > 0 {
			row.Targets = fmt.Sprintf("%d of %d targets achieved", c.Achieved, c.Targets)
			row.Money = pounds(c.Allocated) + " allocated, " + pounds(c.Spent) + " spent"
		}
	}
	row.PEPOverdue = c.LastPEP.IsZero() || today.DaysSince(c.LastPEP) > pepTermDays
	return row
}

// yesNo writes a bool as Yes or No.
func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}
