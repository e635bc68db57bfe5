package ssda903

import "testing"

func TestRule166(t *testing.T) {
	testRule(t, "166",
		ruleCase{name: "valid dates pass", data: "Reviews\nCHILD,REVIEW\n1,01/01/2026\n2,19/02/2026"},
		ruleCase{name: "invalid and blank dates fire", data: "Reviews\nCHILD,REVIEW\n1,01/01/2026\n2,38/04/2025\n3,01/01/25\n4,",
			want: []string{"Reviews 1", "Reviews 2", "Reviews 3"}},
	)
}

func TestRule167(t *testing.T) {
	testRule(t, "167",
		ruleCase{name: "a review with a code, or neither, passes", data: "Reviews\nCHILD,REVIEW,REVIEW_CODE\n1,12/12/2025,PN3\n2,01/01/2026,PN0\n3,,"},
		ruleCase{name: "a bad or missing code, or a code without a review, fires", data: "Reviews\nCHILD,REVIEW,REVIEW_CODE\n1,01/02/2026,pr0\n2,31/03/2026,child too young\n3,12/12/2025,PN3\n4,05/07/2025,\n5,,PN1\n6,01/01/2026,PN8",
			want: []string{"Reviews 0", "Reviews 1", "Reviews 3", "Reviews 4", "Reviews 5"}},
	)
}
