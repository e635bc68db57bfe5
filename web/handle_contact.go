package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
)

// fdChild is the child a front door page is about, as its caption names them.
type fdChild struct {
	ID   hearth.ID
	Name string
	Born string
	// Link is true when the reader may open the child's record, so the caption links to it.
	Link bool
}

// childOf returns the caption of a child's front door page from their person row.
func childOf(p hearth.Person, link bool) fdChild {
	name := strings.TrimSpace(p.Forename + " " + p.Surname)
	if name == "" {
		name = "Name not recorded"
	}
	return fdChild{ID: p.ID, Name: name, Born: longDate(p.BirthDate), Link: link}
}

// contactView is a contact opened for a page: the child's record (opened through openChild, so the read
// is checked and audited), the access facts and the contact itself.
type contactView struct {
	rec     *store.ChildRecord
	facts   access.ChildFacts
	contact frontdoor.Contact
	names   *store.Names
}

// openContact opens the contact named by the {id} of the path, through its child's record, and reports
// whether it did; when it did not it has answered (404, 403 or the break-glass page). purpose is what
// the audit log says the record was read for.
func (s *Server) openContact(w http.ResponseWriter, r *http.Request, purpose string) (contactView, bool) {
	var v contactView
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return v, false
	}
	person, err := s.db.PersonOf(r.Context(), "contacts", id)
	if err != nil {
		s.refuse(w, r, err)
		return v, false
	}
	st := sessionOf(r)
	v.rec, v.facts, err = s.openChild(r.Context(), st.User, person, "", purpose, st.Session.CreatedAt)
	if err != nil {
		s.childError(w, r, person, err)
		return v, false
	}
	found := false
	for _, c := range store.Rows[frontdoor.Contact](v.rec) {
		if c.ID == id {
			v.contact, found = c, true
		}
	}
	if !found || v.contact.Status != hearth.StatusActive {
		s.notFound(w, r)
		return v, false
	}
	if v.names, err = s.db.NamesFor(r.Context(), v.rec); err != nil {
		s.serverError(w, r, err)
		return v, false
	}
	return v, true
}

// allowed answers 403 with the decision's reason, and returns false, unless the decision lets the user
// change the record. The record has been opened already (with any break-glass reason), so a BreakGlass
// outcome here means the reason was given.
func (s *Server) allowed(w http.ResponseWriter, r *http.Request, d access.Decision) bool {
	if d.Outcome == access.Deny {
		s.errorPage(w, r, http.StatusForbidden, "You cannot change this record", d.Reason)
		return false
	}
	return true
}

// contactPath returns the path of a contact's page.
func contactPath(id hearth.ID) string { return "/contacts/" + strconv.FormatInt(id, 10) }

// contactData is the contact page's own data.
type contactData struct {
	Child    fdChild
	Contact  frontdoor.Contact
	Received string
	Source   string
	Reasons  []string
	Consent  string
	// Decision, when made: what, at which threshold level, why, when, by whom, at which meeting.
	Decision, Threshold, DecidedAt, DecidedBy string
	MeetingID                                 hearth.ID
	Agencies                                  []agencyRow
	Answers                                   []answerRow
	// CanDecide and CanRefer offer the forms to those who may use them.
	CanDecide, CanRefer bool
	// Referral is the CIN episode the contact became, if it has.
	Referral *frontdoor.CINEpisode
	// NeedsReferral is true when the decision was a referral and no episode records it yet.
	NeedsReferral bool
	// Due is the day by the end of which an undecided contact must be decided; Overdue once it has passed.
	Due     string
	Overdue bool
}

// agencyRow is one partner agency on the contact page: whether it was asked, and how fast it answered.
type agencyRow struct {
	Agency, Asked, RAG, DueBy, Answered, Took, State string
	// Missing is true for an agency not asked at all, which the page shows as a gap.
	Missing bool
}

// answerRow is one agency's answer, as the contact page shows it.
type answerRow struct {
	Agency, Question, AnsweredBy, AnsweredAt, Response string
}

