package ssda903

import "testing"

func TestRule564(t *testing.T) {
	testRule(t, "564",
		ruleCase{name: "periods with a start pass", data: "Missing\nCHILD,MISSING,MIS_START\n1,A,07/02/2026\n2,,\n3,m,03/02/2026"},
		ruleCase{name: "a period with no start fires", data: "Missing\nCHILD,MISSING,MIS_START\n1,M,\n2,a,\n3,X,", want: []string{"Missing 0", "Missing 1"}},
	)
}

func TestRule565(t *testing.T) {
	testRule(t, "565",
		ruleCase{name: "a start with a type passes", data: "Missing\nCHILD,MISSING,MIS_START\n1,A,07/02/2026\n2,,"},
		ruleCase{name: "a start with no type fires", data: "Missing\nCHILD,MISSING,MIS_START\n1,,07/02/2026\n2,M,01/01/2026", want: []string{"Missing 0"}},
	)
}

func TestRule566(t *testing.T) {
	testRule(t, "566",
		ruleCase{name: "an end with a type passes", data: "Missing\nCHILD,MISSING,MIS_END\n1,M,\n2,A,03/02/2026\n3,,"},
		ruleCase{name: "an end with no type fires", data: "Missing\nCHILD,MISSING,MIS_END\n1,,07/02/2026\n2,M,01/02/2026\n3,,13/02/2026", want: []string{"Missing 0", "Missing 2"}},
	)
}

func TestRule567(t *testing.T) {
	testRule(t, "567",
		ruleCase{name: "ends on or after starts pass", data: "Missing\nCHILD,MIS_START,MIS_END\n1,01/06/2025,05/06/2025\n2,02/06/2025,\n3,,05/06/2025\n4,05/06/2025,05/06/2025"},
		ruleCase{name: "an end before its start fires", data: "Missing\nCHILD,MIS_START,MIS_END\n1,03/06/2025,01/06/2025\n2,04/06/2025,02/06/2025", want: []string{"Missing 0", "Missing 1"}},
	)
}

func TestRule570(t *testing.T) {
	testRule(t, "570",
		ruleCase{name: "starts within the year pass", data: "Missing\nCHILD,MIS_START\n1,31/03/2026\n2,\n3,13/10/2005"},
		ruleCase{name: "a start after the year fires", data: "Missing\nCHILD,MIS_START\n1,01/04/2026\n2,22/06/2026", want: []string{"Missing 0", "Missing 1"}},
	)
}

func TestRule571(t *testing.T) {
	testRule(t, "571",
		ruleCase{name: "ends within the year, blank or invalid, pass", data: "Missing\nCHILD,MIS_END\n1,01/04/2025\n2,31/03/2026\n3,\n4,13/10/25"},
		ruleCase{name: "an end outside the year fires", data: "Missing\nCHILD,MIS_END\n1,31/03/2025\n2,01/04/2026", want: []string{"Missing 0", "Missing 1"}},
	)
}

func TestRule574(t *testing.T) {
	testRule(t, "574",
		ruleCase{name: "periods one after another pass", data: "Missing\nCHILD,MIS_START,MIS_END\n1,01/06/2025,05/06/2025\n1,05/06/2025,\n2,,05/06/2025\n2,,05/06/2025"},
		ruleCase{name: "overlapping periods or a start while one is open fire", data: `Missing
CHILD,MIS_START,MIS_END
111,01/06/2025,05/06/2025
111,04/06/2025,
222,03/06/2025,04/06/2025
222,04/06/2025,
222,07/06/2025,09/06/2025
333,02/06/2025,04/06/2025
333,03/06/2025,09/06/2025
444,06/06/2025,08/06/2025
444,10/06/2025,10/06/2025
444,08/06/2025,10/08/2025`, want: []string{"Missing 0", "Missing 4", "Missing 6", "Missing 9"}},
	)
}

func TestRule575(t *testing.T) {
	testRule(t, "575",
		ruleCase{name: "ended periods, or open ones in open episodes, pass", data: `Episodes
CHILD,DECOM,DEC
111,01/06/2025,10/06/2025
333,06/06/2025,
444,08/06/2025,10/06/2025

Missing
CHILD,MIS_START,MIS_END
111,01/06/2025,05/06/2025
333,06/06/2025,
444,19/06/2025,`},
		ruleCase{name: "an open period in an episode that ended fires", data: `Episodes
CHILD,DECOM,DEC
123,08/06/2025,10/06/2025
444,08/06/2025,10/06/2025
444,08/06/2025,

Missing
CHILD,MIS_START,MIS_END
123,08/06/2025,
444,08/06/2025,05/06/2025
444,10/06/2025,`, want: []string{"Missing 0", "Missing 2"}},
	)
}

func TestRule576(t *testing.T) {
	last := `Missing
CHILD,MIS_START,MIS_END
111,07/02/2025,07/02/2025
222,07/02/2025,
333,03/02/2025,07/02/2025
444,07/02/2025,
555,01/02/2025,
666,,`
	testRule(t, "576",
		ruleCase{name: "last year's open period first this year passes", data: "Missing\nCHILD,MIS_START\n111,07/02/2026\n333,03/02/2026\n555,05/02/2026\n555,01/02/2025\n666,01/06/2025", previous: last},
		ruleCase{name: "last year's open period not first this year fires", data: "Missing\nCHILD,MIS_START\n222,08/02/2025\n444,\n555,01/02/2025\n555,01/01/2025", previous: last,
			want: []string{"Missing 0", "Missing 1", "Missing 3"}},
	)
}

