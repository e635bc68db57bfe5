package web

import (
	"net/http"
	"slices"
	"strconv"

	"hearth"
	"hearth/access"
	"hearth/store"
	"hearth/summary"
)

// This file holds what the pages of a child's record share: reading the child's id from the path,
// opening the record through openChild and answering each way it can fail, and the identity bar with
// the sub navigation.

// childIDOf returns the {id} of a child page's path, or false when it is not an id.
func childIDOf(r *http.Request) (hearth.ID, bool) {
	n, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	return hearth.ID(n), true
}

// openChildPage opens the record of the child in the path for a page, through openChild, and reports
// whether it did. When it did not, it has already answered: the break-glass page for a restricted record
// that needs a reason, 403 with the access reason when the user may not open it, 404 when there is no
// such person. purpose is what the audit log says the record was read for.
func (s *Server) openChildPage(w http.ResponseWriter, r *http.Request, purpose string) (*store.ChildRecord, access.ChildFacts, bool) {
	id, ok := childIDOf(r)
	if !ok {
		s.notFound(w, r)
		return nil, access.ChildFacts{}, false
	}
	st := sessionOf(r)
	rec, facts, err := s.openChild(r.Context(), st.User, id, "", purpose, st.Session.CreatedAt)
	if err == nil {
		return rec, facts, true
	}
	s.childError(w, r, id, err)
	return nil, facts, false
}

// childError answers a failure to open a child's record.
func (s *Server) childError(w http.ResponseWriter, r *http.Request, id hearth.ID, err error) {
	if bg, ok := err.(errBreakGlass); ok {
		next := r.URL.Path
		if r.URL.RawQuery != "" {
			next += "?" + r.URL.RawQuery
		}
		s.renderBreakGlass(w, r, http.StatusOK, id, bg.decision.Reason, NewForm(nil), next)
		return
	}
	s.refuse(w, r, err)
}

// refuse answers the errors of child pages that are not a break-glass request.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	switch hearth.ErrorCode(err) {
	case hearth.ENOTFOUND:
		s.notFound(w, r)
	case hearth.EFORBIDDEN:
		s.errorPage(w, r, http.StatusForbidden, "You cannot open this record", hearth.ErrorMessage(err))
	default:
		s.serverError(w, r, err)
	}
}

// childHeader is the top of every page of a child's record: the identity bar (nil on pages that do not
// open the record itself, such as who has looked at it) and the sub navigation.
type childHeader struct {
	Identity *summary.Summary
	// Badges are the warnings (red) and statuses (blue) in the identity bar, each in a word or two; the
	// record page spells the warnings out in full.
	Badges []badge
	Tabs   []NavItem
}

// badge is one MOJ badge of the identity bar.
type badge struct {
	Text   string
	Colour string // red, blue
}

// warningBadges are the identity bar's short words for each summary.Warning code.
var warningBadges = map[string]string{
	"restricted": "Restricted", "deceased": "Deceased", "missing": "Missing now", "cp_plan": "CP plan",
	"uasc": "UASC", "disabled": "Disabled", "exploitation": "Exploitation risk", "liberty": "Deprived of liberty",
	"unallocated": "Unallocated", "not_in_touch": "Not in touch",
}

// newChildHeader returns the header of a child's page from the record's summary.
func newChildHeader(sum *summary.Summary, tabs []NavItem) childHeader {
	h := childHeader{Identity: sum, Tabs: tabs}
	for _, w := range sum.Warnings {
		text := warningBadges[w.Code]
		if text == "" {
			text = w.Text
		}
		h.Badges = append(h.Badges, badge{Text: text, Colour: "red"})
	}
	for _, st := range sum.Statuses {
		if st == "Child protection plan" && slices.ContainsFunc(h.Badges, func(b badge) bool { return b.Text == "CP plan" }) {
			continue
		}
		h.Badges = append(h.Badges, badge{Text: st, Colour: "blue"})
	}
	return h
}

// childTabs returns the sub navigation of a child's record with current marked. "Who has looked" is
// offered only to those access.CanSeeWhoLooked allows, so no one is shown a link that would refuse them.
func childTabs(id hearth.ID, current string, whoLooked bool) []NavItem {
	base := "/children/" + strconv.FormatInt(int64(id), 10)
	tabs := []NavItem{{Label: "Record", Href: base}, {Label: "Chronology", Href: base + "/chronology"}}
	if whoLooked {
		tabs = append(tabs, NavItem{Label: "Who has looked", Href: base + "/audit"})
	}
	for i := range tabs {
		tabs[i].Current = tabs[i].Label == current
	}
	return tabs
}
