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

func TestRule213(t *testing.T) {
	testRule(t, "213",
		ruleCase{name: "providers only for placements that have them pass", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,T0,\n2,U6,\n3,U1,PR3\n4,P1,PR0\n5,,\n6,Z11,"},
		ruleCase{name: "providers for temporary and Z1x placements fire", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,T0,\n2,T2,PR2\n3,T3,PR1\n4,Z13,value\n5,Z14,PR6\n6,U1,PR3",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3", "Episodes 4"}},
		ruleCase{name: "2024/25: only temporary placements", year: 2025, data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,Z1,PR1\n2,T4,PR1",
			want: []string{"Episodes 1"}},
	)
}

func TestRule214(t *testing.T) {
	testRule(t, "214",
		ruleCase{name: "location for placements, none for short breaks, passes", data: "Episodes\nCHILD,LS,PL_POST,URN\n1,C2,M2 3RT,SC045099\n2,V3,,\n3,J1,,SC045099"},
		ruleCase{name: "a postcode or URN for a short break fires", data: "Episodes\nCHILD,LS,PL_POST,URN\n1,V3,M2 3RT,XXXXXX\n2,C2,M2 3RT,SC045099\n3,V4,M2 3RT,\n4,V4,,SC045099\n5,V3,,",
			want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule217(t *testing.T) {
	testRule(t, "217",
		ruleCase{name: "S, T or U, other placements, or before April 2015 pass", data: "Episodes\nCHILD,PLACE,DECOM,RNE\n1,A3,01/04/2015,S\n2,A5,31/12/2015,T\n3,A3,20/01/2016,U\n4,,,\n5,U1,01/10/2017,P\n6,A5,31/03/2015,P"},
		ruleCase{name: "other reasons from April 2015 fire", data: "Episodes\nCHILD,PLACE,DECOM,RNE\n1,A3,01/04/2015,S\n2,A3,20/02/2016,P\n3,A5,01/04/2015,L\n4,A5,01/01/2026,",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule222(t *testing.T) {
	testRule(t, "222",
		ruleCase{name: "URNs only for registered placements pass", data: "Episodes\nCHILD,PLACE,URN\n1,K2,SC045099\n2,U1,1234567\n3,T1,\n4,R1,XXXXXXX"},
		ruleCase{name: "URNs for unregistered placements fire", data: "Episodes\nCHILD,PLACE,URN\n1,K2,SC045099\n2,R1,SC045099\n3,T2,1234567\n4,Z12,1234567\n5,Z1,1234567",
			want: []string{"Episodes 1", "Episodes 2", "Episodes 3"}},
		ruleCase{name: "2024/25 lists Z1", year: 2025, data: "Episodes\nCHILD,PLACE,URN\n1,Z1,1234567\n2,P2,1234567", want: []string{"Episodes 0"}},
	)
}

func TestRule225(t *testing.T) {
	testRule(t, "225",
		ruleCase{name: "a reason given, or a temporary or non-placement change, passes", data: `Episodes
CHILD,DECOM,RNE,REC,PLACE,REASON_PLACE_CHANGE
333,06/06/2025,T,X1,U1,CARPL
333,07/06/2025,P,X1,U2,
333,08/06/2025,L,E3,U2,
444,09/06/2025,U,X1,T1,
444,15/06/2025,P,X1,U1,
444,16/06/2025,P,E3,T3,
666,17/06/2025,P,,T4,`},
		ruleCase{name: "a placement change with no reason fires", data: `Episodes
CHILD,DECOM,RNE,REC,PLACE,REASON_PLACE_CHANGE
111,01/06/2025,P,X1,U1,
111,05/06/2025,P,E11,U2,
111,06/06/2025,B,E3,U3,
123,10/06/2025,P,E3,U2,
123,08/06/2025,P,X1,U1,`, want: []string{"Episodes 0", "Episodes 4"}},
	)
}

func TestRule226(t *testing.T) {
	testRule(t, "226",
		ruleCase{name: "no reason on or before a temporary placement passes", data: `Episodes
CHILD,DECOM,PLACE,REASON_PLACE_CHANGE
123,01/01/2026,U1,
123,11/01/2026,U2,
333,01/01/2026,T2,
333,22/01/2026,U2,CARPL
333,11/01/2026,U1,
444,01/01/2026,T3,
666,01/01/2026,T4,`},
		ruleCase{name: "a reason on a temporary placement or the one before fires", data: `Episodes
CHILD,DECOM,PLACE,REASON_PLACE_CHANGE
111,01/01/2026,U1,CARPL
111,11/01/2026,T1,
111,22/01/2026,U2,
444,22/01/2026,T1,CARPL
444,11/01/2026,U2,
444,01/01/2026,T3,`, want: []string{"Episodes 1", "Episodes 3"}},
	)
}

func TestRule233(t *testing.T) {
	testRule(t, "233",
		ruleCase{name: "a reason on an ended episode, or none on an open one, passes", data: "Episodes\nCHILD,DEC,REASON_PLACE_CHANGE\n1,01/01/2026,\n2,,\n3,01/01/2026,CARPL"},
		ruleCase{name: "a reason on an open episode fires", data: "Episodes\nCHILD,DEC,REASON_PLACE_CHANGE\n1,01/01/2026,\n2,,\n3,,CARPL\n4,01/01/2026,CARPL",
			want: []string{"Episodes 2"}},
	)
}

func TestRule234(t *testing.T) {
	header := "Header\nCHILD,DOB\n1,01/01/2016\n2,01/01/2016\n3,01/01/2016\n4,\n"
	testRule(t, "234",
		ruleCase{name: "custody at 10 or over, or other reasons, pass", data: header + `
Episodes
CHILD,DECOM,DEC,REASON_PLACE_CHANGE
1,01/06/2025,01/01/2026,CUSTOD
2,01/06/2025,01/01/2026,CARPL
3,01/01/2026,,CUSTOD
4,01/06/2025,01/07/2025,CUSTOD
5,01/06/2025,01/07/2025,CUSTOD`},
		ruleCase{name: "custody under 10 fires", data: header + `
Episodes
CHILD,DECOM,DEC,REASON_PLACE_CHANGE
1,01/06/2025,31/12/2025,CUSTOD
2,01/06/2025,01/01/2026,CUSTOD
3,31/12/2025,,CUSTOD`, want: []string{"Episodes 0", "Episodes 2"}},
	)
}
