package web

import (
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"

	"hearth"
	"hearth/access"
)

// breakGlassData is the break-glass page's own data.
type breakGlassData struct {
	PersonID hearth.ID
	// Reason is why a reason is needed (access.Decision.Reason), which never names the child.
	Reason string
	Min    int
	// Next is the page of the record to show once the reason is accepted.
	Next string
}

// renderBreakGlass shows the break-glass page: the record is restricted, the user's work would let them
// in, and they must say why before it opens. Nothing of the record is shown, not even the child's name.
func (s *Server) renderBreakGlass(w http.ResponseWriter, r *http.Request, status int, id hearth.ID, reason string, form *Form, next string) {
	p := s.newPage(r, "This record is restricted")
	p.Form = form
	p.Data = breakGlassData{PersonID: id, Reason: reason, Min: access.MinBreakGlassReason, Next: next}
	s.render(w, r, status, "breakglass", p)
}

// handleBreakGlass takes the reason for opening a restricted record. A reason too short to say anything
// is refused with the error summary and the text kept; a good one is written to the audit log as a
// break_glass entry (which the team's managers see on the break-glass views page) and the browser goes
// on to the page it asked for. That page opens the record through openChild, which finds the reason
// given in this session, so the read itself is audited once, by the page that shows it, and the person
// is not asked again for the rest of the session.
//
// It records the reason without loading the record, which is why it decides access itself rather than
// through openChild: loading the record here as well would write a second read of a record no one saw.
func (s *Server) handleBreakGlass(w http.ResponseWriter, r *http.Request) {
	id, ok := childIDOf(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	if !s.readForm(w, r) {
		return
	}
	base := "/children/" + strconv.FormatInt(int64(id), 10)
	next := r.PostForm.Get("next")
	if !childPageOf(next, base) {
		next = base
	}
	reason := strings.TrimSpace(r.PostForm.Get("reason"))

	facts, err := s.db.ChildFacts(r.Context(), id, s.today())
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	u := userOf(r)
	d := access.CanViewChild(subjectOf(*u), facts, s.now())
	switch d.Outcome {
	case access.Allow: // named since the page was shown: nothing to record
		s.redirect(w, r, next)
		return
	case access.Deny:
		s.refuse(w, r, d.Check(""))
		return
	}
	if err := d.Check(reason); err != nil {
		form := NewForm(nil)
		form.Values.Set("reason", r.PostForm.Get("reason"))
		if reason == "" {
			form.Add("reason", "Enter why you need to open this record")
		} else {
			form.Add("reason", "Your reason must be at least "+strconv.Itoa(access.MinBreakGlassReason)+" characters, so that it says why you need the record")
		}
		s.renderBreakGlass(w, r, http.StatusUnprocessableEntity, id, d.Reason, form, next)
		return
	}
	if err := s.db.RecordBreakGlass(r.Context(), actorOf(*u), id, reason); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.redirect(w, r, next)
}

// childPageOf reports whether next is a page of the child's record at base (the record, or a page under
// it, with any query), so that the break-glass form can only send the browser on within that record.
func childPageOf(next, base string) bool {
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path != path.Clean(u.Path) {
		return false
	}
	return u.Path == base || strings.HasPrefix(u.Path, base+"/")
}
