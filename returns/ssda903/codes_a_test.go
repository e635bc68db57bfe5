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
	if got := cohortOf(c); len(got) != 2 || !got[0] || got[1] {
		t.Fatalf("cohort = %v, want [true false]", got)
	}
	if got := cohortOf(&Check{R: r, Year: 2027}); got[0] {
		t.Errorf("child 1 left on 31 March 2026, so is not in the 2026/27 cohort; got %v", got)
	}
	r.Append(OC2, []string{"9", "", "", "", "", "", "", "", "", "", "", ""})
	if got := cohortOf(c); len(got) != 3 || !got[2] {
		t.Errorf("after a row was added the cohort is %v, want [true false true]", got)
	}
}
