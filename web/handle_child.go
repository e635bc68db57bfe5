package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/access"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/summary"
)

// childData is the record page's own data.
type childData struct {
	Header  childHeader
	Summary summary.Summary
	// Restricted is true for a sealed record; CanName is true for those who may name people on it
	// (access.CanNameOnRestricted), who see who is named and a link to change it.
	Restricted bool
	CanName    bool
	Forms      namedForms
	// Gender and Ethnicity are the DfE codes' meanings, or "" when not recorded.
	Gender, Ethnicity string
	// FrontDoor is the child's contacts and referrals, with the front door's links (child_frontdoor.go).
	FrontDoor childFrontDoor
	// Protection is the help and protection part (protection_panel.go).
	Protection protectionPanel
	// Duties is what is due for the child (duties.go).
	Duties childDuties
	// ReturnChecks is what the DfE's SSDA903 rules find in the child's part of this year's return
	// (child_return_checks.go).
	ReturnChecks childReturnChecks
	// Care is the looked-after part (branch care: handle_care_panel.go).
	Care carePanel
	// Leaving is the leaving care part and Missing the missing episodes (handle_leaving_open.go,
	// handle_missing_panel.go).
	Leaving leavingPanel
	Missing missingPanel
}

// handleChild is the child's record: the identity bar, then what a worker needs at a glance (status,
// legal status, who holds the child, warnings, household and relationships, key dates), all worked out
// from the record by the summary package each time, so it cannot fall behind what has been recorded.
// Opening it is written to the audit log by openChild.
func (s *Server) handleChild(w http.ResponseWriter, r *http.Request) {
	rec, facts, ok := s.openChildPage(w, r, "record page")
	if !ok {
		return
	}
	ctx, u, today := r.Context(), userOf(r), s.today()
	id := rec.Person.ID
	names, err := s.db.NamesFor(ctx, rec)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	family, err := s.db.FamilyOf(ctx, rec, today)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	duties, err := s.dutySettings(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	sum := summary.OfWith(rec, names, family, today, duties)
	data := childData{Summary: sum, Restricted: rec.Person.Restricted,
		Gender: codeMeaning(frontdoor.Genders, sum.Gender), Ethnicity: codeMeaning(frontdoor.Ethnicities, sum.Ethnicity)}
	subj, now := subjectOf(*u), s.now()
	whoLooked := access.CanSeeWhoLooked(subj, facts, now)
	data.Duties = s.childDutiesOf(rec, today, duties)
	if data.ReturnChecks, err = s.childReturnChecksOf(ctx, rec, today); err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Protection = protectionPanelOf(rec, mayRecordProtection(*u, facts, now), today)
	data.Leaving = leavingPanelOf(rec, names, mayRecordAs(leavingWriters, *u, facts, now), today)
	data.Missing = missingPanelOf(rec, names, mayRecordAs(missingWriters, *u, facts, now), s.now())
	data.Header = newChildHeader(&data.Summary, childTabs(id, "Record", whoLooked))
	data.FrontDoor = frontDoorOf(rec, facts, *u, now)
	data.Care = carePanelOf(rec, *u, facts, now) // branch care
	if facts.Restricted && access.CanNameOnRestricted(subj, facts, now) {
		data.CanName = true
		grants, err := s.db.RestrictedAccess(ctx, id)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		data.Forms = namedForms{PersonID: id, Named: currentGrants(grants), Form: NewForm(nil), Back: pathOf(id)}
	}
	p := s.newPage(r, childTitle(sum.Name, "record"))
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "child", p)
}

// codeMeaning returns what a code means with the code after it, the code alone when the list does not
// know it, and "" when nothing is recorded.
func codeMeaning(list frontdoor.CodeList, code string) string {
	if code == "" {
		return ""
	}
	if d := list.Description(code); d != "" {
		return d + " (" + code + ")"
	}
	return code
}

// currentGrants returns the grants that stand (not revoked).
func currentGrants(grants []store.AccessGrant) []store.AccessGrant {
	var out []store.AccessGrant
	for _, g := range grants {
		if g.RevokedAt.IsZero() {
			out = append(out, g)
		}
	}
	return out
}

// childTitle is the title of a page of a child's record: the child's name first, so that browser tabs
// and history say whose record each is.
func childTitle(name, page string) string {
	if name == "" {
		name = "Name not recorded"
	}
	return name + ": " + page
}

// pathOf returns the path of a child's record page.
func pathOf(id hearth.ID) string { return "/children/" + strconv.FormatInt(id, 10) }
