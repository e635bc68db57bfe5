package web

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/summary"
)

// This file holds what the protection pathway's pages share: who may record and sign off, opening the
// child's record for a form, finding a row of the record from the path, and the two page shapes every
// record uses (a form, and the record as it stands with who recorded and amended it).

// The roles that record the work after a referral. Read-only roles (inspectors, analysts, senior leaders,
// quality assurance) and roles outside this work (personal advisers, the virtual school, partner
// agencies) are refused by the route table and never see the forms or the links to them.
var protectionWriters = []hearth.Role{hearth.RolePractitioner, hearth.RoleTeamManager, hearth.RoleReviewingOfficer, hearth.RoleFrontDoor}

var (
	// recordProtection is the policy of the protection pathway's forms.
	recordProtection = Roles(protectionWriters...)
	// signOffProtection is the policy of sign-off: authorising an assessment, signing off a section 47
	// enquiry's conclusion or a plan. Practice asks a team manager to do these.
	signOffProtection = Roles(hearth.RoleTeamManager)
)

// protectionView is a child's record opened for a page of the protection pathway.
type protectionView struct {
	rec    *store.ChildRecord
	facts  access.ChildFacts
	u      *hearth.User
	names  *store.Names
	sum    summary.Summary
	header childHeader
	today  hearth.Date
	// canRecord is true when the user may add to the record here (a recording role, and
	// access.CanChangeChild); canSignOff when they may also sign off (a team manager).
	canRecord, canSignOff bool
}

// openProtection opens the record of the child in the path for a page of the protection pathway, through
// openChildPage (which audits the read with purpose), and reports whether it did. With change it also
// refuses, with 403, a user who may read the record but not add to it.
func (s *Server) openProtection(w http.ResponseWriter, r *http.Request, purpose string, change bool) (*protectionView, bool) {
	rec, facts, ok := s.openChildPage(w, r, purpose)
	if !ok {
		return nil, false
	}
	ctx, u := r.Context(), userOf(r)
	v := &protectionView{rec: rec, facts: facts, u: u, today: s.today()}
	v.canRecord = mayRecordProtection(*u, facts, s.now())
	v.canSignOff = v.canRecord && u.Role == hearth.RoleTeamManager
	if change && !v.canRecord {
		reason := access.CanChangeChild(subjectOf(*u), facts, s.now()).Reason
		if reason == "" {
			reason = "Your role does not record this work."
		}
		s.errorPage(w, r, http.StatusForbidden, "You cannot change this record", reason)
		return nil, false
	}
	var err error
	if v.names, err = s.db.NamesFor(ctx, rec); err != nil {
		s.serverError(w, r, err)
		return nil, false
	}
	v.sum = summary.Of(rec, v.names, nil, v.today)
	v.header = newChildHeader(&v.sum, childTabs(rec.Person.ID, "Record", access.CanSeeWhoLooked(subjectOf(*u), facts, s.now())))
	return v, true
}

func roleNames(roles []hearth.Role) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = string(r)
	}
	return out
}

// childBase is the path of the child's record, the start of every path of the protection pages.
func (v *protectionView) childBase() string { return pathOf(v.rec.Person.ID) }

// idParam reads the id in the path wildcard name.
func idParam(r *http.Request, name string) (hearth.ID, bool) {
	n, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	return n, err == nil && n > 0
}

// findRow returns the child's row of type T with the id in the path wildcard name. Looking the row up in
// the child's own record, rather than by id alone, means a path can never reach another child's row.
func findRow[T any](rec *store.ChildRecord, r *http.Request, name string) (T, bool) {
	var zero T
	id, ok := idParam(r, name)
	if !ok {
		return zero, false
	}
	for _, row := range store.Rows[T](rec) {
		if recordOfRow(row).ID == id {
			return row, true
		}
	}
	return zero, false
}

// recordOfRow returns the hearth.Record every row struct embeds first.
func recordOfRow(row any) hearth.Record {
	return reflect.ValueOf(row).Field(0).Interface().(hearth.Record)
}

// active reports whether a row stands (it was not marked recorded in error).
func active(row any) bool { return recordOfRow(row).Status != hearth.StatusRecordedInError }

// currentEpisode returns the child's CIN episode that new work belongs to: the latest open referral that
// was not closed with no further action. The referral form is the front door's; without an open one
// there is nothing for an assessment or an enquiry to belong to.
func currentEpisode(rec *store.ChildRecord) (frontdoor.CINEpisode, bool) {
	var best frontdoor.CINEpisode
	found := false
	for _, e := range store.Rows[frontdoor.CINEpisode](rec) {
		if !active(e) || !e.ClosureDate.IsZero() || e.ReferralNFA {
			continue
		}
		if !found || !e.ReferralDate.Before(best.ReferralDate) {
			best, found = e, true
		}
	}
	return best, found
}

