package ssda903

import "testing"

func TestRule1003(t *testing.T) {
	testRule(t, "1003",
		ruleCase{name: "decisions after care first started pass", data: `Episodes
CHILD,DECOM,RNE
102,01/03/2020,S
104,01/03/2019,P
105,01/03/2019,P
105,01/01/2021,S

PlacedAdoption
CHILD,DATE_PLACED
102,
104,01/02/2010
105,26/05/2021`},
		ruleCase{name: "decisions before care first started fire on both rows", data: `Episodes
CHILD,DECOM,RNE
101,01/03/2020,S
103,01/02/2019,P
103,01/03/2019,S
103,01/01/2021,S

PlacedAdoption
CHILD,DATE_PLACED
101,26/05/2018
103,26/05/2018`, want: []string{"Episodes 0", "PlacedAdoption 0", "Episodes 2", "PlacedAdoption 1"}},
	)
}

func TestRule1004(t *testing.T) {
	testRule(t, "1004",
		ruleCase{name: "valid start dates pass", data: "Missing\nCHILD,MIS_START\n1,08/03/2026\n2,22/06/2025"},
		ruleCase{name: "blank or invalid start dates fire", data: "Missing\nCHILD,MIS_START\n1,08/03/2026\n2,\n3,10/24/2025", want: []string{"Missing 1", "Missing 2"}},
	)
}

func TestRule1005(t *testing.T) {
	testRule(t, "1005",
		ruleCase{name: "valid or blank end dates pass", data: "Missing\nCHILD,MIS_END\n1,08/03/2026\n2,"},
		ruleCase{name: "invalid end dates fire", data: "Missing\nCHILD,MIS_END\n1,08/03/2026\n2,13/10/25", want: []string{"Missing 1"}},
	)
}

func TestRule1006(t *testing.T) {
	testRule(t, "1006",
		ruleCase{name: "M, A or blank pass", data: "Missing\nCHILD,MISSING\n1,M\n2,A\n3,"},
		ruleCase{name: "other codes fire", data: "Missing\nCHILD,MISSING\n1,M\n2,AWAY\n3,NA\n4,m", want: []string{"Missing 1", "Missing 2", "Missing 3"}},
	)
}

func TestRule1009(t *testing.T) {
	testRule(t, "1009",
		ruleCase{name: "listed reasons or blank pass", data: "Episodes\nCHILD,REASON_PLACE_CHANGE\n1,CARPL\n2,OTHER\n3,CUSTOD\n4,"},
		ruleCase{name: "other reasons fire", data: "Episodes\nCHILD,REASON_PLACE_CHANGE\n1,CARPL\n2,other\n3,NA", want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule1012(t *testing.T) {
	testRule(t, "1012",
		ruleCase{name: "data for children with episodes passes", data: `Episodes
CHILD
111
222

PlacedAdoption
CHILD
111

Missing
CHILD
222

Reviews
CHILD
111

AD1
CHILD
222

PrevPerm
CHILD
111

OC2
CHILD
222

OC3
CHILD
333`},
		ruleCase{name: "data for children without episodes fires in each table", data: `Episodes
CHILD
111

PlacedAdoption
CHILD
777

Missing
CHILD
111
888

Reviews
CHILD
999

AD1
CHILD
1010

PrevPerm
CHILD
1111

OC2
CHILD
1212`, want: []string{"PlacedAdoption 0", "Missing 1", "Reviews 0", "AD1 0", "PrevPerm 0", "OC2 0"}},
	)
}
