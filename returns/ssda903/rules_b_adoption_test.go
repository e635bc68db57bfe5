package ssda903

import "testing"

func TestRule331(t *testing.T) {
	testRule(t, "331",
		ruleCase{name: "matched on or before the adoption episode began passes", data: `AD1
CHILD,DATE_MATCH
111,01/01/2020
444,
555,01/02/2020

Episodes
CHILD,DECOM,REC
111,01/01/2020,E12
444,01/02/2020,E11
555,01/01/2020,X1
555,01/02/2020,E11`},
		ruleCase{name: "matched after an adoption episode began fires on both rows", data: `AD1
CHILD,DATE_MATCH
222,02/06/2020
66,04/06/2020

Episodes
CHILD,DECOM,REC
222,01/06/2020,E11
66,01/01/2020,X1
66,05/06/2020,E11
66,06/07/2020,E12`, want: []string{"AD1 0", "Episodes 0"}},
	)
}

func TestRule333(t *testing.T) {
	testRule(t, "333",
		ruleCase{name: "date should be placed on or before the match passes", data: "AD1\nCHILD,DATE_INT,DATE_MATCH\n1,01/06/2020,05/06/2020\n2,02/06/2020,\n3,05/06/2020,05/06/2020"},
		ruleCase{name: "date should be placed after the match, or missing, fires", data: "AD1\nCHILD,DATE_INT,DATE_MATCH\n1,01/06/2020,05/06/2020\n2,03/06/2020,01/06/2020\n3,,05/06/2020\n4,31/02/2020,05/06/2020",
			want: []string{"AD1 1", "AD1 2", "AD1 3"}},
	)
}

func TestRule334(t *testing.T) {
	testRule(t, "334",
		ruleCase{name: "latest period of care began on or before the date should be placed passes", data: `AD1
CHILD,DATE_INT
102,
103,26/05/2021
104,01/02/1960

Episodes
CHILD,DECOM,RNE
102,01/03/2020,S
103,01/03/2019,S
103,01/01/2020,S
103,26/05/2021,P
104,01/03/2019,P`},
		ruleCase{name: "latest period of care began after it fires on both rows", data: `AD1
CHILD,DATE_INT
101,26/05/2018
105,26/05/2019

Episodes
CHILD,DECOM,RNE
101,01/03/2019,S
105,01/03/2018,S
105,01/01/2020,S
105,26/05/2021,P`, want: []string{"Episodes 0", "AD1 0", "Episodes 2", "AD1 1"}},
	)
}

func TestRule335(t *testing.T) {
	testRule(t, "335",
		ruleCase{name: "foster carer flag matching the placement passes", data: `AD1
CHILD,FOSTER_CARE
10,1
12,0
16,0
17,

Episodes
CHILD,PLACE,REC
10,A2,E11
12,A1,E1
16,A5,E4A
17,A3,E12`},
		ruleCase{name: "foster carer flag contradicting the placement fires", data: `AD1
CHILD,FOSTER_CARE
10,0
14,1

Episodes
CHILD,PLACE,REC
10,A2,E1
14,A4,E11
14,A6,X1`, want: []string{"AD1 0", "Episodes 0", "AD1 1", "Episodes 1"}},
	)
}

func TestRule336(t *testing.T) {
	testRule(t, "336",
		ruleCase{name: "placement for adoption after foster care or as the first episode passes", data: `Episodes
CHILD,DECOM,PLACE
123,11/01/2020,A4
123,01/01/2020,U1
444,01/01/2020,A3
666,01/01/2020,A5
666,02/02/2020,A3`},
		ruleCase{name: "placement for adoption after another placement fires", data: `Episodes
CHILD,DECOM,PLACE
111,01/01/2020,U1
111,11/01/2020,T1
111,22/01/2020,A3
333,01/01/2020,U1
333,22/01/2020,A3
333,11/01/2020,T2
777,11/01/2020,A4
777,01/01/2020,`, want: []string{"Episodes 2", "Episodes 4", "Episodes 6"}},
	)
}
