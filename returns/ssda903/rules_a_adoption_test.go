package ssda903

import "testing"

func TestRule112(t *testing.T) {
	testRule(t, "112",
		ruleCase{name: "valid and blank dates pass", data: "AD1\nCHILD,DATE_INT\n1,01/01/2021\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "AD1\nCHILD,DATE_INT\n1,19/02/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"AD1 1", "AD1 2"}},
	)
}

func TestRule113(t *testing.T) {
	testRule(t, "113",
		ruleCase{name: "valid and blank dates pass", data: "AD1\nCHILD,DATE_MATCH\n1,22/11/2015\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "AD1\nCHILD,DATE_MATCH\n1,08/05/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"AD1 1", "AD1 2"}},
	)
}

func TestRule114(t *testing.T) {
	testRule(t, "114",
		ruleCase{name: "0, 1 and blank pass", data: "AD1\nCHILD,FOSTER_CARE\n1,0\n2,1\n3,"},
		ruleCase{name: "other codes and words fire", data: "AD1\nCHILD,FOSTER_CARE\n1,0\n2,2\n3,former foster carer\n4,True",
			want: []string{"AD1 1", "AD1 2", "AD1 3"}},
	)
}

func TestRule115(t *testing.T) {
	testRule(t, "115",
		ruleCase{name: "valid and blank dates pass", data: "PlacedAdoption\nCHILD,DATE_PLACED\n1,01/01/2021\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "PlacedAdoption\nCHILD,DATE_PLACED\n1,19/02/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"PlacedAdoption 1", "PlacedAdoption 2"}},
	)
}

func TestRule116(t *testing.T) {
	testRule(t, "116",
		ruleCase{name: "valid and blank dates pass", data: "PlacedAdoption\nCHILD,DATE_PLACED_CEASED\n1,01/01/2021\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "PlacedAdoption\nCHILD,DATE_PLACED_CEASED\n1,19/02/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"PlacedAdoption 1", "PlacedAdoption 2"}},
	)
}

