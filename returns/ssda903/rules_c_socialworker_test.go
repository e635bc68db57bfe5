package ssda903

import "testing"

func TestRuleSW01aSTG1(t *testing.T) {
	testRule(t, "SW01aSTG1",
		ruleCase{name: "start dates, and an ID for a child whose episodes began before April 2023, pass", data: `SWEpisodes
CHILD,SW_ID,SW_DECOM
1,,01/01/2024
4,SW1,01/01/1999
5,,01/01/2020
5,SW2,31/03/2023`},
		ruleCase{name: "no start date, or no ID at all before April 2023, fires", data: `SWEpisodes
CHILD,SW_ID,SW_DECOM
2,SW1,
9,SW1,31/06/2024
5,,31/03/2023
5,,01/01/2024`, want: []string{"SWEpisodes 0", "SWEpisodes 1", "SWEpisodes 2"}},
	)
}

func TestRuleSW01bSTG1(t *testing.T) {
	testRule(t, "SW01bSTG1",
		ruleCase{name: "an ID and a reason among a child's episodes, or episodes before April 2023, pass", data: `SWEpisodes
CHILD,SW_ID,SW_DECOM,SW_REASON
1,SW1,01/04/2023,
1,SW2,01/06/2024,MANAGE
4,,01/01/1999,`},
		ruleCase{name: "no start, or no ID or reason for the child from April 2023, fires", data: `SWEpisodes
CHILD,SW_ID,SW_DECOM,SW_REASON
1,,01/01/2024,MANAGE
2,SW1,,MANAGE
3,SW1,01/01/2024,
3,SW2,01/01/2022,`, want: []string{"SWEpisodes 0", "SWEpisodes 1", "SWEpisodes 2"}},
	)
}

func TestRuleSW02STG1(t *testing.T) {
	testRule(t, "SW02STG1",
		ruleCase{name: "IDs beginning SW or XX pass", data: "SWEpisodes\nCHILD,SW_ID\n1,SW000\n2,XX000\n3,XX12"},
		ruleCase{name: "other IDs, or ones too short, fire", data: "SWEpisodes\nCHILD,SW_ID\n1,aa00\n2,xx000\n3,SW\n4,XX1\n5,\n6,SW12",
			want: []string{"SWEpisodes 0", "SWEpisodes 1", "SWEpisodes 2", "SWEpisodes 3", "SWEpisodes 4"}},
		ruleCase{name: "short IDs pass in 2024/25", year: 2025, data: "SWEpisodes\nCHILD,SW_ID\n1,SW\n2,XX1\n3,aa00", want: []string{"SWEpisodes 2"}},
	)
}

func TestRuleSW04STG1(t *testing.T) {
	testRule(t, "SW04STG1",
		ruleCase{name: "full dates pass", data: "SWEpisodes\nCHILD,SW_DECOM\n1,01/01/2001\n2,29/02/2024"},
		ruleCase{name: "blank, partial or invalid dates fire", data: "SWEpisodes\nCHILD,SW_DECOM\n1,ZZ/ZZ/ZZZZ\n2,01/01/2001\n3,zz\n4,01/01/ZZZZ\n5,\n6,1999/12/01",
			want: []string{"SWEpisodes 0", "SWEpisodes 2", "SWEpisodes 3", "SWEpisodes 4", "SWEpisodes 5"}},
		ruleCase{name: "ZZ dates pass in 2024/25", year: 2025, data: "SWEpisodes\nCHILD,SW_DECOM\n1,ZZ/ZZ/ZZZZ\n2,01/01/2001\n3,zz\n4,01/01/ZZZZ\n5,",
			want: []string{"SWEpisodes 2", "SWEpisodes 4"}},
	)
}

func TestRuleSW05STG1(t *testing.T) {
	testRule(t, "SW05STG1",
		ruleCase{name: "full or blank end dates pass", data: "SWEpisodes\nCHILD,SW_DEC\n1,01/01/2001\n2,"},
		ruleCase{name: "partial or invalid end dates fire", data: "SWEpisodes\nCHILD,SW_DEC\n1,ZZ/ZZ/ZZZZ\n2,zz\n3,1999/12/01\n4,01/01/2001",
			want: []string{"SWEpisodes 0", "SWEpisodes 1", "SWEpisodes 2"}},
		ruleCase{name: "ZZ end dates pass in 2024/25", year: 2025, data: "SWEpisodes\nCHILD,SW_DEC\n1,ZZ/ZZ/ZZZZ\n2,zz\n3,01/01/ZZZZ", want: []string{"SWEpisodes 1"}},
	)
}

