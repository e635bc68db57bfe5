package ssda903

import "testing"

func TestRule199(t *testing.T) {
	current := `Episodes
CHILD,DECOM,DEC,REC
104,19/07/2025,02/03/2026,E13
103,16/04/2025,,
105,02/12/2024,03/12/2024,X1
105,03/12/2024,04/12/2024,E11
105,03/12/2025,04/12/2025,E11
105,12/12/2024,,
107,04/12/2025,,
107,26/11/2017,04/12/2025,E12
108,01/05/2025,,
108,,,E11`
	last := `Episodes
CHILD,DECOM,DEC,REC
101,15/06/2016,20/12/2020,E11
102,08/10/2017,03/03/2018,E11
102,06/03/2018,12/08/2020,E4A
103,11/05/2015,07/04/2019,E12
104,26/11/2017,19/07/2020,E12
107,26/11/2017,,`
	testRule(t, "199",
		ruleCase{name: "episodes up to and including a first adoption pass", data: `Episodes
CHILD,DECOM,DEC,REC
1,01/04/2025,01/05/2025,X1
1,01/05/2025,01/06/2025,E11
2,01/06/2025,,
3,,,E11
3,01/01/2026,,`, previous: "Episodes\nCHILD,DECOM,DEC,REC\n1,01/01/2025,01/04/2025,X1"},
		ruleCase{name: "episodes after an adoption this year fire", data: current, want: []string{"Episodes 4", "Episodes 5", "Episodes 6"}},
		ruleCase{name: "episodes after an adoption last year fire too", data: current, previous: last,
			want: []string{"Episodes 0", "Episodes 1", "Episodes 4", "Episodes 5", "Episodes 6"}},
	)
}

func TestRule202(t *testing.T) {
	testRule(t, "202",
		ruleCase{name: "the same sex, or a child new this year, passes", data: "Header\nCHILD,SEX\n101,M\n102,F\n105,\n106,M",
			previous: "Header\nCHILD,SEX\n101,M\n102,F\n105,\n107,F"},
		ruleCase{name: "a different sex fires", data: "Header\nCHILD,SEX\n101,M\n102,F\n103,M\n108,\n109,F\n110,U",
			previous: "Header\nCHILD,SEX\n101,M\n102,M\n103,F\n108,F\n109,\n110,F",
			want:     []string{"Header 1", "Header 2", "Header 3", "Header 4", "Header 5"}},
	)
}

func TestRule203(t *testing.T) {
	testRule(t, "203",
		ruleCase{name: "the same date, written alike or not, passes", data: "Header\nCHILD,DOB\n101,16/03/2020\n104,31/02/2018\n105,\n106,1/2/2019\n107,10/08/2014",
			previous: "Header\nCHILD,DOB\n101,16/03/2020\n104,31/02/2018\n105,\n106,01/02/2019"},
		ruleCase{name: "a different date fires", data: "Header\nCHILD,DOB\n101,16/03/2020\n102,23/09/2016\n103,31/12/19\n108,\n109,20/01/2017\n110,31/06/2020",
			previous: "Header\nCHILD,DOB\n101,16/03/2020\n102,22/09/2016\n103,31/12/2019\n108,04/06/2017\n109,\n110,30/06/2020",
			want:     []string{"Header 1", "Header 2", "Header 3", "Header 4", "Header 5"}},
	)
}

func TestRule204(t *testing.T) {
	testRule(t, "204",
		ruleCase{name: "the same code in any case passes", data: "Header\nCHILD,ETHNIC\n101,WBRI\n103,nobt\n105,\n106,BOTH",
			previous: "Header\nCHILD,ETHNIC\n101,WBRI\n103,NOBT\n105,\n107,REFU"},
		ruleCase{name: "a different code fires", data: "Header\nCHILD,ETHNIC\n101,WBRI\n102,WBRI\n108,\n109,BCRB\n110,MWBC",
			previous: "Header\nCHILD,ETHNIC\n101,WBRI\n102,NOBT\n108,MOTH\n109,\n110,MWBA",
			want:     []string{"Header 1", "Header 2", "Header 3", "Header 4"}},
	)
}

// uascLastYear is last year's (2024/25) Header and UASC tables for the 205 rules: 1 and 2 ceased being UASC
// during that year, 3 and 4 were still UASC at its end, 5 ceased before it, 6 was never UASC.
const uascLastYear = `Header
CHILD
1
2
3
4
5
6

UASC
CHILD,DUC
1,20/01/2025
2,01/04/2024
3,
4,
5,31/03/2024`

