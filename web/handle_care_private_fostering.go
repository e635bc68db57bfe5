package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// Private fostering: a child under 16 (18 if disabled) cared for by someone who is not a parent or close
// relative, by private arrangement. The child's social worker and their manager (careWriters) record the
// notification and the carer; the first visit and the assessment on the same form, when they are done,
// as amendments of the arrangement; each later visit as a row of its own; and the end.

// privateFosteringFields maps the columns of care.PrivateFostering to the fields of its forms.
var privateFosteringFields = map[string]string{"notified_date": "notified-day", "start_date": "start-day", "carer": "carer",
	"carer_relation": "relation", "initial_visit_date": "first-visit-day", "seen_alone": "seen-alone", "assessed_date": "assessed-day",
	"suitable": "suitable", "end_date": "ended-day", "end_reason": "end-reason"}

// disabled reports whether a person has a disability recorded (CIN codes other than NONE), for which
// private fostering runs to 18 rather than 16.
func disabled(p hearth.Person) bool {
	for _, c := range p.Disabilities {
		if c != "NONE" {
			return true
		}
	}
	return false
}

// readPrivateFostering reads the arrangement's questions into pf, with the end when withEnd (the form of
// an arrangement already recorded), and puts each problem, its own rules' included, at its field.
func readPrivateFostering(form *Form, v *protectionView, pf *care.PrivateFostering, withEnd bool) {
	pf.NotifiedDate = pastDate(form, "notified", "The date the authority was notified", true, v.today)
	pf.StartDate = pastDate(form, "start", "The date the child began to live with the carer", false, v.today)
	pf.Carer = textValue(form, "carer", "Enter the name of the private foster carer", true)
	pf.CarerRelation = textValue(form, "relation", "", false)
	pf.InitialVisitDate = pastDate(form, "first-visit", "The date of the first visit", false, v.today)
	pf.SeenAlone = yesNoValue(form, "seen-alone", "Select yes if the child was seen alone", !pf.InitialVisitDate.IsZero())
	pf.AssessedDate = pastDate(form, "assessed", "The date the assessment was completed", false, v.today)
	pf.Suitable = yesNoValue(form, "suitable", "Select yes if the arrangement is suitable", !pf.AssessedDate.IsZero())
	if withEnd {
		pf.EndDate = pastDate(form, "ended", "The date the arrangement ended", false, v.today)
		pf.EndReason = codeValue(form, "end-reason", care.PrivateFosteringEndReasons, "Select why the arrangement ended", !pf.EndDate.IsZero())
	}
	p := v.rec.Person
	if !p.BirthDate.IsZero() && !pf.NotifiedDate.IsZero() && form.Error("notified-day") == "" {
		limit := 16
		if disabled(p) {
			limit = 18
		}
		if age := p.BirthDate.AgeOn(pf.NotifiedDate); age >= limit {
			form.Add("notified-day", "The child was "+strconv.Itoa(age)+" on that date: a child is privately fostered only under 16, or under 18 if disabled")
		}
	}
	if cur, ok := openCareEpisode(v.rec); ok && !pf.NotifiedDate.Before(cur.PeriodStart) {
		form.Add("notified-day", "The child is looked after since "+longDate(cur.PeriodStart)+": a looked-after child is not privately fostered")
	}
	if form.Valid() {
		if err := pf.Validate(); err != nil {
			problemsAt(form, err, privateFosteringFields, "notified-day")
		}
	}
}

// privateFosteringQuestions are the arrangement's questions, the end's with withEnd.
func privateFosteringQuestions(b fields, withEnd bool) []field {
	out := []field{
		b.date("notified", "The date the authority was notified of the arrangement", "The first visit is due within 7 working days of it"),
		b.date("start", "The date the child began to live with the carer", "If known; it may be before the notification"),
		b.text("carer", "The private foster carer", "Their full name"),
		b.text("relation", "Who the carer is to the child", "For example, family friend, great-aunt, host family of a language school"),
		b.date("first-visit", "The date of the first visit to the child at the carer's home", "Leave empty until it has happened"),
		b.yesNo("seen-alone", "Was the child seen alone at the first visit?", "Only once the first visit is recorded", nil, nil),
		b.date("assessed", "The date the assessment of the arrangement was completed", "Due within 42 working days of the notification; leave empty until it is done"),
		b.yesNo("suitable", "Did the assessment find the arrangement suitable?", "Only once the assessment is recorded", nil, nil),
	}
	if withEnd {
		out = append(out, b.date("ended", "The date the arrangement ended", "Leave empty while it continues"),
			b.radios("end-reason", "Why it ended", "Only when it has ended", codeOptions(care.PrivateFosteringEndReasons, false)))
	}
	return out
}

func (s *Server) handlePrivateFosteringNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "private fostering form", "notified", s.renderPrivateFosteringNew)
}

// handlePrivateFosteringNew records a private fostering arrangement the authority has been notified of.
func (s *Server) handlePrivateFosteringNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "private fostering form")
	if !ok {
		return
	}
	pf := &care.PrivateFostering{PersonID: v.rec.Person.ID}
	readPrivateFostering(form, v, pf, false)
	s.saveCareRow(w, r, v, form, "notified-day", pf, "The private fostering arrangement is recorded", s.renderPrivateFosteringNew)
}

func (s *Server) renderPrivateFosteringNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Private fostering", Heading: "Record a private fostering arrangement",
		Action: v.childBase() + "/care/private-fostering/new", Submit: "Save the arrangement", Cancel: v.childBase(),
		Fields: privateFosteringQuestions(fields{form}, false)})
}

