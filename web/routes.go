package web

import (
	"net/http"

	"hearth"
)

// route is one row of the route table: a method and a pattern of net/http's ServeMux, who may use it,
// and the handler. Nav, when set, puts the route in the service navigation under that label for every
// user whose role its policy allows, so a new page appears in the navigation by being added here.
type route struct {
	Method  string
	Pattern string
	Policy  Policy
	Handler func(*Server, http.ResponseWriter, *http.Request)
	Nav     string
	// Passive routes do not count as use of the session: asking how long is left must not restart the
	// idle timeout, or an open tab would keep a session alive for ever.
	Passive bool
}

// routes is the route table: every URL Hearth answers, with its policy. The middleware built from it
// (middleware.go) enforces each policy before the handler runs, and the route-by-role tests walk the same
// table, so a route cannot be added without saying who may use it.
//
// To add a page: write handle_NAME.go with a method func (s *Server) handleNAME(w, r), a template in
// templates/NAME.tmpl, and a row here. Child-level pages use ChildData (and then ask the access package
// about the particular child in the handler, because record-level access depends on the child); pages of
// figures use AnySignedIn or Roles(...).
func routes() []route {
	return []route{
		{Method: "GET", Pattern: "/healthz", Policy: Public, Handler: (*Server).handleHealthz},
		{Method: "GET", Pattern: "/assets/", Policy: Public, Handler: (*Server).handleAssets},

		{Method: "GET", Pattern: "/sign-in", Policy: SignedOut, Handler: (*Server).handleSignInForm},
		{Method: "POST", Pattern: "/sign-in", Policy: SignedOut, Handler: (*Server).handleSignIn},
		{Method: "GET", Pattern: "/sign-in/oidc", Policy: SignedOut, Handler: (*Server).handleOIDCBegin},
		{Method: "GET", Pattern: "/sign-in/oidc/callback", Policy: SignedOut, Handler: (*Server).handleOIDCCallback},
		{Method: "POST", Pattern: "/sign-out", Policy: AnySignedIn, Handler: (*Server).handleSignOut},
		{Method: "GET", Pattern: "/sign-out", Policy: Public, Handler: (*Server).handleSignedOut},
		{Method: "POST", Pattern: "/sign-out-everywhere", Policy: AnySignedIn, Handler: (*Server).handleSignOutEverywhere},
		{Method: "POST", Pattern: "/session/refresh", Policy: AnySignedIn, Handler: (*Server).handleSessionRefresh},
		{Method: "GET", Pattern: "/session/status", Policy: AnySignedIn, Handler: (*Server).handleSessionStatus, Passive: true},

		{Method: "GET", Pattern: "/{$}", Policy: AnySignedIn, Handler: (*Server).handleHome, Nav: "Home"},
		{Method: "GET", Pattern: "/account", Policy: AnySignedIn, Handler: (*Server).handleAccount},

		{Method: "GET", Pattern: "/api/v1/openapi.json", Policy: Public, Handler: (*Server).handleOpenAPI},
		{Method: "GET", Pattern: "/api/v1/children", Policy: APIChildData, Handler: (*Server).handleAPIChildren},
		{Method: "GET", Pattern: "/api/v1/children/{id}", Policy: APIChildData, Handler: (*Server).handleAPIChild},

		{Method: "GET", Pattern: "/drafts", Policy: AnySignedIn, Handler: (*Server).handleDraft},
		{Method: "POST", Pattern: "/drafts", Policy: AnySignedIn, Handler: (*Server).handleSaveDraft},
		{Method: "POST", Pattern: "/drafts/discard", Policy: AnySignedIn, Handler: (*Server).handleDiscardDraft},

		// People and children's records (pages-record).
		{Method: "GET", Pattern: "/people", Policy: Search, Handler: (*Server).handleSearch, Nav: "Find a person"},
		{Method: "GET", Pattern: "/people/new", Policy: addPersonPolicy, Handler: (*Server).handleNewPersonForm},
		{Method: "POST", Pattern: "/people/new", Policy: addPersonPolicy, Handler: (*Server).handleNewPerson},
		{Method: "GET", Pattern: "/children/{id}", Policy: ChildData, Handler: (*Server).handleChild},
		{Method: "POST", Pattern: "/children/{id}/break-glass", Policy: ChildData, Handler: (*Server).handleBreakGlass},
		{Method: "GET", Pattern: "/children/{id}/chronology", Policy: ChildData, Handler: (*Server).handleChronology},
		{Method: "GET", Pattern: "/children/{id}/audit", Policy: whoLookedPolicy, Handler: (*Server).handleWhoLooked},
		{Method: "GET", Pattern: "/children/{id}/named", Policy: namingPolicy, Handler: (*Server).handleNamed},
		{Method: "POST", Pattern: "/children/{id}/named", Policy: namingPolicy, Handler: (*Server).handleNameOnRestricted},
		{Method: "POST", Pattern: "/children/{id}/named/remove", Policy: namingPolicy, Handler: (*Server).handleRemoveNamed},
		{Method: "GET", Pattern: "/break-glass", Policy: breakGlassViewsPolicy, Handler: (*Server).handleBreakGlassViews, Nav: "Break-glass views"},

		// The protection pathway after the referral (branch protection): assessments, strategy
		// discussions, section 47 enquiries, conferences, plans and their actions, core groups and visits.
		// Every page is within the child's record and opens it through openChild; the forms are for the
		// roles that record this work (recordProtection) and sign-off is for team managers
		// (signOffProtection). Handlers are handle_assessment*.go, handle_strategy*.go, handle_s47*.go,
		// handle_conference*.go, handle_plan*.go, handle_core_group*.go and handle_visit*.go.
		{Method: "GET", Pattern: "/children/{id}/assessments/new", Policy: recordProtection, Handler: (*Server).handleAssessmentNewForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/new", Policy: recordProtection, Handler: (*Server).handleAssessmentNew},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}", Policy: ChildData, Handler: (*Server).handleAssessment},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/seen", Policy: recordProtection, Handler: (*Server).handleAssessmentSeenForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/seen", Policy: recordProtection, Handler: (*Server).handleAssessmentSeen},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/household", Policy: recordProtection, Handler: (*Server).handleAssessmentHouseholdForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/household", Policy: recordProtection, Handler: (*Server).handleAssessmentHousehold},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/gp", Policy: recordProtection, Handler: (*Server).handleAssessmentGPForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/gp", Policy: recordProtection, Handler: (*Server).handleAssessmentGP},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/findings", Policy: recordProtection, Handler: (*Server).handleAssessmentFindingsForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/findings", Policy: recordProtection, Handler: (*Server).handleAssessmentFindings},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/complete", Policy: recordProtection, Handler: (*Server).handleAssessmentCompleteForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/complete", Policy: recordProtection, Handler: (*Server).handleAssessmentComplete},
		{Method: "GET", Pattern: "/children/{id}/assessments/{assessment}/authorise", Policy: signOffProtection, Handler: (*Server).handleAssessmentAuthoriseForm},
		{Method: "POST", Pattern: "/children/{id}/assessments/{assessment}/authorise", Policy: signOffProtection, Handler: (*Server).handleAssessmentAuthorise},
		{Method: "GET", Pattern: "/children/{id}/strategy-discussions/new", Policy: recordProtection, Handler: (*Server).handleStrategyNewForm},
		{Method: "POST", Pattern: "/children/{id}/strategy-discussions/new", Policy: recordProtection, Handler: (*Server).handleStrategyNew},
		{Method: "GET", Pattern: "/children/{id}/strategy-discussions/{discussion}", Policy: ChildData, Handler: (*Server).handleStrategy},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/new", Policy: recordProtection, Handler: (*Server).handleS47NewForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/new", Policy: recordProtection, Handler: (*Server).handleS47New},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}", Policy: ChildData, Handler: (*Server).handleS47},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}/seen", Policy: recordProtection, Handler: (*Server).handleS47SeenForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/{enquiry}/seen", Policy: recordProtection, Handler: (*Server).handleS47Seen},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}/household", Policy: recordProtection, Handler: (*Server).handleS47HouseholdForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/{enquiry}/household", Policy: recordProtection, Handler: (*Server).handleS47Household},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}/gp", Policy: recordProtection, Handler: (*Server).handleS47GPForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/{enquiry}/gp", Policy: recordProtection, Handler: (*Server).handleS47GP},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}/conclusion", Policy: recordProtection, Handler: (*Server).handleS47ConclusionForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/{enquiry}/conclusion", Policy: recordProtection, Handler: (*Server).handleS47Conclusion},
		{Method: "GET", Pattern: "/children/{id}/s47-enquiries/{enquiry}/authorise", Policy: signOffProtection, Handler: (*Server).handleS47AuthoriseForm},
		{Method: "POST", Pattern: "/children/{id}/s47-enquiries/{enquiry}/authorise", Policy: signOffProtection, Handler: (*Server).handleS47Authorise},
		{Method: "GET", Pattern: "/children/{id}/conferences/new", Policy: recordProtection, Handler: (*Server).handleConferenceNewForm},
		{Method: "POST", Pattern: "/children/{id}/conferences/new", Policy: recordProtection, Handler: (*Server).handleConferenceNew},
		{Method: "GET", Pattern: "/children/{id}/conferences/{conference}", Policy: ChildData, Handler: (*Server).handleConference},
		{Method: "GET", Pattern: "/children/{id}/cin-plans/new", Policy: recordProtection, Handler: (*Server).handleCINPlanNewForm},
		{Method: "POST", Pattern: "/children/{id}/cin-plans/new", Policy: recordProtection, Handler: (*Server).handleCINPlanNew},
		{Method: "GET", Pattern: "/children/{id}/cin-plans/{cinplan}/end", Policy: recordProtection, Handler: (*Server).handleCINPlanEndForm},
		{Method: "POST", Pattern: "/children/{id}/cin-plans/{cinplan}/end", Policy: recordProtection, Handler: (*Server).handleCINPlanEnd},
		{Method: "GET", Pattern: "/children/{id}/plans/{plan}", Policy: ChildData, Handler: (*Server).handlePlan},
		{Method: "GET", Pattern: "/children/{id}/plans/{plan}/edit", Policy: recordProtection, Handler: (*Server).handlePlanEditForm},
		{Method: "POST", Pattern: "/children/{id}/plans/{plan}/edit", Policy: recordProtection, Handler: (*Server).handlePlanEdit},
		{Method: "GET", Pattern: "/children/{id}/plans/{plan}/authorise", Policy: signOffProtection, Handler: (*Server).handlePlanAuthoriseForm},
		{Method: "POST", Pattern: "/children/{id}/plans/{plan}/authorise", Policy: signOffProtection, Handler: (*Server).handlePlanAuthorise},
		{Method: "GET", Pattern: "/children/{id}/plans/{plan}/actions/new", Policy: recordProtection, Handler: (*Server).handlePlanActionNewForm},
		{Method: "POST", Pattern: "/children/{id}/plans/{plan}/actions/new", Policy: recordProtection, Handler: (*Server).handlePlanActionNew},
		{Method: "GET", Pattern: "/children/{id}/plans/{plan}/actions/{action}", Policy: recordProtection, Handler: (*Server).handlePlanActionForm},
		{Method: "POST", Pattern: "/children/{id}/plans/{plan}/actions/{action}", Policy: recordProtection, Handler: (*Server).handlePlanAction},
		{Method: "GET", Pattern: "/children/{id}/core-groups/new", Policy: recordProtection, Handler: (*Server).handleCoreGroupNewForm},
		{Method: "POST", Pattern: "/children/{id}/core-groups/new", Policy: recordProtection, Handler: (*Server).handleCoreGroupNew},
		{Method: "GET", Pattern: "/children/{id}/core-groups/{group}", Policy: ChildData, Handler: (*Server).handleCoreGroup},
		{Method: "GET", Pattern: "/children/{id}/visits/new", Policy: recordProtection, Handler: (*Server).handleVisitNewForm},
		{Method: "POST", Pattern: "/children/{id}/visits/new", Policy: recordProtection, Handler: (*Server).handleVisitNew},
		{Method: "GET", Pattern: "/children/{id}/visits/{visit}", Policy: ChildData, Handler: (*Server).handleVisit},
		// End of the protection pathway's routes.

		// Children looked after (branch care, handle_care_*.go): starting a period of care, each change of
		// legal status or placement as a new SSDA903 episode, ending care; reviews; health; the personal
		// education plan, schools and education status; the virtual school register; the sufficiency view.
		// Statutory visits of looked-after children are the protection visit form's (kind cla).
		{Method: "GET", Pattern: "/children/{id}/care/start", Policy: recordCare, Handler: (*Server).handleCareStartForm},
		{Method: "POST", Pattern: "/children/{id}/care/start", Policy: recordCare, Handler: (*Server).handleCareStart},
		{Method: "GET", Pattern: "/children/{id}/care/change", Policy: recordCare, Handler: (*Server).handleCareChangeForm},
		{Method: "POST", Pattern: "/children/{id}/care/change", Policy: recordCare, Handler: (*Server).handleCareChange},
		{Method: "GET", Pattern: "/children/{id}/care/end", Policy: recordCare, Handler: (*Server).handleCareEndForm},
		{Method: "POST", Pattern: "/children/{id}/care/end", Policy: recordCare, Handler: (*Server).handleCareEnd},
		{Method: "GET", Pattern: "/children/{id}/care/episodes/{episode}", Policy: ChildData, Handler: (*Server).handleCareEpisode},
		{Method: "GET", Pattern: "/children/{id}/care/reviews/new", Policy: recordCareReview, Handler: (*Server).handleCareReviewNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/reviews/new", Policy: recordCareReview, Handler: (*Server).handleCareReviewNew},
		{Method: "GET", Pattern: "/children/{id}/care/reviews/{review}", Policy: ChildData, Handler: (*Server).handleCareReview},
		{Method: "GET", Pattern: "/children/{id}/care/health/new", Policy: recordCare, Handler: (*Server).handleCareHealthNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/health/new", Policy: recordCare, Handler: (*Server).handleCareHealthNew},
		{Method: "GET", Pattern: "/children/{id}/care/immunisations/new", Policy: recordCare, Handler: (*Server).handleCareImmunisationsNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/immunisations/new", Policy: recordCare, Handler: (*Server).handleCareImmunisationsNew},
		{Method: "GET", Pattern: "/children/{id}/care/sdq/new", Policy: recordCare, Handler: (*Server).handleCareSDQNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/sdq/new", Policy: recordCare, Handler: (*Server).handleCareSDQNew},
		{Method: "GET", Pattern: "/children/{id}/care/peps/new", Policy: recordEducation, Handler: (*Server).handleCarePEPNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/peps/new", Policy: recordEducation, Handler: (*Server).handleCarePEPNew},
		{Method: "GET", Pattern: "/children/{id}/care/peps/{pep}", Policy: ChildData, Handler: (*Server).handleCarePEP},
		{Method: "GET", Pattern: "/children/{id}/care/pep-targets/{target}", Policy: recordEducation, Handler: (*Server).handleCarePEPTargetForm},
		{Method: "POST", Pattern: "/children/{id}/care/pep-targets/{target}", Policy: recordEducation, Handler: (*Server).handleCarePEPTarget},
		{Method: "GET", Pattern: "/children/{id}/care/schools/new", Policy: recordEducation, Handler: (*Server).handleCareSchoolNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/schools/new", Policy: recordEducation, Handler: (*Server).handleCareSchoolNew},
		{Method: "GET", Pattern: "/children/{id}/care/education-status/new", Policy: recordEducation, Handler: (*Server).handleCareEducationStatusForm},
		{Method: "POST", Pattern: "/children/{id}/care/education-status/new", Policy: recordEducation, Handler: (*Server).handleCareEducationStatus},
		{Method: "GET", Pattern: "/virtual-school", Policy: Roles(hearth.RoleVirtualSchool), Handler: (*Server).handleVirtualSchoolRegister, Nav: "Virtual school"},
		{Method: "GET", Pattern: "/sufficiency", Policy: Roles(sufficiencyRoles...), Handler: (*Server).handleSufficiency, Nav: "Placements"},
		// End of the care routes.
		// Staying put, private fostering and homeless 16 and 17 year olds (branch care2,
		// handle_care_staying_put.go, handle_care_private_fostering.go, handle_care_homeless.go).
		{Method: "GET", Pattern: "/children/{id}/care/staying-put/new", Policy: recordLeaving, Handler: (*Server).handleStayingPutNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/staying-put/new", Policy: recordLeaving, Handler: (*Server).handleStayingPutNew},
		{Method: "GET", Pattern: "/children/{id}/care/staying-put/{arrangement}", Policy: recordLeaving, Handler: (*Server).handleStayingPutForm},
		{Method: "POST", Pattern: "/children/{id}/care/staying-put/{arrangement}", Policy: recordLeaving, Handler: (*Server).handleStayingPut},
		{Method: "GET", Pattern: "/children/{id}/care/private-fostering/new", Policy: recordCare, Handler: (*Server).handlePrivateFosteringNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/private-fostering/new", Policy: recordCare, Handler: (*Server).handlePrivateFosteringNew},
		{Method: "GET", Pattern: "/children/{id}/care/private-fostering/{arrangement}", Policy: recordCare, Handler: (*Server).handlePrivateFosteringForm},
		{Method: "POST", Pattern: "/children/{id}/care/private-fostering/{arrangement}", Policy: recordCare, Handler: (*Server).handlePrivateFostering},
		{Method: "GET", Pattern: "/children/{id}/care/private-fostering/{arrangement}/visits/new", Policy: recordCare, Handler: (*Server).handlePrivateFosteringVisitForm},
		{Method: "POST", Pattern: "/children/{id}/care/private-fostering/{arrangement}/visits/new", Policy: recordCare, Handler: (*Server).handlePrivateFosteringVisit},
		{Method: "GET", Pattern: "/children/{id}/care/homeless/new", Policy: recordCare, Handler: (*Server).handleHomelessNewForm},
		{Method: "POST", Pattern: "/children/{id}/care/homeless/new", Policy: recordCare, Handler: (*Server).handleHomelessNew},
		{Method: "GET", Pattern: "/children/{id}/care/homeless/{assessment}", Policy: recordCare, Handler: (*Server).handleHomelessForm},
		{Method: "POST", Pattern: "/children/{id}/care/homeless/{assessment}", Policy: recordCare, Handler: (*Server).handleHomeless},
		// End of staying put, private fostering and homeless young people.

		// What is due (branch duty): each worker's list, soonest first, and a team's overdue items, from the
		// duty engine (handle_my_work.go, handle_team_overdue.go). The child's items are on the record page.
		{Method: "GET", Pattern: "/my-work", Policy: Roles(myWorkRoles...), Handler: (*Server).handleMyWork, Nav: "My work"},
		{Method: "GET", Pattern: "/teams/{id}/overdue", Policy: Roles(teamCaseloadRoles...), Handler: (*Server).handleTeamOverdue},
		{Method: "GET", Pattern: "/admin/duties", Policy: ManageUsers, Handler: (*Server).handleAdminDuties, Nav: "Duties"},
		{Method: "GET", Pattern: "/admin/duties/{duty}", Policy: ManageUsers, Handler: (*Server).handleAdminDutyForm},
		{Method: "POST", Pattern: "/admin/duties/{duty}", Policy: ManageUsers, Handler: (*Server).handleAdminDuty},

		// Caseloads and allocation (pages-work).
		{Method: "GET", Pattern: "/caseload", Policy: Roles(caseloadRoles...), Handler: (*Server).handleCaseload, Nav: "My caseload"},
		{Method: "GET", Pattern: "/teams", Policy: Roles(teamCaseloadRoles...), Handler: (*Server).handleTeamCaseloads, Nav: "Team caseloads"},
		{Method: "GET", Pattern: "/teams/{id}/caseload", Policy: Roles(teamCaseloadRoles...), Handler: (*Server).handleTeamCaseload},
		{Method: "GET", Pattern: "/teams/{id}/allocate", Policy: Roles(hearth.RoleTeamManager), Handler: (*Server).handleAllocateForm},
		{Method: "POST", Pattern: "/teams/{id}/allocate", Policy: Roles(hearth.RoleTeamManager), Handler: (*Server).handleAllocate},

		// Performance (handle_performance*.go): every measure as at a date, one measure's trend,
		// commentary and target, and the children behind a figure for those who may see them.
		{Method: "GET", Pattern: "/performance", Policy: Roles(performanceRoles...), Handler: (*Server).handlePerformance, Nav: "Performance"},
		{Method: "GET", Pattern: "/performance/{id}", Policy: Roles(performanceRoles...), Handler: (*Server).handlePerformanceMeasure},
		{Method: "GET", Pattern: "/performance/{id}/children", Policy: Roles(drillDownRoles...), Handler: (*Server).handlePerformanceChildren},

		// Data quality (handle_data_quality*.go): what the DfE's rules find in the returns made from the
		// record, rule by rule, and the children each rule finds something about.
		{Method: "GET", Pattern: "/data-quality", Policy: Roles(dataQualityRoles...), Handler: (*Server).handleDataQuality, Nav: "Data quality"},
		{Method: "GET", Pattern: "/data-quality/{rule}", Policy: Roles(dataQualityRoles...), Handler: (*Server).handleDataQualityRule},
		{Method: "POST", Pattern: "/performance/{id}/commentary", Policy: Roles(commentaryRoles...), Handler: (*Server).handleMeasureCommentary},
		{Method: "POST", Pattern: "/performance/{id}/target", Policy: Roles(targetRoles...), Handler: (*Server).handleMeasureTarget},

		// The front door (branch frontdoor): contacts and their decisions, the daily triage meeting, the
		// MASH's requests to partner agencies and their answers, referrals and their closure, and the
		// threshold levels. Child-level pages open the child through openChild (or, to record a contact,
		// access.CanRecordContact) and ask the access package whether the user may write; each policy
		// here already keeps out the roles that never may, so read-only roles are refused the forms.
		{Method: "GET", Pattern: "/front-door", Policy: frontDoorTeam, Handler: (*Server).handleContactQueue, Nav: "Front door"},
		{Method: "GET", Pattern: "/children/{id}/contacts/new", Policy: contactWriters, Handler: (*Server).handleContactNewForm},
		{Method: "POST", Pattern: "/children/{id}/contacts/new", Policy: contactWriters, Handler: (*Server).handleContactNew},
		{Method: "GET", Pattern: "/contacts/{id}", Policy: ChildData, Handler: (*Server).handleContact},
		{Method: "GET", Pattern: "/contacts/{id}/decide", Policy: contactDeciders, Handler: (*Server).handleContactDecideForm},
		{Method: "POST", Pattern: "/contacts/{id}/decide", Policy: contactDeciders, Handler: (*Server).handleContactDecide},
		{Method: "GET", Pattern: "/contacts/{id}/mash-checks/new", Policy: contactDeciders, Handler: (*Server).handleMASHRequestForm},
		{Method: "POST", Pattern: "/contacts/{id}/mash-checks/new", Policy: contactDeciders, Handler: (*Server).handleMASHRequest},
		{Method: "GET", Pattern: "/contacts/{id}/referral", Policy: referralWriters, Handler: (*Server).handleReferralNewForm},
		{Method: "POST", Pattern: "/contacts/{id}/referral", Policy: referralWriters, Handler: (*Server).handleReferralNew},
		{Method: "GET", Pattern: "/referrals/{id}/close", Policy: referralWriters, Handler: (*Server).handleReferralCloseForm},
		{Method: "POST", Pattern: "/referrals/{id}/close", Policy: referralWriters, Handler: (*Server).handleReferralClose},
		{Method: "GET", Pattern: "/triage-meetings", Policy: frontDoorTeam, Handler: (*Server).handleTriageMeetings},
		{Method: "GET", Pattern: "/triage-meetings/new", Policy: frontDoorTeam, Handler: (*Server).handleTriageMeetingNewForm},
		{Method: "POST", Pattern: "/triage-meetings/new", Policy: frontDoorTeam, Handler: (*Server).handleTriageMeetingNew},
		{Method: "GET", Pattern: "/triage-meetings/{id}", Policy: frontDoorTeam, Handler: (*Server).handleTriageMeeting},
		{Method: "GET", Pattern: "/mash-requests", Policy: answerMASH, Handler: (*Server).handleMASHRequests, Nav: "MASH requests"},
		{Method: "GET", Pattern: "/mash-requests/{id}", Policy: answerMASH, Handler: (*Server).handleMASHAnswerForm},
		{Method: "POST", Pattern: "/mash-requests/{id}", Policy: answerMASH, Handler: (*Server).handleMASHAnswer},
		{Method: "GET", Pattern: "/admin/threshold-levels", Policy: ManageUsers, Handler: (*Server).handleThresholdLevels, Nav: "Threshold levels"},
		{Method: "POST", Pattern: "/admin/threshold-levels", Policy: ManageUsers, Handler: (*Server).handleThresholdLevelNew},
		{Method: "GET", Pattern: "/admin/threshold-levels/{id}", Policy: ManageUsers, Handler: (*Server).handleThresholdLevelForm},
		{Method: "POST", Pattern: "/admin/threshold-levels/{id}", Policy: ManageUsers, Handler: (*Server).handleThresholdLevel},
		// End of the front door's routes.

		// Leaving care and missing children (branch leaving): the care leavers list with the personal
		// advisers' caseloads (handle_leaving_*.go, handle_missing_*.go). Pages of a young person's record
		// open it through openChild; the forms are for leavingWriters and missingWriters.
		{Method: "GET", Pattern: "/care-leavers", Policy: Roles(careLeaverRoles...), Handler: (*Server).handleCareLeavers, Nav: "Care leavers"},
		{Method: "GET", Pattern: "/leaving/panels", Policy: Roles(panelRoles...), Handler: (*Server).handlePanels},
		{Method: "GET", Pattern: "/leaving/panels/new", Policy: Roles(panelChairs...), Handler: (*Server).handlePanelNewForm},
		{Method: "POST", Pattern: "/leaving/panels/new", Policy: Roles(panelChairs...), Handler: (*Server).handlePanelNew},
		{Method: "GET", Pattern: "/leaving/panels/{panel}", Policy: Roles(panelRoles...), Handler: (*Server).handlePanel},
		{Method: "GET", Pattern: "/leaving/panels/{panel}/cases/new", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelCaseNewForm},
		{Method: "POST", Pattern: "/leaving/panels/{panel}/cases/new", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelCaseNew},
		{Method: "GET", Pattern: "/leaving/panels/{panel}/actions/new", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelActionNewForm},
		{Method: "POST", Pattern: "/leaving/panels/{panel}/actions/new", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelActionNew},
		{Method: "GET", Pattern: "/leaving/panels/{panel}/actions/{panelaction}/done", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelActionDoneForm},
		{Method: "POST", Pattern: "/leaving/panels/{panel}/actions/{panelaction}/done", Policy: Roles(panelWriters...), Handler: (*Server).handlePanelActionDone},
		{Method: "GET", Pattern: "/leaving/providers", Policy: Roles(providerRoles...), Handler: (*Server).handleProviders},
		{Method: "GET", Pattern: "/leaving/providers/new", Policy: Roles(providerWriters...), Handler: (*Server).handleProviderNewForm},
		{Method: "POST", Pattern: "/leaving/providers/new", Policy: Roles(providerWriters...), Handler: (*Server).handleProviderNew},
		{Method: "GET", Pattern: "/leaving/providers/{provider}", Policy: Roles(providerRoles...), Handler: (*Server).handleProvider},
		{Method: "GET", Pattern: "/leaving/providers/{provider}/visits/new", Policy: Roles(visitWriters...), Handler: (*Server).handleProviderVisitNewForm},
		{Method: "POST", Pattern: "/leaving/providers/{provider}/visits/new", Policy: Roles(visitWriters...), Handler: (*Server).handleProviderVisitNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/category", Policy: recordLeaving, Handler: (*Server).handleLeavingCategoryForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/category", Policy: recordLeaving, Handler: (*Server).handleLeavingCategory},
		{Method: "GET", Pattern: "/children/{id}/leaving/contacts/new", Policy: recordLeaving, Handler: (*Server).handleLeavingContactNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/contacts/new", Policy: recordLeaving, Handler: (*Server).handleLeavingContactNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/status/new", Policy: recordLeaving, Handler: (*Server).handleLeavingStatusNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/status/new", Policy: recordLeaving, Handler: (*Server).handleLeavingStatusNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/needs-assessments/new", Policy: recordLeaving, Handler: (*Server).handleLeavingAssessmentNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/needs-assessments/new", Policy: recordLeaving, Handler: (*Server).handleLeavingAssessmentNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/needs-assessments/{needs}/complete", Policy: recordLeaving, Handler: (*Server).handleLeavingAssessmentCompleteForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/needs-assessments/{needs}/complete", Policy: recordLeaving, Handler: (*Server).handleLeavingAssessmentComplete},
		{Method: "GET", Pattern: "/children/{id}/leaving/pathway-plans/new", Policy: recordLeaving, Handler: (*Server).handleLeavingPlanNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/pathway-plans/new", Policy: recordLeaving, Handler: (*Server).handleLeavingPlanNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/pathway-plans/{pathway}", Policy: ChildData, Handler: (*Server).handleLeavingPlan},
		{Method: "GET", Pattern: "/children/{id}/leaving/pathway-plans/{pathway}/print", Policy: ChildData, Handler: (*Server).handleLeavingPlanPrint},
		{Method: "GET", Pattern: "/children/{id}/leaving/pathway-plans/{pathway}/reviews/new", Policy: recordLeaving, Handler: (*Server).handleLeavingReviewNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/pathway-plans/{pathway}/reviews/new", Policy: recordLeaving, Handler: (*Server).handleLeavingReviewNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/health-histories/new", Policy: recordLeaving, Handler: (*Server).handleLeavingHealthNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/health-histories/new", Policy: recordLeaving, Handler: (*Server).handleLeavingHealthNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/health-histories/{health}", Policy: ChildData, Handler: (*Server).handleLeavingHealth},
		{Method: "GET", Pattern: "/children/{id}/leaving/health-histories/{health}/print", Policy: ChildData, Handler: (*Server).handleLeavingHealthPrint},
		{Method: "GET", Pattern: "/children/{id}/leaving/health-histories/{health}/given", Policy: recordLeaving, Handler: (*Server).handleLeavingHealthGivenForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/health-histories/{health}/given", Policy: recordLeaving, Handler: (*Server).handleLeavingHealthGiven},
		{Method: "GET", Pattern: "/children/{id}/leaving/transitions/new", Policy: recordLeaving, Handler: (*Server).handleLeavingTransitionNewForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/transitions/new", Policy: recordLeaving, Handler: (*Server).handleLeavingTransitionNew},
		{Method: "GET", Pattern: "/children/{id}/leaving/transitions/{transition}", Policy: recordLeaving, Handler: (*Server).handleLeavingTransitionForm},
		{Method: "POST", Pattern: "/children/{id}/leaving/transitions/{transition}", Policy: recordLeaving, Handler: (*Server).handleLeavingTransition},
		{Method: "GET", Pattern: "/children/{id}/missing/new", Policy: recordMissing, Handler: (*Server).handleMissingNewForm},
		{Method: "POST", Pattern: "/children/{id}/missing/new", Policy: recordMissing, Handler: (*Server).handleMissingNew},
		{Method: "GET", Pattern: "/children/{id}/missing/{missing}", Policy: ChildData, Handler: (*Server).handleMissing},
		{Method: "GET", Pattern: "/children/{id}/missing/{missing}/return", Policy: recordMissing, Handler: (*Server).handleMissingReturnForm},
		{Method: "POST", Pattern: "/children/{id}/missing/{missing}/return", Policy: recordMissing, Handler: (*Server).handleMissingReturn},
		{Method: "GET", Pattern: "/children/{id}/missing/{missing}/interview", Policy: recordMissing, Handler: (*Server).handleMissingInterviewForm},
		{Method: "POST", Pattern: "/children/{id}/missing/{missing}/interview", Policy: recordMissing, Handler: (*Server).handleMissingInterview},
		// End of leaving care and missing children.

		// User and team administration (pages-work); administrators see no child data here.
		{Method: "GET", Pattern: "/admin/users", Policy: ManageUsers, Handler: (*Server).handleAdminUsers, Nav: "Users"},
		{Method: "GET", Pattern: "/admin/users/new", Policy: ManageUsers, Handler: (*Server).handleAdminUserNewForm},
		{Method: "POST", Pattern: "/admin/users/new", Policy: ManageUsers, Handler: (*Server).handleAdminUserNew},
		{Method: "GET", Pattern: "/admin/users/{id}", Policy: ManageUsers, Handler: (*Server).handleAdminUserForm},
		{Method: "POST", Pattern: "/admin/users/{id}", Policy: ManageUsers, Handler: (*Server).handleAdminUser},
		{Method: "POST", Pattern: "/admin/users/{id}/password", Policy: ManageUsers, Handler: (*Server).handleAdminUserPassword},
		{Method: "GET", Pattern: "/admin/teams", Policy: ManageUsers, Handler: (*Server).handleAdminTeams},
		{Method: "POST", Pattern: "/admin/teams", Policy: ManageUsers, Handler: (*Server).handleAdminTeamCreate},
		{Method: "GET", Pattern: "/admin/teams/{id}", Policy: ManageUsers, Handler: (*Server).handleAdminTeamForm},
		{Method: "POST", Pattern: "/admin/teams/{id}", Policy: ManageUsers, Handler: (*Server).handleAdminTeamRename},
	}
}

// Routes describes the route table for tests in other packages and for documentation: each route's
// method, pattern and policy.
func (s *Server) Routes() []RouteInfo {
	out := make([]RouteInfo, len(s.routes))
	for i, rt := range s.routes {
		out[i] = RouteInfo{Method: rt.Method, Pattern: rt.Pattern, Policy: rt.Policy}
	}
	return out
}

// RouteInfo is one route as Routes describes it.
type RouteInfo struct {
	Method  string
	Pattern string
	Policy  Policy
}
