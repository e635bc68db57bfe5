package ssda903

import "testing"

func TestRule104(t *testing.T) {
	testRule(t, "104",
		ruleCase{name: "dates in the year and blanks pass", data: "UASC\nCHILD,DUC\n1,01/04/2025\n2,31/03/2026\n3,"},
		ruleCase{name: "invalid dates and dates before the year fire", data: "UASC\nCHILD,DUC\n1,31/03/2025\n2,19/02/2026\n3,INVALID/DATE\n4,31/02/2026",
			want: []string{"UASC 0", "UASC 2", "UASC 3"}},
		ruleCase{name: "2026/27 begins on 1 April 2026", year: 2027, data: "UASC\nCHILD,DUC\n1,31/03/2026\n2,01/04/2026",
			want: []string{"UASC 0"}},
	)
}