// handleContact shows a contact: who it came from, what about, consent, the decision or that one is
// awaited, and the partner agencies: which answered and how fast, which are awaited, and which were not
// asked, so that a missing partner (such as no education presence) shows. Opening it is audited by
// openChild.
func (s *Server) handleContact(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openContact(w, r, "contact page")
	if !ok {
		return
	}
	c, u, now := v.contact, userOf(r), s.now()
	subj := subjectOf(*u)
	data := contactData{Child: childOf(v.rec.Person, true), Contact: c, Received: longMoment(c.ReceivedAt),
		Source: codeMeaning(frontdoor.ReferralSources, c.Source), Consent: frontdoor.ConsentOptions.Description(c.Consent)}
	if c.SourceDetail != "" {
		data.Source += ": " + c.SourceDetail
	}
	for _, code := range c.Reasons {
		data.Reasons = append(data.Reasons, frontdoor.ContactReasons.Description(code))
	}
	if c.Decision != "" {
		data.Decision = frontdoor.ContactDecisions.Description(c.Decision)
		data.DecidedAt, data.DecidedBy, data.MeetingID = longMoment(c.DecidedAt), v.names.Worker(c.DecidedBy), c.TriageMeetingID
		levels, err := s.db.ThresholdLevels(r.Context())
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		data.Threshold = thresholdLabel(levels, c.ThresholdLevel)
	}
	for _, e := range store.Rows[frontdoor.CINEpisode](v.rec) {
		if e.ContactID == c.ID && e.Status == hearth.StatusActive {
			data.Referral = &e
		}
	}
	data.NeedsReferral = data.Referral == nil && opensReferral(c.Decision)
	if c.Decision == "" {
		settings, err := s.dutySettings(r.Context())
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if due := contactDecisionDue(settings, c.ReceivedAt); !due.IsZero() {
			data.Due, data.Overdue = longDate(due), s.today().After(due)
		}
	}
	data.CanDecide = c.Decision == "" && access.CanDecideContact(subj, v.facts, now).Outcome != access.Deny
	data.CanRefer = data.NeedsReferral && access.CanRecordReferral(subj, v.facts, now).Outcome != access.Deny
	data.Agencies, data.Answers = agencyRows(checksOf(v.rec, c.ID), now)
	p := s.newPage(r, childTitle(data.Child.Name, "contact received "+longMoment(c.ReceivedAt)))
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "contact", p)
}

// opensReferral reports whether a decision opens a referral (a CIN episode).
func opensReferral(decision string) bool {
	return decision == frontdoor.DecisionReferral || decision == frontdoor.DecisionStrategyDiscussion
}

// thresholdLabel returns the organisation's name for a threshold level code, or the code itself for a
// level no longer configured.
func thresholdLabel(levels []frontdoor.ThresholdLevel, code string) string {
	for _, l := range levels {
		if l.Code == code {
			return l.Label
		}
	}
	return code
}

// checksOf returns the MASH requests of a contact that stand.
func checksOf(rec *store.ChildRecord, contactID hearth.ID) []frontdoor.MASHCheck {
	var out []frontdoor.MASHCheck
	for _, m := range store.Rows[frontdoor.MASHCheck](rec) {
		if m.ContactID == contactID && m.Status == hearth.StatusActive {
			out = append(out, m)
		}
	}
	return out
}

// agencyRows returns one row per partner agency, in the order of frontdoor.Agencies: each request made to
// it with when it was due and how long the answer took, or "Not asked" (the agency "other" only when it
// was asked), and the answers given, for the page to quote.
func agencyRows(checks []frontdoor.MASHCheck, now time.Time) ([]agencyRow, []answerRow) {
	var rows []agencyRow
	var answers []answerRow
	for _, a := range frontdoor.Agencies {
		asked := false
		for _, m := range checks {
			if m.Agency != a.Code {
				continue
			}
			asked = true
			row := agencyRow{Agency: agencyLabel(a.Code, m.AgencyName), Asked: longMoment(m.AskedAt),
				RAG: strings.ToUpper(m.RAG[:1]) + m.RAG[1:], DueBy: longMoment(m.DueBy)}
			switch {
			case !m.AnsweredAt.IsZero():
				row.Answered, row.Took, row.State = longMoment(m.AnsweredAt), durationWords(m.AnsweredAt.Sub(m.AskedAt)), "On time"
				if m.AnsweredAt.After(m.DueBy) {
					row.State = "Late"
				}
				answers = append(answers, answerRow{Agency: row.Agency, Question: m.Question, AnsweredBy: m.AnsweredBy,
					AnsweredAt: row.Answered, Response: m.Response})
			case now.After(m.DueBy):
				row.State = "Overdue"
			default:
				row.State = "Awaited"
			}
			rows = append(rows, row)
		}
		if !asked && a.Code != "other" {
			rows = append(rows, agencyRow{Agency: a.Description, State: "Not asked", Missing: true})
		}
	}
	return rows, answers
}

// agencyLabel names an agency, with the organisation asked when recorded.
func agencyLabel(code, name string) string {
	label := frontdoor.Agencies.Description(code)
	if name != "" {
		label += " (" + name + ")"
	}
	return label
}

// longMoment writes a moment as pages show one, "2 March 2026 at 09:30" in England, or "".
func longMoment(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(londonTime).Format("2 January 2006 at 15:04")
}

// durationWords writes how long something took in the largest two units that matter, such as "3 hours
// 20 minutes" or "2 days 4 hours", which is how a MASH manager talks about how fast a partner answered.
func durationWords(d time.Duration) string {
	if d < time.Minute {
		return "under a minute"
	}
	mins := int(d / time.Minute)
	days, hours, minutes := mins/(24*60), mins/60%24, mins%60
	unit := func(n int, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %ss", n, one)
	}
	switch {
	case days > 0 && hours > 0:
		return unit(days, "day") + " " + unit(hours, "hour")
	case days > 0:
		return unit(days, "day")
	case hours > 0 && minutes > 0:
		return unit(hours, "hour") + " " + unit(minutes, "minute")
	case hours > 0:
		return unit(hours, "hour")
	}
	return unit(minutes, "minute")
}
