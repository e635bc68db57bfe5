package web

import (
	"net/http"
	"strconv"

	"hearth/leaving"
	"hearth/store"
)

// What was known of a care leaver on a date, in the SSDA903 OC3 codes with their meanings: whether the
// service was in touch, the young person's main activity, and their accommodation with whether it was
// suitable. The accommodation's type and suitability are asked separately and stored as the one OC3 code
// (W2: bed and breakfast, unsuitable). Opened from a contact (?contact=), the status is dated and linked
// to it.

// notKnown is the form's value for accommodation not known (OC3 code 0).
const notKnown = "0"

// statusFields maps the columns Status.Validate names to the form's fields.
var statusFields = map[string]string{"status_date": "date-day", "in_touch": "in-touch", "activity": "activity", "accommodation": "accommodation"}

// statusContact returns the young person's contact named by the form or query's contact, if it is theirs.
func statusContact(rec *store.ChildRecord, raw string) (leaving.Contact, bool) {
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return leaving.Contact{}, false
	}
	for _, c := range store.Rows[leaving.Contact](rec) {
		if c.ID == id && active(c) {
			return c, true
		}
	}
	return leaving.Contact{}, false
}

func (s *Server) handleLeavingStatusNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "care leaver status form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	if c, ok := statusContact(v.rec, r.URL.Query().Get("contact")); ok {
		form.Values.Set("contact", itoaID(c.ID))
		setDate(form, "date", londonDate(c.At))
		form.Values.Set("in-touch", "YES")
	}
	setDate(form, "date", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingStatus(w, r, http.StatusOK, v, form)
}

// handleLeavingStatusNew records the young person's situation on a date, not in the future. The codes must
// agree as the OC3 return wants (Status.Validate): in touch means activity and accommodation are known.
func (s *Server) handleLeavingStatusNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "care leaver status form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if !hasCategory(v.rec) {
		s.renderLeavingStatus(w, r, http.StatusConflict, v, form)
		return
	}
	st := &leaving.Status{PersonID: v.rec.Person.ID,
		Date:     pastDate(form, "date", "The date this is about", true, v.today),
		InTouch:  codeValue(form, "in-touch", leaving.InTouchCodes, "Select whether you are in touch with the young person", true),
		Activity: codeValue(form, "activity", leaving.Activities, "Select the young person's main activity", true),
	}
	if c, ok := statusContact(v.rec, form.Value("contact")); ok {
		st.ContactID = c.ID
	}
	switch kind := form.Value("accommodation"); {
	case kind == notKnown:
		st.Accommodation = notKnown
	case kind == "" || !leaving.AccommodationTypes.Has(kind):
		form.Add("accommodation", "Select the young person's accommodation")
	default:
		suitable := yesNoValue(form, "suitable", "Select yes if the accommodation is suitable", true)
		switch {
		case suitable == nil:
		case *suitable:
			st.Accommodation = kind + "1"
		default:
			st.Accommodation = kind + "2"
		}
	}
	if form.Valid() {
		if err := st.Validate(); err != nil {
			problemsAt(form, err, statusFields, "in-touch")
		}
	}
	if form.Valid() {
		if err := s.db.Insert(r.Context(), actorOf(*v.u), st); err != nil && !saveProblem(form, "in-touch", err) {
			s.serverError(w, r, err)
			return
		}
	}
	notice := "The young person's situation is recorded"
	if st.BedAndBreakfast() {
		notice += ". Bed and breakfast is never suitable for a care leaver: find other accommodation"
	}
	s.formDone(w, r, form, func(code int) { s.renderLeavingStatus(w, r, code, v, form) }, notice, v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingStatus(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	accommodation := codeOptions(leaving.AccommodationTypes, false)
	for i := range accommodation {
		accommodation[i].Hint = "DfE code " + accommodation[i].Value + "1 if suitable, " + accommodation[i].Value + "2 if not"
	}
	accommodation = append(accommodation, option{Value: notKnown, Label: "Not known: not in touch, died, or returned home for six months or more", Hint: "DfE code 0"})
	page := formPage{Caption: "Leaving care", Heading: "Record in touch, activity and accommodation", Action: v.childBase() + "/leaving/status/new",
		Submit: "Save", Cancel: v.childBase(),
		Intro:  []string{"These are the SSDA903 OC3 items, reported around each birthday from 17 to 21."},
		Hidden: []hidden{{"contact", form.Value("contact")}},
		Fields: []field{
			b.date("date", "The date this is about", "Usually the date of your contact. For example, 27 3 2026"),
			b.radios("in-touch", "Is the service in touch with the young person?", "", codeOptions(leaving.InTouchCodes, true)),
			b.radios("activity", "The young person's main activity", "", codeOptions(leaving.Activities, true)),
			b.radios("accommodation", "The young person's accommodation", "Bed and breakfast is never suitable for a care leaver", accommodation),
			b.yesNo("suitable", "Is the accommodation suitable?", "Not asked when the accommodation is not known", nil, nil),
		}}
	if !hasCategory(v.rec) {
		page.Closed = noCategory
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}
