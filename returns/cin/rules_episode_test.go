package cin

import (
	"testing"

	"hearth"
)

// secondEpisode adds to A1 a closed episode from before the open one, so that the rules about several
// episodes have something to compare.
func secondEpisode(c *Census) *Episode {
	a := childA(c)
	a.Episodes = append([]Episode{{
		CINreferralDate: d("2024-06-01"), ReferralSource: "2A", PrimaryNeedCode: "N3", ReferralNFA: "false",
		CINclosureDate: d("2025-04-20"), ReasonForClosure: "RC7",
	}}, a.Episodes...)
	return &a.Episodes[0]
}

func init() {
	addCases("8555Q",
		fires("referred after death", func(c *Census) { childA(c).PersonDeathDate = d("2025-04-30") }),
		quiet("referred on the day of death", func(c *Census) { childA(c).PersonDeathDate = d("2025-05-01") }),
	)
	addCases("8565",
		fires("assessment authorised after closure", func(c *Census) {
			episodeD(c).CINclosureDate = d("2025-04-19")
		}),
		fires("CIN plan ends after closure", func(c *Census) {
			episodeA(c).CINclosureDate, episodeA(c).ReasonForClosure = d("2025-07-30"), "RC7"
		}),
		quiet("closed on the day of the last activity", func(c *Census) { episodeD(c).CINclosureDate = d("2025-04-20") }),
	)
	addCases("8568",
		fires("missing", func(c *Census) { episodeA(c).ReferralNFA = "" }),
		fires("yes", func(c *Census) { episodeA(c).ReferralNFA = "yes" }),
		quiet("True", func(c *Census) { episodeB(c).ReferralNFA = "True" }),
	)
	addCases("8569Q",
		fires("NFA referral long before the year", func(c *Census) {
			episodeB(c).CINreferralDate, episodeB(c).CINclosureDate = d("2025-03-01"), d("2025-04-02")
		}),
		quiet("NFA referral one working day before the year", func(c *Census) {
			// 1 April 2025 is a Tuesday; one working day before it is Monday 31 March.
			episodeB(c).CINreferralDate, episodeB(c).CINclosureDate = d("2025-03-31"), d("2025-04-02")
		}),
	)
	addCases("8585Q",
		fires("closed as died, no date of death", func(c *Census) { episodeD(c).ReasonForClosure = "RC2" }),
		quiet("closed as died with a date of death", func(c *Census) {
			episodeD(c).ReasonForClosure, childD(c).PersonDeathDate = "RC2", d("2025-05-14")
		}),
	)
	addCases("8600",
		fires("missing", func(c *Census) { episodeB(c).CINreferralDate = hearth.Date{} }),
		fires("after the year", func(c *Census) {
			episodeC(c).CINreferralDate = d("2026-04-01")
		}),
		quiet("on the reference date", func(c *Census) { episodeC(c).CINreferralDate = d("2026-03-31") }),
	)
	addCases("8606",
		fires("281 days before the expected birth", func(c *Census) { episodeC(c).CINreferralDate = d("2025-08-24") }),
		quiet("280 days before the expected birth", func(c *Census) { episodeC(c).CINreferralDate = d("2025-08-25") }),
	)
	addCases("8610",
		fires("further action without a primary need", func(c *Census) { episodeA(c).PrimaryNeedCode = "" }),
		quiet("NFA without a primary need", func(c *Census) { episodeB(c).PrimaryNeedCode = "" }),
	)
	addCases("8620",
		fires("closed before the year", func(c *Census) {
			episodeD(c).CINclosureDate, assessD(c).AuthorisationDate = d("2025-03-31"), d("2025-03-30")
		}),
		quiet("closed on the first day", func(c *Census) {
			episodeD(c).CINclosureDate, assessD(c).AuthorisationDate = d("2025-04-01"), d("2025-03-30")
		}),
	)
	addCases("8630",
		fires("closed before the referral", func(c *Census) { episodeB(c).CINclosureDate = d("2025-08-31") }),
		quiet("closed on the day of referral", func(c *Census) { episodeB(c).CINclosureDate = d("2025-09-01") }),
	)
	addCases("8640",
		fires("RC10", func(c *Census) { episodeB(c).ReasonForClosure = "RC10" }),
		quiet("RC9", func(c *Census) { episodeB(c).ReasonForClosure = "RC9" }),
	)
	addCases("8650",
		fires("N10", func(c *Census) { episodeA(c).PrimaryNeedCode = "N10" }),
		quiet("N0", func(c *Census) { episodeA(c).PrimaryNeedCode = "N0" }),
	)
	addCases("8805",
		fires("closed without a reason", func(c *Census) { episodeB(c).ReasonForClosure = "" }),
		quiet("open without a reason", func(c *Census) { episodeA(c).ReasonForClosure = "" }),
	)
	addCases("8810",
		fires("a reason on an open episode", func(c *Census) { episodeA(c).ReasonForClosure = "RC7" }),
		quiet("a reason on a closed episode", func(c *Census) { episodeB(c).ReasonForClosure = "RC1" }),
	)
	addCases("8815",
		fires("two open further-action episodes", func(c *Census) {
			e := secondEpisode(c)
			e.CINclosureDate, e.ReasonForClosure = hearth.Date{}, ""
		}),
		quiet("an open NFA episode beside an open further-action one", func(c *Census) {
			e := secondEpisode(c)
			e.CINclosureDate, e.ReasonForClosure, e.ReferralNFA = hearth.Date{}, "", "true"
		}),
	)
	addCases("8816",
		fires("the open further-action episode is not the latest", func(c *Census) {
			a := childA(c)
			a.Episodes = append(a.Episodes, Episode{
				CINreferralDate: d("2026-01-05"), ReferralSource: "2A", ReferralNFA: "true",
				CINclosureDate: d("2026-01-05"), ReasonForClosure: "RC7",
			})
		}),
		quiet("the open further-action episode is the latest", func(c *Census) { secondEpisode(c) }),
	)
	addCases("8820",
		fires("an episode starts before the previous closed", func(c *Census) {
			secondEpisode(c).CINclosureDate = d("2025-05-02")
		}),
		fires("an episode starts while a further-action episode is open", func(c *Census) {
			secondEpisode(c).CINclosureDate, childA(c).Episodes[0].ReasonForClosure = hearth.Date{}, ""
		}),
		quiet("an episode starts on the day the previous closed", func(c *Census) {
			secondEpisode(c).CINclosureDate = d("2025-05-01")
		}),
		quiet("an episode starts while an NFA episode is open", func(c *Census) {
			e := secondEpisode(c)
			e.CINclosureDate, e.ReasonForClosure, e.ReferralNFA = hearth.Date{}, "", "true"
		}),
	)
	addCases("8825Q",
		fires("RC8 without an assessment", func(c *Census) { episodeB(c).ReasonForClosure = "RC8" }),
		fires("RC9 without an assessment", func(c *Census) { episodeB(c).ReasonForClosure = "RC9" }),
		quiet("RC8 with an assessment", func(c *Census) { episodeD(c).ReasonForClosure = "RC8" }),
	)
	addCases("8831",
		fires("an assessment on an NFA referral", func(c *Census) {
			episodeB(c).Assessments = []Assessment{{ActualStartDate: d("2025-09-01"), AuthorisationDate: d("2025-09-01"), Factors: []string{"21"}}}
		}),
		fires("an initial conference on an NFA referral", func(c *Census) { episodeB(c).DateOfInitialCPC = d("2025-09-01") }),
		quiet("an assessment on a further-action referral", func(c *Census) { episodeA(c).ReferralNFA = "0" }),
	)
	addCases("8832",
		fires("a CP plan on an NFA referral", func(c *Census) { episodeA(c).ReferralNFA = "1" }),
		quiet("a CP plan on a further-action referral", func(c *Census) { episodeA(c).ReferralNFA = "FALSE" }),
	)
	addCases("8866",
		fires("missing", func(c *Census) { episodeA(c).ReferralSource = "" }),
		fires("not a code", func(c *Census) { episodeA(c).ReferralSource = "11" }),
		quiet("10", func(c *Census) { episodeA(c).ReferralSource = "10" }),
	)
	addCases("8867",
		fires("closed with an assessment not authorised", func(c *Census) { assessD(c).AuthorisationDate = hearth.Date{} }),
		quiet("open with an assessment not authorised", func(c *Census) { assessA(c).AuthorisationDate = hearth.Date{} }),
	)
	addCases("8868",
		fires("closed with an enquiry neither conferenced nor marked not required", func(c *Census) {
			episodeD(c).Section47s = []Section47{{ActualStartDate: d("2025-04-21"), ICPCnotRequired: "false"}}
		}),
		quiet("closed with an enquiry marked conference not required", func(c *Census) {
			episodeD(c).Section47s = []Section47{{ActualStartDate: d("2025-04-21"), ICPCnotRequired: "true"}}
			episodeD(c).ReasonForClosure = "RC7"
		}),
	)
	addCases("2990",
		fires("RC8 with a section 47 enquiry", func(c *Census) {
			episodeD(c).Section47s = []Section47{{ActualStartDate: d("2025-04-21"), ICPCnotRequired: "true"}}
		}),
		fires("RC8 with a CIN plan", func(c *Census) {
			episodeD(c).CINPlans = []CINPlan{{StartDate: d("2025-04-21"), EndDate: d("2025-05-10")}}
		}),
		quiet("RC9 with a CIN plan", func(c *Census) {
			episodeD(c).ReasonForClosure = "RC9"
			episodeD(c).CINPlans = []CINPlan{{StartDate: d("2025-04-21"), EndDate: d("2025-05-10")}}
		}),
	)
	addCases("2991Q",
		fires("an enquiry without an assessment", func(c *Census) { episodeA(c).Assessments = nil }),
		quiet("an assessment without an enquiry", func(c *Census) { episodeA(c).Section47s = nil; episodeA(c).CPPlans[0].StartDate = d("2025-08-20") }),
	)
}

// TestActivityAfterClosureNamesTheLateRow checks that 8565 points at the row whose date is after the
// closure, not at the episode.
func TestActivityAfterClosureNamesTheLateRow(t *testing.T) {
	c := baseCensus()
	episodeD(c).CINclosureDate = d("2025-04-19")
	got := findingsOf(Validate(c, year2026()), "8565")
	if len(got) != 1 || got[0].Table != TableAssessment || got[0].Row != 2 || got[0].Child != "D4" {
		t.Fatalf("8565 findings = %+v, want Assessments row 2 of D4", got)
	}
}
