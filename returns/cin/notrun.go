package cin

import "hearth/returns"

// notImplemented lists the rules of the supported years that are not run, each with the reason, so that
// a report says so rather than letting the rule pass silently. Every CIN census rule of 2024/25 and
// 2025/26 is implemented, so it is empty; TestEveryRuleOfTheYearIsImplementedOrListed keeps it and the
// DfE's list of rules in step.
var notImplemented = []returns.NotRun{}

// NotRunIn returns the rules of the collection year that are not run, with the reason for each.
func NotRunIn(year int) []returns.NotRun {
	if !SupportedYear(year) {
		return nil
	}
	return append([]returns.NotRun(nil), notImplemented...)
}
