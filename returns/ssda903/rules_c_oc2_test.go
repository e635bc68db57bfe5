package ssda903

import "testing"

// oc2Episodes are the episodes of the OC2 tests in 2025/26: children 101, 102, 104 and 105 were looked
// after all year; 103 was on short breaks (V3), 106 left care in the year and 107 came into care in it.
const oc2Episodes = `Episodes
CHILD,DECOM,DEC,LS,REC,RNE
101,01/03/2025,31/03/2026,C2,X1,L
102,01/03/2025,30/03/2026,C2,X1,L
102,30/03/2026,,C2,,L
103,01/03/2025,01/01/2026,V3,X1,L
104,01/02/2015,,C2,,L
105,01/03/2024,01/01/2026,C2,X1,L
105,01/01/2026,01/01/2028,C2,E11,L
106,01/03/2025,01/01/2026,C2,E11,L
107,01/05/2025,,C2,,S`

func TestRule542(t *testing.T) {
	testRule(t, "542",
		ruleCase{name: "convictions of children 10 or over, or none, pass", data: "OC2\nCHILD,DOB,CONVICTED\n1,22/06/2010,1\n2,,1\n3,08/03/2020,\n4,31/03/2016,0"},
		ruleCase{name: "convictions of children under 10 fire", data: "OC2\nCHILD,DOB,CONVICTED\n1,08/03/2020,1\n2,01/04/2016,0\n3,13/10/2000,1", want: []string{"OC2 0", "OC2 1"}},
	)
}

func TestRule543(t *testing.T) {
	testRule(t, "543",
		ruleCase{name: "convictions given, young children or a break in care pass", data: oc2Episodes + `

OC2
CHILD,DOB,CONVICTED
101,08/03/2018,
102,31/03/2016,
103,01/01/2005,
104,13/10/2008,1
106,01/01/2005,
333,01/01/2005,`},
		ruleCase{name: "no conviction data for a child 10 or over in care all year fires", data: oc2Episodes + `

OC2
CHILD,DOB,CONVICTED
102,22/06/2008,
105,30/03/2016,`, want: []string{"OC2 0", "OC2 1"}},
	)
}

func TestRule544(t *testing.T) {
	testRule(t, "544",
		ruleCase{name: "a conviction with every health item, or no conviction, passes", data: "OC2\nCHILD,CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE\n1,1,1,1,1,0\n2,,,,,\n3,0,,,,"},
		ruleCase{name: "a conviction with any health item blank fires", data: "OC2\nCHILD,CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE\n1,1,,,,\n2,1,1,1,1,\n3,1,,1,1,1",
			want: []string{"OC2 0", "OC2 1", "OC2 2"}},
	)
}

func TestRule545(t *testing.T) {
	testRule(t, "545",
		ruleCase{name: "health checks given, older children or a break in care pass", data: oc2Episodes + `

OC2
CHILD,DOB,HEALTH_CHECK
101,31/03/2021,
104,13/10/2022,1
103,01/01/2023,
333,01/01/2023,`},
		ruleCase{name: "without the Episodes table nothing is flagged", data: "OC2\nCHILD,DOB,HEALTH_CHECK\n102,01/04/2021,"},
		ruleCase{name: "no health check for an under-five in care all year fires", data: oc2Episodes + `

OC2
CHILD,DOB,HEALTH_CHECK
102,01/04/2021,
105,10/01/2023,`, want: []string{"OC2 0", "OC2 1"}},
	)
}

func TestRule546(t *testing.T) {
	testRule(t, "546",
		ruleCase{name: "health checks of under-fives, or none, pass", data: oc2Episodes + `

OC2
CHILD,DOB,HEALTH_CHECK
101,01/04/2021,1
102,,1
103,01/01/2010,1
105,10/01/2010,`},
		ruleCase{name: "health checks of children five or over in care all year fire", data: oc2Episodes + `

OC2
CHILD,DOB,HEALTH_CHECK
101,31/03/2021,1
102,22/06/2010,0`, want: []string{"OC2 0", "OC2 1"}},
	)
}

func TestRule547(t *testing.T) {
	testRule(t, "547",
		ruleCase{name: "a health check with every health item, or none, passes", data: "OC2\nCHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE\n1,1,1,1,0,0\n2,0,,,,\n3,,,1,0,1"},
		ruleCase{name: "a health check with any health item blank fires", data: "OC2\nCHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE\n1,1,,,,\n2,1,,1,1,",
			want: []string{"OC2 0", "OC2 1"}},
	)
}
