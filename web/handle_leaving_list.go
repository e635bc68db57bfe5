package web

import (
	"net/http"
	"strconv"
	"strings"

	"hearth"
	"hearth/duty"
	"hearth/leaving"
	"hearth/store"
)

// careLeaverRoles may see the care leavers list: personal advisers and team managers, who do the work,
// and quality assurance and senior leaders, who check it. Each sees the young people within their reach
// (store.CareLeavers uses the reach of every other list).
var careLeaverRoles = []hearth.Role{hearth.RolePersonalAdviser, hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleSeniorLeader}

// careLeaversData is the care leavers list's own data.
type careLeaversData struct {
	On       string
	Rows     []careLeaverRow
	All      int
	Total    int
	Advisers []adviserRow
	// Unallocated is how many young people have no personal adviser; Filter names the filter in use.
	Unallocated int
	Filter      string
	Options     []option
	Pages       pagination
}

// adviserRow is one personal adviser's caseload among the young people listed.
type adviserRow struct {
	Name  string
	Count int
	Href  string
}

// careLeaverRow is one young person as the list shows them.
type careLeaverRow struct {
	ID       hearth.ID
	Name     string
	Masked   bool
	Age      string
	Category string
	Reason   string
	Adviser  string
	// LastContact is the date and how; NoContact is true when there has been none.
	LastContact string
	InTouch     string
	// Accommodation is the OC3 code's meaning; Unsuitable and BedAndBreakfast flag it.
	Accommodation   string
	Unsuitable      bool
	BedAndBreakfast bool
	Activity        string
	NEET            bool
	StatusDate      string
	// Next is the soonest thing due (from the duty engine), with its date; Overdue flags it. ReviewDue
	// is the pathway plan's next review, "" when there is no plan.
	Next, NextBy string
	Overdue      bool
	ReviewDue    string
}

// handleCareLeavers lists the young people with a leaving care category today: their personal adviser,
// category and why, the latest contact and how, whether the service is in touch, their accommodation
// (unsuitable and bed and breakfast flagged) and activity, and the next thing due, a page at a time,
// with every adviser's caseload above. ?adviser=ID shows one adviser's young people, ?adviser=none those
// without one. The store writes the young people shown to the audit log.
func (s *Server) handleCareLeavers(w http.ResponseWriter, r *http.Request) {
	u, today := userOf(r), s.today()
	n, page := pageNumber(r)
	var filter store.CareLeaverFilter
	chosen := r.URL.Query().Get("adviser")
	switch chosen {
	case "":
	case "none":
		filter.Unallocated = true
	default:
		id, err := strconv.ParseInt(chosen, 10, 64)
		if err != nil || id <= 0 {
			s.errorPage(w, r, http.StatusBadRequest, "There is no such personal adviser", "Choose an adviser from the list.")
			return
		}
		filter.AdviserID = id
	}
	list, err := s.db.CareLeavers(r.Context(), actorOf(*u), subjectOf(*u), today, filter, page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := careLeaversData{On: longDate(today), All: list.All, Total: list.Total, Unallocated: list.Unallocated,
		Pages: newPagination(r, n, list.Total)}
	data.Options = []option{{Value: "", Label: "Every adviser", Checked: chosen == ""}, {Value: "none", Label: "No personal adviser", Checked: chosen == "none"}}
	for _, a := range list.Advisers {
		id := strconv.FormatInt(a.WorkerID, 10)
		data.Advisers = append(data.Advisers, adviserRow{Name: a.Name, Count: a.Count, Href: "/care-leavers?adviser=" + id})
		data.Options = append(data.Options, option{Value: id, Label: a.Name, Checked: chosen == id})
		if a.WorkerID == filter.AdviserID {
			data.Filter = a.Name + "'s young people"
		}
	}
	if filter.Unallocated {
		data.Filter = "Young people without a personal adviser"
	}
	due, err := s.careLeaversDue(r.Context(), actorOf(*u), list.Rows, today)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	for _, row := range list.Rows {
		data.Rows = append(data.Rows, careLeaverRowOf(row, due[row.Child.PersonID], today))
	}
	p := s.newPage(r, "Care leavers")
	p.Data = data
	s.render(w, r, http.StatusOK, "leaving_list", p)
}

// careLeaverRowOf turns a row of the store's list, with what the duty engine says is due, into what the
// page shows.
func careLeaverRowOf(c store.CareLeaverRow, due leavingDue, today hearth.Date) careLeaverRow {
	cr := caseloadRowOf(c.Child, today)
	row := careLeaverRow{ID: cr.ID, Name: cr.Name, Masked: cr.Masked, Age: cr.Age,
		Category: categoryLabels[c.Category], Reason: c.Reason, Adviser: c.AdviserName, LastContact: "None recorded"}
	if !c.LastContact.At.IsZero() {
		row.LastContact = longDate(londonDate(c.LastContact.At)) + ", " + lower(leaving.ContactMethods.Description(c.LastContact.Method))
	}
	if c.HasStatus {
		st := c.Status
		row.StatusDate = longDate(st.Date)
		row.InTouch = inTouchLabels[st.InTouch]
		row.Accommodation = accommodationWords(st.Accommodation)
		suitable, known := st.Suitable()
		row.Unsuitable = known && !suitable
		row.BedAndBreakfast = st.BedAndBreakfast()
		row.Activity = shortMeaning(leaving.Activities.Description(st.Activity)) + " (" + st.Activity + ")"
		row.NEET = strings.HasPrefix(st.Activity, "G")
	}
	if due.HasNext {
		row.Next, row.NextBy, row.Overdue = due.Next.Title, longDate(due.Next.Due), due.Next.State == duty.StateOverdue
	}
	switch {
	case due.HasReview:
		row.ReviewDue = longDate(due.Review.Due)
	case c.PathwayPlanID != 0:
		row.ReviewDue = "None due"
	}
	return row
}

// categoryLabels name the leaving care categories in a word or two, for lists; the record page gives the
// full meaning.
var categoryLabels = map[string]string{
	leaving.Eligible:       "Eligible",
	leaving.Relevant:       "Relevant",
	leaving.FormerRelevant: "Former relevant",
	leaving.Qualifying:     "Qualifying",
}

// inTouchLabels name the SSDA903 IN_TOUCH codes in a few words, with the code.
var inTouchLabels = map[string]string{
	"YES":  "In touch (YES)",
	"NO":   "Not in touch (NO)",
	"DIED": "Died (DIED)",
	"REFU": "Refuses contact (REFU)",
	"NREQ": "No longer needs services (NREQ)",
	"RHOM": "Returned home (RHOM)",
}

// accommodationWords gives an OC3 ACCOM code's meaning in short, with the code: "Bed and breakfast,
// unsuitable (W2)".
func accommodationWords(code string) string {
	if len(code) != 2 {
		return "Not known (" + code + ")"
	}
	words := shortMeaning(leaving.AccommodationTypes.Description(code[:1]))
	if code[1] == '1' {
		return words + ", suitable (" + code + ")"
	}
	return words + ", unsuitable (" + code + ")"
}

// shortMeaning cuts a DfE code's meaning at its first explanation (" (", ":", ", such as"), for a table
// cell; the full meaning is on the young person's record.
func shortMeaning(desc string) string {
	for _, cut := range []string{" (", ":", ", such as", ", having", ", including", ", usually"} {
		if i := strings.Index(desc, cut); i > 0 {
			desc = desc[:i]
		}
	}
	return desc
}
