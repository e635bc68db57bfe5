// Package frontdoor holds the record of the front door of children's social care: contacts and the
// decisions made on them, the multi-agency safeguarding hub's requests to partner agencies and the triage
// meetings that consider them, referrals and the child in need episodes that follow them, and early help
// episodes. It holds types, code lists and validation only; the store holds the SQL.
//
// Dependency order of the tables (store/tables_frontdoor.go): triage_meetings, contacts, mash_checks,
// cin_episodes, early_help_episodes. A contact comes before the referral it may become, so the link
// between them is kept on the referral (cin_episodes.contact_id). Nothing here refers to workforce,
// protection or later areas; workforce (allocations) and protection refer to cin_episodes.
//
// What the returns take from here:
//   - Annex A List 1 (contacts): contacts.received_at (its date in England) and contacts.source.
//   - Annex A List 2 (early help): early_help_episodes.assessment_start_date, assessment_completed_date
//     and organisation.
//   - Annex A List 3 (referrals): cin_episodes.referral_date, referral_source, referral_nfa; the number of
//     referrals in the last 12 months is counted from cin_episodes; allocated team and worker come from
//     the involvements table (workforce) as at the list date.
//   - CIN census CINdetails: cin_episodes.referral_date, referral_source, primary_need, closure_date,
//     closure_reason, referral_nfa. CINdetails.DateOfInitialCPC comes from the initial conference
//     (protection, cp_conferences) of the episode that did not follow a section 47 enquiry.
package frontdoor
