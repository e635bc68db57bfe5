package ssda903

import "testing"

func TestRule353(t *testing.T) {
	testRule(t, "353",
		ruleCase{name: "episodes from 14 October 1991 pass", data: "Episodes\nCHILD,DECOM\n1,14/10/1991\n2,\n3,08/06/2020"},
		ruleCase{name: "episodes before 14 October 1991 fire", data: "Episodes\nCHILD,DECOM\n1,13/10/1991\n2,06/06/1890\n3,08/06/2020", want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule354(t *testing.T) {
	testRule(t, "354",
		ruleCase{name: "episodes starting by the year end pass", data: "Episodes\nCHILD,DECOM\n1,31/03/2026\n2,38/04/2019\n3,"},
		ruleCase{name: "episodes starting after the year end fire", data: "Episodes\nCHILD,DECOM\n1,01/04/2026\n2,01/01/2026\n3,01/01/2027", want: []string{"Episodes 0", "Episodes 2"}},
	)
}

func TestRule355(t *testing.T) {
	testRule(t, "355",
		ruleCase{name: "episodes ending on a later day, or open, pass", data: "Episodes\nCHILD,DECOM,DEC\n1,01/02/2025,01/03/2025\n2,01/03/2025,\n3,,"},
		ruleCase{name: "episodes ending the day they start fire", data: "Episodes\nCHILD,DECOM,DEC\n1,01/01/2025,01/01/2025\n2,01/03/2025,\n3,01/06/2025,01/06/2025", want: []string{"Episodes 0", "Episodes 2"}},
	)
}

func TestRule356(t *testing.T) {
	testRule(t, "356",
		ruleCase{name: "episodes ending on or after their start pass", data: "Episodes\nCHILD,DECOM,DEC\n1,16/06/2019,24/08/2021\n2,03/10/2020,\n3,07/09/2021,07/09/2021"},
		ruleCase{name: "episodes ending before their start fire", data: "Episodes\nCHILD,DECOM,DEC\n1,14/03/2021,08/12/2020\n2,03/10/2020,", want: []string{"Episodes 0"}},
	)
}

func TestRule357(t *testing.T) {
	testRule(t, "357",
		ruleCase{name: "first episodes starting a period of care, or before the year, pass", data: `Episodes
CHILD,DECOM,RNE
111,11/11/2025,P
111,01/05/2025,S
222,11/11/2025,P
222,,P
222,01/06/2025,S
555,01/01/1990,P`},
		ruleCase{name: "first episodes in the year not starting a period of care fire", data: `Episodes
CHILD,DECOM,RNE
000,01/04/2025,P
333,12/12/2025,P
333,01/05/2025,L
333,05/09/2025,S
444,05/05/2025,`, want: []string{"Episodes 0", "Episodes 2", "Episodes 4"}},
	)
}

func TestRule358(t *testing.T) {
	testRule(t, "358",
		ruleCase{name: "remand after the 10th birthday passes", data: `Header
CHILD,DOB
104,01/01/2000
108,11/01/2002
112,

Episodes
CHILD,DECOM,LS
104,03/01/2018,J2
108,12/01/2012,J1
108,01/01/2005,L2
111,25/01/2002,J2
112,25/01/2002,J3`},
		ruleCase{name: "remand on or before the 10th birthday fires, the Header row once", data: `Header
CHILD,DOB
101,01/01/2000
105,03/01/2000

Episodes
CHILD,DECOM,LS
101,01/01/2009,J3
105,03/04/2008,J1
105,03/01/2010,J2`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Header 0", "Header 1"}},
	)
}

func TestRule359(t *testing.T) {
	testRule(t, "359",
		ruleCase{name: "over 18 under V2 in K2, under 18, or ended, passes", data: `Header
CHILD,DOB
111,01/06/2020
222,05/06/2000
555,31/03/2008

Episodes
CHILD,DEC,LS,PLACE
111,01/06/2020,R1,R2
222,,V2,K2
222,01/06/2020,C2,U1
555,,C2,U1`},
		ruleCase{name: "over 18 still looked after otherwise fires", data: `Header
CHILD,DOB
333,05/06/2000
444,30/03/2008

Episodes
CHILD,DEC,LS,PLACE
333,,V2,K1
444,,C2,U1`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}