// careEpisodes are the episodes of the tests of rules 577 and 578: child 5 has two periods of care
// (1978 to 1990 and 1983 to 2020, the second overlapping the first), child 9 one period with a gap in
// it and an open period after.
const careEpisodes = `Episodes
CHILD,DECOM,DEC
1,01/04/2017,31/03/2021
2,01/04/2019,30/03/2021
3,01/04/2020,01/01/2021
3,01/04/2022,01/01/2023
4,01/04/2021,
5,01/04/2018,01/01/2021
5,01/01/2021,01/01/2030
5,01/04/2023,04/06/2025
6,01/04/2023,04/06/2025
7,01/04/2023,04/06/2025
8,01/04/2023,04/06/2025
9,01/01/2025,04/06/2025
9,04/06/2025,11/08/2025
9,22/12/2025,25/12/2025
9,01/01/2026,`

func TestRule577(t *testing.T) {
	testRule(t, "577",
		ruleCase{name: "periods within a period of care pass", data: careEpisodes + `

Missing
CHILD,MIS_START,MIS_END
2,01/01/2021,02/03/2021
3,01/01/2022,03/06/2022
3,01/06/2020,03/06/2020
4,01/01/2022,
5,01/01/2021,01/01/2022
5,01/01/2024,01/01/2025
7,,01/01/2021
9,01/01/2026,
9,04/06/2025,04/06/2025
77,01/01/2025,`},
		ruleCase{name: "an open period after care ended, or a period outside care, fires", data: careEpisodes + `

Missing
CHILD,MIS_START,MIS_END
1,01/01/2021,
3,01/01/2021,03/06/2023
6,01/01/2021,01/01/2021
8,01/01/2024,
9,01/01/2025,`, want: []string{"Missing 0", "Missing 1", "Missing 2", "Missing 3", "Missing 4"}},
	)
}

func TestRule578(t *testing.T) {
	testRule(t, "578",
		ruleCase{name: "starts within a period of care pass", data: careEpisodes + `

Missing
CHILD,MIS_START
3,03/06/2020
4,04/06/2025
5,01/01/2022
5,01/01/2024
77,01/01/2021
9,01/01/2049
1,`},
		ruleCase{name: "a start outside every period of care fires", data: careEpisodes + `

Missing
CHILD,MIS_START
1,01/06/2021
2,02/06/2021
3,03/06/2023
6,01/01/2021`, want: []string{"Missing 0", "Missing 1", "Missing 2", "Missing 3"}},
	)
}

func TestRule580(t *testing.T) {
	testRule(t, "580",
		ruleCase{name: "missing at 18 and leaving care E8, or not at 18, passes", data: `Episodes
CHILD,DEC,REC
222,05/06/2025,E8
444,07/06/2025,E8
666,07/06/2025,E4

Missing
CHILD,DOB,MISSING,MIS_END
222,05/06/2007,M,05/06/2025
444,08/06/2007,M,08/06/2025
666,07/06/2008,M,07/06/2025`},
		ruleCase{name: "missing at 18 and leaving care otherwise fires", data: `Episodes
CHILD,DEC,REC
111,01/06/2025,E7
333,06/06/2025,E5
777,19/06/2025,E4

Missing
CHILD,DOB,MISSING,MIS_END
111,01/06/2007,M,01/06/2025
333,06/06/2007,M,06/06/2025
777,19/06/2007,A,19/06/2025`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2"}},
	)
}

func TestRule581(t *testing.T) {
	eps := `Episodes
CHILD,DECOM,DEC
111,01/06/2025,10/06/2025
123,08/06/2025,10/06/2025
222,06/06/2025,10/06/2025
333,06/06/2025,
333,07/06/2025,10/06/2025
444,08/06/2025,10/06/2025
444,12/06/2025,
555,15/06/2025,20/06/2025`
	testRule(t, "581",
		ruleCase{name: "periods starting in care pass", data: eps + `

Missing
CHILD,MIS_START
111,01/06/2025
123,10/06/2025
333,12/06/2025
444,19/06/2025
999,01/01/2025
555,`},
		ruleCase{name: "periods starting before, between or after episodes fire", data: eps + `

Missing
CHILD,MIS_START
222,05/06/2025
444,11/06/2025
555,21/06/2025`, want: []string{"Missing 0", "Missing 1", "Missing 2"}},
	)
}

func TestRule586(t *testing.T) {
	testRule(t, "586",
		ruleCase{name: "periods after birth pass", data: "Missing\nCHILD,DOB,MIS_START\n1,01/02/2020,\n2,02/02/2020,07/02/2020\n3,,07/02/2020"},
		ruleCase{name: "periods on or before birth fire", data: "Missing\nCHILD,DOB,MIS_START\n1,04/02/2020,03/02/2020\n2,07/02/2020,07/02/2020", want: []string{"Missing 0", "Missing 1"}},
	)
}
