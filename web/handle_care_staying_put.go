package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// Staying put: a former relevant young person who lives on with their former foster carers after 18. The
// arrangement is recorded by those who record leaving care (leavingWriters: the personal adviser, the
// social worker who made the pathway plan, their manager), who then record each review of its plan and
// its end on the arrangement's own form, as amendments, so earlier reviews stay in its history.

// stayingPutFields maps the columns of care.StayingPut to the fields of its forms, so a rule of the row
// is shown at the question it is about.
var stayingPutFields = map[string]string{"start_date": "start-day", "carer": "carer", "carer_type": "carer-type",
	"end_date": "ended-day", "end_reason": "end-reason", "reviewed_date": "reviewed-day"}

// openStayingPut opens the record for a staying put form.
func (s *Server) openStayingPut(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, bool) {
	return s.openRecordAs(w, r, leavingWriters, purpose, true)
}

// fosterPlacement reports whether a DfE placement code is a foster placement (U1 to U6), the placements
// from which a young person can stay put.
func fosterPlacement(code string) bool {
	return len(code) == 2 && code[0] == 'U' && code[1] >= '1' && code[1] <= '6'
}

// lastFosterCareEnd returns the day the young person's last episode of care ended when it was in a foster
// placement, or zero: staying put is open only to someone who left care from foster care.
func lastFosterCareEnd(rec *store.ChildRecord) hearth.Date {
	eps := standingEpisodes(rec)
	if len(eps) == 0 {
		return hearth.Date{}
	}
	last := eps[len(eps)-1]
	if last.EndDate.IsZero() || !fosterPlacement(last.PlacementType) {
		return hearth.Date{}
	}
	return last.EndDate
}

// currentStayingPut returns the arrangement that stands on day d.
func currentStayingPut(rec *store.ChildRecord, d hearth.Date) (care.StayingPut, bool) {
	for _, sp := range store.Rows[care.StayingPut](rec) {
		if active(sp) && sp.Current(d) {
			return sp, true
		}
	}
	return care.StayingPut{}, false
}

func (s *Server) handleStayingPutNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openStayingPut, "staying put form", "start", s.renderStayingPutNew, func(v *protectionView, form *Form) {
		if end := lastFosterCareEnd(v.rec); !end.IsZero() {
			dateInputValues(form.Values, "start", end)
		}
	})
}

// handleStayingPutNew records a staying put arrangement. The young person must be 18 (and not yet 21) on
// the day it begins, and have left care from a foster placement on or before that day; an arrangement
// that stands already must be ended first.
func (s *Server) handleStayingPutNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openStayingPut, "staying put form")
	if !ok {
		return
	}
	sp := &care.StayingPut{PersonID: v.rec.Person.ID,
		StartDate: pastDate(form, "start", "The date the arrangement began", true, v.today),
		Carer:     textValue(form, "carer", "Enter the names of the carers", true),
		CarerType: codeValue(form, "carer-type", care.StayingPutCarerTypes, "Select who approved the carers", true),
	}
	born := v.rec.Person.BirthDate
	if !sp.StartDate.IsZero() && !born.IsZero() && form.Error("start-day") == "" {
		switch age := born.AgeOn(sp.StartDate); {
		case age < 18:
			form.Add("start-day", "The young person was "+strconv.Itoa(age)+" on that date: staying put begins at 18, when they leave care")
		case age >= 21:
			form.Add("start-day", "The young person was 21 on that date: staying put ends at 21")
		}
	}
	left := lastFosterCareEnd(v.rec)
	switch {
	case left.IsZero() && form.Error("start-day") == "":
		form.Add("start-day", "The young person's record has no period of care that ended in a foster placement: staying put is with former foster carers")
	case !left.IsZero():
		notBefore(form, "start", sp.StartDate, left, "The young person left care on "+longDate(left)+": the arrangement cannot begin before that")
	}
	if cur, ok := currentStayingPut(v.rec, v.today); ok {
		form.Add("start-day", "The young person is staying put with "+cur.Carer+" since "+longDate(cur.StartDate)+": record its end first")
	}
	if form.Valid() {
		if err := sp.Validate(); err != nil {
			problemsAt(form, err, stayingPutFields, "carer")
		}
	}
	s.saveCareRow(w, r, v, form, "start-day", sp, "The staying put arrangement is recorded", s.renderStayingPutNew)
}

