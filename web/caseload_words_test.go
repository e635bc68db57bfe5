package web

import (
	"testing"

	"hearth"
	"hearth/store"
	"hearth/workforce"
)

func TestCaseloadWords(t *testing.T) {
	on := hearth.NewDate(2026, 3, 2)
	for _, c := range []struct {
		born hearth.Date
		want string
	}{
		{hearth.NewDate(2015, 3, 2), "11 years"},
		{hearth.NewDate(2015, 3, 3), "10 years"},
		{hearth.NewDate(2024, 3, 2), "2 years"},
		{hearth.NewDate(2024, 3, 3), "23 months"},
		{hearth.NewDate(2026, 2, 1), "1 month"},
		{hearth.NewDate(2026, 2, 20), "0 months"},
		{hearth.NewDate(2026, 4, 1), "Unborn"},
	} {
		if got := agePhrase(c.born, on); got != c.want {
			t.Errorf("born %s: %q, want %q", c.born, got, c.want)
		}
	}
	for days, want := range map[int]string{0: "today", 1: "yesterday", 12: "12 days ago"} {
		if got := daysAgo(days); got != want {
			t.Errorf("%d days: %q, want %q", days, got, want)
		}
	}

	t.Run("the six-week flag is for the workers who visit", func(t *testing.T) {
		old := on.AddDays(-visitGapDays - 1)
		sw := caseloadRowOf(store.CaseloadChild{Role: workforce.RoleSocialWorker, Since: old, LastVisit: old}, on)
		iro := caseloadRowOf(store.CaseloadChild{Role: workforce.RoleReviewingOfficer, Since: old, LastVisit: old}, on)
		never := caseloadRowOf(store.CaseloadChild{Role: workforce.RolePersonalAdviser, Since: old}, on)
		recent := caseloadRowOf(store.CaseloadChild{Role: workforce.RoleSocialWorker, Since: old, LastVisit: on.AddDays(-visitGapDays)}, on)
		if !sw.VisitGap || iro.VisitGap || !never.VisitGap || recent.VisitGap {
			t.Fatalf("social worker %v, reviewing officer %v, never visited %v, six weeks ago to the day %v", sw.VisitGap, iro.VisitGap, never.VisitGap, recent.VisitGap)
		}
		masked := caseloadRowOf(store.CaseloadChild{Masked: true, Role: workforce.RoleSocialWorker}, on)
		if masked.Name != "Restricted record" || masked.Age != "" {
			t.Fatalf("a masked child: %+v", masked)
		}
	})
}
