package cin

import (
	"testing"
)

// ruleCase is one test of a rule: a change to the base return and whether the rule should then fire.
// Cases that should not fire are near misses (the boundary, the exception the rule allows), not the
// untouched base, which TestBaseCensusIsClean already covers.
type ruleCase struct {
	name   string
	fires  bool
	change func(c *Census)
}

// ruleCases holds every rule's cases, by code; each rule file's test adds its own in an init function.
var ruleCases = map[string][]ruleCase{}

func addCases(code string, cases ...ruleCase) { ruleCases[code] = append(ruleCases[code], cases...) }

// fires and quiet build the two kinds of case.
func fires(name string, change func(c *Census)) ruleCase { return ruleCase{name, true, change} }
func quiet(name string, change func(c *Census)) ruleCase { return ruleCase{name, false, change} }

// TestRules runs every case of every rule: the rule fires after the change, or it does not.
func TestRules(t *testing.T) {
	for _, rule := range Rules(2026) {
		for _, tc := range ruleCases[rule.Code] {
			t.Run(rule.Code+"/"+tc.name, func(t *testing.T) {
				c := baseCensus()
				tc.change(c)
				c.Renumber()
				got := findingsOf(Validate(c, year2026()), rule.Code)
				switch {
				case tc.fires && len(got) == 0:
					t.Errorf("%s did not fire", rule.Code)
				case !tc.fires && len(got) > 0:
					t.Errorf("%s fired: %+v", rule.Code, got)
				}
			})
		}
	}
}

// TestEveryRuleHasBothKindsOfCase keeps every rule tested both ways: a case that makes it fire and a near
// miss that does not.
func TestEveryRuleHasBothKindsOfCase(t *testing.T) {
	for _, rule := range Rules(2026) {
		var pos, neg int
		for _, tc := range ruleCases[rule.Code] {
			if tc.fires {
				pos++
			} else {
				neg++
			}
		}
		if pos == 0 || neg == 0 {
			t.Errorf("rule %s has %d cases that fire and %d that do not; it needs at least one of each", rule.Code, pos, neg)
		}
	}
}