func TestRuleSW06STG2(t *testing.T) {
	testRule(t, "SW06STG2",
		ruleCase{name: "starts by the end of the year pass", data: "SWEpisodes\nCHILD,SW_DECOM\n1,31/03/2026\n2,01/01/2020\n3,"},
		ruleCase{name: "a start after the year fires", data: "SWEpisodes\nCHILD,SW_DECOM\n1,01/04/2026", want: []string{"SWEpisodes 0"}},
	)
}

func TestRuleSW07STG2(t *testing.T) {
	testRule(t, "SW07STG2",
		ruleCase{name: "ends within the two-year reporting period pass", data: "SWEpisodes\nCHILD,SW_DEC\n1,01/04/2024\n2,31/03/2026\n3,"},
		ruleCase{name: "ends outside it fire", data: "SWEpisodes\nCHILD,SW_DEC\n1,31/03/2024\n2,01/04/2026", want: []string{"SWEpisodes 0", "SWEpisodes 1"}},
	)
}

func TestRuleSW08STG2(t *testing.T) {
	testRule(t, "SW08STG2",
		ruleCase{name: "ended episodes before an open latest pass", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC
111,01/06/2025,04/06/2025
111,05/06/2025,
444,09/06/2025,10/06/2025
444,15/06/2025,
999,31/06/2025,
123,,`},
		ruleCase{name: "an open episode before a later one fires", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC
333,06/06/2025,
333,07/06/2025,08/06/2025
6666,12/06/2025,13/06/2025
6666,14/06/2025,
6666,15/06/2025,16/06/2025`, want: []string{"SWEpisodes 0", "SWEpisodes 3"}},
	)
}

func TestRuleSW09STG2(t *testing.T) {
	testRule(t, "SW09STG2",
		ruleCase{name: "episodes of three days or more pass", data: "SWEpisodes\nCHILD,SW_DECOM,SW_DEC\n1,01/01/2025,04/01/2025\n2,,01/01/2025\n3,01/01/2025,"},
		ruleCase{name: "episodes under three days, or ending before they began, fire", data: "SWEpisodes\nCHILD,SW_DECOM,SW_DEC\n1,02/01/2025,01/01/2025\n2,01/01/2025,03/01/2025\n3,01/01/2025,01/01/2025",
			want: []string{"SWEpisodes 0", "SWEpisodes 1", "SWEpisodes 2"}},
		ruleCase{name: "only same-day episodes fire in 2024/25", year: 2025, data: "SWEpisodes\nCHILD,SW_DECOM,SW_DEC\n1,01/01/2025,01/01/2025\n2,01/01/2025,02/01/2025\n3,,",
			want: []string{"SWEpisodes 0"}},
	)
}

func TestRuleSW10STG2(t *testing.T) {
	testRule(t, "SW10STG2",
		ruleCase{name: "episodes starting within a week of the last one's end pass", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC,SW_REASON
1,01/01/2025,09/01/2025,MANAGE
1,02/01/2025,03/01/2025,MANAGE
3,10/01/2025,20/01/2025,MANAGE
3,10/01/2025,11/01/2025,MANAGE
3,18/01/2025,20/01/2025,MANAGE
6,01/01/2024,09/01/2025,MANAGE
6,01/01/2025,10/01/2025,FCONTA`},
		ruleCase{name: "an overlap or a gap of more than a week fires", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC,SW_REASON
2,01/01/2024,09/01/2025,MANAGE
2,01/01/2025,10/01/2025,MANAGE
3,10/01/2025,11/01/2025,MANAGE
3,30/01/2025,31/01/2025,MANAGE`, want: []string{"SWEpisodes 1", "SWEpisodes 3"}},
	)
}

