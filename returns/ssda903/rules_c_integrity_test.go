package ssda903

import (
	"math/rand/v2"
	"testing"
)

func TestRuleEPI(t *testing.T) {
	testRule(t, "EPI",
		ruleCase{name: "children with episodes or care leaver details pass", data: "Header\nCHILD\n101\n103\n107\n\nEpisodes\nCHILD\n101\n101\n103\n\nOC3\nCHILD\n107"},
		ruleCase{name: "a child with neither fires", data: "Header\nCHILD\n101\n102\n106\n\nEpisodes\nCHILD\n101", want: []string{"Header 1", "Header 2"}},
	)
}

func TestRuleNoE(t *testing.T) {
	testRule(t, "NoE",
		ruleCase{name: "care since last year with last year's episodes, or starting this year, passes", data: "Episodes\nCHILD,DECOM\n101,14/03/2025\n102,08/09/2025\n104,",
			previous: "Episodes\nCHILD,DECOM\n101,14/03/2025"},
		ruleCase{name: "last year's return without episodes flags nothing", data: "Episodes\nCHILD,DECOM\n103,03/10/2024",
			previous: "Header\nCHILD\n103"},
		ruleCase{name: "care since before this year with no episodes last year fires", data: "Episodes\nCHILD,DECOM\n103,03/10/2024\n103,03/10/2025",
			previous: "Episodes\nCHILD,DECOM\n101,14/03/2025", want: []string{"Episodes 0"}},
	)
}

// TestIntegrityChecks covers the checks that a table's children are in the Header, repeat its date of
// birth, and appear once where a child has one row.
func TestIntegrityChecks(t *testing.T) {
	const header = "Header\nCHILD,SEX,DOB\n101,M,01/04/2020\n102,F,\n103,M,01/04/2020\n104,F,"
	for code, table := range map[string]string{"INT01": "AD1", "INT02": "PlacedAdoption", "INT03": "Episodes", "INT04": "Missing",
		"INT05": "OC2", "INT06": "OC3", "INT07": "PrevPerm", "INT08": "Reviews", "INT09": "UASC"} {
		testRule(t, code,
			ruleCase{name: "children in the Header pass", data: header + "\n\n" + table + "\nCHILD\n101\n104\n104"},
			ruleCase{name: "without the Header nothing is flagged", data: table + "\nCHILD\n105"},
			ruleCase{name: "a child not in the Header fires", data: header + "\n\n" + table + "\nCHILD\n101\n105\n10", want: []string{table + " 1", table + " 2"}},
		)
	}
	for code, table := range map[string]string{"INT11": "AD1", "INT12": "PlacedAdoption", "INT13": "Missing", "INT14": "OC2",
		"INT15": "OC3", "INT16": "PrevPerm", "INT17": "Reviews", "INT18": "UASC"} {
		testRule(t, code,
			ruleCase{name: "the Header's date of birth, or a blank one, passes", data: header + "\n\n" + table + "\nCHILD,DOB\n101,01/04/2020\n102,01/01/2020\n103,\n105,01/01/2020"},
			ruleCase{name: "a different date of birth fires", data: header + "\n\n" + table + "\nCHILD,DOB\n101,01/04/2020\n103,04/01/2020", want: []string{table + " 1"}},
		)
	}
	for code, table := range map[string]string{"INT31": "AD1", "INT32": "Header", "INT33": "OC2", "INT34": "OC3", "INT35": "PrevPerm", "INT36": "UASC"} {
		testRule(t, code,
			ruleCase{name: "one row a child passes", data: table + "\nCHILD\n101\n102"},
			ruleCase{name: "a child twice fires on both rows", data: table + "\nCHILD\n101\n102\n101\n106", want: []string{table + " 0", table + " 2"}},
		)
	}
}

func TestRuleINT21(t *testing.T) {
	const header = "Header\nCHILD,SEX\n101,M\n102,F\n103,M\n106,"
	testRule(t, "INT21",
		ruleCase{name: "the Header's sex, or a blank one, passes", data: header + "\n\nUASC\nCHILD,SEX\n101,M\n102,F\n105,F\n106,F\n103,"},
		ruleCase{name: "a different sex fires", data: header + "\n\nUASC\nCHILD,SEX\n101,M\n103,F", want: []string{"UASC 1"}},
	)
}

// TestRulesCOnOddData runs every rule of codes 501 to 635, EPI, NoE, INT and SW, for each year, over
// returns of random values drawn from codes, dates (valid, invalid, partial and blank) and a few
// children, this year's and last year's, to check that no rule fails on data however odd.
func TestRulesCOnOddData(t *testing.T) {
	values := []string{"", "1", "0", "F", "M", "S", "P", "X1", "E11", "E12", "E45", "E8", "E1", "V3", "C2", "A3", "A5", "U1",
		"P1", "PR0", "PR1", "PR3", "L0", "L2", "L3", "MF", "M1", "Z1", "Z11", "FCONTA", "MANAGE", "SW1234", "XX", "352",
		"01/04/2025", "31/03/2026", "29/02/2024", "01/01/2010", "15/06/2025", "31/06/2025", "ZZ/05/2020", "ZZ/ZZ/ZZZZ", "2025-01-01"}
	children := []string{"1", "2", "3", ""}
	rnd := rand.New(rand.NewPCG(1, 2))
	randomReturn := func() *Return {
		r := &Return{}
		for _, table := range Tables {
			for range rnd.IntN(12) {
				row := make([]string, len(table.Columns()))
				row[0] = children[rnd.IntN(len(children))]
				for k := 1; k < len(row); k++ {
					row[k] = values[rnd.IntN(len(values))]
				}
				r.Append(table, row)
			}
		}
		return r
	}
	for run := range 300 {
		for _, year := range []int{2025, 2026, 2027} {
			rep := Validate(randomReturn(), Options{Year: year, Previous: randomReturn(), Only: rulesC(year)})
			for _, f := range rep.Findings {
				if f.Row < 0 {
					t.Fatalf("run %d, %d: rule %s flagged table %s without a row", run, year, f.Rule, f.Table)
				}
			}
		}
	}
}
