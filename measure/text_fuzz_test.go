package measure_test

import (
	"strings"
	"testing"

	"hearth/measure"
)

// FuzzPlanText checks, for any text a worker types into a plan, that judging it never panics, that text
// judged substantive has at least the words asked for, and that surrounding spaces and a closing full stop
// never change the judgement.
func FuzzPlanText(f *testing.F) {
	for _, s := range []string{"", "To be agreed.", "TBC", "n/a", "If things do not improve we will seek legal advice", "  \t", "ÉCOLE  ✓ ✓"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, n := range []int{1, 3, measure.ContingencyWords} {
			got := measure.Substantive(text, n)
			if got && len(strings.Fields(text)) < n {
				t.Fatalf("%q judged substantive with fewer than %d words", text, n)
			}
			if again := measure.Substantive("  "+text+"  ", n); again != got {
				t.Fatalf("%q: surrounding spaces changed the judgement", text)
			}
		}
		measure.AgenciesOf(text)
		measure.AgencyIndex(text)
	})
}
