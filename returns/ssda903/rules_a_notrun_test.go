package ssda903

import (
	"slices"
	"strings"
	"testing"
)

// TestRulesANotRun checks that the rules of codes 104 to 234 that need data Hearth does not have (the
// locations of postcodes, Ofsted's provider lists) are reported as not run, with the reason, rather than
// run on nothing; and counts that as their test, since they cannot fire or pass.
func TestRulesANotRun(t *testing.T) {
	needs := map[string]Need{"164": NeedsPostcodes, "169": NeedsPostcodes, "179": NeedsPostcodes, "218": NeedsPostcodes,
		"219": NeedsProviders, "221": NeedsProviders, "224": NeedsProviders, "227": NeedsProviders, "228": NeedsProviders, "229": NeedsProviders}
	var codes []string
	for code := range needs {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	rep := Validate(textReturn(t, "Episodes\nCHILD,DECOM,PLACE,PL_POST,HOME_POST\n1,01/04/2025,U1,AB1 2CD,EF3 4GH"), Options{Year: 2026, Only: codes})
	if len(rep.Findings) > 0 {
		t.Errorf("rules that need data Hearth does not have made findings: %v", rep.Findings)
	}
	why := map[string]string{}
	for _, n := range rep.NotRun {
		why[n.Rule] = n.Why
	}
	for _, code := range codes {
		rule := RuleByCode(code)
		if rule == nil || rule.Needs != needs[code] {
			t.Errorf("rule %s is not registered as needing %v", code, needs[code])
			continue
		}
		if why[code] != needs[code].why() || !strings.Contains(why[code], "this run does not have") {
			t.Errorf("rule %s not run because %q, want %q", code, why[code], needs[code].why())
		}
		coverage[code] = &[2]bool{true, true}
	}
}
