package ssda903

import (
	"strings"
	"testing"
)

// fuzzReturn reads a return from arbitrary text, so that the fuzzer can build any return at all: each
// line is a table's number (0 for Header, 1 for Episodes, and so on) and its values, separated by "|";
// missing values are blank and extra ones are dropped.
func fuzzReturn(text string) *Return {
	r := &Return{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "|")
		if len(f[0]) != 1 || f[0][0] < '0' || int(f[0][0]-'0') >= int(numTables) {
			continue
		}
		t := Table(f[0][0] - '0')
		v := make([]string, len(t.Columns()))
		copy(v, f[1:])
		r.Append(t, v)
	}
	return r
}

// FuzzRulesA runs the rules 104 to 234 over arbitrary returns (this year's and last year's), in each
// year they apply to: none may panic, and every finding must point at a row that exists.
func FuzzRulesA(f *testing.F) {
	f.Add("0|1|F|01/01/2010|WBRI|UN4|1|\n1|1|01/04/2025|S|C2|N1|U1|PR1|||||\n1|1|01/05/2025|P|C2|N1|T1|PR1|01/06/2025|X1|CUSTOD", "0|1|M|01/01/2010")
	f.Add("2|1|01/01/2010|31/02/2026|\n3|1|01/01/2010|3|SDQ1|1|1\n4|1|01/01/2010|YES|F1|B1\n5|1|01/01/2010|01/01/2026", "3|1|01/01/2010|||\n2|1|\n1|1|01/03/2024||||||||X1")
	f.Add("6|1|01/01/2010|x\n7|1|01/01/2010|01/13/2025|01/01/2020|RD9\n1||||||||||||\n0||||||", "")
	codes := rulesA()
	f.Fuzz(func(t *testing.T, this, last string) {
		r, prev := fuzzReturn(this), fuzzReturn(last)
		for year := 2025; year <= 2027; year++ {
			rep := Validate(r, Options{Year: year, Previous: prev, Only: codes})
			for _, finding := range rep.Findings {
				table, ok := TableNamed(finding.Table)
				if !ok || finding.Row < -1 || finding.Row >= r.Len(table) {
					t.Fatalf("rule %s flagged %s row %d, which does not exist", finding.Rule, finding.Table, finding.Row)
				}
			}
		}
	})
}
