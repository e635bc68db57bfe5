package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"hearth"
	"hearth/protection"
	"hearth/store"
)

// A child and family assessment and a section 47 enquiry ask three things in the same way, because they
// are what inspectors keep finding missing from both: was the child seen (and alone, and what did they
// say), was every member of the household considered, and what does the GP know. enquiry lets one
// handler of each part serve both records.
type enquiry struct {
	a *protection.Assessment // set for an assessment
	e *protection.S47Enquiry // set for a section 47 enquiry
	// base is the path of the record's page, such as /children/7/assessments/12.
	base string
}

// findEnquiry finds the assessment or the enquiry in the path (wildcard assessment or enquiry).
func findEnquiry(v *protectionView, r *http.Request, s47 bool) (enquiry, bool) {
	if s47 {
		e, ok := findRow[protection.S47Enquiry](v.rec, r, "enquiry")
		return enquiry{e: &e, base: idPath(v.childBase()+"/s47-enquiries", e.ID, "")}, ok && active(e)
	}
	a, ok := findRow[protection.Assessment](v.rec, r, "assessment")
	return enquiry{a: &a, base: idPath(v.childBase()+"/assessments", a.ID, "")}, ok && active(a)
}

func (q enquiry) id() hearth.ID {
	if q.a != nil {
		return q.a.ID
	}
	return q.e.ID
}

func (q enquiry) version() int {
	if q.a != nil {
		return q.a.Version
	}
	return q.e.Version
}

func (q enquiry) setVersion(n int) {
	if q.a != nil {
		q.a.Version = n
	} else {
		q.e.Version = n
	}
}

// row is the row to amend.
func (q enquiry) row() any {
	if q.a != nil {
		return q.a
	}
	return q.e
}

// noun is the record in words, as a sentence uses it.
func (q enquiry) noun() string {
	if q.a != nil {
		return "assessment"
	}
	return "section 47 enquiry"
}

// title is the record's name, as a caption shows it.
func (q enquiry) title() string {
	if q.a != nil {
		return "Child and family assessment"
	}
	return "Section 47 enquiry"
}

func (q enquiry) start() hearth.Date {
	if q.a != nil {
		return q.a.StartDate
	}
	return q.e.StartDate
}

// finished is the date the worker finished the record (an assessment's completion, an enquiry's
// conclusion), zero while it is being done.
func (q enquiry) finished() hearth.Date {
	if q.a != nil {
		return q.a.CompletedDate
	}
	return q.e.EndDate
}

// closed says why the record's parts can no longer be changed here, or "": an assessment once it is
// authorised, an enquiry once its conclusion is signed off. What a manager signed off must stay what
// they signed off.
func (q enquiry) closed() string {
	if q.a != nil && !q.a.AuthorisationDate.IsZero() {
		return "This assessment was authorised on " + longDate(q.a.AuthorisationDate) + ", so it can no longer be changed."
	}
	if q.e != nil && !q.e.AuthorisationDate.IsZero() {
		return "This enquiry's conclusion was signed off on " + longDate(q.e.AuthorisationDate) + ", so it can no longer be changed."
	}
	return ""
}

// seenPart is whether the child was seen, as both records hold it.
type seenPart struct {
	Seen, Alone *bool
	Date        hearth.Date
	Reason      string
	Views       string
}

func (q enquiry) seen() seenPart {
	if q.a != nil {
		return seenPart{q.a.ChildSeen, q.a.SeenAlone, q.a.SeenDate, q.a.NotSeenReason, q.a.ChildViews}
	}
	return seenPart{q.e.ChildSeen, q.e.SeenAlone, q.e.SeenDate, q.e.NotSeenReason, q.e.ChildViews}
}

func (q enquiry) setSeen(p seenPart) {
	if q.a != nil {
		q.a.ChildSeen, q.a.SeenAlone, q.a.SeenDate, q.a.NotSeenReason, q.a.ChildViews = p.Seen, p.Alone, p.Date, p.Reason, p.Views
		return
	}
	q.e.ChildSeen, q.e.SeenAlone, q.e.SeenDate, q.e.NotSeenReason, q.e.ChildViews = p.Seen, p.Alone, p.Date, p.Reason, p.Views
}

