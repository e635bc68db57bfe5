// Package workforce holds the record of who works with each child: allocations of workers to children
// over time (and, later, caseloads and supervision). It holds types, code lists and validation only; the
// store holds the SQL.
//
// Dependency order: the workforce tables come AFTER frontdoor in store.allTables, because an allocation
// may name the referral (cin_episodes) it was made for. Nothing in frontdoor or protection refers to a
// workforce table (they refer to workers through professionals, a people table), so this costs nothing.
package workforce

import (
	"hearth"
	"hearth/frontdoor"
)

// Allocation roles: what the worker is to the child.
const (
	RoleSocialWorker        = "social_worker"
	RolePersonalAdviser     = "personal_adviser"
	RoleReviewingOfficer    = "reviewing_officer"
	RoleConferenceChair     = "conference_chair"
	RoleFamilySupportWorker = "family_support_worker"
)

// AllocationRoles is the local list of roles a worker is allocated to a child in.
var AllocationRoles = frontdoor.CodeList{
	{Code: RoleSocialWorker, Description: "Allocated social worker"},
	{Code: RolePersonalAdviser, Description: "Personal adviser (care leavers)"},
	{Code: RoleReviewingOfficer, Description: "Independent reviewing officer (looked-after children)"},
	{Code: RoleConferenceChair, Description: "Child protection conference chair"},
	{Code: RoleFamilySupportWorker, Description: "Family support worker"},
}

// SocialWorkerChangeReasons is the SSDA903 SocialWorker.SW_REASON list: why a child's social worker
// changed. Descriptions follow the SSDA903 guide.
var SocialWorkerChangeReasons = frontdoor.CodeList{
	{Code: "MANAGE", Description: "Management decision, for example to balance caseloads"},
	{Code: "FCONTA", Description: "The social worker's fixed-term or agency contract ended"},
	{Code: "LEFTRL", Description: "The social worker left the role (left the authority, changed job or was promoted)"},
	{Code: "ORGRST", Description: "Organisational restructure"},
	{Code: "TSPROC", Description: "Transfer between teams as part of the authority's usual process, e.g. from assessment to a long-term team"},
	{Code: "ABSENC", Description: "The social worker is absent, e.g. long-term sickness or parental leave"},
	{Code: "CHCHAN", Description: "The child asked for a change of social worker"},
	{Code: "PCCHAN", Description: "The parent or carer asked for a change of social worker"},
	{Code: "SWDIED", Description: "The social worker died"},
	{Code: "OTHERS", Description: "Other reason"},
}

// CodeLists names each code list this package defines by the name its columns give in their codes tag.
var CodeLists = map[string]frontdoor.CodeList{
	"allocation_role": AllocationRoles,
	"sw_reason":       SocialWorkerChangeReasons,
}

// Allocation is a worker allocated to a child in a role over a period: the child's social worker, personal
// adviser, reviewing officer, conference chair or family support worker. A change of worker ends one row
// and starts another, so the record shows who held the child at any date (the "allocated worker" and
// "allocated team" of every Annex A list, unallocated children, caseloads) and how often the child's
// worker changed.
//
// The SSDA903 SocialWorker table is derived from the rows with role social_worker: CHILD and DOB from the
// child, SW_ID from the worker's Social Work England registration (professionals.swe_registration, which
// begins SW as rule SW02 requires; XX when the worker has none), SW_DECOM from start_date, SW_DEC from
// end_date and SW_REASON from the end_reason of the child's previous social worker row (the DfE records
// on each episode why the worker changed to it; Hearth records it when the earlier worker's row ends,
// which is when it is known). The first episode has no SW_REASON.
type Allocation struct {
	hearth.Record
	PersonID     hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"invo_person_id" doc:"The child"`
	WorkerID     hearth.ID   `db:"worker_id,notnull" ref:"professionals" ssd:"invo_professional_id" dfe:"SSDA903 SocialWorker.SW_ID (the worker's Social Work England registration); Annex A Lists 3 to 9 Allocated Worker" doc:"The worker allocated"`
	Role         string      `db:"role,notnull" codes:"allocation_role" ssd:"invo_professional_role_id" doc:"What the worker is to the child: social_worker, personal_adviser, reviewing_officer, conference_chair, family_support_worker"`
	TeamID       hearth.ID   `db:"team_id,notnull" ref:"department" ssd:"invo_professional_team" dfe:"Annex A Lists 3 to 9 Allocated Team" doc:"The team that held the child through this worker, as it was when the allocation was made"`
	StartDate    hearth.Date `db:"start_date,notnull" ssd:"invo_involvement_start_date" dfe:"SSDA903 SocialWorker.SW_DECOM" doc:"The date the allocation began"`
	EndDate      hearth.Date `db:"end_date" ssd:"invo_involvement_end_date" dfe:"SSDA903 SocialWorker.SW_DEC" doc:"The date the allocation ended; empty while current"`
	EndReason    string      `db:"end_reason" codes:"sw_reason" ssd:"invo_worker_change_reason" dfe:"SSDA903 SocialWorker.SW_REASON (of the next social worker episode)" doc:"Why the worker changed, as an SSDA903 SW_REASON code: MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS; required when a social worker allocation ends"`
	CINEpisodeID hearth.ID   `db:"cin_episode_id" ref:"cin_episodes" ssd:"invo_referral_id" doc:"The referral the allocation was made for, when there is one (care leavers' personal advisers have none)"`
}

// Validate checks the allocation names a child, a worker, a role and a team, that it does not end before
// it starts, and that an ended social worker allocation says why the worker changed.
func (r Allocation) Validate() error {
	c := check{what: "allocation"}
	c.id("person_id", r.PersonID, "the child")
	c.id("worker_id", r.WorkerID, "the worker allocated")
	c.requiredCode("role", r.Role, AllocationRoles, "what the worker is to the child")
	c.id("team_id", r.TeamID, "the team that held the child")
	c.date("start_date", r.StartDate, "the date the allocation began")
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	c.code("end_reason", r.EndReason, SocialWorkerChangeReasons)
	if !r.EndDate.IsZero() && r.EndReason == "" && r.Role == RoleSocialWorker {
		c.add("end_reason (why the social worker changed, an SSDA903 SW_REASON code) is required once end_date is recorded")
	}
	if r.EndDate.IsZero() && r.EndReason != "" {
		c.add("end_date is required once end_reason is recorded")
	}
	return c.err()
}
