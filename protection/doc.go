// Package protection holds the record of the work that follows a referral: child and family
// assessments, strategy discussions, section 47 enquiries, child protection conferences, child protection
// and child in need plans, core groups, the content and actions of every kind of plan, statutory visits
// and the emergency powers used to protect a child. It holds types, code lists and validation only; the
// store holds the SQL.
//
// Dependency order of the tables (store/tables_protection.go): cin_assessments, assessment_household,
// strategy_discussions, s47_enquiry, s47_household, cin_plans, cp_plans, cp_conferences, core_groups,
// plans, plan_actions, visits, emergency_protection_episodes. Everything refers back to cin_episodes
// (frontdoor) and the people tables. Child protection plans come before conferences so that every
// conference can point at its plan with a real reference (cp_conferences.cp_plan_id): the initial
// conference at the plan it made, each review at the plan it reviewed. A plan's initial conference is
// therefore the conference with kind initial and that cp_plan_id; the plan keeps no link of its own.
//
// How the CIN census is derived from these tables, per CIN episode (frontdoor.CINEpisode):
//   - Assessments: cin_assessments (start_date, internal_review_date, authorisation_date, factors).
//   - CINPlanDates: cin_plans (start_date, end_date).
//   - Section47: s47_enquiry (start_date, icpc_target_date, ICPCnotRequired = icpc_required is false) with
//     DateOfInitialCPC from the initial conference whose s47_enquiry_id is the enquiry.
//   - CINdetails.DateOfInitialCPC: an initial conference of the episode with no s47_enquiry_id (for
//     example a transfer-in conference), so that no conference is reported at both levels (rule 2884).
//   - ChildProtectionPlans: cp_plans of the episode that are not other_la (start_date, end_date,
//     initial_category, latest_category), with Reviews.CPPreviewDate from the review conferences whose
//     cp_plan_id is the plan, and NumberOfPreviousCPP counted: the child's other cp_plans rows (this
//     authority's and other authorities', other_la) that started before this plan.
//
// Annex A Lists 4, 5 and 7 come from the same rows; see the dfe tags. List 7's "Subject to Emergency
// Protection Order or Protected Under Police Powers in Last Six Months" comes from
// emergency_protection_episodes, which covers children who were not accommodated by the local authority
// and so have no looked-after legal status (L1, L2) to show it.
package protection
