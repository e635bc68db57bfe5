package web

import (
	"net/http"

	"hearth"
	"hearth/access"
	"hearth/store"
)

// whoLookedPolicy is who may open a child's "who has looked" page at all: the roles access.CanSeeWhoLooked
// can ever allow (team managers, for the children their team holds; quality assurance, with the data
// protection officer, and senior leaders, for every child). The handler then asks about the child.
var whoLookedPolicy = Roles(hearth.RoleTeamManager, hearth.RoleQuality, hearth.RoleSeniorLeader)

// whoLookedLimit is how many entries the who-has-looked page lists: the newest, which are what a
// manager or data protection officer checking a concern reads first. Older entries are kept in the
// audit log and the page says when there are more.
const whoLookedLimit = 200

// whoLookedData is the who-has-looked page's own data.
type whoLookedData struct {
	Header   childHeader
	PersonID hearth.ID
	Looks    []lookRow
	More     bool
	Limit    int
}

// handleWhoLooked is "Who has looked at this record": every read, break-glass view, change, export and
// naming on the child's record, newest first, with who, when and why, for the managers of a team that
// holds the child, quality assurance (with the data protection officer) and senior leaders
// (access.CanSeeWhoLooked). It lists staff, not the child's story, so it does not open the record (and
// does not need a break-glass reason); reading it is itself audited by the store. Nothing on it can be
// changed or deleted.
func (s *Server) handleWhoLooked(w http.ResponseWriter, r *http.Request) {
	id, ok := childIDOf(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	ctx, u := r.Context(), userOf(r)
	facts, err := s.db.ChildFacts(ctx, id, s.today())
	if err != nil {
		s.refuse(w, r, err)
		return
	}
	if !access.CanSeeWhoLooked(subjectOf(*u), facts, s.now()) {
		s.errorPage(w, r, http.StatusForbidden, "You cannot see who has looked at this record",
			"Only the managers of the team that holds the child, quality assurance and senior leaders can see who has looked at a child's record.")
		return
	}
	looks, err := s.db.WhoLooked(ctx, actorOf(*u), id, whoLookedLimit+1)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := whoLookedData{PersonID: id, Limit: whoLookedLimit, Header: childHeader{Tabs: childTabs(id, "Who has looked", true)}}
	if len(looks) > whoLookedLimit {
		looks, data.More = looks[:whoLookedLimit], true
	}
	for _, l := range looks {
		data.Looks = append(data.Looks, lookRow{Look: l, What: actionLabel(l.Action), Role: RoleLabel(l.Role)})
	}
	p := s.newPage(r, "Who has looked at this record")
	p.Data = data
	s.render(w, r, http.StatusOK, "audit", p)
}

// lookRow is one line of the page: the audit entry with its action and role in words.
type lookRow struct {
	store.Look
	What string
	Role string
}

// actionLabels say the audit log's actions in words.
var actionLabels = map[string]string{
	store.ActionRead: "Opened", store.ActionCreate: "Recorded", store.ActionAmend: "Amended", store.ActionSearch: "Searched",
	store.ActionExport: "Exported", store.ActionBreakGlass: "Broke the glass", store.ActionGrantAccess: "Named someone",
	store.ActionRevokeAccess: "Removed someone named",
}

// actionLabel returns an audit action in words, or the action itself when it has none.
func actionLabel(action string) string {
	if l, ok := actionLabels[action]; ok {
		return l
	}
	return action
}
