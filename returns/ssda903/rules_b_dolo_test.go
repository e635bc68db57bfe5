package ssda903

import "testing"

func TestRule700(t *testing.T) {
	testRule(t, "700",
		ruleCase{name: "valid start dates pass", year: 2027, data: "DoLo\nCHILD,DOLO_START\n1,01/05/2026\n2,1/5/2026"},
		ruleCase{name: "blank or invalid start dates fire", year: 2027, data: "DoLo\nCHILD,DOLO_START\n1,01/05/2026\n2,\n3,2026/12/10", want: []string{"DoLo 1", "DoLo 2"}},
	)
}

func TestRule701(t *testing.T) {
	testRule(t, "701",
		ruleCase{name: "valid or blank end dates pass", year: 2027, data: "DoLo\nCHILD,DOLO_END\n1,01/05/2026\n2,"},
		ruleCase{name: "invalid end dates fire", year: 2027, data: "DoLo\nCHILD,DOLO_END\n1,01/05/2026\n2,\n3,2026/12/10", want: []string{"DoLo 2"}},
	)
}

func TestRule702(t *testing.T) {
	testRule(t, "702",
		ruleCase{name: "ending after the start passes", year: 2027, data: "DoLo\nCHILD,DOLO_START,DOLO_END\n1,01/01/2027,02/10/2027\n2,01/01/2027,\n3,,2026/12/10"},
		ruleCase{name: "ending on or before the start fires", year: 2027, data: "DoLo\nCHILD,DOLO_START,DOLO_END\n1,01/01/2027,01/01/2027\n2,02/01/2027,01/01/2027\n3,01/01/2027,02/01/2027",
			want: []string{"DoLo 0", "DoLo 1"}},
	)
}

func TestRule703(t *testing.T) {
	testRule(t, "703",
		ruleCase{name: "starting by the year end passes", year: 2027, data: "DoLo\nCHILD,DOLO_START\n1,31/03/2027\n2,\n3,01/01/2020"},
		ruleCase{name: "starting after the year end fires", year: 2027, data: "DoLo\nCHILD,DOLO_START\n1,31/03/2027\n2,01/04/2027", want: []string{"DoLo 1"}},
	)
}

func TestRule704(t *testing.T) {
	testRule(t, "704",
		ruleCase{name: "ending within the year passes", year: 2027, data: "DoLo\nCHILD,DOLO_END\n1,01/04/2026\n2,31/03/2027\n3,"},
		ruleCase{name: "ending before or after the year fires", year: 2027, data: "DoLo\nCHILD,DOLO_END\n1,31/03/2026\n2,01/04/2027\n3,01/01/2027", want: []string{"DoLo 0", "DoLo 1"}},
	)
}

func TestRule705(t *testing.T) {
	testRule(t, "705",
		ruleCase{name: "DoLOs one after another pass", year: 2027, data: `DoLo
CHILD,DOLO_START,DOLO_END
1,01/05/2026,02/05/2026
1,02/05/2026,06/05/2026
1,10/05/2026,
3,01/05/2026,02/05/2026
4,,`},
		ruleCase{name: "a DoLO starting while an earlier one is in force fires", year: 2027, data: `DoLo
CHILD,DOLO_START,DOLO_END
1,01/05/2026,02/05/2026
1,04/05/2026,04/05/2026
1,03/05/2026,06/05/2026
2,01/05/2026,
2,02/05/2026,02/05/2026
3,01/06/2026,
3,01/06/2026,`, want: []string{"DoLo 1", "DoLo 4", "DoLo 6"}},
	)
}

func TestRule706(t *testing.T) {
	testRule(t, "706",
		ruleCase{name: "an open DoLO carried into this year, or ended last year, passes", year: 2027, data: `Header
CHILD
1
2

DoLo
CHILD,DOLO_START,DOLO_END
1,03/01/2026,
1,06/05/2026,`, previous: `DoLo
CHILD,DOLO_START,DOLO_END
1,01/01/2025,02/01/2025
1,03/01/2026,
2,01/01/2026,01/02/2026
3,01/01/2026,`},
		ruleCase{name: "an open DoLO not carried fires on the child's DoLO or Header", year: 2027, data: `Header
CHILD
1
2

DoLo
CHILD,DOLO_START,DOLO_END
1,06/05/2026,
1,04/04/2026,01/05/2026`, previous: `DoLo
CHILD,DOLO_START,DOLO_END
1,03/01/2026,
2,01/01/2026,`, want: []string{"DoLo 1", "Header 1"}},
	)
}