// episodeByID returns one of the child's CIN episodes.
func episodeByID(rec *store.ChildRecord, id hearth.ID) frontdoor.CINEpisode {
	for _, e := range store.Rows[frontdoor.CINEpisode](rec) {
		if e.ID == id {
			return e
		}
	}
	return frontdoor.CINEpisode{}
}

// noEpisode answers a form that needs an open referral when the child has none.
func (s *Server) noEpisode(w http.ResponseWriter, r *http.Request, v *protectionView) {
	s.errorPage(w, r, http.StatusConflict, "There is no open referral",
		"This work belongs to a referral (a child in need episode). Record the referral at the front door first, then come back to "+v.childBase()+".")
}

// openEpisode opens the record for a form that starts new work of the current referral (an
// assessment, a strategy discussion, an enquiry, a child in need plan): such work belongs to an open CIN
// episode, so without one the form is refused with noEpisode rather than shown. Every such form, shown
// or posted, opens the same way, so the rule lives here once.
func (s *Server) openEpisode(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, frontdoor.CINEpisode, bool) {
	v, ok := s.openProtection(w, r, purpose, true)
	if !ok {
		return nil, frontdoor.CINEpisode{}, false
	}
	ep, ok := currentEpisode(v.rec)
	if !ok {
		s.noEpisode(w, r, v)
		return nil, frontdoor.CINEpisode{}, false
	}
	return v, ep, true
}

// londonDate is the date in England of a moment.
func londonDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(londonTime))
}

// formPage is a form of the protection pathway: see protection_form.tmpl.
type formPage struct {
	Header   childHeader
	Caption  string
	Heading  string
	Intro    []string
	Warnings []string
	// Facts are what is already known that the form depends on, such as the enquiry a conference follows;
	// a fact with an error is something missing that stops the form being saved.
	Facts  []fact
	Action string
	Hidden []hidden
	Fields []field
	Submit string
	Cancel string
	// CancelText names the Cancel link when it is not "Cancel".
	CancelText string
	// Closed, when set, says why the form cannot be used now (say, the assessment is authorised) and
	// the page shows that instead of the form.
	Closed string
}

type hidden struct{ Name, Value string }

// fact is one row of a summary list.
type fact struct {
	ID       string
	Key      string
	Value    string
	Lines    []string
	Error    string
	Href     string
	HrefText string
}

// recordPage is one record of the protection pathway as it stands: see protection_record.tmpl.
type recordPage struct {
	Header       childHeader
	ChildID      hearth.ID
	Caption      string
	Heading      string
	Status       string
	StatusColour string
	InError      string
	Warnings     []string
	TasksTitle   string
	Tasks        []task
	Sections     []section
	Buttons      []link
	Provenance   provenance
}

// task is one part of a record still to do or done, as a GOV.UK task list item.
type task struct {
	ID, Label, Hint, Href, Status, Colour string
	Done                                  bool
}

// section is a part of a record page: facts, or a table, and links.
type section struct {
	Title string
	Intro []string
	Facts []fact
	Table *table
	Links []link
}

type table struct {
	Caption string
	Head    []string
	Rows    [][]cell
	Empty   string
}

type cell struct {
	Text string
	Href string
	Tag  *tag
}

type tag struct{ Text, Colour string }

type link struct {
	Text, Href string
	Secondary  bool
}

// provenance says who first recorded a row and every amendment since, with why.
type provenance struct {
	FirstBy    string
	FirstAt    time.Time
	Amendments []amendment
}

type amendment struct {
	At     time.Time
	By     string
	Reason string
}

// provenanceOf reads the history of a row: who recorded its first version, and each amendment.
func (s *Server) provenanceOf(ctx context.Context, table string, rec hearth.Record) (provenance, error) {
	versions, err := s.db.History(ctx, table, rec.ID)
	if err != nil {
		return provenance{}, err
	}
	p := provenance{FirstAt: rec.RecordedAt}
	first := rec.RecordedBy
	if len(versions) > 0 {
		var v1 struct {
			RecordedBy hearth.ID `json:"recorded_by"`
			RecordedAt time.Time `json:"recorded_at"`
		}
		if json.Unmarshal([]byte(versions[0].Data), &v1) == nil {
			first, p.FirstAt = v1.RecordedBy, v1.RecordedAt
		}
	}
	if p.FirstBy, err = s.userName(ctx, first); err != nil {
		return provenance{}, err
	}
	for _, v := range versions {
		p.Amendments = append(p.Amendments, amendment{At: v.ReplacedAt, By: v.ReplacedByName, Reason: v.Reason})
	}
	return p, nil
}

