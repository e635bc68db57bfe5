package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/care"
	"hearth/store"
)

// The personal education plan (PEP): the meeting (when, who took part, with which school) and its
// targets, each with the Pupil Premium Plus the virtual school allocates to it; later, on the target's own
// form, what was spent on it and whether it was achieved. The child's school (each move a new row) and
// education status (EHCP, NEET) are the virtual school's too (handle_care_school.go).

// educationWriters are the roles that record a looked-after child's education: the child's social worker
// and manager, and the virtual school, whose head holds the Pupil Premium Plus.
var educationWriters = []hearth.Role{hearth.RolePractitioner, hearth.RoleTeamManager, hearth.RoleVirtualSchool}

// recordEducation is the policy of the education forms.
var recordEducation = Roles(educationWriters...)

// pepTargetRows is how many targets the PEP form offers; more are added as further plans.
const pepTargetRows = 3

// openEducation opens the record of the child in the path for an education form: one of
// educationWriters whom access.CanChangeChild allows (openRecordAs), or 403.
func (s *Server) openEducation(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, bool) {
	return s.openRecordAs(w, r, educationWriters, purpose, true)
}

// mayRecordEducation reports whether u may record the child's education.
func mayRecordEducation(u hearth.User, facts access.ChildFacts, now time.Time) bool {
	return mayRecordAs(educationWriters, u, facts, now)
}

func (s *Server) handleCarePEPNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openEducation, "PEP form", "held", s.renderCarePEPNew, func(v *protectionView, form *Form) {
		if sp, ok := currentSchool(v.rec, v.today); ok {
			form.Values.Set("school", sp.School)
		}
	})
}

// handleCarePEPNew records a PEP meeting and its targets in one change. The meeting is held while the
// child is looked after and not in the future; a plan has at least one target, and each target's
// allocation is whole pounds.
func (s *Server) handleCarePEPNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openEducation, "PEP form")
	if !ok {
		return
	}
	pep := &care.PersonalEducationPlan{PersonID: v.rec.Person.ID,
		Date:      pastDate(form, "held", "The date of the PEP meeting", true, v.today),
		Attendees: codesValue(form, "attendees", care.PEPAttendees, "Select who took part", true),
		School:    textValue(form, "school", "Enter the school or setting", true),
	}
	lookedAfterOn(form, v.rec, "held", pep.Date)
	var targets []*care.PEPTarget
	for i := 1; i <= pepTargetRows; i++ {
		n := strconv.Itoa(i)
		text := textValue(form, "target-"+n, "", false)
		amount := poundsValue(form, "allocated-"+n)
		if text == "" {
			if amount != 0 {
				form.Add("target-"+n, "Enter the target the money is allocated to")
			}
			continue
		}
		targets = append(targets, &care.PEPTarget{PersonID: pep.PersonID, Target: text, Allocated: amount, Status: "open"})
	}
	if len(targets) == 0 && form.Error("target-1") == "" {
		form.Add("target-1", "Enter at least one target: what the child is to achieve")
	}
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if err := pep.Validate(); err != nil {
				return err
			}
			if err := c.Insert(pep); err != nil {
				return err
			}
			for _, t := range targets {
				t.PEPID = pep.ID
				if err := t.Validate(); err != nil {
					return err
				}
				if err := c.Insert(t); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil && !saveProblem(form, "held-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderCarePEPNew(w, r, status, v, form) },
		"The personal education plan is recorded", idPath(v.childBase()+"/care/peps", pep.ID, ""))
}

// poundsValue reads an amount of whole pounds, with or without a £ sign and commas: 0 when empty.
func poundsValue(form *Form, name string) int {
	t := strings.NewReplacer("£", "", ",", "", " ", "").Replace(form.Value(name))
	if t == "" {
		return 0
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 || n > 100000 {
		form.Add(name, "Enter an amount in whole pounds, from 0 to 100,000, such as 450")
		return 0
	}
	return n
}

func (s *Server) renderCarePEPNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	fs := []field{
		b.date("held", "The date of the PEP meeting", "For example, 27 3 2026"),
		b.checkboxes("attendees", "Who took part", "Select all that apply", codeOptions(care.PEPAttendees, false)),
		b.text("school", "The school or setting", ""),
	}
	for i := 1; i <= pepTargetRows; i++ {
		n := strconv.Itoa(i)
		hint := "What the child is to achieve and by when, in words the child understands"
		if i > 1 {
			hint = "Optional"
		}
		allocated := b.text("allocated-"+n, fmt.Sprintf("Pupil Premium Plus allocated to target %d (£)", i), "Whole pounds; leave empty for none")
		fs = append(fs, b.textarea("target-"+n, fmt.Sprintf("Target %d", i), hint, 2), allocated)
	}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Looked after: education", Heading: "Record a personal education plan",
		Action: v.childBase() + "/care/peps/new", Submit: "Save the plan", Cancel: v.childBase(), Fields: fs})
}

