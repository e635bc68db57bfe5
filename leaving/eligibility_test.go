package leaving

import (
	"strings"
	"testing"

	"hearth"
	"hearth/care"
)

// period builds a period of care; end "" means still looked after.
func period(t testing.TB, start, end, rec string) care.Period {
	p := care.Period{Start: day(t, start), ReasonCeased: rec}
	if end != "" {
		p.End = day(t, end)
	}
	return p
}

func shortBreaks(p care.Period) care.Period { p.ShortBreaks = true; return p }

// The young person in most cases below was born on 15 June 2008: 14 on 15 June 2022, 16 on 15 June 2024,
// 18 on 15 June 2026, 21 on 15 June 2029 and 25 on 15 June 2033.
func TestEligibility(t *testing.T) {
	born := "2008-06-15"
	longCare := []care.Period{period(t, "2023-01-01", "2025-01-10", "E6")} // from 14 and a half to 16 and a half
	for _, tc := range []struct {
		name    string
		birth   string
		periods []care.Period
		facts   Facts
		on      string
		want    string
		because string // a word the reason must contain
	}{
		{"no date of birth", "", longCare, Facts{}, "2025-03-01", NotCareLeaver, "date of birth"},
		{"looked after but under 16", born, []care.Period{period(t, "2020-01-01", "", "")}, Facts{}, "2024-06-14", NotCareLeaver, "16"},
		{"never looked after", born, nil, Facts{}, "2025-03-01", NotCareLeaver, "Never"},
		{"eligible: 16, looked after since 14 and a half", born, []care.Period{period(t, "2023-01-01", "", "")}, Facts{}, "2024-09-01", Eligible, "14th birthday"},
		{"not yet eligible: 90 days looked after", born, []care.Period{period(t, "2024-07-01", "", "")}, Facts{}, "2024-09-29", NotCareLeaver, "90 days"},
		{"eligible on the 91st day", born, []care.Period{period(t, "2024-07-01", "", "")}, Facts{}, "2024-09-30", Eligible, "91 days"},
		{"eligible on periods amounting to 13 weeks", born, []care.Period{period(t, "2022-07-01", "2022-08-01", "E4A"), period(t, "2024-07-01", "", "")}, Facts{}, "2024-08-30", Eligible, "91 days"},
		{"time before 14 does not count", born, []care.Period{period(t, "2022-01-01", "2022-07-01", "E4A"), period(t, "2024-07-01", "", "")}, Facts{}, "2024-08-30", NotCareLeaver, "76 days"},
		{"short breaks never make a child eligible", born, []care.Period{shortBreaks(period(t, "2023-01-01", "", ""))}, Facts{}, "2024-09-01", NotCareLeaver, "short breaks"},
		{"relevant: left care at 16 and a half after being eligible", born, longCare, Facts{}, "2025-03-01", Relevant, "eligible child"},
		{"relevant on their 18th birthday's eve", born, longCare, Facts{}, "2026-06-14", Relevant, "eligible child"},
		{"former relevant: relevant at 18", born, longCare, Facts{}, "2026-06-15", FormerRelevant, "relevant child"},
		{"former relevant: eligible at 18", born, []care.Period{period(t, "2023-01-01", "2026-06-15", "E17")}, Facts{}, "2026-07-01", FormerRelevant, "eligible child"},
		{"former relevant at 24", born, []care.Period{period(t, "2023-01-01", "2026-06-15", "E5")}, Facts{}, "2033-06-14", FormerRelevant, "24"},
		{"no longer a care leaver at 25", born, []care.Period{period(t, "2023-01-01", "2026-06-15", "E5")}, Facts{}, "2033-06-15", NotCareLeaver, "25"},
		{"left care at 15: not relevant, not qualifying", born, []care.Period{period(t, "2022-07-01", "2024-01-01", "E4A")}, Facts{}, "2024-09-01", NotCareLeaver, "since their 16th birthday"},
		{"detained on their 16th birthday after 13 weeks in care: relevant", born, []care.Period{period(t, "2022-07-01", "2024-03-01", "E9")}, Facts{DetainedOrInHospitalAt16: true}, "2024-09-01", Relevant, "detained"},
		{"home with a parent for under six months: still relevant", born, longCare, Facts{HomeWithParentFrom: day(t, "2025-01-10")}, "2025-07-09", Relevant, "eligible child"},
		{"home with a parent for six months: qualifying", born, longCare, Facts{HomeWithParentFrom: day(t, "2025-01-10")}, "2025-07-10", Qualifying, "parental responsibility"},
		{"return home broke down after six months: relevant again", born, longCare, Facts{HomeWithParentFrom: day(t, "2025-01-10"), HomeWithParentTo: day(t, "2025-09-01")}, "2025-10-01", Relevant, "eligible child"},
		{"home with a parent through 18: qualifying, not former relevant", born, longCare, Facts{HomeWithParentFrom: day(t, "2025-01-10")}, "2026-07-01", Qualifying, "16th birthday"},
		{"special guardianship order at 6: qualifying at 16", born, []care.Period{period(t, "2012-01-01", "2015-05-01", "E47")}, Facts{}, "2024-07-01", Qualifying, "special guardianship"},
		{"special guardianship order: no longer qualifying at 21", born, []care.Period{period(t, "2012-01-01", "2015-05-01", "E47")}, Facts{}, "2029-06-15", NotCareLeaver, "21"},
		{"seven weeks in care at 17: qualifying", born, []care.Period{period(t, "2025-12-15", "2026-02-01", "E4A")}, Facts{}, "2026-03-01", Qualifying, "16th birthday"},
		{"seven weeks in care at 17: still qualifying at 18", born, []care.Period{period(t, "2025-12-15", "2026-02-01", "E4A")}, Facts{}, "2026-07-01", Qualifying, "16th birthday"},
		{"short breaks after 16 that have ended: qualifying", born, []care.Period{shortBreaks(period(t, "2023-01-01", "2025-01-01", "E8"))}, Facts{}, "2025-03-01", Qualifying, "16th birthday"},
		{"died in care", born, []care.Period{period(t, "2023-01-01", "2025-01-10", "E2")}, Facts{}, "2025-03-01", NotCareLeaver, "Died"},
		{"care taken over by another authority", born, []care.Period{period(t, "2023-01-01", "2025-01-10", "E3")}, Facts{}, "2025-03-01", NotCareLeaver, "another local authority"},
		{"age assessed as an adult", born, []care.Period{period(t, "2024-07-01", "2024-12-01", "E15")}, Facts{}, "2025-03-01", NotCareLeaver, "age assessment"},
		{"born on 29 February: 18 on 1 March in a common year", "2008-02-29", []care.Period{period(t, "2023-01-01", "2026-03-01", "E5")}, Facts{}, "2026-03-02", FormerRelevant, "eligible child"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var birth hearth.Date
			if tc.birth != "" {
				birth = day(t, tc.birth)
			}
			got := EligibilityWith(birth, tc.periods, day(t, tc.on), tc.facts)
			if got.Category != tc.want {
				t.Errorf("category = %q (%s), want %q", got.Category, got.Reason, tc.want)
			}
			if !strings.Contains(got.Reason, tc.because) {
				t.Errorf("reason %q does not mention %q", got.Reason, tc.because)
			}
		})
	}
}

