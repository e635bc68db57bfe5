package ssda903

import "testing"

func TestRule607(t *testing.T) {
	testRule(t, "607",
		ruleCase{name: "mothers' status given, or no leaving in the year, passes", data: `Header
CHILD,SEX,MOTHER
101,F,
102,F,0
103,F,
104,F,
108,M,
109,F,0
111,F,0

Episodes
CHILD,DEC,REC,LS
101,01/01/2026,,L1
102,01/01/2026,A3,V4
103,20/12/2025,E15,V3
104,03/01/2025,E46,L4
108,11/02/2026,E48,L1
109,25/01/2026,X1,XO
111,,E45,L4`},
		ruleCase{name: "a girl leaving care in the year without MOTHER fires", data: `Header
CHILD,SEX,MOTHER
105,F,
110,F,

Episodes
CHILD,DEC,REC,LS
105,03/04/2025,E48,L1
105,01/07/2025,X2,XO
105,10/01/2026,E11,L4
110,25/01/2026,E47,`, want: []string{"Header 0", "Header 1", "Episodes 0", "Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule611(t *testing.T) {
	testRule(t, "611",
		ruleCase{name: "mothers with their child's birth date pass", data: "Header\nCHILD,MOTHER,MC_DOB\n1,1,01/01/2021\n2,,dd/mm/yyyy\n3,0,"},
		ruleCase{name: "a mother with no child's birth date fires", data: "Header\nCHILD,MOTHER,MC_DOB\n1,1,", want: []string{"Header 0"}},
	)
}

func TestRule612(t *testing.T) {
	testRule(t, "612",
		ruleCase{name: "a child's birth date for mothers only passes", data: "Header\nCHILD,SEX,MOTHER,MC_DOB\n1,F,,\n2,F,1,19/02/2019\n3,M,0,\n4,M,,21/3rd/yYyYyY"},
		ruleCase{name: "a child's birth date for a girl not a mother fires", data: "Header\nCHILD,SEX,MOTHER,MC_DOB\n1,F,0,19/02/2016\n2,F,0,dd/mm/yyyy\n3,F,,31/31/19",
			want: []string{"Header 0", "Header 1", "Header 2"}},
	)
}

func TestRule620(t *testing.T) {
	testRule(t, "620",
		ruleCase{name: "mothers 11 or over pass", data: "Header\nCHILD,MOTHER,DOB\n1,1,\n2,,01/01/2020\n3,1,01/04/2014\n4,0,13/02/2020"},
		ruleCase{name: "mothers under 11 fire", data: "Header\nCHILD,MOTHER,DOB\n1,1,07/02/2020\n2,1,02/04/2014", want: []string{"Header 0", "Header 1"}},
	)
}

func TestRule621(t *testing.T) {
	testRule(t, "621",
		ruleCase{name: "a child born after the mother passes", data: "Header\nCHILD,DOB,MC_DOB\n1,31/01/2009,\n2,31/01/2009,01/02/2025\n3,,01/02/2025"},
		ruleCase{name: "a child born on or before the mother fires", data: "Header\nCHILD,DOB,MC_DOB\n1,01/12/2021,01/01/2021\n2,31/01/2019,31/01/2019", want: []string{"Header 0", "Header 1"}},
	)
}

func TestRule624(t *testing.T) {
	last := "Header\nCHILD,MC_DOB\n111,01/06/2020\n333,01/06/2019\n444,10/09/2020\n555,\n66,"
	testRule(t, "624",
		ruleCase{name: "the same first child's birth date passes", data: "Header\nCHILD,MC_DOB\n111,01/06/2020\n555,\n66,01/02/2020\n777,01/01/2020", previous: last},
		ruleCase{name: "a changed or removed first child's birth date fires", data: "Header\nCHILD,MC_DOB\n333,\n444,08/09/2020", previous: last, want: []string{"Header 0", "Header 1"}},
	)
}

func TestRule625(t *testing.T) {
	testRule(t, "625",
		ruleCase{name: "a child born in care, or before the mother left, passes", data: `Header
CHILD,MC_DOB
103,
104,01/01/2016
105,01/02/2026

Episodes
CHILD,DECOM,DEC,REC
104,01/01/2015,11/11/2015,X1
104,11/11/2015,03/10/2016,E4A
105,10/01/2023,01/09/2025,X1
105,01/09/2025,,`},
		ruleCase{name: "a child born after the year or after the mother left care fires", data: `Header
CHILD,MC_DOB
101,01/11/2026
102,19/12/2016
106,01/04/2026

Episodes
CHILD,DECOM,DEC,REC
101,01/01/2025,02/12/2026,E4A
101,01/01/2012,11/11/2012,E4A
102,01/01/2013,03/10/2014,X1
102,03/10/2014,11/11/2015,E13`, want: []string{"Header 0", "Header 1", "Header 2", "Episodes 3"}},
	)
}

func TestRule626(t *testing.T) {
	last := "Header\nCHILD,MOTHER\n111,1\n222,0\n333,1\n444,0"
	testRule(t, "626",
		ruleCase{name: "a first child born this year, or a mother last year, passes", data: "Header\nCHILD,MOTHER,MC_DOB\n111,1,\n333,0,\n444,1,01/04/2025", previous: last},
		ruleCase{name: "a first child born before the year to a girl not a mother last year fires", data: "Header\nCHILD,MOTHER,MC_DOB\n222,1,04/01/2025", previous: last, want: []string{"Header 0"}},
	)
}

func TestRule628(t *testing.T) {
	testRule(t, "628",
		ruleCase{name: "mothers looked after, or without care leaver details, pass", data: `Header
CHILD,MOTHER
1,
2,0
3,1
5,1

Episodes
CHILD,DECOM
3,01/01/2026
5,01/01/2026

OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
2,,,
5,YES,,`},
		ruleCase{name: "without the Episodes table nothing is flagged", data: "Header\nCHILD,MOTHER\n0,1\n\nOC3\nCHILD,IN_TOUCH\n0,YES"},
		ruleCase{name: "MOTHER for a care leaver not looked after fires", data: `Header
CHILD,MOTHER
0,1
6,0

Episodes
CHILD,DECOM
3,01/01/2026

OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
0,YES,,B
6,YES,,`, want: []string{"Header 0", "Header 1"}},
	)
}