func (q enquiry) gp() (*bool, string) {
	if q.a != nil {
		return q.a.GPInformationObtained, q.a.GPInformationNotObtainedReason
	}
	return q.e.GPInformationObtained, q.e.GPInformationNotObtainedReason
}

func (q enquiry) setGP(obtained *bool, reason string) {
	if q.a != nil {
		q.a.GPInformationObtained, q.a.GPInformationNotObtainedReason = obtained, reason
		return
	}
	q.e.GPInformationObtained, q.e.GPInformationNotObtainedReason = obtained, reason
}

// seenWords says in a line whether the child was seen.
func (p seenPart) words() string {
	switch {
	case p.Seen == nil:
		return ""
	case *p.Seen:
		w := "Seen on " + longDate(p.Date)
		switch {
		case p.Alone == nil:
			w += "; whether alone is not recorded"
		case *p.Alone:
			w += ", and seen alone"
		default:
			w += ", not alone"
		}
		return w
	}
	return "Not seen: " + p.Reason
}

// memberRow is one household member's row of an assessment or enquiry.
type memberRow struct {
	ID         hearth.ID
	Version    int
	MemberID   hearth.ID
	Considered bool
	Note       string
}

// members returns the record's household rows that stand.
func (q enquiry) members(rec *store.ChildRecord) []memberRow {
	var out []memberRow
	if q.a != nil {
		for _, m := range store.Rows[protection.AssessmentHouseholdMember](rec) {
			if m.AssessmentID == q.a.ID && active(m) {
				out = append(out, memberRow{m.ID, m.Version, m.MemberID, m.Considered, m.Note})
			}
		}
		return out
	}
	for _, m := range store.Rows[protection.S47HouseholdMember](rec) {
		if m.S47EnquiryID == q.e.ID && active(m) {
			out = append(out, memberRow{m.ID, m.Version, m.MemberID, m.Considered, m.Note})
		}
	}
	return out
}

// saveMember inserts or amends one household member's row within a change.
func (q enquiry) saveMember(c *store.Change, child hearth.ID, m memberRow, reason string) error {
	if q.a != nil {
		row := &protection.AssessmentHouseholdMember{Record: hearth.Record{ID: m.ID, Version: m.Version}, PersonID: child,
			AssessmentID: q.a.ID, MemberID: m.MemberID, Considered: m.Considered, Note: m.Note}
		if err := row.Validate(); err != nil {
			return err
		}
		if m.ID == 0 {
			return c.Insert(row)
		}
		return c.Amend(row, reason)
	}
	row := &protection.S47HouseholdMember{Record: hearth.Record{ID: m.ID, Version: m.Version}, PersonID: child,
		S47EnquiryID: q.e.ID, MemberID: m.MemberID, Considered: m.Considered, Note: m.Note}
	if err := row.Validate(); err != nil {
		return err
	}
	if m.ID == 0 {
		return c.Insert(row)
	}
	return c.Amend(row, reason)
}

// household is who the record should consider: the members of the child's household (on the day the
// record started and today), who must each be considered, and the child's other relatives, who may be.
type household struct {
	members []store.FamilyMember // lives with the child
	others  []store.FamilyMember // relatives elsewhere
}

// householdOf reads the child's family on the record's start date and today.
func (s *Server) householdOf(r *http.Request, v *protectionView, q enquiry) (household, error) {
	var h household
	seen := map[hearth.ID]bool{}
	for _, on := range []hearth.Date{q.start(), v.today} {
		family, err := s.db.FamilyOf(r.Context(), v.rec, on)
		if err != nil {
			return h, err
		}
		for _, m := range family {
			if m.InHousehold && !seen[m.PersonID] {
				seen[m.PersonID] = true
				h.members = append(h.members, m)
			}
		}
		if on == v.today {
			for _, m := range family {
				if !seen[m.PersonID] {
					seen[m.PersonID] = true
					h.others = append(h.others, m)
				}
			}
		}
	}
	return h, nil
}

// memberName is how a household member is named on the forms.
func memberName(m store.FamilyMember) string {
	name := m.Name.Full()
	if m.Restricted || name == "" {
		name = "A person whose record is restricted"
	}
	return name + " (" + m.Relationship + ")"
}