func TestEligibilityFromEpisodes(t *testing.T) {
	// A child who came into care at 15 under section 20, moved placement, became subject to a care order
	// and moved to supported accommodation at 17 and a half.
	eps := []care.Episode{
		{PeriodStart: day(t, "2023-09-01"), StartDate: day(t, "2023-09-01"), ReasonNewEpisode: "S", LegalStatus: "V2", EndDate: day(t, "2024-02-01"), ReasonCeased: "X1"},
		{PeriodStart: day(t, "2023-09-01"), StartDate: day(t, "2024-02-01"), ReasonNewEpisode: "L", LegalStatus: "C2", EndDate: day(t, "2025-12-20"), ReasonCeased: "E5"},
	}
	birth := day(t, "2008-06-15")
	if got := Eligibility(birth, care.Periods(eps), day(t, "2025-06-01")); got.Category != Eligible {
		t.Errorf("while looked after at 16: %q (%s), want eligible", got.Category, got.Reason)
	}
	if got := Eligibility(birth, care.Periods(eps), day(t, "2026-01-05")); got.Category != Relevant {
		t.Errorf("after leaving care at 17: %q (%s), want relevant", got.Category, got.Reason)
	}
	if got := Eligibility(birth, care.Periods(eps), day(t, "2027-01-05")); got.Category != FormerRelevant {
		t.Errorf("at 18: %q (%s), want former relevant", got.Category, got.Reason)
	}
}
