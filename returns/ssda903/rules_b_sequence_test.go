package ssda903

import "testing"

func TestRule388(t *testing.T) {
	testRule(t, "388",
		ruleCase{name: "X1 followed by a same-day episode, other reasons ending care, pass", data: `Episodes
CHILD,DECOM,DEC,REC
111,05/06/2025,06/06/2025,X1
111,06/06/2025,08/06/2025,E11
222,05/06/2025,06/06/2025,
444,08/06/2025,09/06/2025,X1
444,09/06/2025,10/06/2025,E11
444,15/06/2025,,
999,31/06/2025,,
123,,,`},
		ruleCase{name: "X1 without a same-day episode, or another reason with one, fires", data: `Episodes
CHILD,DECOM,DEC,REC
111,01/06/2025,04/06/2025,X1
111,05/06/2025,06/06/2025,X1
111,06/06/2025,08/06/2025,X1
333,06/06/2025,07/06/2025,E11
333,07/06/2025,,
555,11/06/2025,12/06/2025,X1`, want: []string{"Episodes 0", "Episodes 2", "Episodes 3", "Episodes 5"}},
	)
}

func TestRule431(t *testing.T) {
	testRule(t, "431",
		ruleCase{name: "a new period of care after the last one ended passes", data: `Episodes
CHILD,RNE,DECOM,DEC
111,S,01/06/2025,04/06/2025
111,S,05/06/2025,
333,S,06/06/2025,07/06/2025
333,P,07/06/2025,`},
		ruleCase{name: "a new period of care starting the day the last ended, or before, fires", data: `Episodes
CHILD,RNE,DECOM,DEC
444,S,08/06/2025,09/06/2025
444,S,09/06/2025,10/06/2025
6666,S,12/06/2025,14/06/2025
6666,S,13/06/2025,`, want: []string{"Episodes 1", "Episodes 3"}},
	)
}

func TestRule432(t *testing.T) {
	testRule(t, "432",
		ruleCase{name: "a new period of care after care ended passes", data: `Episodes
CHILD,RNE,DECOM,REC
111,S,01/06/2025,E3
111,S,08/06/2025,
333,B,06/06/2025,X1
333,U,10/06/2025,`},
		ruleCase{name: "a continuation after care ended fires", data: `Episodes
CHILD,RNE,DECOM,REC
111,P,01/06/2025,E2
111,P,05/06/2025,E3
111,T,06/06/2025,X1
444,S,09/06/2025,E4A
444,T,15/06/2025,`, want: []string{"Episodes 1", "Episodes 2", "Episodes 4"}},
	)
}

func TestRule433(t *testing.T) {
	testRule(t, "433",
		ruleCase{name: "continuations starting the day the last ended pass", data: `Episodes
CHILD,DECOM,RNE,DEC
101,20/10/2025,S,20/11/2025
102,19/11/2025,P,
102,17/06/2025,P,19/11/2025`},
		ruleCase{name: "continuations starting another day fire", data: `Episodes
CHILD,DECOM,RNE,DEC
103,04/04/2025,B,12/09/2025
103,11/09/2025,B,06/05/2026
103,07/05/2026,T,
104,01/05/2025,S,
104,01/06/2025,L,`, want: []string{"Episodes 1", "Episodes 2", "Episodes 4"}},
	)
}

func TestRule434(t *testing.T) {
	testRule(t, "434",
		ruleCase{name: "L with only the legal status changed passes", data: `Episodes
CHILD,DECOM,RNE,LS,PL_POST,URN
111,01/04/2025,L,C2,ooo,SC1
222,01/04/2025,L,C1,ppp,
222,01/05/2025,L,C2,ppp,
333,01/03/2025,P,C1,---,
333,01/04/2025,L,C2,---,`},
		ruleCase{name: "L with the same legal status or a new placement fires", data: `Episodes
CHILD,DECOM,RNE,LS,PL_POST,URN
111,01/02/2025,P,C2,ooo,SC1
111,01/12/2025,L,C2,ooo,SC1
222,01/02/2025,L,C1,ppp,SC1
222,01/03/2025,L,C2,ppp,SC2
222,01/04/2025,L,E1,qqq,SC2`, want: []string{"Episodes 1", "Episodes 3", "Episodes 4"}},
	)
}

func TestRule435(t *testing.T) {
	testRule(t, "435",
		ruleCase{name: "P with only the placement changed passes", data: `Episodes
CHILD,DECOM,RNE,LS,PL_POST,URN,PLACE,PLACE_PROVIDER
111,01/06/2025,P,C2,XX1,SC1,R1,PR1
111,03/06/2025,P,C2,XX3,SC1,R1,PR1
222,07/06/2025,S,C2,XX1,SC1,R1,PR4
222,08/06/2025,T,C2,XX1,SC1,R1,PR1`},
		ruleCase{name: "P with nothing changed or the legal status changed fires", data: `Episodes
CHILD,DECOM,RNE,LS,PL_POST,URN,PLACE,PLACE_PROVIDER
111,03/06/2025,P,C2,XX3,SC1,R1,PR1
111,04/06/2025,P,C2,XX3,SC1,R1,PR1
222,08/06/2025,P,C2,XX1,SC1,R1,PR1
222,09/06/2025,P,L3,XX1,SC1,R2,PR1`, want: []string{"Episodes 1", "Episodes 3"}},
	)
}

func TestRule436(t *testing.T) {
	testRule(t, "436",
		ruleCase{name: "U or B with both changed passes", data: `Episodes
CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
11,03/06/2025,P,C2,U1,X1,R,PR1
11,05/06/2025,U,C1,U1,X1,a,PR1
22,05/06/2025,U,C2,,X1,a,PR1
33,06/06/2025,P,C2,K2,X1,a,PR1
33,07/06/2025,B,,,X1,a,PR1`},
		ruleCase{name: "U or B with the same legal status or the same placement fires", data: `Episodes
CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
11,05/06/2025,U,C1,U1,X1,a,PR1
11,06/06/2025,B,C2,U1,X1,a,PR1
44,08/06/2025,T,C2,U1,X1,a,PR1
44,09/06/2025,B,C2,K2,X1,a,PR1
44,15/06/2025,B,C2,,X1,a,PR1`, want: []string{"Episodes 1", "Episodes 3", "Episodes 4"}},
	)
}

func TestRule437(t *testing.T) {
	testRule(t, "437",
		ruleCase{name: "death or 18 ending the last episode passes", data: `Episodes
CHILD,DECOM,REC
101,20/10/2025,E2
102,17/06/2025,X1
102,19/11/2025,E15
105,,E2
105,20/12/2025,X1`},
		ruleCase{name: "an episode after death or 18 fires", data: `Episodes
CHILD,DECOM,REC
103,04/04/2025,X1
103,11/09/2025,E15
103,07/05/2026,
104,15/02/2025,E2
104,,`, want: []string{"Episodes 1", "Episodes 3"}},
	)
}