// enquiryGaps lists what stops an assessment being completed or an enquiry concluded: whether the child
// was seen, whether the GP's information was obtained, and each household member not yet considered.
// Each is a fact with an error and an id, so the error summary links to it and the page says what to do.
func enquiryGaps(q enquiry, rec *store.ChildRecord, h household) []fact {
	seen := q.seen()
	facts := []fact{{ID: "seen", Key: "The child", Value: seen.words(), Href: q.base + "/seen", HrefText: "Change"}}
	if seen.Seen == nil {
		facts[0].Error = "Record whether the child was seen before you finish the " + q.noun()
		facts[0].HrefText = "Record"
	}
	obtained, reason := q.gp()
	gp := fact{ID: "gp", Key: "The GP's information", Value: gpWords(obtained, reason), Href: q.base + "/gp", HrefText: "Change"}
	if obtained == nil {
		gp.Error, gp.HrefText = "Record whether the GP's information was obtained before you finish the "+q.noun(), "Record"
	}
	facts = append(facts, gp)
	rows := q.members(rec)
	missing := 0
	for _, m := range h.members {
		i := slices.IndexFunc(rows, func(r memberRow) bool { return r.MemberID == m.PersonID })
		if i < 0 {
			missing++
		}
	}
	hh := fact{ID: "household", Key: "Household members", Href: q.base + "/household", HrefText: "Change"}
	switch {
	case len(h.members) == 0:
		hh.Value = "No one else is recorded as living with the child"
	case missing > 0:
		hh.Value = fmt.Sprintf("%d of %d not yet considered", missing, len(h.members))
		hh.Error, hh.HrefText = fmt.Sprintf("Consider every member of the household, or say why not, before you finish the %s (%d not done)", q.noun(), missing), "Record"
	default:
		hh.Value = fmt.Sprintf("All %d considered or explained", len(h.members))
	}
	return append(facts, hh)
}

func gpWords(obtained *bool, reason string) string {
	switch {
	case obtained == nil:
		return ""
	case *obtained:
		return "Obtained"
	}
	return "Not obtained: " + reason
}

// ---- Seeing the child ----

// handleEnquirySeenForm shows whether the child was seen, and alone, and what they said.
func (s *Server) handleEnquirySeenForm(w http.ResponseWriter, r *http.Request, s47 bool) {
	v, q, ok := s.openEnquiry(w, r, s47)
	if !ok {
		return
	}
	form := NewForm(nil)
	p := q.seen()
	form.Values.Set("seen", yesNoString(p.Seen))
	form.Values.Set("alone", yesNoString(p.Alone))
	dateInputValues(form.Values, "seen-date", p.Date)
	form.Values.Set("not-seen-reason", p.Reason)
	form.Values.Set("views", p.Views)
	s.keptDraft(r, form, nil)
	s.renderEnquirySeen(w, r, http.StatusOK, v, q, form)
}

// handleEnquirySeen records whether the child was seen. A date before the record started, or in the
// future, is refused at the field, and everything typed is kept.
func (s *Server) handleEnquirySeen(w http.ResponseWriter, r *http.Request, s47 bool) {
	v, q, form, ok := s.postedEnquiry(w, r, s47, s.renderEnquirySeen)
	if !ok {
		return
	}
	var p seenPart
	p.Seen = yesNoValue(form, "seen", "Select yes if the child was seen", true)
	p.Views = textValue(form, "views", "", false)
	if p.Seen != nil && *p.Seen {
		p.Date = pastDate(form, "seen-date", "The date the child was seen", true, v.today)
		notBefore(form, "seen-date", p.Date, q.start(), fmt.Sprintf("The date the child was seen must be on or after the %s started (%s)", q.noun(), longDate(q.start())))
		if end := q.finished(); !end.IsZero() && p.Date.After(end) && form.Error("seen-date-day") == "" {
			form.Add("seen-date-day", fmt.Sprintf("The date the child was seen must be on or before the %s was finished (%s)", q.noun(), longDate(end)))
		}
		p.Alone = yesNoValue(form, "alone", "Select yes if the child was seen alone", true)
	}
	if p.Seen != nil && !*p.Seen {
		p.Reason = textValue(form, "not-seen-reason", "Enter why the child was not seen", true)
	}
	if form.Valid() {
		old := q.seen()
		q.setSeen(p)
		if !s.amendPart(w, r, v, form, "seen", q.row(), "Seeing the child", old.Seen != nil) {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderEnquirySeen(w, r, status, v, q, form) },
		"Seeing the child is recorded", q.base)
}