func TestRule707(t *testing.T) {
	testRule(t, "707",
		ruleCase{name: "DoLOs within a period of care pass", year: 2027, data: `Episodes
CHILD,DECOM,DEC
9,01/01/2020,04/06/2020
9,04/06/2020,01/12/2020
9,22/12/2020,25/12/2020
9,01/01/2021,08/08/2021
9,08/08/2021,
5,01/04/1978,01/01/1981
5,01/01/1981,01/01/1990

DoLo
CHILD,DOLO_START,DOLO_END
9,01/01/2021,
9,04/06/2020,04/06/2021
5,01/01/1981,01/01/1982
7,,01/01/1981
8,01/01/2026,`},
		ruleCase{name: "DoLOs outside every period of care fire", year: 2027, data: `Episodes
CHILD,DECOM,DEC
1,01/04/1977,31/03/1981
2,01/04/1979,30/03/1981
6,01/04/1983,04/06/2020
9,01/01/2020,04/06/2020
9,01/01/2021,

DoLo
CHILD,DOLO_START,DOLO_END
1,01/01/1981,
2,01/01/1981,02/06/2020
6,01/01/1981,01/01/1981
9,01/01/2020,`, want: []string{"DoLo 0", "DoLo 1", "DoLo 2", "DoLo 3"}},
	)
}

func TestRule708(t *testing.T) {
	testRule(t, "708",
		ruleCase{name: "DoLOs after birth pass", year: 2027, data: "Header\nCHILD,DOB\n3,01/01/2015\n\nDoLo\nCHILD,DOB,DOLO_START\n1,01/01/2015,02/01/2015\n2,01/01/2015,\n3,,01/06/2026\n4,,01/06/2026"},
		ruleCase{name: "DoLOs on or before birth fire, by the DoLo's DOB or else the Header's", year: 2027, data: "Header\nCHILD,DOB\n3,01/01/2015\n\nDoLo\nCHILD,DOB,DOLO_START\n1,01/01/2015,01/01/2015\n2,01/01/2016,01/01/2015\n3,,31/12/2014",
			want: []string{"DoLo 0", "DoLo 1", "DoLo 2"}},
	)
}

func TestRule709(t *testing.T) {
	testRule(t, "709",
		ruleCase{name: "DoLOs in a secure home, or not overlapping another placement, pass", year: 2027, data: `Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2027,04/01/2027,K2
1,04/01/2027,,Z12
2,01/01/2027,03/01/2027,U1

DoLo
CHILD,DOLO_START,DOLO_END
1,02/01/2027,05/01/2027
2,25/12/2026,31/12/2026
2,04/01/2027,07/01/2027
2,02/01/2027,`},
		ruleCase{name: "DoLOs overlapping another placement fire once each", year: 2027, data: `Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2027,04/01/2027,U1
1,04/01/2027,,R1

DoLo
CHILD,DOLO_START,DOLO_END
1,02/01/2027,03/01/2027
1,31/12/2026,05/01/2027
1,06/01/2027,07/01/2027
1,25/12/2026,31/12/2026`, want: []string{"DoLo 0", "DoLo 1", "DoLo 2"}},
	)
}

func TestRule710(t *testing.T) {
	testRule(t, "710",
		ruleCase{name: "DoLOs in allowed placements pass", year: 2027, data: `Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2027,04/01/2027,K2
1,04/01/2027,,K3
2,01/01/2027,03/01/2027,P1

DoLo
CHILD,DOLO_START,DOLO_END
1,02/01/2027,03/01/2027
2,04/01/2027,05/01/2027
2,02/01/2027,`},
		ruleCase{name: "DoLOs overlapping a barred placement fire on both", year: 2027, data: `Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2027,04/01/2027,P1
1,01/01/2027,04/01/2027,K2
1,10/01/2027,,R5

DoLo
CHILD,DOLO_START,DOLO_END
1,02/01/2027,03/01/2027
1,31/12/2026,05/01/2027
1,25/12/2026,31/12/2026
1,01/02/2027,02/02/2027`, want: []string{"DoLo 0", "DoLo 1", "DoLo 3", "Episodes 0", "Episodes 2"}},
	)
}
