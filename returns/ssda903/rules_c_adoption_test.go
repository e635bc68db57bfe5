package ssda903

import "testing"

func TestRule511(t *testing.T) {
	testRule(t, "511",
		ruleCase{name: "couples coded as couples pass", data: "AD1\nCHILD,NB_ADOPTR,SEX_ADOPTR\n1,2,MM\n2,2,FF\n3,,MM\n4,1,F1\n5,2,"},
		ruleCase{name: "two adopters coded as one fire", data: "AD1\nCHILD,NB_ADOPTR,SEX_ADOPTR\n1,2,M1\n2,2,F1\n3,1,F1", want: []string{"AD1 0", "AD1 1"}},
	)
}

// TestAdopterSexes covers the rules that tie the adopters' legal status to their sexes.
func TestAdopterSexes(t *testing.T) {
	for _, tc := range []struct{ code, status, good, bad string }{
		{"514", "L0", "M1", "MF"}, {"517", "L3", "MF", "FF"}, {"518", "L4", "FF", "MF"},
		{"519", "L2", "MF", "M1"}, {"520", "L11", "MF", "MM"}, {"524", "L12", "MM", "F1"},
	} {
		testRule(t, tc.code,
			ruleCase{name: "matching sexes, or another status, pass", data: "AD1\nCHILD,LS_ADOPTR,SEX_ADOPTR\n1," + tc.status + "," + tc.good + "\n2,L99," + tc.bad + "\n3,," + tc.bad},
			ruleCase{name: "other or blank sexes fire", data: "AD1\nCHILD,LS_ADOPTR,SEX_ADOPTR\n1," + tc.status + "," + tc.bad + "\n2," + tc.status + ",\n3," + tc.status + "," + tc.good,
				want: []string{"AD1 0", "AD1 1"}},
		)
	}
}

func TestRule521(t *testing.T) {
	testRule(t, "521",
		ruleCase{name: "a decision on or before the placement passes", data: `AD1
CHILD,DATE_INT
1,22/06/2025
2,

Episodes
CHILD,DECOM,PLACE
1,22/06/2025,A3
1,01/05/2025,U1
2,01/01/2025,A4`},
		ruleCase{name: "a decision after a placement for adoption fires", data: `AD1
CHILD,DATE_INT
111,08/03/2025
123,22/07/2025
333,13/10/2025
444,22/06/2025

Episodes
CHILD,DECOM,PLACE
111,01/01/2025,A6
111,01/11/2025,A5
111,22/01/2025,X1
123,,A5
123,11/01/2025,X1
333,01/01/2025,A6
333,22/01/2025,X1
444,22/06/2025,A3
444,01/01/2025,A3`, want: []string{"Episodes 0", "Episodes 5", "Episodes 8", "AD1 0", "AD1 2", "AD1 3"}},
	)
}

func TestRule522(t *testing.T) {
	testRule(t, "522",
		ruleCase{name: "a reversal on or after the decision passes", data: "PlacedAdoption\nCHILD,DATE_PLACED,DATE_PLACED_CEASED\n1,26/05/2025,26/05/2025\n2,26/05/2025,01/02/2026\n3,,26/05/2025\n4,26/05/2025,"},
		ruleCase{name: "a reversal before the decision fires", data: "PlacedAdoption\nCHILD,DATE_PLACED,DATE_PLACED_CEASED\n1,01/02/2026,26/05/2025", want: []string{"PlacedAdoption 0"}},
	)
}

func TestRule523(t *testing.T) {
	testRule(t, "523",
		ruleCase{name: "the same dates, or a blank one, pass", data: "PlacedAdoption\nCHILD,DATE_PLACED\n1,08/03/2025\n5,\n7,1st February\n\nAD1\nCHILD,DATE_INT\n1,08/03/2025\n5,26/05/2025\n7,01/10/2025"},
		ruleCase{name: "different dates fire in both tables", data: `PlacedAdoption
CHILD,DATE_PLACED
1,08/03/2025
2,22/06/2025
3,13/10/2025
10,11/11/2025

AD1
CHILD,DATE_INT
1,08/03/2025
2,22/07/2025
3,13/10/2024
333,01/10/2025`, want: []string{"PlacedAdoption 1", "PlacedAdoption 2", "AD1 1", "AD1 2"}},
	)
}

func TestRule525(t *testing.T) {
	testRule(t, "525",
		ruleCase{name: "a reversal with no adoption details passes", data: "PlacedAdoption\nCHILD,DATE_PLACED_CEASED\n104,08/03/2025\n109,\n\nAD1\nCHILD,DATE_INT,LS_ADOPTR\n104,,\n109,01/01/2025,L0"},
		ruleCase{name: "a reversal with any adoption detail fires", data: `PlacedAdoption
CHILD,DATE_PLACED_CEASED
105,22/06/2025
107,13/10/2025
108,24/10/2025

AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
105,,XXX,,,,
107,XXX,XXX,XXX,XXX,XXX,XXX
108,,,,,,XXX`, want: []string{"PlacedAdoption 0", "PlacedAdoption 1", "PlacedAdoption 2", "AD1 0", "AD1 1", "AD1 2"}},
	)
}

