package ssda903

import "testing"

func TestRule371(t *testing.T) {
	testRule(t, "371",
		ruleCase{name: "supported accommodation from the 16th birthday passes", data: `Header
CHILD,DOB
111,01/01/1998
222,01/02/2000
555,15/03/2000

Episodes
CHILD,DECOM,PLACE
111,01/01/2022,K3
222,01/02/2012,P2
555,15/03/2016,K3
777,01/01/2022,K3`},
		ruleCase{name: "supported accommodation before the 16th birthday fires, open or ended", data: `Header
CHILD,DOB
444,15/01/2010
666,15/03/2000

Episodes
CHILD,DECOM,DEC,PLACE
444,15/01/2025,,K3
666,14/03/2016,25/04/2016,K3`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule372(t *testing.T) {
	testRule(t, "372",
		ruleCase{name: "custody from the 10th birthday passes", data: "Header\nCHILD,DOB\n1,15/03/2000\n2,01/01/2015\n\nEpisodes\nCHILD,DECOM,PLACE\n1,15/03/2010,R5\n2,01/01/2020,P2"},
		ruleCase{name: "custody before the 10th birthday fires", data: "Header\nCHILD,DOB\n1,15/03/2000\n2,15/01/2010\n\nEpisodes\nCHILD,DECOM,PLACE\n1,14/03/2010,R5\n2,15/03/2010,R5",
			want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule373(t *testing.T) {
	testRule(t, "373",
		ruleCase{name: "school from the 4th birthday passes", data: "Header\nCHILD,DOB\n1,15/03/2000\n2,\n\nEpisodes\nCHILD,DECOM,PLACE\n1,15/03/2004,S1\n2,01/01/2020,S1"},
		ruleCase{name: "school before the 4th birthday fires", data: "Header\nCHILD,DOB\n1,15/03/2000\n\nEpisodes\nCHILD,DECOM,PLACE\n1,14/03/2004,S1", want: []string{"Episodes 0"}},
	)
}

func TestRule374(t *testing.T) {
	testRule(t, "374",
		ruleCase{name: "residential employment from the 14th birthday passes", data: "Header\nCHILD,DOB\n1,15/03/2000\n2,15/03/2000\n\nEpisodes\nCHILD,DECOM,PLACE\n1,15/03/2014,P3\n2,,P3"},
		ruleCase{name: "residential employment before the 14th birthday fires", data: "Header\nCHILD,DOB\n1,02/03/2015\n2,15/03/2000\n\nEpisodes\nCHILD,DECOM,PLACE\n1,02/03/2020,P3\n2,14/03/2014,P3",
			want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule375(t *testing.T) {
	testRule(t, "375",
		ruleCase{name: "hospital stays of six weeks or less pass", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/02/2025,14/03/2025,T1\n2,15/03/2025,26/04/2025,T1\n3,01/01/2026,,T1"},
		ruleCase{name: "hospital stays over six weeks fire", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/01/2025,13/02/2025,T1\n2,14/03/2025,25/04/2025,P2\n3,02/03/2025,14/04/2025,T1",
			want: []string{"Episodes 0", "Episodes 2"}},
	)
}

func TestRule376(t *testing.T) {
	testRule(t, "376",
		ruleCase{name: "carers' holiday placements of three weeks or less pass", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/01/2026,22/01/2026,T3\n2,,,T3"},
		ruleCase{name: "carers' holiday placements over three weeks fire", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/02/2026,23/02/2026,T3\n2,14/03/2025,04/04/2025,P2", want: []string{"Episodes 0"}},
	)
}

func TestRule377(t *testing.T) {
	testRule(t, "377",
		ruleCase{name: "two carers' holiday placements a year, or three spread out, pass", data: `Episodes
CHILD,DECOM,PLACE
222,05/06/2025,T3
333,06/06/2025,T3
333,10/06/2025,T3
333,10/06/2025,P3
444,01/06/2024,T3
444,01/03/2025,T3
444,01/06/2025,T3`},
		ruleCase{name: "three within 12 months fire on each", data: `Episodes
CHILD,DECOM,PLACE
111,01/06/2025,T3
111,05/06/2025,P3
111,06/06/2025,T3
111,08/06/2025,T3
6666,11/06/2025,oo
6666,12/06/2025,T3
6666,13/06/2025,T3
6666,14/06/2025,T3
6666,15/06/2025,T3
444,01/06/2024,T3
444,01/03/2025,T3
444,31/05/2025,T3`, want: []string{"Episodes 0", "Episodes 2", "Episodes 3", "Episodes 5", "Episodes 6", "Episodes 7", "Episodes 8", "Episodes 9", "Episodes 10", "Episodes 11"}},
	)
}

func TestRule378(t *testing.T) {
	testRule(t, "378",
		ruleCase{name: "placed with parents on other statuses passes", data: "Episodes\nCHILD,PLACE,LS\n1,P1,C2\n2,A6,V2"},
		ruleCase{name: "placed with parents under single-period s20 fires", data: "Episodes\nCHILD,PLACE,LS\n1,P1,C2\n2,P1,V2", want: []string{"Episodes 1"}},
	)
}

func TestRule379(t *testing.T) {
	testRule(t, "379",
		ruleCase{name: "T4 placements of seven days or less pass", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/01/2026,08/01/2026,T4\n2,14/03/2025,25/03/2025,P2"},
		ruleCase{name: "T4 placements over seven days fire", data: "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/02/2026,09/02/2026,T4\n2,15/03/2025,25/03/2025,T4\n3,15/03/2025,22/03/2025,T4",
			want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule380(t *testing.T) {
	testRule(t, "380",
		ruleCase{name: "temporary placements after a placement change pass", data: "Episodes\nCHILD,RNE,PLACE\n1,S,U1\n2,P,T1\n3,B,T4\n4,,"},
		ruleCase{name: "temporary placements starting care or on a legal status change fire", data: "Episodes\nCHILD,RNE,PLACE\n1,L,T0\n2,S,T2\n3,P,T1", want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule381(t *testing.T) {
	testRule(t, "381",
		ruleCase{name: "temporary placements ending with a new episode, or open, pass", data: "Episodes\nCHILD,REC,PLACE\n1,X1,T3\n2,,T2\n3,E11,U2"},
		ruleCase{name: "temporary placements ending care fire", data: "Episodes\nCHILD,REC,PLACE\n1,E13,T0\n2,X1,T1", want: []string{"Episodes 0"}},
	)
}

func TestRule383(t *testing.T) {
	testRule(t, "383",
		ruleCase{name: "returning to the usual placement after a temporary one passes", data: `Episodes
CHILD,RNE,DECOM,PLACE,PL_POST
222,S,05/06/2025,T1,AB1 0
444,S,08/06/2025,T1,AB1 0
444,S,09/06/2025,P4,AB1 0
444,S,15/06/2025,T1,AB1 0
6666,S,12/06/2025,T1,AB1 0
6666,S,13/06/2025,T1,AB1 0
6666,P,14/06/2025,T1,AB1 0
888,P,01/06/2025,S1,AB1 0
888,P,05/06/2025,T3,CD2 0
888,P,06/06/2025,S1,AB1 0`},
		ruleCase{name: "not returning to it fires", data: `Episodes
CHILD,RNE,DECOM,PLACE,PL_POST
111,S,01/06/2025,S1,AB1 0
111,S,05/06/2025,T1,AB1 0
111,T,06/06/2025,S1,AB1 0
333,S,06/06/2025,S1,AB1 0
333,S,10/06/2025,T1,AB1 0
333,P,12/06/2025,S2,AB1 0
777,P,01/06/2025,S1,AB1 0
777,S,05/06/2025,T1,CD2 0
777,P,06/06/2025,S1,EF3 0`, want: []string{"Episodes 2", "Episodes 5", "Episodes 8"}},
	)
}

func TestRule390(t *testing.T) {
	testRule(t, "390",
		ruleCase{name: "adopted from a placement for adoption passes", data: "Episodes\nCHILD,PLACE,REC\n1,A4,E12\n2,A5,E11\n3,A6,x"},
		ruleCase{name: "adopted from another placement fires", data: "Episodes\nCHILD,PLACE,REC\n1,P1,E11\n2,A4,E12\n3,P1,E12", want: []string{"Episodes 0", "Episodes 2"}},
	)
}

func TestRule392b(t *testing.T) {
	testRule(t, "392b",
		ruleCase{name: "postcodes given, respite, or UASC pass", data: `Episodes
CHILD,LS,HOME_POST,PL_POST
111,L1,XX1,XX1
222,V3,,XX1
333,V4,,
444,L1,XX1,

UASC
CHILD,DUC
444,01/01/2026`},
		ruleCase{name: "a missing postcode fires", data: `Episodes
CHILD,LS,HOME_POST,PL_POST
222,L1,XX1,
222,V3,,XX1
333,L1,,XX1
345,C2,,

UASC
CHILD,DUC
999,`, want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
		ruleCase{name: "children UASC last year pass when last year is given", data: `Episodes
CHILD,LS,HOME_POST,PL_POST
222,L1,XX1,
333,L1,,XX1`, previous: "UASC\nCHILD,DUC\n222,01/01/2025", want: []string{"Episodes 1"}},
	)
}

func TestRule392d(t *testing.T) {
	testRule(t, "392d",
		ruleCase{name: "different postcodes, or placed with parents, pass", data: "Episodes\nCHILD,PLACE,HOME_POST,PL_POST\n1,P1,BN20,BN20\n2,P2,BN20,BN21\n3,P2,,"},
		ruleCase{name: "the same postcode away from parents fires", data: "Episodes\nCHILD,PLACE,HOME_POST,PL_POST\n1,P2,BN20,BN20\n2,P1,BN20,BN20", want: []string{"Episodes 0"}},
	)
}

func TestRule408(t *testing.T) {
	testRule(t, "408",
		ruleCase{name: "placed for adoption under a placement order passes", data: "Episodes\nCHILD,PLACE,LS\n1,A6,E1\n2,U2,\n3,A4,C2"},
		ruleCase{name: "placed for adoption without one fires", data: "Episodes\nCHILD,PLACE,LS\n1,A5,C2\n2,A6,E1\n3,A6,V2\n4,A5,", want: []string{"Episodes 0", "Episodes 2", "Episodes 3"}},
	)
}