// openPrivateFostering opens the record for a form of an arrangement in the path (wildcard arrangement).
func (s *Server) openPrivateFostering(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, care.PrivateFostering, bool) {
	v, ok := s.openCare(w, r, purpose)
	if !ok {
		return nil, care.PrivateFostering{}, false
	}
	pf, ok := findRow[care.PrivateFostering](v.rec, r, "arrangement")
	if !ok || !active(pf) {
		s.notFound(w, r)
		return nil, care.PrivateFostering{}, false
	}
	return v, pf, true
}

func (s *Server) handlePrivateFosteringForm(w http.ResponseWriter, r *http.Request) {
	v, pf, ok := s.openPrivateFostering(w, r, "private fostering form")
	if !ok {
		return
	}
	form := NewForm(nil)
	for name, d := range map[string]hearth.Date{"notified": pf.NotifiedDate, "start": pf.StartDate, "first-visit": pf.InitialVisitDate,
		"assessed": pf.AssessedDate, "ended": pf.EndDate} {
		setDate(form, name, d)
	}
	form.Values.Set("carer", pf.Carer)
	form.Values.Set("relation", pf.CarerRelation)
	form.Values.Set("seen-alone", yesNoString(pf.SeenAlone))
	form.Values.Set("suitable", yesNoString(pf.Suitable))
	form.Values.Set("end-reason", pf.EndReason)
	s.keptDraft(r, form, nil)
	s.renderPrivateFostering(w, r, http.StatusOK, v, pf, form)
}

// handlePrivateFostering records the first visit, the assessment, the end or a correction of the
// arrangement, as an amendment against the version the form was opened on.
func (s *Server) handlePrivateFostering(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, pf, ok := s.openPrivateFostering(w, r, "private fostering form")
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if n, err := parseVersion(form); err == nil && n > 0 {
		pf.Version = n
	}
	readPrivateFostering(form, v, &pf, true)
	if !s.amendChecked(w, r, v, form, "notified-day", &pf, "Private fostering arrangement updated") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderPrivateFostering(w, r, status, v, pf, form) },
		"The private fostering arrangement is updated", v.childBase()+"#looked-after")
}

func (s *Server) renderPrivateFostering(w http.ResponseWriter, r *http.Request, status int, v *protectionView, pf care.PrivateFostering, form *Form) {
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Private fostering", Heading: "Update the private fostering arrangement",
		Action: idPath(v.childBase()+"/care/private-fostering", pf.ID, ""), Submit: "Save", Cancel: v.childBase(),
		Hidden: []hidden{versionField(pf.Version)},
		Fields: privateFosteringQuestions(fields{form}, true)})
}

func (s *Server) handlePrivateFosteringVisitForm(w http.ResponseWriter, r *http.Request) {
	v, pf, ok := s.openPrivateFostering(w, r, "private fostering visit form")
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "visited", v.today)
	s.keptDraft(r, form, nil)
	s.renderPrivateFosteringVisit(w, r, http.StatusOK, v, pf, form)
}

// handlePrivateFosteringVisit records a visit after the first, by the worker of the account recording it.
// It cannot be before the first visit, which must be recorded first, nor after the arrangement ended.
func (s *Server) handlePrivateFosteringVisit(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, pf, ok := s.openPrivateFostering(w, r, "private fostering visit form")
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	vi := &care.PrivateFosteringVisit{PersonID: v.rec.Person.ID, PrivateFosteringID: pf.ID, WorkerID: v.u.WorkerID,
		Date:  pastDate(form, "visited", "The date of the visit", true, v.today),
		Notes: textValue(form, "notes", "", false)}
	if seen := yesNoValue(form, "seen-alone", "Select yes if the child was seen alone", true); seen != nil {
		vi.SeenAlone = *seen
	}
	if pf.InitialVisitDate.IsZero() {
		form.Add("visited-day", "The first visit is not recorded yet: record it on the arrangement first")
	}
	notBefore(form, "visited", vi.Date, pf.InitialVisitDate.AddDays(1), "The first visit was on "+longDate(pf.InitialVisitDate)+": a later visit is after it")
	if !pf.EndDate.IsZero() && vi.Date.After(pf.EndDate) && form.Error("visited-day") == "" {
		form.Add("visited-day", "The arrangement ended on "+longDate(pf.EndDate))
	}
	if !s.insertChecked(w, r, v, form, "visited-day", vi) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderPrivateFosteringVisit(w, r, status, v, pf, form) },
		"The visit is recorded", v.childBase()+"#looked-after")
}

func (s *Server) renderPrivateFosteringVisit(w http.ResponseWriter, r *http.Request, status int, v *protectionView, pf care.PrivateFostering, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Private fostering", Heading: "Record a private fostering visit",
		Action: idPath(v.childBase()+"/care/private-fostering", pf.ID, "/visits/new"), Submit: "Save the visit", Cancel: v.childBase(),
		Facts: []fact{{Key: "Private foster carer", Value: pf.Carer}, {Key: "First visit", Value: dateOrNot(pf.InitialVisitDate, "Not yet recorded")}},
		Fields: []field{
			b.date("visited", "The date of the visit", "For example, 27 3 2026"),
			b.yesNo("seen-alone", "Was the child seen alone?", "", nil, nil),
			b.textarea("notes", "What the child said and what was seen", "In brief", 4),
		}})
}

// privateFosteringVisits returns the later visits of an arrangement that stand.
func privateFosteringVisits(rec *store.ChildRecord, id hearth.ID) []care.PrivateFosteringVisit {
	var out []care.PrivateFosteringVisit
	for _, vi := range store.Rows[care.PrivateFosteringVisit](rec) {
		if active(vi) && vi.PrivateFosteringID == id {
			out = append(out, vi)
		}
	}
	return out
}