// userName returns the name of a user account, as provenance shows it.
func (s *Server) userName(ctx context.Context, id hearth.ID) (string, error) {
	if id == 0 {
		return "someone unknown", nil
	}
	u, err := s.db.UserByID(ctx, id)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		return "someone unknown", nil
	}
	return u.Name, err
}

// renderProtectionForm draws a form page of the protection pathway.
func (s *Server) renderProtectionForm(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form, page formPage) {
	page.Header = v.header
	p := s.newPage(r, childTitle(v.sum.Name, strings.ToLower(page.Heading[:1])+page.Heading[1:]))
	p.Form, p.Data = form, page
	s.render(w, r, status, "protection_form", p)
}

// renderProtectionRecord draws a record page of the protection pathway, with its provenance read from
// the row's history.
func (s *Server) renderProtectionRecord(w http.ResponseWriter, r *http.Request, v *protectionView, table string, row hearth.Record, page recordPage) {
	prov, err := s.provenanceOf(r.Context(), table, row)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	page.Header, page.ChildID, page.Provenance = v.header, v.rec.Person.ID, prov
	if row.Status == hearth.StatusRecordedInError {
		page.InError = row.ErrorReason
	}
	p := s.newPage(r, childTitle(v.sum.Name, strings.ToLower(page.Heading[:1])+page.Heading[1:]))
	p.Data, p.Notice = page, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "protection_record", p)
}

// readLongForm reads a posted form of the protection pathway. These forms carry an assessment's
// analysis and a plan's words, which can be far longer than the 16 KB of readForm.
func (s *Server) readLongForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 256<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
		return false
	}
	return true
}

// postedEnquiry opens a posted form of a part of an assessment (s47 false) or a section 47 enquiry; see
// postedPart.
func (s *Server) postedEnquiry(w http.ResponseWriter, r *http.Request, s47 bool,
	render func(http.ResponseWriter, *http.Request, int, *protectionView, enquiry, *Form)) (*protectionView, enquiry, *Form, bool) {
	open := func(w http.ResponseWriter, r *http.Request) (*protectionView, enquiry, bool) {
		return s.openEnquiry(w, r, s47)
	}
	return postedPart(s, w, r, open, render)
}

// postedPlan opens a posted form of a part of a plan; see postedPart.
func (s *Server) postedPlan(w http.ResponseWriter, r *http.Request,
	render func(http.ResponseWriter, *http.Request, int, *protectionView, planOf, *Form)) (*protectionView, planOf, *Form, bool) {
	return postedPart(s, w, r, s.openPlan, render)
}

// postedPart is how every posted form of a part of a record that can close (an assessment or enquiry
// once signed off, a plan once ended) begins: read the long form, open the record, and, when the record
// is closed to change, show the form again with 409 and what was typed rather than save anything. It
// reports false when it has answered.
func postedPart[T interface{ closed() string }](s *Server, w http.ResponseWriter, r *http.Request,
	open func(http.ResponseWriter, *http.Request) (*protectionView, T, bool),
	render func(http.ResponseWriter, *http.Request, int, *protectionView, T, *Form)) (*protectionView, T, *Form, bool) {
	var none T
	if !s.readLongForm(w, r) {
		return nil, none, nil, false
	}
	v, part, ok := open(w, r)
	if !ok {
		return nil, none, nil, false
	}
	form := NewForm(r.PostForm)
	if part.closed() != "" {
		render(w, r, http.StatusConflict, v, part, form)
		return nil, none, nil, false
	}
	return v, part, form, true
}

// needWorker refuses, at field, a form that names its user as the worker who did something (signed
// off, visited) when the user's account has no worker record: the record could not say who did it.
// did ends "Hearth cannot record who …", for example "signed this off".
func needWorker(form *Form, v *protectionView, field, did string) {
	if v.u.WorkerID == 0 {
		form.Add(field, "Your account is not linked to a worker record, so Hearth cannot record who "+did+". Ask an administrator to link it")
	}
}

// amendPart writes one part of an assessment or enquiry (seeing the child, the GP's information, the
// findings) to its row, saying in the row's history whether the part was recorded for the first time or
// changed (before: it was recorded already). A problem the person can act on goes to field; anything
// else is answered as a server error and amendPart reports false.
func (s *Server) amendPart(w http.ResponseWriter, r *http.Request, v *protectionView, form *Form, field string, row any, part string, before bool) bool {
	reason := part + " recorded"
	if before {
		reason = part + " changed"
	}
	if err := s.db.Amend(r.Context(), actorOf(*v.u), row, reason); err != nil && !saveProblem(form, field, err) {
		s.serverError(w, r, err)
		return false
	}
	return true
}