func TestRule117(t *testing.T) {
	testRule(t, "117",
		ruleCase{name: "decisions within care and the year pass", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,26/05/2020,26/05/2020
2,01/05/2025,
3,31/03/2026,

Episodes
CHILD,DECOM,DEC,REC
1,01/01/2020,01/01/2021,E45
2,01/04/2024,01/05/2025,E11
3,01/04/2024,,`},
		ruleCase{name: "decisions after the year or after the latest non-X1 episode ended fire", data: `PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
101,26/05/2020,26/05/2020
102,26/05/2020,01/04/2026
103,,26/05/2020
104,01/02/2024,26/05/2025
105,26/05/2026,
106,01/05/2026,

Episodes
CHILD,DECOM,DEC,REC
101,01/01/2009,01/01/2022,E45
102,01/01/2001,01/01/2001,E15
102,03/01/2025,03/01/2026,E46
102,03/04/2008,03/04/2008,E48
103,01/01/2002,01/01/2022,X2
104,10/01/2022,10/01/2022,E11
104,11/02/2024,11/02/2025,X1
104,25/01/2022,25/01/2022,X1
105,25/01/2022,25/01/2022,E47
105,,,E45`, want: []string{"PlacedAdoption 1", "Episodes 2", "PlacedAdoption 3", "Episodes 5", "PlacedAdoption 4", "Episodes 8"}},
	)
}

func TestRule118(t *testing.T) {
	testRule(t, "118",
		ruleCase{name: "reversals in the year after care began pass", data: `PlacedAdoption
CHILD,DATE_PLACED_CEASED
103,13/10/2025
104,
105,not a date

Episodes
CHILD,LS,DECOM
103,X2,01/01/2019
104,L1,01/01/2026
105,L1,01/01/2026`},
		ruleCase{name: "reversals before the year or before the first non-V3/V4 episode fire", data: `PlacedAdoption
CHILD,DATE_PLACED_CEASED
101,08/03/2025
102,22/06/2025
106,01/05/2025

Episodes
CHILD,LS,DECOM
101,L1,01/01/2019
102,V3,01/01/2022
102,C2,20/12/2025
102,L1,03/01/2026
106,V4,01/04/2025
106,C2,01/05/2025`, want: []string{"PlacedAdoption 0", "Episodes 0", "PlacedAdoption 1", "Episodes 2"}},
	)
}

func TestRule119(t *testing.T) {
	testRule(t, "119",
		ruleCase{name: "both or neither pass", data: "PlacedAdoption\nCHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n1,22/11/2025,RD1\n2,,"},
		ruleCase{name: "one without the other fires", data: "PlacedAdoption\nCHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n1,22/11/2025,RD1\n2,08/05/2025,\n3,,RD2",
			want: []string{"PlacedAdoption 1", "PlacedAdoption 2"}},
	)
}

func TestRule120(t *testing.T) {
	testRule(t, "120",
		ruleCase{name: "RD1 to RD4 and blank pass", data: "PlacedAdoption\nCHILD,REASON_PLACED_CEASED\n1,RD1\n2,RD4\n3,"},
		ruleCase{name: "other codes fire", data: "PlacedAdoption\nCHILD,REASON_PLACED_CEASED\n1,rd1\n2,RD0\n3,1\n4,RD3",
			want: []string{"PlacedAdoption 0", "PlacedAdoption 1", "PlacedAdoption 2"}},
	)
}

func TestRule151(t *testing.T) {
	cols := "AD1\nCHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n"
	testRule(t, "151",
		ruleCase{name: "all or none pass", data: cols + "1,,,,,,\n2,01/01/2025,01/02/2025,0,1,F1,L0"},
		ruleCase{name: "some but not all fire", data: cols + "1,,,,,,\n2,01/01/2025,01/02/2025,0,1,F1,L0\n3,01/01/2025,,,,,\n4,,01/02/2025,,,,\n5,,,1,,,\n6,,,,2,,\n7,,,,,MF,\n8,,,,,,L4\n9,01/01/2025,,1,,F1,",
			want: []string{"AD1 2", "AD1 3", "AD1 4", "AD1 5", "AD1 6", "AD1 7", "AD1 8"}},
	)
}

func TestRule175(t *testing.T) {
	testRule(t, "175",
		ruleCase{name: "1, 2 and blank pass", data: "AD1\nCHILD,NB_ADOPTR\n1,1\n2,2\n3,"},
		ruleCase{name: "other numbers fire", data: "AD1\nCHILD,NB_ADOPTR\n1,0\n2,1\n3,3\n4,01", want: []string{"AD1 0", "AD1 2", "AD1 3"}},
	)
}

func TestRule176(t *testing.T) {
	testRule(t, "176",
		ruleCase{name: "listed codes and blank pass", data: "AD1\nCHILD,SEX_ADOPTR\n1,F1\n2,MM\n3,MF\n4,"},
		ruleCase{name: "lower case and other codes fire", data: "AD1\nCHILD,SEX_ADOPTR\n1,m1\n2,F1\n3,1\n4,FM", want: []string{"AD1 0", "AD1 2", "AD1 3"}},
	)
}

func TestRule177(t *testing.T) {
	testRule(t, "177",
		ruleCase{name: "listed codes and blank pass", data: "AD1\nCHILD,LS_ADOPTR\n1,L0\n2,L11\n3,L4\n4,"},
		ruleCase{name: "lower case and other codes fire", data: "AD1\nCHILD,LS_ADOPTR\n1,L0\n2,L1\n3,l2\n4,L13", want: []string{"AD1 1", "AD1 2", "AD1 3"}},
	)
}

func TestRule184(t *testing.T) {
	header := "Header\nCHILD,DOB\n111,01/10/2017\n112,31/05/2018\n113,10/03/2019\n114,19/08/2020\n115,\n"
	testRule(t, "184",
		ruleCase{name: "decisions on or after birth, blank, or without a known birth date pass", data: header +
			"\nPlacedAdoption\nCHILD,DATE_PLACED\n111,01/10/2017\n112,10/02/2019\n114,\n115,01/01/2019\n116,01/01/2019"},
		ruleCase{name: "a decision before birth fires", data: header +
			"\nPlacedAdoption\nCHILD,DATE_PLACED\n111,01/10/2017\n112,10/02/2019\n113,10/02/2019\n111,30/09/2017",
			want: []string{"PlacedAdoption 2", "PlacedAdoption 3"}},
	)
}