func TestRule551(t *testing.T) {
	testRule(t, "551",
		ruleCase{name: "placements for adoption with a decision date pass", data: "Episodes\nCHILD,PLACE\n0,x\nE,A3\nF,A4\nH,A3\nG,U1\n\nPlacedAdoption\nCHILD,DATE_PLACED\nE,01/01/2025\nF,15/04/2025\nH,28th Jan 1930\nG,"},
		ruleCase{name: "without the PlacedAdoption table nothing is flagged", data: "Episodes\nCHILD,PLACE\nA,A3"},
		ruleCase{name: "a placement for adoption with no decision date fires", data: `Episodes
CHILD,PLACE
A,A3
B,A4
C,A5
D,A6
I,A5
J,A3

PlacedAdoption
CHILD,DATE_PLACED
A,
B,
C,
D,
J,01/01/2025
J,`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Episodes 3", "Episodes 4", "Episodes 5"}},
	)
}

func TestRule552(t *testing.T) {
	testRule(t, "552",
		ruleCase{name: "decisions on or before the first placement for adoption pass", data: `PlacedAdoption
CHILD,DATE_PLACED
104,08/03/2025
105,22/06/2025
108,24/10/2025
109,
111,baddate/2025

Episodes
CHILD,DECOM,PLACE
104,08/03/2025,A3
105,22/07/2025,A4
108,22/06/2025,D5
109,26/05/2024,A3
111,01/02/2023,A4`},
		ruleCase{name: "the latest decision after the first placement for adoption fires", data: `PlacedAdoption
CHILD,DATE_PLACED
107,13/10/2025
107,01/01/2025

Episodes
CHILD,DECOM,PLACE
107,13/11/2025,A6
107,13/09/2025,A5
107,,A5`, want: []string{"Episodes 1", "PlacedAdoption 0"}},
	)
}

func TestRule553(t *testing.T) {
	testRule(t, "553",
		ruleCase{name: "placement orders with a standing decision pass", data: `Episodes
CHILD,LS,DEC
111,E1,01/06/2025
222,E1,05/06/2025
333,T1,
777,E1,

PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
111,01/06/2025,01/06/2025,RD1
222,01/06/2025,01/06/2025,
333,01/06/2025,01/06/2025,RD1
777,01/06/2025,,`},
		ruleCase{name: "no decision, or a reversed one during an open order, fires", data: `Episodes
CHILD,LS,DEC
444,E1,
555,E1,
777,E1,

PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
555,01/06/2025,,RD1
777,,01/06/2025,`, want: []string{"Episodes 0", "PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule554(t *testing.T) {
	testRule(t, "554",
		ruleCase{name: "decisions on or before the first placement order pass", data: `PlacedAdoption
CHILD,DATE_PLACED
102,
103,26/05/2025
105,11/01/2025

Episodes
CHILD,DECOM,LS
102,11/01/2025,A4
103,01/01/2025,U1
103,22/07/2025,E1
105,11/01/2025,E1
105,01/01/2025,`},
		ruleCase{name: "a decision after the first placement order fires", data: `PlacedAdoption
CHILD,DATE_PLACED
101,26/05/2025
104,22/01/2025

Episodes
CHILD,DECOM,LS
101,01/01/2025,E1
101,11/01/2025,T1
104,01/02/2020,E1
104,01/02/2025,E1`, want: []string{"Episodes 0", "Episodes 2", "PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule557(t *testing.T) {
	testRule(t, "557",
		ruleCase{name: "adopted, still placed, or with the reversal recorded, passes", data: `Episodes
CHILD,PLACE,LS,REC
202,x,E1,E4A
3003,A4,E1,E12
8,A6,C2,X1
77,U1,C2,E4A
9,A3,C2,

PlacedAdoption
CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
202,01/02/2025,RD1
3003,,`},
		ruleCase{name: "left care with the reversal missing fires", data: `Episodes
CHILD,PLACE,LS,REC
11,A3,C2,E4A
40004,x,E1,EEE
5005,A5,C2,E13

PlacedAdoption
CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
11,,
40004,01/02/2025,`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "PlacedAdoption 0", "PlacedAdoption 1"}},
	)
}

func TestRule558(t *testing.T) {
	testRule(t, "558",
		ruleCase{name: "an adoption with a standing decision passes", data: `Episodes
CHILD,REC
0,x
A,E11
D,E12
E,E11

PlacedAdoption
CHILD,DATE_PLACED_CEASED
A,
D,01/01/2024
D,
0,01/01/2025`},
		ruleCase{name: "an adoption whose every decision was reversed fires", data: `Episodes
CHILD,REC
E,E11
F,E12

PlacedAdoption
CHILD,DATE_PLACED_CEASED
E,01/01/2025
E,02/01/2025
F,15/04/2025`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule563(t *testing.T) {
	testRule(t, "563",
		ruleCase{name: "a reversal with its decision, or no reversal, passes", data: "PlacedAdoption\nCHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n11,26/05/2000,,\n202,26/05/2000,01/02/2003,RD1\n3,,01/02/2003,"},
		ruleCase{name: "a reversal with no decision fires", data: "PlacedAdoption\nCHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n40004,,26/05/2001,RD1", want: []string{"PlacedAdoption 0"}},
	)
}

func TestRule579(t *testing.T) {
	testRule(t, "579",
		ruleCase{name: "decisions one after another pass", data: "PlacedAdoption\nCHILD,DATE_PLACED,DATE_PLACED_CEASED\n222,03/06/2025,04/06/2025\n222,04/06/2025,\n555,,05/06/2025\n555,,05/06/2025"},
		ruleCase{name: "overlapping decisions or one after an open decision fire", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
111,01/06/2025,05/06/2025
111,04/06/2025,
222,03/06/2025,04/06/2025
222,04/06/2025,
222,07/06/2025,09/06/2025
333,03/06/2025,09/06/2025
333,02/06/2025,04/06/2025`, want: []string{"PlacedAdoption 1", "PlacedAdoption 4", "PlacedAdoption 5"}},
	)
}

func TestRule582(t *testing.T) {
	testRule(t, "582",
		ruleCase{name: "adoption after matching passes", data: "Episodes\nCHILD,REC,DEC\nA,E11,01/01/2026\nB,E12,01/01/2026\nI,A3,01/01/2026\n\nAD1\nCHILD,DATE_MATCH\nA,\nB,02/01/2026\nI,01/01/2026"},
		ruleCase{name: "adoption on the matching day fires", data: "Episodes\nCHILD,REC,DEC\nH,E11,01/01/2026\nG,E12,02/01/2026\n\nAD1\nCHILD,DATE_MATCH\nH,01/01/2026\nG,01/01/2026", want: []string{"Episodes 0"}},
	)
}

func TestRule583(t *testing.T) {
	testRule(t, "583",
		ruleCase{name: "earlier decisions revoked pass", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
child1,01/02/2025,02/02/2025
child1,03/02/2025,04/02/2025
child3,01/02/2025,02/02/2025
child3,03/02/2025,
child5,,`},
		ruleCase{name: "an earlier decision still standing fires", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
child2,01/02/2025,
child2,02/02/2025,
child4,01/02/2025,02/02/2025
child4,01/01/2025,`, want: []string{"PlacedAdoption 0", "PlacedAdoption 1", "PlacedAdoption 3"}},
	)
}

func TestRule584(t *testing.T) {
	last := `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
child1,01/02/2025,01/02/2025,RD1
child2,01/02/2025,,RD1
child3,01/02/2025,01/02/2025,
child4,01/02/2024,01/02/2024,RD1
child5,01/02/2024,02/02/2024,RD1
child6,,01/02/2024,RD1
child7,01/01/2024,01/02/2024,RD1
child8,01/01/2024,,`
	testRule(t, "584",
		ruleCase{name: "a later decision after a reversal passes", data: "PlacedAdoption\nCHILD,DATE_PLACED\nchild5,01/02/2025\nchild6,01/02/2024\nchild8,01/01/2024", previous: last},
		ruleCase{name: "the same or an earlier decision after a reversal fires", data: `PlacedAdoption
CHILD,DATE_PLACED
child1,01/02/2024
child2,01/02/2024
child3,01/02/2025
child4,01/02/2024
child7,`, previous: last, want: []string{"PlacedAdoption 0", "PlacedAdoption 1", "PlacedAdoption 2", "PlacedAdoption 3", "PlacedAdoption 4"}},
	)
}

func TestRule601(t *testing.T) {
	testRule(t, "601",
		ruleCase{name: "adoptions with every item, or outside the year, pass", data: `Episodes
CHILD,DEC,REC
101,01/01/2009,E45
103,26/05/2025,E12
104,10/01/2002,E11

AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
101,,,,,,
103,XXX,XXX,XXX,XXX,XXX,XXX
104,,,,,,XXX`},
		ruleCase{name: "an adoption in the year with an item blank fires", data: `Episodes
CHILD,DEC,REC
102,01/01/2026,E11
102,20/12/2026,E15
102,03/07/2025,E12

AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
102,,XXX,,,,`, want: []string{"Episodes 0", "Episodes 2", "AD1 0"}},
	)
}

func TestRule602(t *testing.T) {
	testRule(t, "602",
		ruleCase{name: "adoption details of children adopted in the year, or blank, pass", data: `Episodes
CHILD,DEC,REC
111,08/06/2025,E11
444,25/03/2026,E12
222,09/07/2025,oo

AD1
CHILD,DATE_INT
111,
444,01/01/2025
222,`},
		ruleCase{name: "without the Episodes table nothing is flagged", data: "AD1\nCHILD,DATE_INT\n123,xx"},
		ruleCase{name: "adoption details of a child not adopted in the year fire", data: `Episodes
CHILD,DEC,REC
555,22/03/2025,E11
666,25/04/2026,E11
888,,E11

AD1
CHILD,DATE_INT
123,xx
555,xx
666,xx
888,xx`, want: []string{"AD1 0", "AD1 1", "AD1 2", "AD1 3"}},
	)
}