// checkedRow is a row of the record that checks its own rules before it is written.
type checkedRow interface{ Validate() error }

// insertChecked writes a new row of a valid posted form; see writeChecked.
func (s *Server) insertChecked(w http.ResponseWriter, r *http.Request, v *protectionView, form *Form, field string, row checkedRow) bool {
	return s.writeChecked(w, r, form, field, row, func() error { return s.db.Insert(r.Context(), actorOf(*v.u), row) })
}

// amendChecked changes a row of a valid posted form, with why; see writeChecked.
func (s *Server) amendChecked(w http.ResponseWriter, r *http.Request, v *protectionView, form *Form, field string, row checkedRow, reason string) bool {
	return s.writeChecked(w, r, form, field, row, func() error { return s.db.Amend(r.Context(), actorOf(*v.u), row, reason) })
}

// writeChecked is how a pathway form saves its row. Nothing is written while the form has problems. A row
// that breaks a rule of the record, or a save refused for a reason the person can act on (saveProblem),
// puts the message at field so the form is shown again; any other error is answered here as a server
// error, and writeChecked reports false so the handler stops.
func (s *Server) writeChecked(w http.ResponseWriter, r *http.Request, form *Form, field string, row checkedRow, write func() error) bool {
	if !form.Valid() {
		return true
	}
	if err := row.Validate(); err != nil {
		form.Add(field, hearth.ErrorMessage(err))
		return true
	}
	if err := write(); err != nil && !saveProblem(form, field, err) {
		s.serverError(w, r, err)
		return false
	}
	return true
}

// formDone ends a posted form of the pathway the way they all end. A form with problems is shown again
// by again, with 422 and everything typed; a saved one drops its draft, says what was saved and
// redirects to where the work is shown (post/redirect/get), so reloading does not post it twice.
func (s *Server) formDone(w http.ResponseWriter, r *http.Request, form *Form, again func(status int), notice, to string) {
	if !form.Valid() {
		again(http.StatusUnprocessableEntity)
		return
	}
	s.dropDraft(r)
	s.setNotice(r, notice)
	s.redirect(w, r, to)
}

// saveFailed answers an error from saving a form: a problem the person can act on (a stale version, a
// rule of the record) is shown on the form at field with everything typed kept; anything else is a
// server error. It reports whether it showed the form again.
func saveProblem(form *Form, field string, err error) bool {
	switch hearth.ErrorCode(err) {
	case hearth.EINVALID, hearth.ECONFLICT, hearth.ENOTFOUND:
		form.Add(field, hearth.ErrorMessage(err))
		return true
	}
	return false
}

// yesNoWords writes a *bool as people say it.
func yesNoWords(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "Yes"
	}
	return "No"
}

// paragraphs splits typed text into its paragraphs, for a summary list.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// codeWords returns the meanings of codes of list, joined.
func codeWords(list frontdoor.CodeList, codes []string) string {
	var out []string
	for _, c := range codes {
		if d := list.Description(c); d != "" {
			out = append(out, d)
		} else {
			out = append(out, c)
		}
	}
	return strings.Join(out, "; ")
}

// idPath returns base + "/" + the id + rest.
func idPath(base string, id hearth.ID, rest string) string {
	return base + "/" + strconv.FormatInt(id, 10) + rest
}

// workerOptions are the workers a form offers as a chair: the user's own team's, and the workers who
// hold the child (a conference chair or reviewing officer among them), each once.
func (s *Server) workerOptions(r *http.Request, v *protectionView) ([]option, error) {
	var out []option
	seen := map[hearth.ID]bool{}
	if v.u.TeamID != 0 {
		team, err := s.db.TeamWorkers(r.Context(), v.u.TeamID, v.today)
		if err != nil {
			return nil, err
		}
		for _, w := range team {
			if !seen[w.WorkerID] {
				seen[w.WorkerID] = true
				out = append(out, option{Value: strconv.FormatInt(w.WorkerID, 10), Label: w.Name})
			}
		}
	}
	held, err := s.db.ChildAllocations(r.Context(), v.rec.Person.ID, v.today)
	if err != nil {
		return nil, err
	}
	for _, h := range held {
		if !seen[h.WorkerID] {
			seen[h.WorkerID] = true
			out = append(out, option{Value: strconv.FormatInt(h.WorkerID, 10), Label: h.WorkerName})
		}
	}
	return out, nil
}

// chosenWorker reads a worker chosen from options: 0 for none, and an error at the field for one that
// was not offered.
func chosenWorker(f *Form, name string, options []option) hearth.ID {
	v := f.Value(name)
	if v == "" {
		return 0
	}
	for _, o := range options {
		if o.Value == v {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	f.Add(name, "Select a name from the list")
	return 0
}
