package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
)

// A strategy discussion is one short page: when it was held, who led it, the agencies that took part,
// what they shared, what was decided and the actions agreed. Police and health are expected (Working
// Together); their absence is shown on the record, because it is a measure leaders watch.

func (s *Server) handleStrategyNewForm(w http.ResponseWriter, r *http.Request) {
	v, ep, ok := s.openEpisode(w, r, "strategy discussion form")
	if !ok {
		return
	}
	form := NewForm(nil)
	dateInputValues(form.Values, "held", v.today)
	if v.u.WorkerID != 0 {
		form.Values.Set("chair", strconv.FormatInt(v.u.WorkerID, 10))
	}
	s.keptDraft(r, form, nil)
	s.renderStrategyNew(w, r, http.StatusOK, v, ep, form)
}

// handleStrategyNew records a strategy discussion. It cannot be in the future, nor before the referral.
func (s *Server) handleStrategyNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ep, ok := s.openEpisode(w, r, "strategy discussion form")
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	held := s.momentOf(form, "held", "The date of the discussion", v.today)
	notBefore(form, "held", londonDate(held), ep.ReferralDate, "The date of the discussion must be on or after the referral ("+longDate(ep.ReferralDate)+")")
	d := &protection.StrategyDiscussion{PersonID: v.rec.Person.ID, CINEpisodeID: ep.ID, HeldAt: held,
		ChairID:     chosenWorker(form, "chair", chairs),
		Agencies:    codesValue(form, "agencies", frontdoor.Agencies, "Select the agencies that took part", true),
		Information: textValue(form, "information", "Enter what the agencies knew and shared", true),
		Decision:    codeValue(form, "decision", protection.StrategyDecisions, "Select what the discussion decided", true),
		Actions:     textValue(form, "actions", "Enter the actions agreed: who does what, by when", true),
	}
	if !s.insertChecked(w, r, v, form, "held-day", d) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderStrategyNew(w, r, status, v, ep, form) },
		"The strategy discussion is recorded", idPath(v.childBase()+"/strategy-discussions", d.ID, ""))
}

// momentOf reads a date input NAME and a time NAME-time (HH:MM, in England) into a moment, which must
// not be in the future. Errors go to the date or the time, whichever is wrong.
func (s *Server) momentOf(f *Form, name, label string, today hearth.Date) time.Time {
	return momentOn(f, name, label, today, s.now())
}

// momentOn is momentOf at now.
func momentOn(f *Form, name, label string, today hearth.Date, now time.Time) time.Time {
	d := pastDate(f, name, label, true, today)
	hm := strings.TrimSpace(strings.ReplaceAll(f.Value(name+"-time"), ".", ":"))
	if hm == "" {
		f.Add(name+"-time", "Enter the time, for example 14:30")
		return time.Time{}
	}
	t, err := time.Parse("15:04", hm)
	if err != nil {
		f.Add(name+"-time", "Enter the time as hours and minutes, for example 14:30")
		return time.Time{}
	}
	if d.IsZero() {
		return time.Time{}
	}
	at := time.Date(d.Year(), d.Month(), d.Day(), t.Hour(), t.Minute(), 0, 0, londonTime)
	if at.After(now) && f.Error(name+"-day") == "" {
		f.Add(name+"-time", "The time must be now or in the past")
	}
	return at.UTC()
}

func (s *Server) renderStrategyNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, ep frontdoor.CINEpisode, form *Form) {
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	b := fields{form}
	page := formPage{Caption: "Strategy discussion", Heading: "Record a strategy discussion",
		Intro:  []string{"A strategy discussion is held when there is reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm. It belongs to the referral of " + longDate(ep.ReferralDate) + "."},
		Action: v.childBase() + "/strategy-discussions/new", Submit: "Save the strategy discussion", Cancel: v.childBase(),
		Fields: []field{
			b.date("held", "The date of the discussion", "For example, 27 3 2026"),
			b.clock("held-time", "The time it started", "For example, 14:30"),
			b.choose("chair", "Who led the discussion", "", "Not recorded", chairs),
			b.checkboxes("agencies", "The agencies that took part, besides children's social care", "Working Together expects the police and health to take part.", codeOptions(frontdoor.Agencies, false)),
			b.textarea("information", "What the agencies knew and shared", "", 6),
			b.radios("decision", "What was decided", "", codeOptions(protection.StrategyDecisions, false)),
			b.textarea("actions", "The actions agreed", "Who does what, by when", 5),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleStrategy shows a strategy discussion.
func (s *Server) handleStrategy(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "strategy discussion", false)
	if !ok {
		return
	}
	d, ok := findRow[protection.StrategyDiscussion](v.rec, r, "discussion")
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: "Strategy discussion", Heading: "Strategy discussion of " + longDate(londonDate(d.HeldAt)),
		Status: protection.StrategyDecisions.Description(d.Decision), StatusColour: "grey"}
	var missing []string
	for _, a := range []string{"police", "health"} {
		if !d.Agencies.Has(a) {
			missing = append(missing, a)
		}
	}
	if len(missing) > 0 {
		page.Warnings = append(page.Warnings, "Working Together expects the police and health to take part; "+strings.Join(missing, " and ")+" did not.")
	}
	page.Sections = []section{{Title: "The discussion", Facts: []fact{
		{Key: "When", Value: londonTimeWords(d.HeldAt)},
		{Key: "Led by", Value: v.names.Worker(d.ChairID)},
		{Key: "Agencies that took part", Lines: codeMeanings(frontdoor.Agencies, d.Agencies)},
		{Key: "What they knew and shared", Lines: paragraphs(d.Information)},
		{Key: "Decision", Value: protection.StrategyDecisions.Description(d.Decision)},
		{Key: "Actions agreed", Lines: paragraphs(d.Actions)},
	}}}
	var enquiries []protection.S47Enquiry
	for _, e := range store.Rows[protection.S47Enquiry](v.rec) {
		if e.StrategyDiscussionID == d.ID && active(e) {
			enquiries = append(enquiries, e)
		}
	}
	if len(enquiries) > 0 {
		t := &table{Caption: "Section 47 enquiries", Head: []string{"Enquiry", "Started"}}
		for _, e := range enquiries {
			t.Rows = append(t.Rows, []cell{{Text: "Section 47 enquiry", Href: idPath(v.childBase()+"/s47-enquiries", e.ID, "")}, {Text: longDate(e.StartDate)}})
		}
		page.Sections = append(page.Sections, section{Title: "The enquiry it started", Table: t})
	} else if v.canRecord && active(d) && (d.Decision == protection.StrategyS47 || d.Decision == protection.StrategyS47Joint) {
		page.Buttons = append(page.Buttons, link{Text: "Start the section 47 enquiry", Href: v.childBase() + "/s47-enquiries/new?discussion=" + strconv.FormatInt(d.ID, 10)})
	}
	s.renderProtectionRecord(w, r, v, "strategy_discussions", d.Record, page)
}

// londonTimeWords writes a moment as pages do, in England's time.
func londonTimeWords(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(londonTime).Format("2 January 2006 at 15:04")
}

// codeLines2 lists the meanings of codes of a local list, one a line.
func codeMeanings(list frontdoor.CodeList, codes []string) []string {
	var out []string
	for _, c := range codes {
		out = append(out, nameOr(list.Description(c), c))
	}
	return out
}
