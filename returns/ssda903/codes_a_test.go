package ssda903

import "testing"

func TestCodeSet(t *testing.T) {
	s := newCodeSet("S", "E4A", "CUSTOD", "Z11")
	for v, want := range map[string]bool{"S": true, "E4A": true, "CUSTOD": true, "Z11": true, "": false, "s": false,
		"E4": false, "E4AA": false, "Z1": false, "CUSTODY": false, "S\x00": false, "CUSTODIANS": false} {
		if got := s.has(v); got != want {
			t.Errorf("has(%q) = %v, want %v", v, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a code of 8 bytes was accepted into a codeSet")
		}
	}()
	newCodeSet("TOOLONG8")
}

// TestCohortRebuilt checks that the cohort answers worked out for one return are not used for another
// year, or for the same return once rows have been added to it.
func TestCohortRebuilt(t *testing.T) {
	r := textReturn(t, cohortEpisodes+"\n\nOC2\nCHILD\n1\n3")
	c := &Check{R: r, Year: 2026}
	if got := cohortOf(c).cla; len(got) != 2 || !got[0] || got[1] {
		t.Fatalf("cohort = %v, want [true false]", got)
	}
	if got := cohortOf(&Check{R: r, Year: 2027}).cla; got[0] {
		t.Errorf("child 1 left on 31 March 2026, so is not in the 2026/27 cohort; got %v", got)
	}
	r.Append(OC2, []string{"9", "", "", "", "", "", "", "", "", "", "", ""})
	if got := cohortOf(c).cla; len(got) != 3 || !got[2] {
		t.Errorf("after a row was added the cohort is %v, want [true false true]", got)
	}
}

// TestReturnCacheConcurrent validates different returns at once, as the record pages do, and checks each
// gets the findings it gets alone: the cache must never hand one return's answers to another.
func TestReturnCacheConcurrent(t *testing.T) {
	codes := []string{"185", "186", "190", "191", "198", "202", "207"}
	var returns [4]*Return
	var want [4]int
	for k := range returns {
		this, last := syntheticReturn(50 + 40*k)
		this.OC2 = this.OC2[:len(this.OC2)/(k+2)] // some children in the cohort lose their OC2 row (191)
		returns[k] = this
		want[k] = len(Validate(this, Options{Year: 2026, Previous: last, Only: codes}).Findings)
		if want[k] == 0 {
			t.Fatalf("return %d makes no findings, so cannot show one return's answers given to another", k)
		}
		defer func(k int, last *Return) {
			if got := len(Validate(returns[k], Options{Year: 2026, Previous: last, Only: codes}).Findings); got != want[k] {
				t.Errorf("return %d alone again: %d findings, want %d", k, got, want[k])
			}
		}(k, last)
	}
	done := make(chan [2]int)
	for g := range 16 {
		go func() {
			k := g % len(returns)
			done <- [2]int{k, len(Validate(returns[k], Options{Year: 2026, Only: codes[:5]}).Findings)}
		}()
	}
	alone := map[int]int{}
	for k := range returns {
		alone[k] = len(Validate(returns[k], Options{Year: 2026, Only: codes[:5]}).Findings)
	}
	for range 16 {
		r := <-done
		if r[1] != alone[r[0]] {
			t.Errorf("return %d validated alongside others: %d findings, alone %d", r[0], r[1], alone[r[0]])
		}
	}
}