// inCareAtEnd are the episodes of the tests of the rules about children looked after on 31 March 2026:
// children 1 to 9 were, child 10 left care in the year.
const inCareAtEnd = `Episodes
CHILD,DECOM,DEC,REC
1,01/04/2025,,
2,01/04/2025,,
3,01/04/2025,,
5,01/04/2025,,
9,01/04/2025,,
child1,01/04/2025,,
child2,01/04/2025,,
10,01/04/2025,30/03/2026,E4A`

func TestRuleSW11bSTG2(t *testing.T) {
	testRule(t, "SW11bSTG2",
		ruleCase{name: "a latest episode open or ending on 31 March, or a child who left care, passes", data: inCareAtEnd + `

SWEpisodes
CHILD,SW_DECOM,SW_DEC
1,01/04/2025,26/03/2026
1,27/03/2026,
2,01/04/2025,31/03/2026
3,,
5,01/04/2025,
5,02/04/2025,30/03/2026
10,01/04/2025,30/03/2026`},
		ruleCase{name: "a latest episode ending before 31 March fires", data: inCareAtEnd + `

SWEpisodes
CHILD,SW_DECOM,SW_DEC
5,01/04/2025,30/03/2026
9,01/03/2025,25/03/2026
9,26/03/2025,27/03/2026`, want: []string{"SWEpisodes 0", "SWEpisodes 2"}},
	)
}

func TestRuleSW12STG2(t *testing.T) {
	eps := `Episodes
CHILD,DECOM,DEC,REC,RNE,LS
1,01/01/2025,,,S,C1
3,01/01/2025,,,S,V4
4,01/01/2025,10/04/2025,X1,P,C1
4,10/01/2025,,,P,C1
5,01/01/2025,10/04/2025,X1,S,C1
5,10/04/2025,01/03/2026,E4A,P,C1
6,01/01/2025,01/06/2025,E4A,S,C1
6,01/09/2025,,,S,C1
11,01/01/2023,10/04/2023,E4A,S,C1
11,01/09/2025,,,P,C1`
	testRule(t, "SW12STG2",
		ruleCase{name: "starts and ends of care with a social worker episode pass", data: eps + `

SWEpisodes
CHILD,SW_DECOM
1,01/01/2025
5,01/02/2025
6,01/01/2025
6,01/09/2025`},
		ruleCase{name: "without the SWEpisodes table nothing is flagged", data: eps},
		ruleCase{name: "a start or end of care without one fires", data: eps + `

SWEpisodes
CHILD,SW_DECOM
1,31/12/2024
5,02/03/2026
6,01/08/2025`, want: []string{"Episodes 0", "Episodes 7"}},
	)
}

func TestRuleSW13STG1(t *testing.T) {
	testRule(t, "SW13STG1",
		ruleCase{name: "valid reasons, and none for the first episode of the year, pass", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC,SW_REASON
1,01/04/2025,02/04/2025,OTHERS
2,01/04/2025,02/04/2025,
2,03/04/2025,04/04/2025,CHCHAN
3,03/04/2023,04/04/2025,
4,05/04/2025,,`},
		ruleCase{name: "invalid reasons, or none after the first, fire", data: `SWEpisodes
CHILD,SW_DECOM,SW_DEC,SW_REASON
2,01/04/2025,02/04/2025,OTHERS
2,03/04/2025,04/04/2025,
3,03/04/2023,04/04/2025,
3,05/04/2025,06/04/2025,
4,05/04/2023,31/03/2025,
4,05/04/2025,,
5,01/05/2025,,others`, want: []string{"SWEpisodes 1", "SWEpisodes 3", "SWEpisodes 4", "SWEpisodes 6"}},
	)
}

func TestRuleSW17STG2(t *testing.T) {
	testRule(t, "SW17STG2",
		ruleCase{name: "a latest episode still open, or a child who left care, passes", data: inCareAtEnd + `

SWEpisodes
CHILD,SW_DECOM,SW_DEC
child1,01/01/2025,
child1,01/01/2024,01/01/2025
child2,01/01/2025,
child2,02/01/2025,01/02/2025
10,01/01/2025,30/03/2026`},
		ruleCase{name: "a latest episode that has ended fires", data: inCareAtEnd + `

SWEpisodes
CHILD,SW_DECOM,SW_DEC
child2,01/01/2024,01/01/2025
child2,02/01/2024,01/01/2025`, want: []string{"SWEpisodes 1"}},
	)
}
