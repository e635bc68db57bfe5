package ssda903

import "testing"

func TestRule385(t *testing.T) {
	testRule(t, "385",
		ruleCase{name: "episodes ending by the year end pass", data: "Episodes\nCHILD,DEC\n1,31/03/2026\n2,\n3,Tuesday 33st"},
		ruleCase{name: "episodes ending after the year end fire", data: "Episodes\nCHILD,DEC\n1,14/03/2026\n2,01/04/2026\n3,08/09/2026", want: []string{"Episodes 1", "Episodes 2"}},
		ruleCase{name: "the year end is that of the collection year", year: 2025, data: "Episodes\nCHILD,DEC\n1,31/03/2025\n2,01/04/2025", want: []string{"Episodes 1"}},
	)
}

func TestRule386(t *testing.T) {
	testRule(t, "386",
		ruleCase{name: "adopted before the 18th birthday passes", data: `Header
CHILD,DOB
101,16/03/2020
102,23/09/2007
104,01/02/2003

Episodes
CHILD,REC,DEC
101,E11,15/03/2026
102,E12,22/09/2025
101,X1,20/03/2025
104,E11,`},
		ruleCase{name: "adopted on or after the 18th birthday fires", data: `Header
CHILD,DOB
102,23/09/2007
103,31/12/2000

Episodes
CHILD,REC,DEC
102,E12,23/09/2025
103,E11,23/08/2025`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule387(t *testing.T) {
	testRule(t, "387",
		ruleCase{name: "independent living from the 14th birthday passes", data: `Header
CHILD,DOB
101,16/03/2012
104,31/12/2014

Episodes
CHILD,REC,DEC
101,E5,16/03/2026
101,X1,20/03/2025
104,E5,19XX/33rd
105,E6,01/01/2026`},
		ruleCase{name: "independent living before the 14th birthday fires", data: `Header
CHILD,DOB
101,16/03/2012
103,31/12/2014

Episodes
CHILD,REC,DEC
101,E6,15/03/2026
103,E6,23/08/2025`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule389(t *testing.T) {
	testRule(t, "389",
		ruleCase{name: "adult social care from the 16th birthday passes", data: "Header\nCHILD,DOB\n101,16/03/2010\n102,23/09/2002\n\nEpisodes\nCHILD,REC,DEC\n101,E7,16/03/2026\n102,E7,17/06/2025\n101,X1,20/03/2025"},
		ruleCase{name: "adult social care before the 16th birthday fires", data: "Header\nCHILD,DOB\n101,16/03/2010\n103,31/12/2014\n\nEpisodes\nCHILD,REC,DEC\n101,E7,15/03/2026\n103,E7,23/08/2025",
			want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule407(t *testing.T) {
	testRule(t, "407",
		ruleCase{name: "special guardianship by the 18th birthday passes", data: `Header
CHILD,DOB
101,01/01/2008
105,03/01/2008
111,25/01/2002
112,

Episodes
CHILD,DEC,REC
101,01/01/2026,E45
105,03/04/2025,E48
111,,E45
112,25/01/2026,E46`},
		ruleCase{name: "special guardianship after the 18th birthday fires, the Header row once", data: `Header
CHILD,DOB
104,01/01/2007
108,11/01/2002

Episodes
CHILD,DEC,REC
104,02/01/2025,E46
104,03/01/2026,E47
108,11/02/2020,E48`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Header 0", "Header 1"}},
	)
}

func TestRule440(t *testing.T) {
	testRule(t, "440",
		ruleCase{name: "PN0 up to the 4th birthday passes", data: "Reviews\nCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2022,01/01/2026,PN0\n2,01/01/2023,01/01/2026,PN0\n3,01/01/2021,,PN0\n4,01/01/2014,01/01/2026,PN1"},
		ruleCase{name: "PN0 after the 4th birthday fires", data: "Reviews\nCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2022,02/01/2026,PN0\n2,01/01/2010,01/01/2026,PN0", want: []string{"Reviews 0", "Reviews 1"}},
	)
}

func TestRule441(t *testing.T) {
	testRule(t, "441",
		ruleCase{name: "PN1 to PN7 from the 4th birthday pass", data: "Reviews\nCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2022,01/01/2026,PN1\n2,01/01/2007,,PN3\n3,01/06/2022,01/01/2026,PN0"},
		ruleCase{name: "PN1 to PN7 before the 4th birthday fire", data: "Reviews\nCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2022,31/12/2025,PN4\n2,01/01/2023,01/01/2026,PN7\n3,01/01/2010,01/01/2026,PN5",
			want: []string{"Reviews 0", "Reviews 1"}},
	)
}

func TestRule446(t *testing.T) {
	testRule(t, "446",
		ruleCase{name: "E1 from December 2005 passes", data: "Episodes\nCHILD,LS,DECOM\n1,E1,01/12/2005\n2,E1,15/05/2012\n3,E1,\n4,C1,20/02/2005"},
		ruleCase{name: "E1 before December 2005 fires", data: "Episodes\nCHILD,LS,DECOM\n1,E1,20/09/2004\n2,E1,30/11/2005\n3,E1,01/12/2005", want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule460(t *testing.T) {
	testRule(t, "460",
		ruleCase{name: "staying put from the 18th birthday passes", data: "Header\nCHILD,DOB\n101,16/03/2007\n104,\n\nEpisodes\nCHILD,REC,DEC\n101,E17,16/03/2025\n101,X1,20/03/2025\n104,E17,23/08/2025"},
		ruleCase{name: "staying put before the 18th birthday fires", data: "Header\nCHILD,DOB\n102,23/09/2007\n\nEpisodes\nCHILD,REC,DEC\n102,E17,17/06/2025", want: []string{"Episodes 0"}},
	)
}
