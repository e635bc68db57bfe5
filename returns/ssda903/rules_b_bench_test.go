package ssda903

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

// rulesBCodes are the codes of the rules in rules_b_*.go: 241 to 460, 700 to 710 and 1000 to 3001.
func rulesBCodes() []string {
	var codes []string
	for _, r := range registry {
		n, _ := strconv.Atoi(trimLetters(r.Code))
		if (n >= 241 && n <= 460) || (n >= 700 && n <= 710) || (n >= 1000 && n <= 3001) {
			codes = append(codes, r.Code)
		}
	}
	return codes
}

// trimLetters drops the letters that end a code such as 392a.
func trimLetters(code string) string {
	for len(code) > 0 && (code[len(code)-1] < '0' || code[len(code)-1] > '9') {
		code = code[:len(code)-1]
	}
	return code
}

// benchReturn builds a return of n looked-after children for 2026/27, each with a Header row, four
// episodes (a period of care with a placement move, a temporary placement and a legal status change),
// two reviews and a missing episode; every fifth child also has an OC3 row, a UASC row and a DoLO.
func benchReturn(n int) *Return {
	r := &Return{}
	day := func(base time.Time, d int) string { return base.AddDate(0, 0, d).Format("02/01/2006") }
	start := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		child := strconv.Itoa(100000 + i)
		dob := time.Date(2012+i%6, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		r.Append(Header, []string{child, "F", dob.Format("02/01/2006"), "WBRI", fmt.Sprintf("A%012d", i), "0", ""})
		s := i % 200
		r.Append(Episodes, []string{child, day(start, s), "S", "C2", "N1", "U1", "PR1", day(start, s+30), "X1", "", "AB1 0", "CD2 0", "SC123456"})
		r.Append(Episodes, []string{child, day(start, s+30), "P", "C2", "N1", "U3", "PR1", day(start, s+40), "X1", "CARPL", "AB1 0", "EF3 0", "SC123457"})
		r.Append(Episodes, []string{child, day(start, s+40), "P", "C2", "N1", "T3", "PR1", day(start, s+50), "X1", "", "AB1 0", "GH4 0", ""})
		r.Append(Episodes, []string{child, day(start, s+50), "P", "C2", "N1", "U3", "PR1", "", "", "", "AB1 0", "EF3 0", "SC123457"})
		r.Append(Reviews, []string{child, dob.Format("02/01/2006"), day(start, s+20), "PN1"})
		r.Append(Reviews, []string{child, dob.Format("02/01/2006"), day(start, s+110), "PN1"})
		r.Append(Missing, []string{child, dob.Format("02/01/2006"), "M", day(start, s+35), day(start, s+36)})
		if i%5 == 0 {
			r.Append(OC3, []string{child, dob.Format("02/01/2006"), "YES", "F2", "B"})
			r.Append(UASC, []string{child, "F", dob.Format("02/01/2006"), ""})
			r.Append(DoLo, []string{child, dob.Format("02/01/2006"), day(start, s+5), day(start, s+25)})
		}
	}
	return r
}

// BenchmarkRulesB runs the rules in rules_b_*.go over a return of 20,000 children (about 190,000 rows)
// and reports the rows checked per second. Run it with
// go test ./returns/ssda903/ -run XXX -bench RulesB -benchtime 20x
func BenchmarkRulesB(b *testing.B) {
	r := benchReturn(20000)
	codes := rulesBCodes()
	prev := benchReturn(20000)
	o := Options{Year: 2027, Only: codes, Previous: prev}
	Validate(r, o) // the indexes are built once, as in a real run
	b.ResetTimer()
	for b.Loop() {
		Validate(r, o)
	}
	b.ReportMetric(float64(r.Rows())*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	b.Logf("%d rules over %d rows", len(codes), r.Rows())
}

// TestBenchReturnIsClean checks that the benchmark's return is a plausible one: few of the rules flag
// it, so the benchmark measures checking rather than the making of findings.
func TestBenchReturnIsClean(t *testing.T) {
	rep := Validate(benchReturn(50), Options{Year: 2027, Only: rulesBCodes(), Previous: benchReturn(50)})
	byRule := map[string]int{}
	for _, f := range rep.Findings {
		byRule[f.Rule]++
	}
	if len(rep.Findings) > 100 {
		t.Errorf("the benchmark's return breaks too many rules: %v", fmt.Sprint(byRule))
	}
	t.Logf("findings by rule: %v", byRule)
}
