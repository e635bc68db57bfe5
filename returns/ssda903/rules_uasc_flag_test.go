package ssda903

import "testing"

// The UASC flag is the XML form's; a Header block with a UASC column gives it (see textReturn).

func TestRule105(t *testing.T) {
	testRule(t, "105",
		ruleCase{name: "flags 0 and 1 pass, and a CSV return without the flag", data: "Header\nCHILD,UASC\n1,0\n2,1\n\nUASC\nCHILD,DUC\n2,01/05/2025"},
		ruleCase{name: "a blank or other flag fires", data: "Header\nCHILD,UASC\n1,0\n2,\n3,Y", want: []string{"Header 1", "Header 2"}},
	)
}

func TestRule303(t *testing.T) {
	testRule(t, "303",
		ruleCase{name: "a ceased date with the flag 1 passes", data: "Header\nCHILD,UASC\n1,1\n\nUASC\nCHILD,DUC\n1,01/05/2025"},
		ruleCase{name: "a ceased date with the flag 0 fires", data: "Header\nCHILD,UASC\n1,0\n2,0\n\nUASC\nCHILD,DUC\n1,01/05/2025\n2,", want: []string{"Header 0"}},
	)
}

func TestRule205C(t *testing.T) {
	const last = "Header\nCHILD,UASC\n1,1\n2,0\n3,0\n\nUASC\nCHILD,DUC\n1,01/05/2024\n3,01/06/2024"
	testRule(t, "205C",
		ruleCase{name: "a child who was a UASC last year, or has no ceased date, passes",
			data: "Header\nCHILD,UASC\n1,0\n2,0\n\nUASC\nCHILD,DUC\n1,01/05/2024\n2,", previous: last},
		ruleCase{name: "a ceased date for a child flagged a UASC in neither year fires",
			data: "Header\nCHILD,UASC\n1,0\n3,0\n\nUASC\nCHILD,DUC\n1,01/05/2024\n3,", previous: last, want: []string{"Header 1", "UASC 1"}},
	)
}