// handleCarePEP shows a PEP with its targets and what has been spent on each.
func (s *Server) handleCarePEP(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "personal education plan", false)
	if !ok {
		return
	}
	pep, ok := findRow[care.PersonalEducationPlan](v.rec, r, "pep")
	if !ok {
		s.notFound(w, r)
		return
	}
	canRecord := mayRecordEducation(*v.u, v.facts, s.now())
	tbl := &table{Caption: "Targets", Head: []string{"Target", "Allocated", "Spent", "Where it stands"}, Empty: "The plan has no targets."}
	allocated, spent := 0, 0
	for _, t := range store.Rows[care.PEPTarget](v.rec) {
		if !active(t) || t.PEPID != pep.ID {
			continue
		}
		allocated, spent = allocated+t.Allocated, spent+t.Spent
		first := cell{Text: t.Target}
		if canRecord {
			first.Href = idPath(v.childBase()+"/care/pep-targets", t.ID, "")
		}
		tbl.Rows = append(tbl.Rows, []cell{first, {Text: pounds(t.Allocated)}, {Text: pounds(t.Spent) + spentOn(t)},
			{Text: care.PEPTargetStatuses.Description(t.Status)}})
	}
	page := recordPage{Caption: "Personal education plan", Heading: "Personal education plan of " + longDate(pep.Date)}
	page.Sections = []section{
		{Title: "The meeting", Facts: []fact{
			{Key: "Date", Value: longDate(pep.Date)},
			{Key: "School or setting", Value: pep.School},
			{Key: "Who took part", Value: codeWords(care.PEPAttendees, pep.Attendees)},
			{Key: "Pupil Premium Plus", Value: pounds(allocated) + " allocated, " + pounds(spent) + " spent"},
		}},
		{Title: "Targets", Table: tbl},
	}
	s.renderProtectionRecord(w, r, v, "peps", pep.Record, page)
}

// pounds writes whole pounds as money: £1,250.
func pounds(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return "£" + s
}

// spentOn says what a target's money went on, when recorded.
func spentOn(t care.PEPTarget) string {
	if t.SpentOn == "" {
		return ""
	}
	return " on " + t.SpentOn
}

// openPEPTarget opens the record for a target's form, with the target in the path (wildcard target).
func (s *Server) openPEPTarget(w http.ResponseWriter, r *http.Request) (*protectionView, care.PEPTarget, bool) {
	v, ok := s.openEducation(w, r, "PEP target form")
	if !ok {
		return nil, care.PEPTarget{}, false
	}
	t, ok := findRow[care.PEPTarget](v.rec, r, "target")
	if !ok || !active(t) {
		s.notFound(w, r)
		return nil, care.PEPTarget{}, false
	}
	return v, t, true
}

func (s *Server) handleCarePEPTargetForm(w http.ResponseWriter, r *http.Request) {
	v, t, ok := s.openPEPTarget(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	form.Values.Set("status", t.Status)
	form.Values.Set("spent", strconv.Itoa(t.Spent))
	form.Values.Set("spent-on", t.SpentOn)
	s.keptDraft(r, form, nil)
	s.renderCarePEPTarget(w, r, http.StatusOK, v, t, form)
}

// handleCarePEPTarget records what has been spent on a target and where it stands, as an amendment (the
// earlier figures are kept in the target's history). Spending more than was allocated is allowed, since
// the virtual school may top a target up, but it is said on the plan's page by the figures.
func (s *Server) handleCarePEPTarget(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, t, ok := s.openPEPTarget(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if n, err := parseVersion(form); err == nil && n > 0 {
		t.Version = n
	}
	t.Status = codeValue(form, "status", care.PEPTargetStatuses, "Select where the target stands", true)
	t.Spent = poundsValue(form, "spent")
	t.SpentOn = textValue(form, "spent-on", "", false)
	if t.Spent > 0 && t.SpentOn == "" {
		form.Add("spent-on", "Enter what the money was spent on")
	}
	if !s.amendChecked(w, r, v, form, "status", &t, "Spending and progress recorded") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCarePEPTarget(w, r, status, v, t, form) },
		"The target is updated", idPath(v.childBase()+"/care/peps", t.PEPID, ""))
}

func (s *Server) renderCarePEPTarget(w http.ResponseWriter, r *http.Request, status int, v *protectionView, t care.PEPTarget, form *Form) {
	b := fields{form}
	s.renderProtectionForm(w, r, status, v, form, formPage{Caption: "Personal education plan", Heading: "Record spending and progress",
		Action: idPath(v.childBase()+"/care/pep-targets", t.ID, ""), Submit: "Save", Cancel: idPath(v.childBase()+"/care/peps", t.PEPID, ""),
		Hidden: []hidden{versionField(t.Version)},
		Facts:  []fact{{Key: "Target", Value: t.Target}, {Key: "Pupil Premium Plus allocated", Value: pounds(t.Allocated)}},
		Fields: []field{
			b.radios("status", "Where the target stands", "", codeOptions(care.PEPTargetStatuses, false)),
			b.text("spent", "Pupil Premium Plus spent so far (£)", "Whole pounds, in total"),
			b.text("spent-on", "What it was spent on", "For example, one-to-one tuition in reading"),
		}})
}
