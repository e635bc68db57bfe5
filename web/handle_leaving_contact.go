package web

import (
	"net/http"
	"strings"

	"hearth"
	"hearth/leaving"
	"hearth/store"
)

// A contact between a care leaver and their personal adviser: when, how (face to face or not), where, and
// what was discussed. The adviser is the signed-in user's worker record. After saving, the adviser may go
// straight on to record what they learnt about the young person's situation (handle_leaving_status.go).

// hasCategory reports whether the young person has ever had a leaving care category: contacts and
// statuses are recorded for care leavers, so the category comes first.
func hasCategory(rec *store.ChildRecord) bool {
	for _, c := range store.Rows[leaving.CareLeaver](rec) {
		if active(c) {
			return true
		}
	}
	return false
}

// noCategory is what the contact and status forms say instead of the form for a young person with no
// leaving care category.
const noCategory = "The young person has no leaving care category. Record the category first: contacts and what is known of a care leaver are recorded from then."

func (s *Server) handleLeavingContactNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "care leaver contact form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	momentValues(form, "contact", s.now())
	s.keptDraft(r, form, nil)
	s.renderLeavingContact(w, r, http.StatusOK, v, form)
}

// handleLeavingContactNew records a contact. It cannot be in the future; a contact in person says where.
func (s *Server) handleLeavingContactNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "care leaver contact form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if !hasCategory(v.rec) {
		s.renderLeavingContact(w, r, http.StatusConflict, v, form)
		return
	}
	k := &leaving.Contact{PersonID: v.rec.Person.ID, WorkerID: v.u.WorkerID,
		At:      momentInput(form, "contact", "of the contact", s.now(), true),
		Method:  codeValue(form, "method", leaving.ContactMethods, "Select how you were in contact", true),
		Summary: textValue(form, "summary", "Enter what was discussed and agreed", true),
	}
	if k.Method == "face_to_face" {
		k.Location = textValue(form, "location", "Enter where you met", true)
	}
	status := yesNoValue(form, "status", "Select yes to record the young person's situation now", true)
	needWorker(form, v, "method", "had the contact")
	if !s.insertChecked(w, r, v, form, "method", k) {
		return
	}
	next := v.childBase() + "#leaving-care"
	if status != nil && *status {
		next = v.childBase() + "/leaving/status/new?contact=" + itoaID(k.ID)
	}
	s.formDone(w, r, form, func(code int) { s.renderLeavingContact(w, r, code, v, form) }, "The contact is recorded", next)
}

func (s *Server) renderLeavingContact(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Record a contact with the young person", Action: v.childBase() + "/leaving/contacts/new",
		Submit: "Save the contact", Cancel: v.childBase(),
		Fields: []field{
			b.date("contact", "The date of the contact", "For example, 27 3 2026"),
			b.clock("contact-time", "The time of the contact", "For example, 14:30"),
			b.radios("method", "How were you in contact?", "A message counts only when the young person replied", codeOptions(leaving.ContactMethods, false)),
			b.text("location", "Where you met", "For a contact in person: the young person's home, the office, a cafe"),
			b.textarea("summary", "What was discussed and agreed", "", 5),
			b.yesNo("status", "Record the young person's situation now?", "Whether you are in touch, their activity and their accommodation, as at this contact", nil, nil),
		}}
	if !hasCategory(v.rec) {
		page.Closed = noCategory
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// itoaID writes an id as a path or query shows it.
func itoaID(id hearth.ID) string { return idPath("", id, "")[1:] }

// problemsAt puts each problem of a row's Validate error at the form's field for its column (the check
// of each area names the column first: "in_touch: ..."), so a rule of the record is shown where the
// person can act on it; problems of other columns go to fallback.
func problemsAt(form *Form, err error, fieldOf map[string]string, fallback string) {
	msg := hearth.ErrorMessage(err)
	if i := strings.Index(msg, "): "); i >= 0 {
		msg = msg[i+3:] // the row's name, "care leaver status (care_leaver_status)"
	}
	for _, problem := range strings.Split(msg, "; ") {
		column, text, ok := strings.Cut(problem, ": ")
		field, known := fieldOf[column]
		if !ok || !known {
			form.Add(fallback, problem)
			continue
		}
		form.Add(field, strings.ToUpper(text[:1])+text[1:])
	}
}
