package ssda903

import "testing"

func TestRule361(t *testing.T) {
	testRule(t, "361",
		ruleCase{name: "police protection of 72 hours or less passes", data: `Episodes
CHILD,DECOM,DEC,LS
111,08/09/2025,11/09/2025,L1
111,11/09/2025,12/10/2025,C2
222,01/06/2025,02/06/2025,L1
222,02/06/2025,04/06/2025,L1
333,29/03/2026,,L1
444,01/06/2025,99/06/2025,L1`},
		ruleCase{name: "police protection over 72 hours fires on every episode of the spell", data: `Episodes
CHILD,DECOM,DEC,LS
111,04/06/2025,05/06/2025,L1
111,01/06/2025,04/06/2025,L1
111,06/07/2025,07/07/2025,E2
444,07/06/2025,08/07/2025,L1
444,08/08/2025,09/08/2025,E4
444,09/08/2025,15/08/2025,L1
444,15/08/2025,,L1
555,15/03/2026,,L1`, want: []string{"Episodes 0", "Episodes 1", "Episodes 3", "Episodes 5", "Episodes 6", "Episodes 7"}},
	)
}

func TestRule362(t *testing.T) {
	testRule(t, "362",
		ruleCase{name: "emergency protection of 21 days or less passes", data: `Episodes
CHILD,DECOM,DEC,LS
111,01/06/2025,04/06/2025,L2
111,04/06/2025,22/06/2025,L2
555,15/03/2026,,L2`},
		ruleCase{name: "emergency protection over 21 days fires", data: `Episodes
CHILD,DECOM,DEC,LS
111,08/09/2025,09/10/2025,L2
111,09/10/2025,12/11/2025,L2
333,06/06/2025,10/06/2025,L2
333,10/06/2025,28/06/2025,L2
444,01/03/2026,,L2`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Episodes 3", "Episodes 4"}},
	)
}

func TestRule363(t *testing.T) {
	testRule(t, "363",
		ruleCase{name: "assessment orders of 7 days or less pass", data: `Episodes
CHILD,DECOM,DEC,LS
2002,01/01/2026,07/01/2026,L3
2002,10/01/2026,11/01/2026,X
2002,11/01/2026,17/01/2026,L3
30003,25/01/2026,10/03/2025,L3
30003,,25/01/2026,L3`},
		ruleCase{name: "assessment orders over 7 days fire", data: `Episodes
CHILD,DECOM,DEC,LS
101,01/05/2025,01/01/2026,L3
2002,01/06/2025,03/06/2025,L3
2002,03/06/2025,09/06/2025,L3
30003,25/01/2026,10/03/2025,L3
30003,25/01/2026,,L3`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Episodes 4"}},
	)
}

func TestRule364(t *testing.T) {
	testRule(t, "364",
		ruleCase{name: "PACE detention of 21 days or less passes", data: "Episodes\nCHILD,DECOM,DEC,LS\n1,01/01/2026,22/01/2026,J2\n2,01/01/2026,25/01/2026,J1"},
		ruleCase{name: "PACE detention over 21 days fires", data: "Episodes\nCHILD,DECOM,DEC,LS\n1,01/01/2026,10/01/2026,J2\n1,10/01/2026,23/01/2026,J2\n2,01/01/2026,,J2",
			want: []string{"Episodes 0", "Episodes 1", "Episodes 2"}},
	)
}

func TestRule365(t *testing.T) {
	testRule(t, "365",
		ruleCase{name: "respite of 17 days or less passes", data: "Episodes\nCHILD,DECOM,DEC,LS\n1,01/01/2026,18/01/2026,V3\n2,01/01/2025,01/01/2026,V4\n3,,25/01/2026,V3\n4,20/03/2026,,V3\n5,01/01/2026,Tuesday,V3"},
		ruleCase{name: "respite over 17 days, or open for more, fires", data: "Episodes\nCHILD,DECOM,DEC,LS\n1,01/01/2026,19/01/2026,V3\n2,01/01/2026,,V3\n3,01/02/2026,18/02/2026,V3",
			want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule366(t *testing.T) {
	testRule(t, "366",
		ruleCase{name: "respite starting a period of care passes", data: "Episodes\nCHILD,LS,RNE\n1,V3,S\n2,V4,T\n3,C2,"},
		ruleCase{name: "respite continuing a period of care fires", data: "Episodes\nCHILD,LS,RNE\n1,V3,S\n2,V3,U\n3,V3,", want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule367(t *testing.T) {
	testRule(t, "367",
		ruleCase{name: "75 days of respite in the year or fewer pass", data: `Episodes
CHILD,DECOM,DEC,LS
101,01/01/2025,15/06/2025,V3
2002,01/04/2025,01/05/2025,V3
2002,01/05/2025,01/07/2025,C2
2002,01/06/2025,15/07/2025,V3
400004,01/08/2025,01/07/2025,V3`},
		ruleCase{name: "more than 75 days of respite in the year fire", data: `Episodes
CHILD,DECOM,DEC,LS
101,01/01/2025,16/06/2025,V3
30003,01/04/2025,01/05/2025,V3
30003,01/05/2025,01/07/2025,xx
30003,01/06/2025,01/07/2025,V3
30003,01/07/2025,01/08/2025,V3
400004,01/08/2025,01/07/2025,V3
400004,01/08/2025,01/11/2025,V3
555,01/07/2025,,V3`, want: []string{"Episodes 0", "Episodes 1", "Episodes 3", "Episodes 4", "Episodes 6", "Episodes 7"}},
	)
}

func TestRule382(t *testing.T) {
	testRule(t, "382",
		ruleCase{name: "respite outside temporary placements passes", data: "Episodes\nCHILD,LS,PLACE\n1,V3,R4\n2,X3,T1"},
		ruleCase{name: "respite in a temporary placement fires", data: "Episodes\nCHILD,LS,PLACE\n1,V3,T0\n2,V3,R4\n3,V4,T2\n4,V4,T3", want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule384(t *testing.T) {
	testRule(t, "384",
		ruleCase{name: "respite in other placements passes", data: "Episodes\nCHILD,LS,PLACE\n1,V3,P1\n2,V4,A6\n3,C2,U1"},
		ruleCase{name: "respite in long-term foster care fires", data: "Episodes\nCHILD,LS,PLACE\n1,V4,U1\n2,D1,x\n3,V3,U4", want: []string{"Episodes 0", "Episodes 2"}},
	)
}

func TestRule398(t *testing.T) {
	testRule(t, "398",
		ruleCase{name: "respite without postcodes, or others with them, pass", data: "Episodes\nCHILD,LS,HOME_POST,PL_POST\n1,V3,,\n2,U1,AB1 0,AB1 0"},
		ruleCase{name: "respite with a postcode fires", data: "Episodes\nCHILD,LS,HOME_POST,PL_POST\n1,V3,AB1 0,AB1 0\n2,U1,AB1 0,AB1 0\n3,V4,AB1 0,\n4,V4,,AB1 0",
			want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule399(t *testing.T) {
	testRule(t, "399",
		ruleCase{name: "respite-only children without mother or reviews, and others, pass", data: `Episodes
CHILD,LS
103,V3
104,L4
108,V3
108,C2

Header
CHILD,MOTHER
103,
104,
108,1

Reviews
CHILD,REVIEW,REVIEW_CODE
103,,
104,01/01/2026,PN4
108,01/01/2026,PN7`},
		ruleCase{name: "respite-only children with mother or reviews fire", data: `Episodes
CHILD,LS
101,V4
101,V4
106,V4
107,V3

Header
CHILD,MOTHER
101,0
106,
107,

Reviews
CHILD,REVIEW,REVIEW_CODE
101,31/12/2025,PN1
106,01/01/2026,PN6
107,,`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Header 0", "Header 1", "Reviews 0", "Reviews 1"}},
	)
}

func TestRule426(t *testing.T) {
	testRule(t, "426",
		ruleCase{name: "one kind of respite per child passes", data: "Episodes\nCHILD,LS\n111,V3\n111,V3\n444,V4\n444,C2"},
		ruleCase{name: "both kinds of respite fire on each", data: "Episodes\nCHILD,LS\n111,V3\n222,V3\n222,V4\n222,X1\n555,V4\n555,V3\n555,V3",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 4", "Episodes 5", "Episodes 6"}},
	)
}
