package cintest

import (
	"reflect"
	"testing"

	"hearth/returns"
	"hearth/returns/cin"
)

// TestSyntheticReturnsAreClean checks that the synthetic returns break no rule, error or query, in every
// supported year, so that tests and benchmarks start from a clean return.
func TestSyntheticReturnsAreClean(t *testing.T) {
	for _, year := range []int{2025, 2026} {
		c := Census(year, 20_000, 7)
		rep := cin.Validate(c, cin.NewContext(year))
		counts := map[string]int{}
		for _, f := range rep.Findings {
			counts[f.Rule]++
		}
		for code, n := range counts {
			t.Errorf("%d: rule %s fired %d times on the synthetic return, e.g. %+v", year, code, n, first(rep.Findings, code))
		}
	}
}

func first(fs []returns.Finding, code string) returns.Finding {
	for _, f := range fs {
		if f.Rule == code {
			return f
		}
	}
	return returns.Finding{}
}

// TestSyntheticReturnsAreRepeatable checks that the same seed gives the same return.
func TestSyntheticReturnsAreRepeatable(t *testing.T) {
	if !reflect.DeepEqual(Census(2026, 500, 3), Census(2026, 500, 3)) {
		t.Fatal("the same seed gave two different returns")
	}
	if reflect.DeepEqual(Census(2026, 500, 3), Census(2026, 500, 4)) {
		t.Fatal("two seeds gave the same return")
	}
}
