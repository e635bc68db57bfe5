package ssda903

import "testing"

func TestRule1000(t *testing.T) {
	testRule(t, "1000",
		ruleCase{name: "care leavers who did not die in care pass", data: "OC3\nCHILD\n101\n104\n\nEpisodes\nCHILD,REC\n104,X1\n101,E4A"},
		ruleCase{name: "died in care this year fires", data: "OC3\nCHILD\n101\n105\n\nEpisodes\nCHILD,REC\n104,X1\n105,E2", want: []string{"OC3 1"}},
		ruleCase{name: "died in care last year fires when last year is given", data: "OC3\nCHILD\n101\n102\n103\n104\n105\n\nEpisodes\nCHILD,REC\n104,X1\n105,E2",
			previous: "Episodes\nCHILD,REC\n101,X1\n101,\n102,\n102,E2\n103,E4A", want: []string{"OC3 1", "OC3 4"}},
	)
}

// The returns of rule 1001's cases: a year ending 31 March 2026 (the DfE's test, moved on 8 years and 6
// months), every child born 1 July 2008. Days of care since the 14th birthday (1 July 2022) and since the
// 16th (1 July 2024) are noted by each child.
const (
	rule1001Header = `Header
CHILD,DOB
1111,01/07/2008
2222,01/07/2008
3333,01/07/2008
4444,01/07/2008
6006,01/07/2008
7777,01/07/2008
8888,01/07/2008
9999,01/07/2008
1010,01/07/2005`
	rule1001Last = `Episodes
CHILD,LS,DECOM,DEC,REC
1111,C2,01/07/2022,01/08/2022,X1
2222,C2,01/07/2018,01/08/2022,X1
2222,C2,01/07/2018,,X1
3333,C2,01/07/2018,01/09/2022,X1
6006,C2,01/07/2022,01/08/2022,X1
8888,C2,01/07/2022,01/08/2022,X1
9999,C2,01/07/2018,01/11/2020,X1`
)

func TestRule1001(t *testing.T) {
	testRule(t, "1001",
		ruleCase{name: "relevant and former relevant children pass", data: rule1001Header + `

OC3
CHILD,IN_TOUCH
1111,YES
4444,YES
9999,YES
1010,YES

Episodes
CHILD,LS,DECOM,DEC,REC
1111,C2,01/08/2023,01/12/2023,X1
1111,C2,01/07/2024,01/08/2024,E8
4444,C2,01/07/2024,01/08/2024,X1
4444,C2,25/03/2025,01/07/2025,E8
9999,C2,01/12/2025,,`, previous: rule1001Last},
		ruleCase{name: "too little care after 14 or none after 16, respite, or adopted, fires", data: rule1001Header + `

OC3
CHILD,IN_TOUCH
2222,YES
3333,YES
6006,YES
7777,YES
8888,YES
5555,YES

Episodes
CHILD,LS,DECOM,DEC,REC
2222,C2,25/06/2024,01/08/2024,E8
3333,C2,25/06/2024,04/07/2024,E8
6006,C2,01/08/2023,01/02/2024,E8
7777,C2,01/04/2021,01/09/2022,X1
7777,V3,01/04/2023,01/05/2023,X1
7777,C2,25/06/2024,04/07/2024,E8
8888,C2,01/08/2023,01/02/2024,X1
8888,C2,01/08/2024,01/09/2024,X1
8888,C2,01/10/2025,01/12/2025,E11`, previous: rule1001Last,
			want: []string{"OC3 0", "OC3 1", "OC3 2", "OC3 3", "OC3 4"}},
	)
}

func TestRule1002(t *testing.T) {
	testRule(t, "1002",
		ruleCase{name: "care leavers with episodes in either year pass", data: "OC3\nCHILD\n101\n102\n\nEpisodes\nCHILD,DEC\n101,20/05/2025",
			previous: "Episodes\nCHILD,DEC\n102,14/03/2025"},
		ruleCase{name: "care leavers with no episodes in either year fire", data: "OC3\nCHILD\n101\n104\n\nEpisodes\nCHILD,DEC\n101,20/05/2025",
			previous: "Episodes\nCHILD,DEC\n102,14/03/2025", want: []string{"OC3 1"}},
	)
}

func TestRule1007(t *testing.T) {
	testRule(t, "1007",
		ruleCase{name: "left care before the latest birthday, or no data, passes", data: `OC3
CHILD,DOB,IN_TOUCH
G,01/09/2008,YES
H,01/02/2009,YES
I,01/09/2008,
J,01/02/2005,YES

Episodes
CHILD,DECOM,DEC
G,01/09/2023,01/09/2025
H,01/02/2024,01/02/2026
I,01/09/2024,
J,01/02/2020,`},
		ruleCase{name: "looked after on the 17th or 18th birthday fires", data: `OC3
CHILD,DOB,IN_TOUCH,ACTIV
F,01/02/2009,YES,
K,01/09/2007,,F2

Episodes
CHILD,DECOM,DEC
F,01/02/2024,01/03/2026
K,01/09/2024,`, want: []string{"OC3 0", "OC3 1"}},
	)
}

