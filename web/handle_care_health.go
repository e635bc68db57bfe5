package web

import (
	"net/http"
	"strconv"
	"strings"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// A looked-after child's health: health checks (initial and review health assessments, dental checks,
// sight tests, under-five checks), whether their immunisations are up to date, and the Strengths and
// Difficulties Questionnaire's score or the DfE reason there is none. Each is recorded as what happened on
// a day while the child was looked after; the SSDA903 OC2 items are worked out from them.

// lookedAfterOn refuses, at the date field name, a day on which the child was not looked after: these
// records are of a looked-after child. It leaves alone a date that already has an error.
func lookedAfterOn(form *Form, rec *store.ChildRecord, name string, d hearth.Date) {
	if d.IsZero() || form.Error(name+"-day") != "" {
		return
	}
	if _, in := episodeOn(rec, d); !in {
		form.Add(name+"-day", "The child was not looked after on "+longDate(d)+": record this only for a day they were")
	}
}

func (s *Server) handleCareHealthNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "health check form", "checked", s.renderCareHealthNew)
}

// handleCareHealthNew records a health check. A second initial health assessment in the same period of
// care is refused: the first one is the initial one, and later ones are reviews.
func (s *Server) handleCareHealthNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "health check form")
	if !ok {
		return
	}
	h := &care.HealthAssessment{PersonID: v.rec.Person.ID,
		Kind:    codeValue(form, "kind", care.HealthKinds, "Select the kind of check", true),
		Date:    pastDate(form, "checked", "The date of the check", true, v.today),
		Outcome: codeValue(form, "outcome", care.HealthOutcomes, "Select what happened", true),
		ByWhom:  textValue(form, "by-whom", "", false),
	}
	lookedAfterOn(form, v.rec, "checked", h.Date)
	if e, in := episodeOn(v.rec, h.Date); in && h.Kind == care.HealthInitial && h.Outcome == "completed" {
		for _, old := range store.Rows[care.HealthAssessment](v.rec) {
			if active(old) && old.Kind == care.HealthInitial && old.Outcome == "completed" && !old.Date.Before(e.PeriodStart) {
				form.Add("kind", "The initial health assessment of this period of care was on "+longDate(old.Date)+": record this one as a review health assessment")
				break
			}
		}
	}
	s.saveCareRow(w, r, v, form, "checked-day", h, care.HealthKinds.Description(h.Kind)+" recorded", s.renderCareHealthNew)
}

func (s *Server) renderCareHealthNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Looked after: health", Heading: "Record a health check",
		Action: v.childBase() + "/care/health/new", Submit: "Save the health check", Cancel: v.childBase(),
		Fields: []field{
			b.radios("kind", "The kind of check", "", codeOptions(care.HealthKinds, false)),
			b.date("checked", "The date of the check", "For example, 27 3 2026"),
			b.radios("outcome", "What happened", "", codeOptions(care.HealthOutcomes, false)),
			b.text("by-whom", "Who carried it out", "For example, the paediatrician, nurse, dentist or practice"),
		}})
}

func (s *Server) handleCareImmunisationsNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "immunisations form", "checked", s.renderCareImmunisationsNew)
}

// handleCareImmunisationsNew records whether the child's immunisations were up to date on a day.
func (s *Server) handleCareImmunisationsNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "immunisations form")
	if !ok {
		return
	}
	im := &care.Immunisations{PersonID: v.rec.Person.ID, Date: pastDate(form, "checked", "The date the immunisations were checked", true, v.today)}
	if up := yesNoValue(form, "up-to-date", "Select yes if the immunisations were up to date", true); up != nil {
		im.UpToDate = *up
	}
	lookedAfterOn(form, v.rec, "checked", im.Date)
	s.saveCareRow(w, r, v, form, "checked-day", im, "The immunisations are recorded", s.renderCareImmunisationsNew)
}

func (s *Server) renderCareImmunisationsNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Looked after: health", Heading: "Record the immunisations",
		Action: v.childBase() + "/care/immunisations/new", Submit: "Save", Cancel: v.childBase(),
		Fields: []field{
			b.date("checked", "The date the immunisations were checked", "For example, 27 3 2026"),
			b.yesNo("up-to-date", "Were the child's immunisations up to date for their age?", "As the child's health record shows (SSDA903 OC2 IMMUNISATIONS)", nil, nil),
		}})
}

func (s *Server) handleCareSDQNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "SDQ form", "completed", s.renderCareSDQNew)
}

// handleCareSDQNew records an SDQ: a total difficulties score from 0 to 40, or the DfE reason there is
// none, not both. The questionnaire is for children aged 4 to 16: for them the reason cannot be SDQ1
// (outside the age range), and for others it must be.
func (s *Server) handleCareSDQNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "SDQ form")
	if !ok {
		return
	}
	q := &care.SDQ{PersonID: v.rec.Person.ID, Date: pastDate(form, "completed", "The date of the questionnaire", true, v.today),
		Reason: codeValue(form, "reason", care.SDQReasons, "Select a reason from the list", false)}
	if t := strings.TrimSpace(form.Value("score")); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 || n > 40 {
			form.Add("score", "The score must be a whole number from 0 to 40")
		} else {
			q.Score = &n
		}
	}
	switch {
	case q.Score == nil && q.Reason == "" && form.Error("score") == "" && form.Error("reason") == "":
		form.Add("score", "Enter the score, or select why there is none")
	case q.Score != nil && q.Reason != "":
		form.Add("reason", "A score was entered: leave the reason empty, or remove the score")
	}
	lookedAfterOn(form, v.rec, "completed", q.Date)
	if born := v.rec.Person.BirthDate; !born.IsZero() && !q.Date.IsZero() {
		age := born.AgeOn(q.Date)
		inRange := age >= 4 && age <= 16
		switch {
		case inRange && q.Reason == "SDQ1":
			form.Add("reason", "The child was "+strconv.Itoa(age)+", within the SDQ's age range of 4 to 16: select another reason")
		case !inRange && q.Score != nil:
			form.Add("score", "The child was "+strconv.Itoa(age)+", outside the SDQ's age range of 4 to 16: select reason SDQ1 instead of a score")
		}
	}
	s.saveCareRow(w, r, v, form, "completed-day", q, "The SDQ is recorded", s.renderCareSDQNew)
}

func (s *Server) renderCareSDQNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	score := b.text("score", "Total difficulties score", "From 0 to 40, from the questionnaire the carer completed (SDQ_SCORE)")
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Looked after: health", Heading: "Record a Strengths and Difficulties Questionnaire",
		Action: v.childBase() + "/care/sdq/new", Submit: "Save the SDQ", Cancel: v.childBase(),
		Fields: []field{
			b.date("completed", "The date of the questionnaire", "Or the date it was found it could not be completed. For example, 27 3 2026"),
			score,
			b.choose("reason", "Why there is no score", "Only when there is no score (SDQ_REASON)", "There is a score", codeSelectOptions(care.SDQReasons)),
		}})
}