func TestRule205A(t *testing.T) {
	testRule(t, "205A",
		ruleCase{name: "children who ceased last year, or are still UASC, pass", previous: uascLastYear,
			data: "Header\nCHILD\n1\n2\n3\n6\n7\n\nUASC\nCHILD,DUC\n3,"},
		ruleCase{name: "without a UASC table last year nothing is flagged", previous: "Header\nCHILD\n4", data: "Header\nCHILD\n4\n\nUASC\nCHILD,DUC"},
		ruleCase{name: "children no longer UASC who had not ceased last year fire", previous: uascLastYear,
			data: "Header\nCHILD\n1\n3\n4\n5\n\nUASC\nCHILD,DUC\n3,", want: []string{"Header 2", "Header 3"}},
	)
}

func TestRule205B(t *testing.T) {
	testRule(t, "205B",
		ruleCase{name: "dates carried forward, or ceasing this year, pass", previous: uascLastYear,
			data: "Header\nCHILD\n1\n3\n4\n\nUASC\nCHILD,DUC\n1,20/01/2025\n3,\n4,31/03/2026\n7,"},
		ruleCase{name: "dates that disagree fire on UASC and Header", previous: uascLastYear,
			data: "Header\nCHILD\n1\n2\n3\n4\n\nUASC\nCHILD,DUC\n1,21/01/2025\n2,\n3,31/03/2025\n4,01/04/2026",
			want: []string{"UASC 0", "Header 0", "UASC 1", "Header 1", "UASC 2", "Header 2", "UASC 3", "Header 3"}},
	)
}

func TestRule205D(t *testing.T) {
	testRule(t, "205D",
		ruleCase{name: "UASC in both years, or new this year, passes", previous: uascLastYear,
			data: "Header\nCHILD\n3\n6\n7\n\nUASC\nCHILD,DUC\n3,\n7,"},
		ruleCase{name: "UASC this year but not last fires", previous: uascLastYear,
			data: "Header\nCHILD\n3\n6\n\nUASC\nCHILD,DUC\n3,\n6,", want: []string{"Header 1"}},
	)
}

func TestRule207(t *testing.T) {
	episodes := "\n\nEpisodes\nCHILD,DECOM\n101,01/04/2025\n101,01/05/2025\n102,01/04/2025\n103,01/04/2025\n104,01/04/2025\n105,01/04/2025\n106,01/04/2025\n108,01/04/2025\n109,01/04/2025\n110,01/04/2025"
	testRule(t, "207",
		ruleCase{name: "a mother still a mother, or a status that was not 1, passes",
			data:     "Header\nCHILD,MOTHER\n101,1\n103,1\n105,\n106,1\n109,0\n111," + episodes,
			previous: "Header\nCHILD,MOTHER\n101,1\n103,0\n105,\n107,1\n109,\n111,1"},
		ruleCase{name: "a mother last year who is not one now fires",
			data:     "Header\nCHILD,MOTHER\n101,1\n102,0\n104,\n110,2" + episodes,
			previous: "Header\nCHILD,MOTHER\n101,1\n102,1\n104,1\n110,1",
			want:     []string{"Header 1", "Header 2", "Header 3"}},
	)
}

func TestRule208(t *testing.T) {
	testRule(t, "208",
		ruleCase{name: "the same UPN, or an unknown one becoming known, passes",
			data:     "Header\nCHILD,UPN\n101,H801200001001\n103,UN1\n104,UN2\n105,\n109,UN4\n110,A123456789012\n111,H801200001111\n55555,UN5",
			previous: "Header\nCHILD,UPN\n101,UN5\n103,UN1\n104,UN1\n105,\n109,\n110,a123456789012\n111,UN2\n33333,UN5"},
		ruleCase{name: "any other change fires",
			data:     "Header\nCHILD,UPN\n102,O123456789012\n106,UN3\n108,\n1000,UN1\n112,UN1",
			previous: "Header\nCHILD,UPN\n102,X888888888888\n106,UN4\n108,UN1\n1000,\n112,H801200001001",
			want:     []string{"Header 0", "Header 1", "Header 2", "Header 3", "Header 4"}},
	)
}
