package cin

// NotRun is a rule of the collection year that Hearth does not run, with the reason, so that a report
// says so rather than letting the rule pass silently.
type NotRun struct {
	Code   string
	Reason string
}

// notImplemented lists the rules of the supported years that are not run, each with its reason. The test
// TestEveryRuleOfTheYearIsImplementedOrListed keeps it and the DfE's list of rules in step.
var notImplemented = []NotRun{}

// NotRunIn returns the rules of the collection year that are not run, with the reason for each.
func NotRunIn(year int) []NotRun {
	if !SupportedYear(year) {
		return nil
	}
	return append([]NotRun(nil), notImplemented...)
}
