package cin

import "hearth"

func init() {
	addCases("1103",
		fires("assessment starts the day before the referral", func(c *Census) { assessA(c).ActualStartDate = d("2025-04-30") }),
		quiet("assessment starts on the referral day", func(c *Census) { assessA(c).ActualStartDate = d("2025-05-01") }),
	)
	addCases("8608",
		fires("authorised before it started", func(c *Census) { assessA(c).AuthorisationDate = d("2025-05-01") }),
		quiet("authorised the day it started", func(c *Census) { assessA(c).AuthorisationDate = d("2025-05-02") }),
	)
	addCases("8614",
		fires("factors on an assessment not authorised", func(c *Census) { assessA(c).AuthorisationDate = hearth.Date{} }),
		quiet("no factors on an assessment not authorised", func(c *Census) {
			assessA(c).AuthorisationDate, assessA(c).Factors = hearth.Date{}, nil
		}),
	)
	addCases("8670Q",
		fires("open assessment started more than 45 working days before the year end", func(c *Census) {
			assessA(c).AuthorisationDate, assessA(c).Factors = hearth.Date{}, nil
		}),
		quiet("open assessment started 45 working days before the year end", func(c *Census) {
			// 45 working days before Tuesday 31 March 2026 (Good Friday is 3 April, after it) is 27 January.
			episodeC(c).Assessments[0] = Assessment{ActualStartDate: d("2026-01-27")}
		}),
	)
	addCases("8696",
		fires("authorised after the year", func(c *Census) {
			assessD(c).AuthorisationDate = d("2025-03-31")
			episodeD(c).CINclosureDate = d("2025-04-02")
		}),
		quiet("authorised on the first day of the year", func(c *Census) { assessD(c).AuthorisationDate = d("2025-04-01") }),
	)
	addCases("8736",
		fires("open assessment started before the year", func(c *Census) {
			assessD(c).AuthorisationDate, assessD(c).Factors = hearth.Date{}, nil
			episodeD(c).CINclosureDate, episodeD(c).ReasonForClosure = hearth.Date{}, ""
		}),
		quiet("open assessment started in the year", func(c *Census) {
			episodeC(c).Assessments[0] = Assessment{ActualStartDate: d("2026-03-01")}
		}),
	)
	addCases("8863Q",
		fires("a second assessment starts before the first is authorised", func(c *Census) {
			episodeA(c).Assessments = append(episodeA(c).Assessments, Assessment{
				ActualStartDate: d("2025-06-01"), AuthorisationDate: d("2025-06-20"), Factors: []string{"1A"},
			})
		}),
		quiet("a second assessment starts the day the first is authorised", func(c *Census) {
			episodeA(c).Assessments = append(episodeA(c).Assessments, Assessment{
				ActualStartDate: d("2025-06-10"), AuthorisationDate: d("2025-06-20"), Factors: []string{"1A"},
			})
		}),
	)
	addCases("8869",
		fires("21 with another factor", func(c *Census) { assessA(c).Factors = []string{"21", "2A"} }),
		quiet("21 alone", func(c *Census) { assessA(c).Factors = []string{"21"} }),
	)
	addCases("8873Q",
		fires("closed RC7 after a single assessment finding no factors", func(c *Census) {
			assessD(c).Factors = []string{"21"}
			episodeD(c).ReasonForClosure = "RC7"
		}),
		quiet("closed RC9 after a single assessment finding no factors", func(c *Census) {
			assessD(c).Factors = []string{"21"}
			episodeD(c).ReasonForClosure = "RC9"
		}),
		fires("open after a single assessment finding no factors", func(c *Census) { assessA(c).Factors = []string{"21"} }),
		quiet("closed RC7 after a single assessment with factors", func(c *Census) { episodeD(c).ReasonForClosure = "RC7" }),
		quiet("open after two assessments, one finding no factors", func(c *Census) {
			assessA(c).Factors = []string{"21"}
			episodeA(c).Assessments = append(episodeA(c).Assessments, Assessment{
				ActualStartDate: d("2025-06-10"), AuthorisationDate: d("2025-06-10"), Factors: []string{"1A"}})
		}),
	)
	addCases("8896",
		fires("two open assessments in one episode", func(c *Census) {
			episodeC(c).Assessments = []Assessment{{ActualStartDate: d("2026-01-12")}, {ActualStartDate: d("2026-02-01")}}
		}),
		quiet("two open assessments in different episodes", func(c *Census) {
			episodeC(c).Assessments = []Assessment{{ActualStartDate: d("2026-01-12")}}
			assessA(c).AuthorisationDate, assessA(c).Factors = hearth.Date{}, nil
		}),
	)
	addCases("8897Q",
		fires("authorised without factors", func(c *Census) { assessA(c).Factors = nil }),
		fires("authorised with a factor that is not a code", func(c *Census) { assessA(c).Factors = []string{"2A", "99Z"} }),
		quiet("authorised before the year without factors", func(c *Census) {
			assessD(c).AuthorisationDate, assessD(c).Factors = d("2025-03-31"), nil
			episodeD(c).CINclosureDate = d("2025-04-02")
		}),
		quiet("not authorised, without factors", func(c *Census) {
			assessA(c).AuthorisationDate, assessA(c).Factors = hearth.Date{}, nil
		}),
	)
	addCases("8898",
		fires("2A twice", func(c *Census) { assessA(c).Factors = []string{"2A", "3A", "2A"} }),
		quiet("2A and 2B", func(c *Census) { assessA(c).Factors = []string{"2A", "2B"} }),
	)
	addCases("8945Q",
		fires("18A", func(c *Census) { assessA(c).Factors = []string{"18A"} }),
		fires("18a", func(c *Census) { assessA(c).Factors = []string{"2A", "18a"} }),
		quiet("18B", func(c *Census) { assessA(c).Factors = []string{"18B"} }),
	)
	addCases("8950Q",
		fires("19A", func(c *Census) { assessA(c).Factors = []string{"19A"} }),
		quiet("19C", func(c *Census) { assessA(c).Factors = []string{"19C"} }),
	)
}
