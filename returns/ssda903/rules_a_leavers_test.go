package ssda903

import "testing"

func TestRule131(t *testing.T) {
	testRule(t, "131",
		ruleCase{name: "listed codes pass", data: "OC3\nCHILD,IN_TOUCH\n1,YES\n2,REFU\n3,RHOM"},
		ruleCase{name: "lower case, other and blank codes fire", data: "OC3\nCHILD,IN_TOUCH\n1,yes\n2,YES\n3,1\n4,REFUSE\n5,",
			want: []string{"OC3 0", "OC3 2", "OC3 3", "OC3 4"}},
	)
}

func TestRule132(t *testing.T) {
	testRule(t, "132",
		ruleCase{name: "listed codes pass", data: "OC3\nCHILD,ACTIV\n1,F1\n2,0\n3,G6"},
		ruleCase{name: "lower case, other and blank codes fire", data: "OC3\nCHILD,ACTIV\n1,f1\n2,F1\n3,1\n4,",
			want: []string{"OC3 0", "OC3 2", "OC3 3"}},
	)
}

func TestRule133(t *testing.T) {
	testRule(t, "133",
		ruleCase{name: "listed codes pass", data: "OC3\nCHILD,ACCOM\n1,B1\n2,S2\n3,0\n4,Z2"},
		ruleCase{name: "unlisted and blank codes fire", data: "OC3\nCHILD,ACCOM\n1,B2\n2,\n3,S1\n4,X\n5,1\n6,X1",
			want: []string{"OC3 1", "OC3 2", "OC3 3", "OC3 4", "OC3 5"}},
	)
}

func TestRule134(t *testing.T) {
	testRule(t, "134",
		ruleCase{name: "adoption or care-leaver data alone passes", data: `OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
A,,,
B,YES,F1,B1
D,,,

AD1
CHILD,DATE_INT,LS_ADOPTR
A,01/01/2025,L0
B,,
C,01/01/2025,L0`},
		ruleCase{name: "a child with both fires on AD1", data: `OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
A,,,
B,XXX,,
C,,XXX,
D,,,XXX
E,,,

AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
A,,,,,,
B,,XXX,,,,
C,XXX,XXX,XXX,XXX,XXX,XXX
D,,,,,,XXX
E,XXX,XXX,XXX,XXX,XXX,XXX`, want: []string{"AD1 1", "AD1 2", "AD1 3"}},
	)
}

func TestRule153(t *testing.T) {
	testRule(t, "153",
		ruleCase{name: "all or none pass", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\n1,YES,F1,B1\n2,,,"},
		ruleCase{name: "some but not all fire", data: "OC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\n1,XXX,XXX,XXX\n2,,,\n3,XXX,,\n4,,XXX,\n5,,,XXX\n6,XXX,XXX,",
			want: []string{"OC3 2", "OC3 3", "OC3 4", "OC3 5"}},
	)
}

func TestRule215(t *testing.T) {
	oc2 := "OC2\nCHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
	testRule(t, "215",
		ruleCase{name: "care-leaver data or 12-month data alone passes", data: oc2 + "A,1,1,1,,,,1,\nB,,,,,,,,\nE,1,1,1,1,,,,\nF,,,,,,,,\n\nOC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,,,\nB,YES,F1,B1\nE,,,\nG,NO,0,0"},
		ruleCase{name: "a care leaver with 12-month data fires on both rows", data: oc2 + "A,1,1,1,,,,1,\nB,,,,,,,,1\nC,1,1,1,1,1,1,1,1\nD,,1,,1,1,1,1,1\nE,1,1,1,1,,,,\n\nOC3\nCHILD,IN_TOUCH,ACTIV,ACCOM\nA,DIED,,\nB,YES,,\nC,RHOM,XXX,\nD,,,XXX\nE,,,",
			want: []string{"OC3 0", "OC2 0", "OC3 1", "OC2 1", "OC3 2", "OC2 2", "OC3 3", "OC2 3"}},
	)
}
