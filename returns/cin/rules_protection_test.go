package cin

import (
	"testing"

	"hearth"
)

// secondS47 adds to A1's episode a second enquiry after the first one's conference.
func secondS47(c *Census, s Section47) { episodeA(c).Section47s = append(episodeA(c).Section47s, s) }

// secondCPP adds to A1 a second child protection plan, in a second, earlier episode.
func secondCPP(c *Census, p CPPlan) {
	e := secondEpisode(c)
	e.CPPlans = append(e.CPPlans, p)
}

func init() {
	addCases("1104",
		fires("conference before the referral", func(c *Census) { s47A(c).DateOfInitialCPC = d("2025-04-30") }),
		quiet("conference on the referral day", func(c *Census) {
			s47A(c).ActualStartDate, s47A(c).DateOfInitialCPC = d("2025-05-01"), d("2025-05-01")
		}),
	)
	addCases("2884",
		fires("the same conference at both levels", func(c *Census) { episodeA(c).DateOfInitialCPC = d("2025-08-20") }),
		quiet("a different conference at the CIN details level", func(c *Census) { episodeC(c).DateOfInitialCPC = d("2026-02-02") }),
	)
	addCases("2889",
		fires("enquiry starts before the referral", func(c *Census) { s47A(c).ActualStartDate = d("2025-04-30") }),
		quiet("enquiry starts on the referral day", func(c *Census) { s47A(c).ActualStartDate = d("2025-05-01") }),
	)
	addCases("8615",
		fires("start missing", func(c *Census) { s47A(c).ActualStartDate = hearth.Date{} }),
		fires("start after the conference", func(c *Census) { s47A(c).ActualStartDate = d("2025-08-21") }),
		quiet("start on the conference day", func(c *Census) { s47A(c).ActualStartDate = d("2025-08-20") }),
		quiet("start missing on an enquiry without a conference", func(c *Census) {
			secondS47(c, Section47{ICPCnotRequired: "true"})
		}),
	)
	addCases("8675Q",
		fires("open enquiry started long before the year end", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-01-05"), ICPCnotRequired: "false"})
		}),
		quiet("open enquiry started 15 working days before the year end", func(c *Census) {
			// Fifteen working days before Tuesday 31 March 2026 is Tuesday 10 March.
			secondS47(c, Section47{ActualStartDate: d("2026-03-10"), ICPCnotRequired: "false"})
		}),
		quiet("enquiry concluded without a conference", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-01-05"), ICPCnotRequired: "1"})
		}),
	)
	addCases("8715",
		fires("enquiry's conference after the year", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-03-25"), DateOfInitialCPC: d("2026-04-01"), ICPCnotRequired: "false"})
		}),
		fires("CIN details conference before the year", func(c *Census) { episodeD(c).DateOfInitialCPC = d("2025-03-31") }),
		quiet("CIN details conference on the first day", func(c *Census) { episodeD(c).DateOfInitialCPC = d("2025-04-01") }),
	)
	addCases("8740",
		fires("open enquiry started before the year", func(c *Census) {
			episodeD(c).ReasonForClosure = "RC7"
			episodeD(c).CINclosureDate = hearth.Date{}
			episodeD(c).ReasonForClosure = ""
			episodeD(c).Section47s = []Section47{{ActualStartDate: d("2025-03-20"), ICPCnotRequired: "false"}}
		}),
		quiet("open enquiry started on the first day", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2025-04-01"), ICPCnotRequired: "false"})
		}),
	)
	addCases("8839",
		fires("two open enquiries in one episode", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-03-20"), ICPCnotRequired: "false"})
			secondS47(c, Section47{ActualStartDate: d("2026-03-25"), ICPCnotRequired: "0"})
		}),
		quiet("one open enquiry beside a concluded one", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-03-25"), ICPCnotRequired: "false"})
		}),
	)
	addCases("8870Q",
		fires("target on a Saturday", func(c *Census) { s47A(c).InitialCPCtarget = d("2025-08-23") }),
		quiet("target on a Friday", func(c *Census) { s47A(c).InitialCPCtarget = d("2025-08-22") }),
	)
	addCases("8875",
		fires("conference on a Sunday", func(c *Census) {
			s47A(c).DateOfInitialCPC, cppA(c).StartDate = d("2025-08-24"), d("2025-08-24")
		}),
		quiet("conference on a Monday", func(c *Census) {
			s47A(c).DateOfInitialCPC, cppA(c).StartDate = d("2025-08-25"), d("2025-08-25")
		}),
	)
	addCases("8890",
		fires("an enquiry starts before the last one's conference", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2025-08-10"), DateOfInitialCPC: d("2025-08-28"), ICPCnotRequired: "false"})
		}),
		fires("an enquiry starts on the day of the last one's conference", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2025-08-20"), ICPCnotRequired: "true"})
		}),
		fires("an enquiry starts while one without a conference is open", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2026-01-05"), ICPCnotRequired: "false"})
			secondS47(c, Section47{ActualStartDate: d("2026-02-05"), ICPCnotRequired: "true"})
		}),
		quiet("an enquiry starts the day after the last one's conference", func(c *Census) {
			secondS47(c, Section47{ActualStartDate: d("2025-08-21"), ICPCnotRequired: "true"})
		}),
		quiet("an enquiry starts while one of another episode is open", func(c *Census) {
			secondEpisode(c).Section47s = []Section47{{ActualStartDate: d("2024-07-01"), ICPCnotRequired: "false"}}
		}),
	)
	addCases("1105",
		fires("plan starts before the referral", func(c *Census) {
			s47A(c).ActualStartDate, s47A(c).DateOfInitialCPC, cppA(c).StartDate = d("2025-04-29"), d("2025-04-30"), d("2025-04-30")
		}),
		quiet("plan starts on the referral day", func(c *Census) {
			s47A(c).ActualStartDate, s47A(c).DateOfInitialCPC, cppA(c).StartDate = d("2025-05-01"), d("2025-05-01"), d("2025-05-01")
		}),
	)
	addCases("2883",
		fires("a plan without a conference", func(c *Census) {
			s47A(c).DateOfInitialCPC, s47A(c).ICPCnotRequired = hearth.Date{}, "true"
		}),
		quiet("a conference without a plan", func(c *Census) {
			episodeC(c).DateOfInitialCPC = d("2026-02-02")
		}),
	)
	addCases("2885",
		fires("plan starts the day after the conference", func(c *Census) { cppA(c).StartDate = d("2025-08-21") }),
		quiet("plan starts on a conference recorded at the CIN details level", func(c *Census) {
			s47A(c).DateOfInitialCPC, s47A(c).ICPCnotRequired = hearth.Date{}, "true"
			episodeA(c).DateOfInitialCPC = d("2025-08-20")
		}),
		quiet("plan started before the year", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2025-01-06"), EndDate: d("2025-04-02"), InitialCategoryOfAbuse: "EMO",
				LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
	)
	addCases("8720",
		fires("start missing", func(c *Census) { cppA(c).StartDate = hearth.Date{} }),
		quiet("started before the year", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2024-07-01"), EndDate: d("2025-04-02"), InitialCategoryOfAbuse: "EMO",
				LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
	)
	addCases("8730",
		fires("missing", func(c *Census) { cppA(c).NumberOfPreviousCPP = "" }),
		quiet("0", func(c *Census) { cppA(c).NumberOfPreviousCPP = "0" }),
	)
	addCases("8840",
		fires("starts and ends the same day", func(c *Census) { cppA(c).EndDate, cppA(c).Reviews = d("2025-08-20"), nil }),
		quiet("ends the next day", func(c *Census) { cppA(c).EndDate, cppA(c).Reviews = d("2025-08-21"), nil }),
	)
	addCases("8841",
		fires("a review on the start day", func(c *Census) { cppA(c).Reviews[1].Date = d("2025-08-20") }),
		quiet("a review the day after the start", func(c *Census) { cppA(c).Reviews[0].Date = d("2025-08-21") }),
	)
	addCases("8842Q",
		fires("a review without a date", func(c *Census) { cppA(c).Reviews = append(cppA(c).Reviews, Review{}) }),
		quiet("a plan without reviews", func(c *Census) { cppA(c).Reviews = nil }),
	)
	addCases("8905",
		fires("missing", func(c *Census) { cppA(c).InitialCategoryOfAbuse = "" }),
		fires("lower case", func(c *Census) { cppA(c).InitialCategoryOfAbuse = "neg" }),
		quiet("MUL", func(c *Census) { cppA(c).InitialCategoryOfAbuse = "MUL" }),
	)
	addCases("8910",
		fires("not a code", func(c *Census) { cppA(c).LatestCategoryOfAbuse = "SEX" }),
		quiet("SAB", func(c *Census) { cppA(c).LatestCategoryOfAbuse = "SAB" }),
	)
	addCases("8915",
		fires("plan starts after death", func(c *Census) { childA(c).PersonDeathDate = d("2025-08-19") }),
		quiet("plan starts on the day of death", func(c *Census) {
			childA(c).PersonDeathDate = d("2025-08-20")
		}),
	)
	addCases("8920",
		fires("plan ends after death", func(c *Census) {
			closeCPP(c, "2026-03-01")
			childA(c).PersonDeathDate = d("2026-02-28")
		}),
		quiet("plan ends on the day of death", func(c *Census) {
			closeCPP(c, "2026-03-01")
			childA(c).PersonDeathDate = d("2026-03-01")
		}),
	)
	addCases("8925",
		fires("ends before it starts", func(c *Census) { closeCPP(c, "2025-08-19") }),
		quiet("ends after it starts", func(c *Census) { closeCPP(c, "2026-03-01") }),
	)
	addCases("8930",
		fires("ends after the year", func(c *Census) { closeCPP(c, "2026-04-01") }),
		quiet("ends on the reference date", func(c *Census) { closeCPP(c, "2026-03-31") }),
	)
	addCases("8935",
		fires("two open plans", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2024-07-01"), InitialCategoryOfAbuse: "EMO", LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
		quiet("an ended plan and an open one", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2024-07-01"), EndDate: d("2025-04-02"), InitialCategoryOfAbuse: "EMO",
				LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
	)
	addCases("8940",
		fires("plans overlap", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2024-07-01"), EndDate: d("2025-08-21"), InitialCategoryOfAbuse: "EMO",
				LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
		quiet("a plan starts the day the last ended", func(c *Census) {
			secondCPP(c, CPPlan{StartDate: d("2024-07-01"), EndDate: d("2025-08-20"), InitialCategoryOfAbuse: "EMO",
				LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
		}),
	)
}

// TestOverlappingPlansNameTheLaterPlan checks that 8940 names the plan whose start falls within another,
// not both.
func TestOverlappingPlansNameTheLaterPlan(t *testing.T) {
	c := baseCensus()
	secondCPP(c, CPPlan{StartDate: d("2024-07-01"), EndDate: d("2025-08-21"), InitialCategoryOfAbuse: "EMO",
		LatestCategoryOfAbuse: "EMO", NumberOfPreviousCPP: "1"})
	c.Renumber()
	got := findingsOf(Validate(c, year2026()), "8940")
	if len(got) != 1 || got[0].Table != TableCPPlan || got[0].Row != 1 {
		t.Fatalf("8940 findings = %+v, want only the later plan (ChildProtectionPlans row 1)", got)
	}
}
