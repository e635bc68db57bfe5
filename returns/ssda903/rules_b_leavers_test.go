package ssda903

import "testing"

func TestRule344(t *testing.T) {
	testRule(t, "344",
		ruleCase{name: "died or returned home with activity and accommodation 0 passes", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,DIED,0,0\nB,YES,,\nC,RHOM,0,0"},
		ruleCase{name: "died or returned home with activity or accommodation given or blank fires", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,DIED,0,0\nC,RHOM,F2,0\nE,DIED,F2,B\nF,RHOM,,0",
			want: []string{"OC3 1", "OC3 2", "OC3 3"}},
	)
}

func TestRule345(t *testing.T) {
	testRule(t, "345",
		ruleCase{name: "in touch with activity and accommodation given passes", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,NO,,0\nB,YES,F2,B\nC,,,0"},
		ruleCase{name: "in touch with activity or accommodation 0 fires", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,NO,,0\nB,YES,0,\nC,YES,F2,0", want: []string{"OC3 1", "OC3 2"}},
	)
}

func TestRule347(t *testing.T) {
	testRule(t, "347",
		ruleCase{name: "Foyer at 18 or over, or another accommodation under 18, passes", data: "OC3\nCHILD,DOB,ACCOM\n1,01/01/1999,T\n2,01/01/2010,\n3,01/04/2007,T\n4,,T"},
		ruleCase{name: "Foyer under 18 at the year start fires", data: "OC3\nCHILD,DOB,ACCOM\n1,01/04/2007,T\n2,02/04/2007,T", want: []string{"OC3 1"}},
	)
}

func TestRule348(t *testing.T) {
	testRule(t, "348",
		ruleCase{name: "died in both years, or alive last year, passes", data: "OC3\nCHILD,IN_TOUCH\n1,DIED\n2,DIED\n4,YES",
			previous: "OC3\nCHILD,IN_TOUCH\n1,DIED\n2,YES\n4,YES\n5,DIED"},
		ruleCase{name: "died last year but not this year fires", data: "OC3\nCHILD,IN_TOUCH\n1,DIED\n3,YES\n4,",
			previous: "OC3\nCHILD,IN_TOUCH\n1,DIED\n3,DIED\n4,DIED", want: []string{"OC3 1", "OC3 2"}},
	)
}

func TestRule391(t *testing.T) {
	testRule(t, "391",
		ruleCase{name: "17 to 21 during the year, or nothing reported, passes", data: `OC3
CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
A,31/03/2009,YES,F2,B
B,02/04/2003,YES,F2,B
C,01/01/2012,,,
D,,YES,F2,B`},
		ruleCase{name: "under 17 all year, or 22 all year, with data fires", data: `OC3
CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
A,01/04/2009,YES,,
B,01/04/2003,,F2,
C,20/12/1997,RHOM,,
D,31/03/2009,,,B`, want: []string{"OC3 0", "OC3 1", "OC3 2"}},
	)
}
