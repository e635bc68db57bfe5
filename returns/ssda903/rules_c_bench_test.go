//go:build unix

package ssda903

import (
	"bytes"
	"strings"
	"syscall"
	"testing"
	"time"

	"hearth"
)

// rulesC returns the codes of the rules in rules_c_*.go that apply to the year: codes 501 to 635, EPI,
// NoE, the integrity checks (INT) and the social worker episodes (SW).
func rulesC(year int) []string {
	var codes []string
	for _, r := range Rules(year) {
		if c := r.Code; c >= "501" && c <= "635" || c == "EPI" || c == "NoE" || strings.HasPrefix(c, "INT") || strings.HasPrefix(c, "SW") {
			codes = append(codes, c)
		}
	}
	return codes
}

// BenchmarkRulesC runs the rules of codes 501 to 635, EPI, NoE, INT and SW (with last year's return, so
// that the rules comparing the two run too) over a return of 10,000 children (80,000 rows) already read,
// and reports rows a second. The whole validation's target is 1,000,000 rows a second, reading included.
// The return is benchChild's; of these rules only INT17 (the second review's DOB) and SW01bSTG1 (the
// child's one social worker has no reason for a change) find anything in it, once a child.
func BenchmarkRulesC(b *testing.B) {
	read := func() *Return {
		r := &Return{}
		for t, f := range benchReturnCSV(10000) {
			if err := r.ReadCSV(t.File(), bytes.NewReader(f)); err != nil {
				b.Fatal(err)
			}
		}
		return r
	}
	// Last year's return: each child's first episode, still open at its end, as this year's first
	// episode carries it on (so the rules comparing the years find nothing, as in a good return).
	previous := read()
	kept := previous.Episodes[:0]
	for _, e := range previous.Episodes {
		if e.RNE == "S" {
			e.DEC, e.REC, e.REASON_PLACE_CHANGE, e.DECDate = "", "", "", hearth.Date{}
			kept = append(kept, e)
		}
	}
	previous.Episodes = kept
	codes := rulesC(2026)
	returns := make([]*Return, b.N)
	for i := range returns {
		returns[i] = read() // each run builds the return's indexes afresh, as a real run does
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		Validate(returns[i], Options{Year: 2026, Previous: previous, Only: codes})
	}
	cpu = processCPU() - cpu
	b.ReportMetric(float64(returns[0].Rows())*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	// The CPU time the process spent, which other work on a shared machine slows less than the
	// elapsed time.
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}

// processCPU returns the CPU time (user and system) the process has used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