func (s *Server) renderStayingPutNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care: staying put", Heading: "Record a staying put arrangement",
		Action: v.childBase() + "/care/staying-put/new", Submit: "Save the arrangement", Cancel: v.childBase(),
		Intro: []string{"A former relevant young person may stay on with their former foster carers after 18, until they are 21."},
		Fields: []field{
			b.date("start", "The date the arrangement began", "Usually the 18th birthday, when the young person ceased to be looked after (reason E17)"),
			b.text("carer", "The carers the young person stays with", "Their names, as on the foster carers' approval"),
			b.radios("carer-type", "Who approved the carers", "", codeOptions(care.StayingPutCarerTypes, false)),
		}}
	if end := lastFosterCareEnd(v.rec); !end.IsZero() {
		eps := standingEpisodes(v.rec)
		last := eps[len(eps)-1]
		page.Facts = []fact{{Key: "Left foster care", Value: longDate(end)}, {Key: "Reason care ended", Value: codeMeaning(care.ReasonsCeased, last.ReasonCeased)}}
		if last.ReasonCeased != "E17" {
			page.Warnings = []string{"The young person's care ended with reason " + last.ReasonCeased + ". A young person who stays on with their carers at 18 ceases to be looked after with reason E17: correct the episode too, so that the SSDA903 return and the staying put measure count them."}
		}
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openStayingPutRow opens the record for an arrangement's form, with the arrangement in the path
// (wildcard arrangement).
func (s *Server) openStayingPutRow(w http.ResponseWriter, r *http.Request) (*protectionView, care.StayingPut, bool) {
	v, ok := s.openStayingPut(w, r, "staying put review form")
	if !ok {
		return nil, care.StayingPut{}, false
	}
	sp, ok := findRow[care.StayingPut](v.rec, r, "arrangement")
	if !ok || !active(sp) {
		s.notFound(w, r)
		return nil, care.StayingPut{}, false
	}
	return v, sp, true
}

func (s *Server) handleStayingPutForm(w http.ResponseWriter, r *http.Request) {
	v, sp, ok := s.openStayingPutRow(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "reviewed", sp.ReviewedDate)
	setDate(form, "ended", sp.EndDate)
	form.Values.Set("end-reason", sp.EndReason)
	s.keptDraft(r, form, nil)
	s.renderStayingPut(w, r, http.StatusOK, v, sp, form)
}

// handleStayingPut records the latest review of the arrangement's plan, its end and why, as an amendment
// against the version the form was opened on.
func (s *Server) handleStayingPut(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, sp, ok := s.openStayingPutRow(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if n, err := parseVersion(form); err == nil && n > 0 {
		sp.Version = n
	}
	sp.ReviewedDate = pastDate(form, "reviewed", "The date of the latest review", false, v.today)
	sp.EndDate = pastDate(form, "ended", "The date the arrangement ended", false, v.today)
	sp.EndReason = codeValue(form, "end-reason", care.StayingPutEndReasons, "Select why the arrangement ended", false)
	if sp.ReviewedDate.IsZero() && sp.EndDate.IsZero() && form.Valid() {
		form.Add("reviewed-day", "Enter the date of the latest review, or the date the arrangement ended")
	}
	if b21 := v.rec.Person.BirthDate.AddMonths(21 * 12); !v.rec.Person.BirthDate.IsZero() && sp.EndDate.After(b21) {
		form.Add("ended-day", "Staying put ends at 21, on "+longDate(b21))
	}
	if form.Valid() {
		if err := sp.Validate(); err != nil {
			problemsAt(form, err, stayingPutFields, "reviewed-day")
		}
	}
	if !s.amendChecked(w, r, v, form, "reviewed-day", &sp, "Staying put reviewed or ended") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderStayingPut(w, r, status, v, sp, form) },
		"The staying put arrangement is updated", v.childBase()+"#looked-after")
}

func (s *Server) renderStayingPut(w http.ResponseWriter, r *http.Request, status int, v *protectionView, sp care.StayingPut, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Leaving care: staying put", Heading: "Review or end the staying put arrangement",
		Action: idPath(v.childBase()+"/care/staying-put", sp.ID, ""), Submit: "Save", Cancel: v.childBase(),
		Hidden: []hidden{versionField(sp.Version)},
		Facts: []fact{{Key: "Staying with", Value: sp.Carer + " (" + care.StayingPutCarerTypes.Description(sp.CarerType) + ")"},
			{Key: "Since", Value: longDate(sp.StartDate)}},
		Fields: []field{
			b.date("reviewed", "The date the arrangement's plan was last reviewed", "With the pathway plan's review; for example, 27 3 2026"),
			b.date("ended", "The date the arrangement ended", "Leave empty while it continues"),
			b.radios("end-reason", "Why it ended", "Only when it has ended", codeOptions(care.StayingPutEndReasons, false)),
		}})
}
