package ssda903

import "testing"

func TestRule101(t *testing.T) {
	testRule(t, "101",
		ruleCase{name: "the 2024/25 codes pass", data: "Header\nCHILD,SEX\n1,M\n2,F\n3,U"},
		ruleCase{name: "old numeric codes, others and blanks fire", data: "Header\nCHILD,SEX\n1,1\n2,M\n3,X\n4,", want: []string{"Header 0", "Header 2", "Header 3"}},
	)
}

func TestRule102(t *testing.T) {
	testRule(t, "102",
		ruleCase{name: "valid dates pass", data: "Header\nCHILD,DOB\n1,01/01/2010\n2,29/02/2012"},
		ruleCase{name: "invalid, impossible and blank dates fire", data: "Header\nCHILD,DOB\n1,2010-01-01\n2,29/02/2011\n3,\n4,31/12/2009",
			want: []string{"Header 0", "Header 1", "Header 2"}},
	)
}

func TestRule103(t *testing.T) {
	testRule(t, "103",
		ruleCase{name: "listed codes pass", data: "Header\nCHILD,ETHNIC\n1,WBRI\n2,NOBT"},
		ruleCase{name: "unknown or blank codes fire", data: "Header\nCHILD,ETHNIC\n1,WBRI\n2,wbri\n3,", want: []string{"Header 1", "Header 2"}},
	)
}
