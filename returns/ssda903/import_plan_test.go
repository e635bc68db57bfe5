package ssda903

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
)

// TestPlanImportReportsWhatItCannotTake plans the import of a small return with a row of each kind the
// record cannot take into an empty record, and checks every problem reported (table, row, child and
// why) and that the good rows are planned.
func TestPlanImportReportsWhatItCannotTake(t *testing.T) {
	ret := &Return{}
	for _, tb := range Tables {
		ret.Present[tb] = true
		ret.Source[tb] = tb.File()
	}
	ret.Append(Header, []string{"C1", "F", "01/05/2010", "WBRI", "UN5", "0", ""})
	ret.Append(Header, []string{"C 2!", "M", "01/05/2010", "WBRI", "UN5", "", ""}) // not an LA child id
	ret.Append(Header, []string{"C3", "M", "31/02/2010", "WBRI", "UN5", "", ""})   // no such date
	ret.Append(Header, []string{"C1", "F", "01/05/2010", "WBRI", "UN5", "0", ""})  // twice
	ret.Append(Episodes, []string{"C1", "01/06/2025", "S", "C2", "N1", "U6", "PR4", "", "", "", "", "", ""})
	ret.Append(Episodes, []string{"C1", "2025-07-01", "P", "C2", "N1", "U6", "PR4", "", "", "", "", "", ""})
	ret.Append(Episodes, []string{"C9", "01/06/2025", "S", "C2", "N1", "U6", "PR4", "", "", "", "", "", ""}) // no Header row
	ret.Append(Reviews, []string{"C1", "01/05/2010", "01/09/2025", "PN9"})                                   // not a code
	ret.Append(Missing, []string{"C1", "01/05/2010", "M", "05/08/2025", "06/08/2025"})
	plan := PlanImport(ret, 2026, &ImportState{People: map[string]hearth.Person{}, Workers: map[string]hearth.ID{}})

	want := []struct {
		table  Table
		row    int
		child  string
		reason string
	}{
		{Episodes, 2, "C9", "no row in the Header table"},
		{Episodes, 1, "C1", `DECOM "2025-07-01" is not a date`},
		{Reviews, 0, "C1", "participation"},
		{Header, 1, "C 2!", "LA child ID"},
		{Header, 2, "C3", `DOB "31/02/2010" is not a date`},
		{Header, 3, "C1", "a second Header row"},
	}
	if len(plan.Problems) != len(want) {
		t.Errorf("%d problems, want %d: %+v", len(plan.Problems), len(want), plan.Problems)
	}
	for i, w := range want {
		if i >= len(plan.Problems) {
			break
		}
		p := plan.Problems[i]
		if p.Table != w.table.String() || p.File != w.table.File() || p.Row != w.row || p.Child != w.child || !strings.Contains(p.Reason, w.reason) {
			t.Errorf("problem %d: %+v, want %s row %d, child %s, a reason with %q", i, p, w.table, w.row, w.child, w.reason)
		}
	}
	if plan.Children != 3 || plan.New != 1 {
		t.Errorf("%d children looked at, %d new; want 3 and 1", plan.Children, plan.New)
	}
	var kinds []string
	for _, s := range plan.Steps {
		switch r := s.Row.(type) {
		case *hearth.Person:
			kinds = append(kinds, "person "+r.LAChildID.String())
		case *care.Episode:
			kinds = append(kinds, "episode "+r.StartDate.String())
		default:
			kinds = append(kinds, fmt.Sprintf("%T", s.Row))
		}
	}
	if want := []string{"person C1", "episode 2025-06-01", "*exploitation.MissingEpisode"}; !slices.Equal(kinds, want) {
		t.Errorf("writes %q, want %q", kinds, want)
	}
}