func (s *Server) renderEnquirySeen(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "Seeing the child", Action: q.base + "/seen", Submit: "Save", Cancel: q.base,
		Closed: q.closed(),
		Intro:  []string{"Seeing the child, and seeing them alone, is how their experience is known first hand rather than through the adults around them."},
		Hidden: []hidden{versionField(q.version())},
		Fields: []field{
			b.yesNo("seen", "Was the child seen during the "+q.noun()+"?", "", []field{
				b.date("seen-date", "The date the child was first seen", "For example, 27 3 2026"),
				b.yesNo("alone", "Was the child seen alone?", "Without a parent or carer in the room", nil, nil),
			}, []field{
				b.textarea("not-seen-reason", "Why the child was not seen", "What was tried, and what happens next", 3),
			}),
			b.words("views", "What the child said: their wishes and feelings", "Write what the child said in their own words, in quotation marks where you can. For a baby or a child who does not speak, say what you observed."),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// ---- The GP's information ----

func (s *Server) handleEnquiryGPForm(w http.ResponseWriter, r *http.Request, s47 bool) {
	v, q, ok := s.openEnquiry(w, r, s47)
	if !ok {
		return
	}
	form := NewForm(nil)
	obtained, reason := q.gp()
	form.Values.Set("obtained", yesNoString(obtained))
	form.Values.Set("reason", reason)
	s.keptDraft(r, form, nil)
	s.renderEnquiryGP(w, r, http.StatusOK, v, q, form)
}

// handleEnquiryGP records whether the GP's information was obtained, and why not.
func (s *Server) handleEnquiryGP(w http.ResponseWriter, r *http.Request, s47 bool) {
	v, q, form, ok := s.postedEnquiry(w, r, s47, s.renderEnquiryGP)
	if !ok {
		return
	}
	obtained := yesNoValue(form, "obtained", "Select yes if the GP's information was obtained", true)
	reason := ""
	if obtained != nil && !*obtained {
		reason = textValue(form, "reason", "Enter why the GP's information was not obtained", true)
	}
	if form.Valid() {
		old, _ := q.gp()
		q.setGP(obtained, reason)
		if !s.amendPart(w, r, v, form, "obtained", q.row(), "The GP's information", old != nil) {
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderEnquiryGP(w, r, status, v, q, form) },
		"The GP's information is recorded", q.base)
}

func (s *Server) renderEnquiryGP(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, form *Form) {
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "The GP's information", Action: q.base + "/gp", Submit: "Save", Cancel: q.base,
		Closed: q.closed(),
		Hidden: []hidden{versionField(q.version())},
		Intro:  []string{"The child's GP often knows of injuries, missed appointments and the parents' health. Say whether they were asked and what they know is in the " + q.noun() + "."},
		Fields: []field{
			b.yesNo("obtained", "Was the GP's information obtained?", "", nil, []field{
				b.textarea("reason", "Why the GP's information was not obtained", "For example, not registered with a GP, or the practice did not reply in time and what was done", 3),
			}),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// ---- Household members ----

func (s *Server) handleEnquiryHouseholdForm(w http.ResponseWriter, r *http.Request, s47 bool) {
	v, q, ok := s.openEnquiry(w, r, s47)
	if !ok {
		return
	}
	h, err := s.householdOf(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	form := NewForm(nil)
	for _, m := range q.members(v.rec) {
		key := strconv.FormatInt(m.MemberID, 10)
		form.Values.Set("considered-"+key, yesNoString(&m.Considered))
		form.Values.Set("note-"+key, m.Note)
	}
	s.keptDraft(r, form, nil)
	s.renderEnquiryHousehold(w, r, http.StatusOK, v, q, h, form)
}

// handleEnquiryHousehold records, for each member of the household (and any relative the worker also
// considered), whether they were considered and what was learnt or why not. A member not answered is
// left as it was; one not considered must say why.
func (s *Server) handleEnquiryHousehold(w http.ResponseWriter, r *http.Request, s47 bool) {
	if !s.readLongForm(w, r) {
		return
	}
	v, q, ok := s.openEnquiry(w, r, s47)
	if !ok {
		return
	}
	h, err := s.householdOf(r, v, q)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	form := NewForm(r.PostForm)
	if q.closed() != "" {
		s.renderEnquiryHousehold(w, r, http.StatusConflict, v, q, h, form)
		return
	}
	existing := q.members(v.rec)
	var changes []memberRow
	for _, m := range append(append([]store.FamilyMember{}, h.members...), h.others...) {
		key := strconv.FormatInt(m.PersonID, 10)
		considered := yesNoValue(form, "considered-"+key, "Select yes if "+memberName(m)+" was considered", false)
		note := textValue(form, "note-"+key, "", false)
		if considered == nil {
			if note != "" && form.Error("considered-"+key) == "" {
				form.Add("considered-"+key, "Select yes if "+memberName(m)+" was considered")
			}
			continue
		}
		if !*considered && note == "" {
			form.Add("note-"+key, "Enter why "+memberName(m)+" was not considered")
			continue
		}
		row := memberRow{MemberID: m.PersonID, Considered: *considered, Note: note}
		if i := slices.IndexFunc(existing, func(x memberRow) bool { return x.MemberID == m.PersonID }); i >= 0 {
			if existing[i].Considered == row.Considered && existing[i].Note == row.Note {
				continue
			}
			row.ID, row.Version = existing[i].ID, existing[i].Version
		}
		changes = append(changes, row)
	}
	if form.Valid() && len(changes) > 0 {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			for _, m := range changes {
				if err := q.saveMember(c, v.rec.Person.ID, m, "Household member's consideration changed"); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil && !saveProblem(form, "household", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderEnquiryHousehold(w, r, status, v, q, h, form) },
		"The household members are recorded", q.base)
}

func (s *Server) renderEnquiryHousehold(w http.ResponseWriter, r *http.Request, status int, v *protectionView, q enquiry, h household, form *Form) {
	b := fields{form}
	page := formPage{Caption: q.title(), Heading: "Household members", Action: q.base + "/household", Submit: "Save", Cancel: q.base,
		Closed: q.closed(),
		Intro: []string{"Consider every person who lives with the child: their part in the child's life, and any risk or support they bring. " +
			"If someone else lives there who is not listed, record them in the child's household first."}}
	if form.Error("household") != "" {
		page.Facts = []fact{{ID: "household", Key: "Not saved", Error: form.Error("household")}}
	}
	add := func(m store.FamilyMember, must bool) {
		key := strconv.FormatInt(m.PersonID, 10)
		hint := "Lives with the child"
		if !must {
			hint = "Does not live with the child: answer if you considered them"
		}
		page.Fields = append(page.Fields,
			b.yesNo("considered-"+key, memberName(m)+": were they considered?", hint, nil, nil),
			b.textarea("note-"+key, "What you learnt about "+memberName(m)+", or why they were not considered", "", 3))
	}
	for _, m := range h.members {
		add(m, true)
	}
	for _, m := range h.others {
		add(m, false)
	}
	if len(page.Fields) == 0 {
		page.Intro = append(page.Intro, "No one is recorded as living with the child or as a relative.")
		page.Closed = "There is no one to record here yet."
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openEnquiry opens the record for a part of an assessment or enquiry form, answering 404 when the
// record is not the child's or was recorded in error.
func (s *Server) openEnquiry(w http.ResponseWriter, r *http.Request, s47 bool) (*protectionView, enquiry, bool) {
	purpose := "assessment form"
	if s47 {
		purpose = "section 47 enquiry form"
	}
	v, ok := s.openProtection(w, r, purpose, true)
	if !ok {
		return nil, enquiry{}, false
	}
	q, ok := findEnquiry(v, r, s47)
	if !ok {
		s.notFound(w, r)
		return nil, enquiry{}, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		q.setVersion(n) // the version the person saw, so a change made since is refused, not overwritten
	}
	return v, q, true
}

// versionField keeps the version of the row a form was opened on, so that Amend refuses the save when
// someone else changed the row since (optimistic concurrency) rather than overwrite their change.
func versionField(n int) hidden { return hidden{"version", strconv.Itoa(n)} }