func TestRule1010(t *testing.T) {
	testRule(t, "1010",
		ruleCase{name: "care leavers with episodes this year, or whose care had ended, pass", data: "OC3\nCHILD\n101\n102\n\nEpisodes\nCHILD,DECOM,DEC\n101,01/04/2025,20/05/2025",
			previous: "Episodes\nCHILD,DECOM,DEC\n101,11/11/2024,\n102,03/10/2024,\n102,11/11/2024,14/03/2025"},
		ruleCase{name: "an episode open last year and none this year fires", data: "OC3\nCHILD\n101\n103\n\nEpisodes\nCHILD,DECOM,DEC\n101,01/04/2025,20/05/2025",
			previous: "Episodes\nCHILD,DECOM,DEC\n103,01/01/2024,01/01/2024\n103,11/11/2024,\n103,01/02/2024,01/05/2024", want: []string{"OC3 1"}},
	)
}

func TestRule1011(t *testing.T) {
	testRule(t, "1011",
		ruleCase{name: "care not transferred at the end, or no data, passes", data: `OC3
CHILD,IN_TOUCH,ACCOM
222,,
444,YES,
666,YES,

Episodes
CHILD,DECOM,REC
222,05/06/2025,E3
444,08/06/2025,E3
444,15/06/2025,X1
666,15/06/2025,`},
		ruleCase{name: "care transferred at the end fires", data: `OC3
CHILD,IN_TOUCH,ACCOM
111,YES,B
333,YES,

Episodes
CHILD,DECOM,REC
111,01/06/2025,E3
111,05/06/2025,E11
111,06/06/2025,E3
333,06/06/2025,X1
333,07/06/2025,E3`, want: []string{"OC3 0", "OC3 1"}},
	)
}

func TestRule1014(t *testing.T) {
	testRule(t, "1014",
		ruleCase{name: "UASC children looked after in the year, or without care leaver data, pass", data: `UASC
CHILD,DUC
101,05/06/2019
105,01/06/2015
111,05/06/2020

OC3
CHILD,IN_TOUCH,ACTIV
101,,
105,YES,F2
111,YES,F2

Episodes
CHILD,DECOM,DEC
101,01/01/2025,01/01/2025
105,11/05/2025,11/05/2025
111,01/11/2024,31/03/2026`},
		ruleCase{name: "UASC care leavers not looked after in the year fire on both tables", data: `UASC
CHILD,DUC
102,
110,05/06/2020
112,

OC3
CHILD,IN_TOUCH,ACTIV
102,YES,
110,,F2
112,YES,

Episodes
CHILD,DECOM,DEC
102,11/01/2025,11/01/2025
110,01/01/2025,01/01/2025
110,01/11/2026,01/11/2026`, want: []string{"UASC 0", "OC3 0", "UASC 1", "OC3 1", "UASC 2", "OC3 2"}},
	)
}

func TestRule1016(t *testing.T) {
	testRule(t, "1016",
		ruleCase{name: "left care by the latest birthday, still in care, or not 17 or 18, passes", data: `OC3
CHILD,DOB,IN_TOUCH
c1,31/03/2008,YES
c2,01/01/2009,
c3,01/01/2006,YES
c5,20/08/2007,YES
c8,01/09/2008,YES
c11,01/09/2008,YES

Episodes
CHILD,DECOM,DEC
c1,01/01/2025,31/03/2026
c2,01/01/2025,02/02/2026
c3,01/01/2025,
c5,13/08/2023,21/07/2025
c5,21/07/2025,20/08/2025
c8,01/01/2025,31/08/20020
c11,01/01/2025,31/08/2025`},
		ruleCase{name: "left care after the 17th or 18th birthday fires", data: `OC3
CHILD,DOB,IN_TOUCH
c4,01/01/2009,YES
c9,01/09/2008,YES
c10,01/09/2007,YES

Episodes
CHILD,DECOM,DEC
c4,01/01/2025,01/01/2026
c4,01/01/2026,02/01/2026
c9,01/01/2025,02/09/2025
c10,01/01/2025,02/09/2025`, want: []string{"OC3 0", "OC3 1", "OC3 2"}},
	)
}

func TestRule3001(t *testing.T) {
	testRule(t, "3001",
		ruleCase{name: "former foster carers at 18, or other accommodation at 17, passes", data: `Header
CHILD,DOB
101,16/03/2007
103,31/12/2009

OC3
CHILD,ACCOM
101,Z1
103,Z1
102,T1`},
		ruleCase{name: "former foster carers for one who turned 17 in the year fires", data: `Header
CHILD,DOB
101,01/04/2008
102,31/03/2009

OC3
CHILD,DOB,ACCOM
101,,Z1
102,,Z2
101,,T1
104,02/05/2008,Z1`, want: []string{"OC3 0", "OC3 1", "OC3 3"}},
	)
}
