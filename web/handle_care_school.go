package web

import (
	"net/http"
	"strconv"
	"strings"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// The child's school and education status, for the virtual school's register: joining a school ends the
// roll of the school before on the same day (a school move), and the status records an education, health
// and care plan and, from 16, whether the young person is not in education, employment or training.

// currentSchool returns the school whose roll the child is on at day d.
func currentSchool(rec *store.ChildRecord, d hearth.Date) (care.SchoolPlacement, bool) {
	var found care.SchoolPlacement
	ok := false
	for _, sp := range store.Rows[care.SchoolPlacement](rec) {
		if active(sp) && !sp.StartDate.After(d) && (sp.EndDate.IsZero() || sp.EndDate.After(d)) && (!ok || sp.StartDate.After(found.StartDate)) {
			found, ok = sp, true
		}
	}
	return found, ok
}

func (s *Server) handleCareSchoolNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openEducation, "school form", "joined", s.renderCareSchoolNew)
}

// handleCareSchoolNew records the child joining a school. A school the child is on the roll of is left
// the same day, in the same change; the new school cannot be joined before the current one was.
func (s *Server) handleCareSchoolNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openEducation, "school form")
	if !ok {
		return
	}
	sp := &care.SchoolPlacement{PersonID: v.rec.Person.ID,
		School:    textValue(form, "school", "Enter the school or setting", true),
		SchoolURN: strings.TrimSpace(form.Value("school-urn")),
		StartDate: pastDate(form, "joined", "The date the child joined the school", true, v.today),
	}
	notBefore(form, "joined", sp.StartDate, v.rec.Person.BirthDate, "The child cannot join a school before they were born")
	cur, hasSchool := currentSchool(v.rec, v.today)
	if hasSchool {
		notBefore(form, "joined", sp.StartDate, cur.StartDate.AddDays(1), "The child joined "+cur.School+" on "+longDate(cur.StartDate)+": the new school must be joined after that")
		if n, err := parseVersion(form); err == nil && n > 0 {
			cur.Version = n
		}
	}
	if err := sp.Validate(); err != nil && form.Valid() {
		form.Add("school-urn", hearth.ErrorMessage(err))
	}
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if hasSchool {
				cur.EndDate = sp.StartDate
				if err := c.Amend(&cur, "Left for "+sp.School); err != nil {
					return err
				}
			}
			return c.Insert(sp)
		})
		if err != nil && !saveProblem(form, "joined-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderCareSchoolNew(w, r, status, v, form) },
		"The school is recorded", v.childBase()+"#looked-after")
}

// parseVersion reads the version a form was opened on.
func parseVersion(form *Form) (int, error) { return strconv.Atoi(form.Value("version")) }

func (s *Server) renderCareSchoolNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Looked after: education", Heading: "Record a school", Action: v.childBase() + "/care/schools/new",
		Submit: "Save the school", Cancel: v.childBase(),
		Fields: []field{
			b.text("school", "The school, college or setting", ""),
			b.text("school-urn", "The school's unique reference number (URN)", "Six digits, from Get Information about Schools; leave empty if it has none"),
			b.date("joined", "The date the child joined the school's roll", "For example, 27 3 2026"),
		}}
	if cur, ok := currentSchool(v.rec, v.today); ok {
		page.Hidden = []hidden{versionField(cur.Version)}
		page.Intro = []string{"The child is on the roll of " + cur.School + " since " + longDate(cur.StartDate) + ". Recording a new school records that they left it on the day they joined the new one."}
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

func (s *Server) handleCareEducationStatusForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openEducation, "education status form", "known", s.renderCareEducationStatus)
}

// handleCareEducationStatus records the child's education status on a day. Whether a young person is not
// in education, employment or training is asked only from 16, and required then.
func (s *Server) handleCareEducationStatus(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openEducation, "education status form")
	if !ok {
		return
	}
	st := &care.EducationStatus{PersonID: v.rec.Person.ID, Date: pastDate(form, "known", "The date the status was known", true, v.today)}
	if e := yesNoValue(form, "ehcp", "Select yes if the child has an education, health and care plan", true); e != nil {
		st.EHCP = *e
	}
	born := v.rec.Person.BirthDate
	over16 := !born.IsZero() && !st.Date.IsZero() && born.AgeOn(st.Date) >= 16
	switch {
	case over16:
		st.NEET = yesNoValue(form, "neet", "Select yes if the young person is not in education, employment or training", true)
	case form.Value("neet") != "":
		form.Add("neet", "The child was under 16 on that date, of compulsory school age: leave this unanswered")
	}
	s.saveCareRow(w, r, v, form, "known-day", st, "The education status is recorded", s.renderCareEducationStatus)
}

func (s *Server) renderCareEducationStatus(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Looked after: education", Heading: "Record the education status",
		Action: v.childBase() + "/care/education-status/new", Submit: "Save", Cancel: v.childBase(),
		Fields: []field{
			b.date("known", "The date the status was known", "For example, 27 3 2026"),
			b.yesNo("ehcp", "Does the child have an education, health and care plan (EHCP)?", "", nil, nil),
			b.yesNo("neet", "Is the young person not in education, employment or training (NEET)?", "Only for a young person aged 16 or over", nil, nil),
		}})
}
