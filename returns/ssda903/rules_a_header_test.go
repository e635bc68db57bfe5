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
