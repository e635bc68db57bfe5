package web

import (
	"net/http"

	"hearth"
	"hearth/access"
)

// homeData is the home page's own data: what the signed-in user's role is for, in a sentence, and
// whether it includes children's records.
type homeData struct {
	About     string
	ChildData bool
}

// roleAbout says in a sentence what each role sees in Hearth, following the access rules.
var roleAbout = map[hearth.Role]string{
	hearth.RolePractitioner:     "You can see the children of your team and the children allocated to you, and record your work with them.",
	hearth.RolePersonalAdviser:  "You can see the young people of your team and those allocated to you, and record your work with them.",
	hearth.RoleTeamManager:      "You can see your team's children, allocate and reallocate them, and see who has opened their records.",
	hearth.RoleFrontDoor:        "You can see contacts awaiting a decision and what is already known about those children.",
	hearth.RoleReviewingOfficer: "You can see the children whose reviews or conferences you chair, and your team's children.",
	hearth.RoleVirtualSchool:    "You can see every child's record, for the education of children in care and children with a social worker.",
	hearth.RoleQuality:          "You can read every child's record for audit, and see who has opened each record.",
	hearth.RoleAnalyst:          "You can read every child's record to check the figures, and export the statutory returns.",
	hearth.RoleSeniorLeader:     "You can read every child's record, see the figures and sign off the statutory returns.",
	hearth.RolePanelMember:      "You can see the figures, with small numbers hidden. You do not see children's records.",
	hearth.RolePartnerAgency:    "You can see and answer the MASH requests sent to your agency.",
	hearth.RoleInspector:        "You can read every child's record until your account's end date. You cannot change anything.",
	hearth.RoleAdministrator:    "You can manage user accounts and teams. You do not see children's records.",
}

// handleHome is the first page after signing in: who the user is and what their role lets them do.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	p := s.newPage(r, "Home")
	p.Data = homeData{About: roleAbout[u.Role], ChildData: access.CanSeeChildData(u.Role)}
	s.render(w, r, http.StatusOK, "home", p)
}
