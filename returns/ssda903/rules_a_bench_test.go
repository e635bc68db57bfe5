package ssda903

import (
	"math/rand/v2"
	"strconv"
	"syscall"
	"testing"

	"hearth"
)

// rulesA are the codes of rules_a_*.go, the rules 104 to 234.
func rulesA() []string {
	var out []string
	for _, r := range registry {
		if n, err := strconv.Atoi(r.Code[:3]); err == nil && n >= 104 && n <= 234 && r.Code != "141" && r.Code != "142" {
			out = append(out, r.Code)
		}
	}
	return out
}

// syntheticReturn builds a plausible 2025/26 return of n children, with last year's, for measuring the
// rules: every child has a Header row, one to six episodes and two reviews; some have OC2, OC3, UASC, AD1
// and PlacedAdoption rows. The values are valid, as most of a real return's are, so that the measure is of
// the checks rather than of making findings.
func syntheticReturn(n int) (this, last *Return) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(codes ...string) string { return codes[rng.IntN(len(codes))] }
	date := func(d hearth.Date) string { return FormatDate(d) }
	this, last = &Return{}, &Return{}
	start := Start(2026)
	for c := range n {
		child := strconv.Itoa(100000 + c)
		dob := start.AddDays(-rng.IntN(18 * 365))
		age := dob.AgeOn(start)
		open := rng.IntN(4) > 0
		sex, mother := pick("M", "F"), ""
		if sex == "F" && open {
			mother = "0"
		}
		header := []string{child, sex, date(dob), pick(ethnicities...), "A" + strconv.Itoa(100000000000+c), mother, ""}
		this.Append(Header, header)
		last.Append(Header, header)
		decom := start.AddDays(-400 - rng.IntN(1000))
		eps := 1 + rng.IntN(6)
		for e := range eps {
			rne, dec, rec, rpc := "P", decom.AddDays(1+rng.IntN(60)), "X1", "CARPL"
			if e == 0 {
				rne = "S"
			}
			if e == eps-1 {
				rec, rpc = pick("E13", "E4A", "E8"), ""
				if open {
					dec, rec = hearth.Date{}, ""
				}
			}
			place, urn := pick("U1", "U2", "U4", "U5", "K2", "R1", "R2", "P1"), "SC123456"
			if oneOf(place, "R1", "R2", "P1") {
				urn = ""
			}
			this.Append(Episodes, []string{child, date(decom), rne, pick("C1", "C2", "J2", "L1", "E1"), pick("N1", "N2", "N4", "N8"),
				place, pick("PR1", "PR2", "PR3", "PR4"), date(dec), rec, rpc, "AB1 2CD", "EF3 4GH", urn})
			decom = dec
		}
		this.Append(Reviews, []string{child, date(dob), date(start.AddDays(rng.IntN(365))), pick("PN0", "PN1", "PN7")})
		this.Append(Reviews, []string{child, date(dob), date(start.AddDays(rng.IntN(365))), pick("PN0", "PN1", "PN7")})
		switch {
		case open:
			score, reason := "", ""
			switch {
			case age == 3:
				reason = "SDQ1"
			case age >= 4 && age <= 16:
				score = strconv.Itoa(rng.IntN(41))
			}
			this.Append(OC2, []string{child, date(dob), score, reason, "0", "1", "1", "1", "1", "0", "", ""})
			if rng.IntN(20) == 0 {
				this.Append(PlacedAdoption, []string{child, date(dob), date(start), "", ""})
			}
		case rng.IntN(2) == 0:
			this.Append(OC3, []string{child, date(dob), pick(oc3InTouch...), pick(oc3Activ...), pick(oc3Accom...)})
		}
		if age >= 12 && rng.IntN(10) == 0 {
			uasc := []string{child, sex, date(dob), ""}
			this.Append(UASC, uasc)
			last.Append(UASC, uasc)
		}
	}
	this.Present, last.Present = [numTables]bool{}, [numTables]bool{}
	for _, t := range Tables {
		this.Present[t], last.Present[t] = true, true
	}
	return this, last
}

// BenchmarkRulesA runs the rules 104 to 234 over a return of 20,000 children (those that need postcode
// locations or Ofsted's lists are reported not run, and not counted) and reports rows a second,
// of the wall clock and of the process's CPU time (which a busy machine disturbs less: on an idle machine
// the wall-clock figure approaches the CPU figure times the cores).
func BenchmarkRulesA(b *testing.B) {
	this, last := syntheticReturn(20000)
	codes := rulesA()
	o := Options{Year: 2026, Previous: last, Only: codes}
	Validate(this, o) // builds the indexes, as a first run would
	cpu0 := cpuSeconds(b)
	b.ResetTimer()
	for range b.N {
		Validate(this, o)
	}
	b.StopTimer()
	rows := float64(this.Rows()) * float64(b.N)
	b.ReportMetric(rows/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(rows/(cpuSeconds(b)-cpu0), "rows/cpu-s")
	run := 0
	for _, code := range codes {
		if n := RuleByCode(code).Needs; n == NeedsNothing || n == NeedsPrevious {
			run++
		}
	}
	b.ReportMetric(float64(run), "rules")
}

// cpuSeconds is the CPU time the process has used so far, user and system.
func cpuSeconds(b *testing.B) float64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return float64(u.Utime.Sec+u.Stime.Sec) + float64(u.Utime.Usec+u.Stime.Usec)/1e6
}
