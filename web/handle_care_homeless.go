package web

import (
	"net/http"
	"strconv"

	"hearth/care"
)

// Homeless 16 and 17 year olds: the day a young person presented as homeless, to children's services or
// to housing, and the joint assessment the Southwark judgment requires, with its outcome. The social
// worker and their manager (careWriters) record both, on one form when the assessment is done the same
// day, or the outcome later on the assessment's own form, as an amendment. An outcome of section 20
// accommodation is recorded here and the episode of care on the care forms, which the page links to.

// homelessFields maps the columns of care.HomelessAssessment to the fields of its forms.
var homelessFields = map[string]string{"presented_date": "presented-day", "presented_to": "presented-to", "assessed_date": "assessed-day",
	"joint_housing": "joint-housing", "outcome": "outcome", "advocacy": "advocacy"}

// readHomeless reads the form's questions into h and puts each problem, its own rules' included, at its
// field. The young person must be 16 or 17 on the day they presented.
func readHomeless(form *Form, v *protectionView, h *care.HomelessAssessment) {
	h.PresentedDate = pastDate(form, "presented", "The date the young person presented as homeless", true, v.today)
	h.PresentedTo = codeValue(form, "presented-to", care.HomelessPresentedTo, "Select where the young person presented", true)
	h.AssessedDate = pastDate(form, "assessed", "The date the joint assessment was completed", false, v.today)
	h.JointHousing = yesNoValue(form, "joint-housing", "Select yes if housing took part in the assessment", !h.AssessedDate.IsZero())
	h.Outcome = codeValue(form, "outcome", care.HomelessOutcomes, "Select what followed the assessment", !h.AssessedDate.IsZero())
	h.Advocacy = yesNoValue(form, "advocacy", "Select yes if the young person was offered an independent advocate", false)
	born := v.rec.Person.BirthDate
	if !born.IsZero() && !h.PresentedDate.IsZero() && form.Error("presented-day") == "" {
		if age := born.AgeOn(h.PresentedDate); age < 16 || age > 17 {
			form.Add("presented-day", "The young person was "+strconv.Itoa(age)+" on that date: this is for 16 and 17 year olds")
		}
	}
	if form.Valid() {
		if err := h.Validate(); err != nil {
			problemsAt(form, err, homelessFields, "presented-day")
		}
	}
}

// homelessQuestions are the questions of both forms.
func homelessQuestions(b fields) []field {
	return []field{
		b.date("presented", "The date the young person presented as homeless", "For example, 27 3 2026"),
		b.radios("presented-to", "Where the young person presented", "", codeOptions(care.HomelessPresentedTo, false)),
		b.date("assessed", "The date the joint assessment was completed", "Children's services and housing together; leave empty while it is under way"),
		b.yesNo("joint-housing", "Did housing take part in the assessment?", "Only once the assessment is recorded", nil, nil),
		b.radios("outcome", "What followed the assessment", "Only once the assessment is recorded", codeOptions(care.HomelessOutcomes, false)),
		b.yesNo("advocacy", "Was the young person offered an independent advocate?", "Required before a young person declines section 20 accommodation", nil, nil),
	}
}

func (s *Server) handleHomelessNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "homeless young person form", "presented", s.renderHomelessNew)
}

// handleHomelessNew records a 16 or 17 year old presenting as homeless, with the assessment when done.
func (s *Server) handleHomelessNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "homeless young person form")
	if !ok {
		return
	}
	h := &care.HomelessAssessment{PersonID: v.rec.Person.ID}
	readHomeless(form, v, h)
	if !s.insertChecked(w, r, v, form, "presented-day", h) {
		return
	}
	notice, to := homelessNext(v, *h, "The young person presenting as homeless is recorded")
	s.formDone(w, r, form, func(status int) { s.renderHomelessNew(w, r, status, v, form) }, notice, to)
}

// homelessNext is where a saved form goes: the looked-after part of the record, or, when the outcome is
// section 20 accommodation and the young person is not yet looked after, the form that starts care, so
// the episode the outcome implies is recorded next.
func homelessNext(v *protectionView, h care.HomelessAssessment, notice string) (string, string) {
	if _, looked := openCareEpisode(v.rec); h.Outcome == "s20" && !looked {
		return notice + ": now record the start of the period of care", v.childBase() + "/care/start"
	}
	return notice, v.childBase() + "#looked-after"
}

func (s *Server) renderHomelessNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Homeless 16 and 17 year olds", Heading: "Record a young person presenting as homeless",
		Action: v.childBase() + "/care/homeless/new", Submit: "Save", Cancel: v.childBase(),
		Intro:  []string{"A homeless 16 or 17 year old is owed accommodation under section 20 unless, fully informed, they decline it (R (G) v Southwark, 2009)."},
		Fields: homelessQuestions(fields{form})})
}

// openHomeless opens the record for the form of an assessment in the path (wildcard assessment).
func (s *Server) openHomeless(w http.ResponseWriter, r *http.Request) (*protectionView, care.HomelessAssessment, bool) {
	v, ok := s.openCare(w, r, "homeless young person form")
	if !ok {
		return nil, care.HomelessAssessment{}, false
	}
	h, ok := findRow[care.HomelessAssessment](v.rec, r, "assessment")
	if !ok || !active(h) {
		s.notFound(w, r)
		return nil, care.HomelessAssessment{}, false
	}
	return v, h, true
}

func (s *Server) handleHomelessForm(w http.ResponseWriter, r *http.Request) {
	v, h, ok := s.openHomeless(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "presented", h.PresentedDate)
	setDate(form, "assessed", h.AssessedDate)
	form.Values.Set("presented-to", h.PresentedTo)
	form.Values.Set("joint-housing", yesNoString(h.JointHousing))
	form.Values.Set("outcome", h.Outcome)
	form.Values.Set("advocacy", yesNoString(h.Advocacy))
	s.keptDraft(r, form, nil)
	s.renderHomeless(w, r, http.StatusOK, v, h, form)
}

// handleHomeless records the assessment and its outcome, or a correction, as an amendment against the
// version the form was opened on.
func (s *Server) handleHomeless(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, h, ok := s.openHomeless(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if n, err := parseVersion(form); err == nil && n > 0 {
		h.Version = n
	}
	readHomeless(form, v, &h)
	if !s.amendChecked(w, r, v, form, "presented-day", &h, "Joint homelessness assessment recorded") {
		return
	}
	notice, to := homelessNext(v, h, "The assessment is recorded")
	s.formDone(w, r, form, func(status int) { s.renderHomeless(w, r, status, v, h, form) }, notice, to)
}

func (s *Server) renderHomeless(w http.ResponseWriter, r *http.Request, status int, v *protectionView, h care.HomelessAssessment, form *Form) {
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Homeless 16 and 17 year olds", Heading: "Record the joint assessment",
		Action: idPath(v.childBase()+"/care/homeless", h.ID, ""), Submit: "Save", Cancel: v.childBase(),
		Hidden: []hidden{versionField(h.Version)},
		Fields: homelessQuestions(fields{form})})
}
