package cin

import (
	"testing"

	"hearth"
)

// closeCPP ends A1's child protection plan, so that plans after it can be tested.
func closeCPP(c *Census, end string) {
	cppA(c).EndDate = hearth.Date{}
	if end != "" {
		cppA(c).EndDate = d(end)
	}
}

func init() {
	addCases("4000",
		fires("a CIN plan on an NFA referral", func(c *Census) {
			episodeB(c).CINPlans = []CINPlan{{StartDate: d("2025-09-01"), EndDate: d("2025-09-01")}}
		}),
		quiet("a CIN plan on a further-action referral", func(c *Census) {
			episodeC(c).CINPlans = []CINPlan{{StartDate: d("2026-02-21")}}
		}),
	)
	addCases("4001",
		fires("an open CIN plan beside an open CP plan", func(c *Census) { planA(c).EndDate = hearth.Date{} }),
		quiet("an open CIN plan after the CP plan ended", func(c *Census) {
			closeCPP(c, "2026-01-10")
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2026-01-10")})
			cppA(c).Reviews = cppA(c).Reviews[:1]
		}),
	)
	addCases("4003",
		fires("a CP review while a CIN plan is open", func(c *Census) { planA(c).EndDate = d("2025-12-01") }),
		quiet("a CP review the day the CIN plan ended", func(c *Census) { planA(c).EndDate = d("2025-11-12") }),
		quiet("the review that ended the CP plan, the day a CIN plan starts", func(c *Census) {
			closeCPP(c, "2026-02-12")
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2026-02-12")})
		}),
	)
	addCases("4004",
		fires("two open CIN plans", func(c *Census) {
			episodeC(c).CINPlans = []CINPlan{{StartDate: d("2026-02-21")}, {StartDate: d("2026-03-01")}}
		}),
		quiet("two children with an open CIN plan each", func(c *Census) {
			planA(c).EndDate = hearth.Date{}
			episodeC(c).CINPlans = []CINPlan{{StartDate: d("2026-02-21")}}
		}),
	)
	addCases("4008",
		fires("plan starts after death", func(c *Census) { childA(c).PersonDeathDate = d("2025-06-10") }),
		quiet("plan starts on the day of death", func(c *Census) { childA(c).PersonDeathDate = d("2025-06-11") }),
	)
	addCases("4009Q",
		fires("plan ends after death", func(c *Census) { childA(c).PersonDeathDate = d("2025-07-30") }),
		quiet("plan ends on the day of death", func(c *Census) { childA(c).PersonDeathDate = d("2025-07-31") }),
	)
	addCases("4010",
		fires("start missing", func(c *Census) { planA(c).StartDate = hearth.Date{} }),
		fires("start after the year", func(c *Census) {
			episodeC(c).CINPlans = []CINPlan{{StartDate: d("2026-04-01")}}
		}),
		quiet("started before the year", func(c *Census) {
			episodeD(c).ReasonForClosure = "RC7"
			episodeD(c).CINPlans = []CINPlan{{StartDate: d("2025-01-10"), EndDate: d("2025-05-01")}}
		}),
	)
	addCases("4011",
		fires("ends before it starts", func(c *Census) { planA(c).EndDate = d("2025-06-10") }),
		quiet("ends the day after it starts", func(c *Census) { planA(c).EndDate = d("2025-06-12") }),
	)
	addCases("4012Q",
		fires("starts and ends the same day", func(c *Census) { planA(c).EndDate = d("2025-06-11") }),
		quiet("ends the next day", func(c *Census) { planA(c).EndDate = d("2025-06-12") }),
	)
	addCases("4013",
		fires("ends before the year", func(c *Census) {
			episodeD(c).ReasonForClosure = "RC7"
			episodeD(c).CINPlans = []CINPlan{{StartDate: d("2025-01-10"), EndDate: d("2025-03-31")}}
		}),
		quiet("ends on the first day of the year", func(c *Census) {
			episodeD(c).ReasonForClosure = "RC7"
			episodeD(c).CINPlans = []CINPlan{{StartDate: d("2025-01-10"), EndDate: d("2025-04-01")}}
		}),
	)
	addCases("4014",
		fires("two plans overlap", func(c *Census) {
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2025-07-01"), EndDate: d("2025-08-01")})
		}),
		quiet("a plan starts the day the last ended", func(c *Census) {
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2025-07-31"), EndDate: d("2025-08-01")})
		}),
	)
	addCases("4015",
		fires("plan starts before the referral", func(c *Census) { planA(c).StartDate = d("2025-04-30") }),
		quiet("plan starts on the referral day", func(c *Census) { planA(c).StartDate = d("2025-05-01") }),
	)
	addCases("4016",
		fires("a CIN plan starts while the CP plan is open", func(c *Census) {
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2025-09-01"), EndDate: d("2025-09-20")})
		}),
		fires("a CIN plan in a later episode starts while a CP plan of an earlier one is open", func(c *Census) {
			a := childA(c)
			e := a.Episodes[0]
			e.CINPlans, e.Section47s, e.Assessments = nil, nil, nil
			e.CPPlans = []CPPlan{{StartDate: d("2025-06-02"), InitialCategoryOfAbuse: "NEG", LatestCategoryOfAbuse: "NEG", NumberOfPreviousCPP: "1"}}
			e.DateOfInitialCPC = d("2025-06-02")
			a.Episodes = append(a.Episodes, Episode{CINreferralDate: d("2025-09-01"), ReferralSource: "1A", PrimaryNeedCode: "N1",
				ReferralNFA: "false", CINPlans: []CINPlan{{StartDate: d("2025-09-10")}}})
		}),
		quiet("a CIN plan starts the day the CP plan ends", func(c *Census) {
			closeCPP(c, "2026-01-10")
			cppA(c).Reviews = cppA(c).Reviews[:1]
			episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2026-01-10")})
		}),
	)
	addCases("4017",
		fires("a CP plan starts while a CIN plan is open", func(c *Census) { planA(c).EndDate = d("2025-08-21") }),
		quiet("a CP plan starts the day the CIN plan ends", func(c *Census) { planA(c).EndDate = d("2025-08-20") }),
	)
}

// TestReviewsAreEachChecked checks that a review held during a CIN plan is found even when it is the
// second review of its plan, which the DfE's Python reader would have dropped.
func TestReviewsAreEachChecked(t *testing.T) {
	c := baseCensus()
	planA(c).StartDate, planA(c).EndDate = d("2025-06-11"), d("2025-07-31")
	episodeA(c).CINPlans = append(episodeA(c).CINPlans, CINPlan{StartDate: d("2026-02-01"), EndDate: d("2026-02-20")})
	c.Renumber()
	got := findingsOf(Validate(c, year2026()), "4003")
	if len(got) != 1 || got[0].Table != TableReview || got[0].Row != 1 {
		t.Fatalf("4003 findings = %+v, want the second review (Reviews row 1)", got)
	}
}
