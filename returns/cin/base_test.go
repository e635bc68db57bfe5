package cin

import (
	"testing"

	"hearth"
	"hearth/returns"
)

// d is a date for tests, written the way the return writes it.
func d(s string) hearth.Date {
	v, err := hearth.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// baseCensus is a valid 2025/26 return of four children that breaks no rule, built so that each rule
// test changes one thing and sees the rule fire or stay quiet:
//
//   - A1 has the whole protection pathway in one open episode: a referral, an assessment, a CIN plan
//     that ends before the section 47 enquiry, an initial conference and an open CP plan with two reviews.
//   - B2 had a referral with no further action, closed the same day.
//   - C3 is unborn, with an open episode and one completed assessment.
//   - D4 had an episode from before the year, closed after a completed assessment (RC8).
//
// Between them they use nine disability codes and B2 has two, so the return-level queries are quiet.
// Rows are numbered as Read would number them.
func baseCensus() *Census {
	c := &Census{
		Header: Header{
			Collection: "CIN", Year: "2026", ReferenceDate: d("2026-03-31"), LEA: "935",
			SoftwareCode: "Hearth", Release: "1", SerialNo: "001", DateTime: "2026-04-20T10:00:00",
		},
		Children: []Child{
			{
				LAchildID: "A1", UPN: hearth.GenerateUPN(935, 2001, 15, 123).String(),
				PersonBirthDate: d("2015-06-01"), Sex: "F", Ethnicity: "WBRI",
				Disabilities: []Disability{{Code: "NONE"}},
				Episodes: []Episode{{
					CINreferralDate: d("2025-05-01"), ReferralSource: "1A", PrimaryNeedCode: "N1", ReferralNFA: "false",
					Assessments: []Assessment{{
						ActualStartDate: d("2025-05-02"), AuthorisationDate: d("2025-06-10"), Factors: []string{"2A", "3A"},
					}},
					CINPlans: []CINPlan{{StartDate: d("2025-06-11"), EndDate: d("2025-07-31")}},
					Section47s: []Section47{{
						ActualStartDate: d("2025-08-01"), InitialCPCtarget: d("2025-08-21"),
						DateOfInitialCPC: d("2025-08-20"), ICPCnotRequired: "false",
					}},
					CPPlans: []CPPlan{{
						StartDate: d("2025-08-20"), InitialCategoryOfAbuse: "NEG", LatestCategoryOfAbuse: "NEG",
						NumberOfPreviousCPP: "1",
						Reviews:             []Review{{Date: d("2025-11-12")}, {Date: d("2026-02-12")}},
					}},
				}},
			},
			{
				LAchildID: "B2", UPNunknown: "UN2", PersonBirthDate: d("2020-02-10"), Sex: "M", Ethnicity: "MWBC",
				Disabilities: []Disability{{Code: "MOB"}, {Code: "HAND"}},
				Episodes: []Episode{{
					CINreferralDate: d("2025-09-01"), ReferralSource: "5A", ReferralNFA: "true",
					CINclosureDate: d("2025-09-01"), ReasonForClosure: "RC7",
				}},
			},
			{
				LAchildID: "C3", UPNunknown: "UN1", ExpectedPersonBirthDate: d("2026-06-01"), Sex: "U", Ethnicity: "NOBT",
				Disabilities: []Disability{{Code: "PC"}, {Code: "INC"}, {Code: "COMM"}, {Code: "LD"}, {Code: "HEAR"}, {Code: "VIS"}},
				Episodes: []Episode{{
					CINreferralDate: d("2026-01-10"), ReferralSource: "6", PrimaryNeedCode: "N1", ReferralNFA: "0",
					Assessments: []Assessment{{
						ActualStartDate: d("2026-01-12"), AuthorisationDate: d("2026-02-20"), Factors: []string{"1A"},
					}},
				}},
			},
			{
				LAchildID: "D4", UPN: hearth.GenerateUPN(201, 3000, 12, 7).String(), PersonBirthDate: d("2012-03-03"),
				Sex: "F", Ethnicity: "APKN", Disabilities: []Disability{{Code: "NONE"}},
				Episodes: []Episode{{
					CINreferralDate: d("2024-11-01"), ReferralSource: "3A", PrimaryNeedCode: "N2", ReferralNFA: "FALSE",
					CINclosureDate: d("2025-05-15"), ReasonForClosure: "RC8",
					Assessments: []Assessment{{
						ActualStartDate: d("2024-11-04"), AuthorisationDate: d("2025-04-20"), Factors: []string{"1B", "2B"},
					}},
				}},
			},
		},
	}
	c.Renumber()
	return c
}

// Shortcuts to the parts of the base return that the rule tests change.
func childA(c *Census) *Child       { return &c.Children[0] }
func childB(c *Census) *Child       { return &c.Children[1] }
func childC(c *Census) *Child       { return &c.Children[2] }
func childD(c *Census) *Child       { return &c.Children[3] }
func episodeA(c *Census) *Episode   { return &c.Children[0].Episodes[0] }
func episodeB(c *Census) *Episode   { return &c.Children[1].Episodes[0] }
func episodeC(c *Census) *Episode   { return &c.Children[2].Episodes[0] }
func episodeD(c *Census) *Episode   { return &c.Children[3].Episodes[0] }
func assessA(c *Census) *Assessment { return &episodeA(c).Assessments[0] }
func planA(c *Census) *CINPlan      { return &episodeA(c).CINPlans[0] }
func s47A(c *Census) *Section47     { return &episodeA(c).Section47s[0] }
func cppA(c *Census) *CPPlan        { return &episodeA(c).CPPlans[0] }
func assessD(c *Census) *Assessment { return &episodeD(c).Assessments[0] }
func year2026() *Context            { return NewContext(2026) }
func findingsOf(r *returns.Report, code string) []returns.Finding {
	var out []returns.Finding
	for _, f := range r.Findings {
		if f.Rule == code {
			out = append(out, f)
		}
	}
	return out
}

// TestBaseCensusIsClean makes sure the base of every rule test breaks no rule, so that a rule firing in
// a test is caused by that test's change.
func TestBaseCensusIsClean(t *testing.T) {
	rep := Validate(baseCensus(), year2026())
	for _, f := range rep.Findings {
		t.Errorf("the base return breaks %s at %s row %d (child %s, %v): %s", f.Rule, f.Table, f.Row, f.Child, f.Fields, f.Message)
	}
	if rep.Rules != 109 {
		t.Fatalf("%d rules ran, want the 109 of 2025/26", rep.Rules)
	}
}
