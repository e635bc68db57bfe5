package ssda903

import "testing"

func TestRule559(t *testing.T) {
	testRule(t, "559",
		ruleCase{name: "this year's decisions, or earlier ones reported last year, pass", data: "PlacedAdoption\nCHILD,DATE_PLACED\n101,26/05/2022\n102,26/05/2025\n103,\n104,01/02/2016\n106,01/04/2025",
			previous: "PlacedAdoption\nCHILD,DATE_PLACED\n101,26/05/2022\n102,\n103,26/05/2000\n104,01/02/2016"},
		ruleCase{name: "an earlier decision missing from last year fires", data: "PlacedAdoption\nCHILD,DATE_PLACED\n105,26/05/2019\n107,31/03/2025",
			previous: "PlacedAdoption\nCHILD,DATE_PLACED\n105,", want: []string{"PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule560(t *testing.T) {
	testRule(t, "560",
		ruleCase{name: "an unchanged or reversed decision passes", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
102,26/05/2000,01/07/2018
104,01/02/2016,26/05/2017
105,26/05/2019,
107,also different,different`, previous: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
102,26/05/2000,01/07/2018
104,01/02/2016,26/05/2017
105,26/05/2019,
107,20/20/2020,34rd/Dec/-1000A.D`},
		ruleCase{name: "a standing decision with a new date fires", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
101,26/05/2019,26/05/2000
105,27/05/2019,`, previous: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
101,26/05/2000,
105,26/05/2019,`, want: []string{"PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule561(t *testing.T) {
	testRule(t, "561",
		ruleCase{name: "a new date, or last year's decision standing, passes", data: `PlacedAdoption
CHILD,DATE_PLACED
103,
105,26/05/2019
106,26/05/2029`, previous: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
103,,26/05/2000,RD1
105,26/05/2019,,
106,01/07/2019,xx,RD1`},
		ruleCase{name: "last year's reversed decision reported again fires", data: `PlacedAdoption
CHILD,DATE_PLACED
101,26/05/2019
102,26/05/2000`, previous: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
101,26/05/2019,,RD1
102,26/05/2000,01/07/2018,`, want: []string{"PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule562(t *testing.T) {
	testRule(t, "562",
		ruleCase{name: "an earlier episode carried over, or one starting this year, passes", data: "Episodes\nCHILD,DECOM\n111,15/03/2025\n111,05/06/2025\n444,01/05/2025",
			previous: "Episodes\nCHILD,DECOM\n111,01/06/2024\n111,15/03/2025"},
		ruleCase{name: "an earlier episode not last year's latest fires", data: `Episodes
CHILD,DECOM
222,13/03/2025
222,08/06/2025
333,01/01/2025
555,31/03/2025`, previous: `Episodes
CHILD,DECOM
222,01/02/2025
222,11/03/2025
333,06/06/2024`, want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}
