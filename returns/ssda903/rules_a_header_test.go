package ssda903

import "testing"

func TestRule165(t *testing.T) {
	// Year 2025/26: 1 April 2025 to 31 March 2026. Child 105's episodes are all before the year, 110 has
	// only a short break in the year, 111 only short breaks.
	episodes := `Episodes
CHILD,DECOM,DEC,LS
101,01/01/2025,01/05/2025,C2
102,11/01/2025,11/05/2025,C2
103,30/03/2025,30/05/2025,C2
104,01/01/2025,01/05/2025,C2
105,25/03/2024,25/03/2025,C2
106,01/01/2025,,C2
107,11/01/2025,11/05/2025,C2
108,22/01/2025,22/05/2025,C2
109,25/03/2024,25/03/2025,C2
110,01/01/2025,01/05/2025,V3
110,01/11/2023,01/11/2024,C2
111,01/11/2025,01/11/2025,V3`
	testRule(t, "165",
		ruleCase{name: "valid statuses pass", data: episodes + `

Header
CHILD,SEX,MOTHER
101,M,
102,F,0
103,F,0
104,F,1
105,F,
106,U,
110,F,1
111,F,
112,F,

OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
105,YES,F1,B1
110,,,`},
		ruleCase{name: "invalid, male, missing and care-leaver statuses fire on Header and OC3", data: episodes + `

Header
CHILD,SEX,MOTHER
101,M,
105,F,
106,F,2
107,M,1
108,F,
109,F,1

OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
105,YES,F1,B1
106,,,
108,YES,F1,
109,,,B1`, want: []string{"Header 2", "OC3 1", "Header 3", "Header 4", "OC3 2", "Header 5", "OC3 3"}},
	)
}

func TestRule168(t *testing.T) {
	testRule(t, "168",
		ruleCase{name: "well-formed UPNs, unknown codes and blank pass", data: "Header\nCHILD,UPN\n1,UN3\n2,UN5\n3,X06805040829A\n4,L086819786126\n5,N075491517151\n6,"},
		ruleCase{name: "badly formed UPNs fire", data: "Header\nCHILD,UPN\n1,UN3\n2,E07295962325C1556\n3,UN7\n4,UPN3sDSG\n5,5035247309594\n6,K06014812931\n7,J000947841350156\n8,M0940709\n9,I072272729588\n10,S074885779408\n11,x06805040829A\n12,Z041674136429",
			want: []string{"Header 1", "Header 2", "Header 3", "Header 4", "Header 5", "Header 6", "Header 7", "Header 8", "Header 9", "Header 10"}},
	)
}

func TestRule171(t *testing.T) {
	testRule(t, "171",
		ruleCase{name: "valid and blank dates pass", data: "Header\nCHILD,MC_DOB\n1,01/01/2021\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "Header\nCHILD,MC_DOB\n1,19/02/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"Header 1", "Header 2"}},
	)
}

func TestRule174(t *testing.T) {
	testRule(t, "174",
		ruleCase{name: "a mother's child's birth date for a girl passes", data: "Header\nCHILD,SEX,MC_DOB\n1,M,\n2,F,\n3,F,19/02/2024\n4,U,19/02/2024"},
		ruleCase{name: "a mother's child's birth date for a boy fires", data: "Header\nCHILD,SEX,MC_DOB\n1,M,\n2,M,19/02/2024\n3,F,19/02/2024\n4,M,not a date",
			want: []string{"Header 1", "Header 3"}},
	)
}

func TestRule209(t *testing.T) {
	// For 2025/26 the day is 31 August 2024: a child born on or before 31 August 2020 is of school age.
	testRule(t, "209",
		ruleCase{name: "UN1 below school age, or other codes, pass", data: "Header\nCHILD,UPN,DOB\n101,,01/01/2020\n102,H801200001001,11/11/2020\n104,UN2,11/11/2015\n106,UN1,01/09/2020\n107,UN1,"},
		ruleCase{name: "UN1 at school age fires", data: "Header\nCHILD,UPN,DOB\n103,UN1,03/10/2015\n106,UN1,31/08/2020\n107,UN1,01/09/2020",
			want: []string{"Header 0", "Header 1"}},
		ruleCase{name: "2026/27 counts from 31 August 2025", year: 2027, data: "Header\nCHILD,UPN,DOB\n1,UN1,31/08/2021\n2,UN1,01/09/2021",
			want: []string{"Header 0"}},
	)
}

func TestRule210(t *testing.T) {
	// 2025/26: newly looked after means a period of care that began on or after 24 March 2026.
	episodes := `Episodes
CHILD,DECOM,DEC,REC
111,24/03/2026,,
222,01/01/2026,25/03/2026,X1
222,25/03/2026,,
333,01/01/2026,20/03/2026,E11
333,25/03/2026,,
444,01/01/2026,10/03/2026,E11
555,01/01/2026,,
666,23/03/2026,,`
	testRule(t, "210",
		ruleCase{name: "UN4 for the newly looked after, or a child not in care on 31 March, passes", data: episodes + `

Header
CHILD,UPN
111,UN4
333,UN4
444,UN4
555,UN3
777,UN4`},
		ruleCase{name: "UN4 for a child looked after for more than a week fires", data: episodes + `

Header
CHILD,UPN
222,UN4
555,UN4
666,UN4`, want: []string{"Header 0", "Episodes 1", "Header 1", "Episodes 6", "Header 2", "Episodes 7"}},
		ruleCase{name: "2026/27 counts from 24 March 2027", year: 2027, data: "Episodes\nCHILD,DECOM\n1,23/03/2027\n2,24/03/2027\n\nHeader\nCHILD,UPN\n1,UN4\n2,UN4",
			want: []string{"Header 0", "Episodes 0"}},
	)
}

func TestRule231(t *testing.T) {
	// 2025/26 ends on 31 March 2026: a child born after 31 March 2015 is under 11 then.
	testRule(t, "231",
		ruleCase{name: "UASC children 11 or over, and younger children not UASC, pass", data: "Header\nCHILD,DOB\n1,31/03/2015\n2,01/04/2015\n3,\n\nUASC\nCHILD,DUC\n1,\n3,"},
		ruleCase{name: "a UASC child under 11 fires", data: "Header\nCHILD,DOB\n1,31/03/2015\n2,01/04/2015\n3,01/01/2020\n\nUASC\nCHILD,DUC\n1,\n2,\n3,01/01/2026",
			want: []string{"Header 1", "Header 2"}},
		ruleCase{name: "2026/27 ends on 31 March 2027", year: 2027, data: "Header\nCHILD,DOB\n1,31/03/2016\n2,01/04/2016\n\nUASC\nCHILD,DUC\n1,\n2,",
			want: []string{"Header 1"}},
	)
}

func TestRule232(t *testing.T) {
	testRule(t, "232",
		ruleCase{name: "a known sex passes", data: "Header\nCHILD,SEX\n1,M\n2,F\n3,"},
		ruleCase{name: "unknown sex fires", data: "Header\nCHILD,SEX\n1,U\n2,u\n3,M", want: []string{"Header 0", "Header 1"}},
	)
}
