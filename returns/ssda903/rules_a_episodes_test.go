package ssda903

import "testing"

func TestRule143(t *testing.T) {
	testRule(t, "143",
		ruleCase{name: "listed codes and blank pass", data: "Episodes\nCHILD,RNE\n1,S\n2,B\n3,"},
		ruleCase{name: "lower case and unlisted codes fire", data: "Episodes\nCHILD,RNE\n1,S\n2,p\n3,SP\n4,a",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule144(t *testing.T) {
	testRule(t, "144",
		ruleCase{name: "listed codes and blank pass", data: "Episodes\nCHILD,LS\n1,C1\n2,J3\n3,V4\n4,"},
		ruleCase{name: "lower case and words fire", data: "Episodes\nCHILD,LS\n1,C1\n2,c1\n3,section 20",
			want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule145(t *testing.T) {
	testRule(t, "145",
		ruleCase{name: "N1 to N8 and blank pass", data: "Episodes\nCHILD,CIN\n1,N1\n2,N8\n3,"},
		ruleCase{name: "other codes fire", data: "Episodes\nCHILD,CIN\n1,N0\n2,N1\n3,N9\n4,n8",
			want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule146(t *testing.T) {
	testRule(t, "146",
		ruleCase{name: "2025/26 codes pass in 2025/26", data: "Episodes\nCHILD,PLACE\n1,P1\n2,Z14\n3,K3\n4,"},
		ruleCase{name: "2024/25 codes pass in 2024/25", year: 2025, data: "Episodes\nCHILD,PLACE\n1,H5\n2,P2\n3,Z1\n4,K3"},
		ruleCase{name: "codes withdrawn in 2025/26 and unknown codes fire", data: "Episodes\nCHILD,PLACE\n1,A2\n2,R4\n3,Z\n4,P1\n5,t3\n6,Z14\n7,H5\n8,P2\n9,Z1",
			want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Episodes 4", "Episodes 6", "Episodes 7", "Episodes 8"}},
		ruleCase{name: "codes not yet in use in 2024/25 fire", year: 2025, data: "Episodes\nCHILD,PLACE\n1,Z11\n2,P1",
			want: []string{"Episodes 0"}},
		ruleCase{name: "2027 uses the 2025/26 list", year: 2027, data: "Episodes\nCHILD,PLACE\n1,Z12\n2,H5", want: []string{"Episodes 1"}},
	)
}

func TestRule147(t *testing.T) {
	testRule(t, "147",
		ruleCase{name: "valid and blank dates pass", data: "Episodes\nCHILD,DEC\n1,01/01/2021\n2,"},
		ruleCase{name: "impossible and short-year dates fire", data: "Episodes\nCHILD,DEC\n1,19/02/2010\n2,38/04/2019\n3,01/01/19",
			want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule148(t *testing.T) {
	testRule(t, "148",
		ruleCase{name: "both or neither pass", data: "Episodes\nCHILD,DECOM,DEC,REC\n333,06/06/2025,07/06/2025,E11\n333,07/06/2025,,"},
		ruleCase{name: "one without the other fires", data: `Episodes
CHILD,DECOM,DEC,REC
111,01/06/2025,04/06/2025,
111,05/06/2025,06/06/2025,X1
111,06/06/2025,,X1
111,08/06/2025,05/06/2025,X1
222,05/06/2025,06/06/2025,
444,15/06/2025,,`, want: []string{"Episodes 0", "Episodes 2", "Episodes 4"}},
	)
}

func TestRule149(t *testing.T) {
	testRule(t, "149",
		ruleCase{name: "listed codes and blank pass", data: "Episodes\nCHILD,REC\n1,E4A\n2,X1\n3,E17\n4,"},
		ruleCase{name: "lower case and unlisted codes fire", data: "Episodes\nCHILD,REC\n1,E4A\n2,E4b\n3,X\n4,E1",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule178(t *testing.T) {
	testRule(t, "178",
		ruleCase{name: "valid providers, and none where the placement has none, pass", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,U1,PR0\n2,T1,\n3,Z11,\n4,,\n5,T4,PR1"},
		ruleCase{name: "2024/25: T4 and Z1 have no provider", year: 2025, data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,U1,PR0\n2,T4,PR1\n3,Z1,PR2\n4,Z11,PR2",
			want: []string{"Episodes 1", "Episodes 2"}},
		ruleCase{name: "invalid codes, and providers for placements without one, fire", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,U1,PR0\n2,T0,PR1\n3,U1,pr4\n4,Z14,PR5\n5,z12,PR5\n6,U2,PR6",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3", "Episodes 5"}},
	)
}
