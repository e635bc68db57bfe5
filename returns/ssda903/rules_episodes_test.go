package ssda903

import "testing"

func TestRule141(t *testing.T) {
	testRule(t, "141",
		ruleCase{name: "valid start dates pass", data: "Episodes\nCHILD,DECOM\n1,01/04/2025"},
		ruleCase{name: "blank and invalid start dates fire", data: "Episodes\nCHILD,DECOM\n1,01/04/2025\n2,\n3,31/04/2025", want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule142(t *testing.T) {
	testRule(t, "142",
		ruleCase{name: "ended earlier episodes and an open latest pass", data: `Episodes
CHILD,DECOM,DEC,REC
1,01/06/2025,04/06/2025,X1
1,04/06/2025,,
2,05/06/2025,,`},
		ruleCase{name: "an earlier episode without DEC or REC fires", data: `Episodes
CHILD,DECOM,DEC,REC
1,05/06/2025,06/06/2025,
1,01/06/2025,05/06/2025,X1
1,06/06/2025,,
2,06/06/2025,,E11
2,07/06/2025,,
3,31/06/2025,,
3,,,`, want: []string{"Episodes 0", "Episodes 3"}},
	)
}
