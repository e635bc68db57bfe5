package store_test

import (
	"context"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store"
	"hearth/store/storetest"
)

// TestVirtualSchoolRegister builds four children by hand and checks the register on 1 March 2026 on
// both engines: the two looked after that day are listed by surname and counted, one who left care and
// one not yet in care are not; the school now, the moves during care, the latest education status, the
// latest PEP and the Pupil Premium Plus against its targets are right; a sealed record is listed without
// its name; paging works; and the list is audited.
func TestVirtualSchoolRegister(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		d := hearth.NewDate
		on := d(2026, 3, 1)
		vs := &hearth.User{Name: "Vera School", Email: "vera@example.org", Role: hearth.RoleVirtualSchool, Active: true}
		must := func(rows ...any) {
			t.Helper()
			for _, row := range rows {
				if err := db.Insert(ctx, worker, row); err != nil {
					t.Fatal(err)
				}
			}
		}
		must(vs)
		person := func(fore, sur string, restricted bool) hearth.ID {
			p := &hearth.Person{Forename: fore, Surname: sur, IsChild: true, BirthDate: d(2012, 5, 1), Restricted: restricted}
			must(p)
			return p.ID
		}
		episode := func(child hearth.ID, start, end hearth.Date) {
			e := &care.Episode{PersonID: child, PeriodStart: start, StartDate: start, ReasonNewEpisode: "S", LegalStatus: "C2",
				CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1", EndDate: end}
			if !end.IsZero() {
				e.ReasonCeased = "E4A"
			}
			must(e)
		}
		ada, zed, left, later := person("Ada", "Brown", false), person("Zed", "Young", true), person("Lee", "Carter", false), person("Max", "Adams", false)
		episode(ada, d(2025, 9, 1), hearth.Date{})
		episode(zed, d(2026, 1, 5), hearth.Date{})
		episode(left, d(2025, 6, 1), d(2026, 1, 1))
		episode(later, d(2026, 3, 2), hearth.Date{})
		no, yes := false, true
		must(
			&care.SchoolPlacement{PersonID: ada, School: "Elm Primary", SchoolURN: "100001", StartDate: d(2019, 9, 1), EndDate: d(2025, 7, 20)},
			&care.SchoolPlacement{PersonID: ada, School: "Oak Academy", StartDate: d(2025, 9, 3), EndDate: d(2025, 11, 1)},
			&care.SchoolPlacement{PersonID: ada, School: "Ash High School", StartDate: d(2025, 11, 3)},
			&care.SchoolPlacement{PersonID: ada, School: "Future College", StartDate: d(2026, 4, 1)},
			&care.EducationStatus{PersonID: ada, Date: d(2025, 9, 10), EHCP: false, NEET: &yes},
			&care.EducationStatus{PersonID: ada, Date: d(2026, 2, 1), EHCP: true, NEET: &no},
			&care.EducationStatus{PersonID: ada, Date: d(2026, 3, 5), EHCP: false},
		)
		old := &care.PersonalEducationPlan{PersonID: ada, Date: d(2025, 9, 20)}
		cur := &care.PersonalEducationPlan{PersonID: ada, Date: d(2026, 1, 15)}
		must(old, cur)
		must(
			&care.PEPTarget{PersonID: ada, PEPID: old.ID, Target: "Settle in", Allocated: 900, Spent: 900, Status: "achieved"},
			&care.PEPTarget{PersonID: ada, PEPID: cur.ID, Target: "Read a chapter book alone", Allocated: 500, Spent: 200, Status: "achieved"},
			&care.PEPTarget{PersonID: ada, PEPID: cur.ID, Target: "Attend every maths lesson", Allocated: 300, Status: "open"},
		)

		reg, err := db.VirtualSchoolRegister(ctx, hearth.Actor{UserID: vs.ID, Name: vs.Name, Role: vs.Role}, on, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if reg.Total != 2 || len(reg.Children) != 2 {
			t.Fatalf("the register lists %d of %d children, want 2 of 2: %+v", len(reg.Children), reg.Total, reg.Children)
		}
		a, z := reg.Children[0], reg.Children[1]
		if a.PersonID != ada || z.PersonID != zed {
			t.Fatalf("the register lists %d then %d, want Ada Brown (%d) then Zed Young (%d)", a.PersonID, z.PersonID, ada, zed)
		}
		if a.School != "Ash High School" || a.SchoolSince != d(2025, 11, 3) || a.SchoolMoves != 2 {
			t.Errorf("Ada's school is %q since %s with %d moves, want Ash High School since 3 November 2025 with 2 moves (to Oak Academy, then to Ash High School)", a.School, a.SchoolSince, a.SchoolMoves)
		}
		if !a.EHCP || a.NEET == nil || *a.NEET || a.StatusDate != d(2026, 2, 1) {
			t.Errorf("Ada's education status is EHCP %v NEET %v of %s, want the status of 1 February 2026", a.EHCP, a.NEET, a.StatusDate)
		}
		if a.LastPEP != d(2026, 1, 15) || a.Targets != 2 || a.Achieved != 1 || a.Allocated != 800 || a.Spent != 200 {
			t.Errorf("Ada's PEP is %s with %d targets (%d achieved), £%d allocated and £%d spent; want 15 January 2026, 2 (1), £800, £200",
				a.LastPEP, a.Targets, a.Achieved, a.Allocated, a.Spent)
		}
		if a.LegalStatus != "C2" || a.PlacementType != "U6" || a.PeriodStart != d(2025, 9, 1) {
			t.Errorf("Ada's care is %+v", a)
		}
		if !z.Masked || z.Forename != "" || z.Surname != "" || z.School != "" || !z.LastPEP.IsZero() {
			t.Errorf("Zed's sealed record shows %+v", z)
		}
		second, err := db.VirtualSchoolRegister(ctx, hearth.Actor{UserID: vs.ID, Name: vs.Name, Role: vs.Role}, on, store.Page{Limit: 1, Offset: 1})
		if err != nil {
			t.Fatal(err)
		}
		if second.Total != 2 || len(second.Children) != 1 || second.Children[0].PersonID != zed {
			t.Errorf("the second page of one is %+v of %d, want Zed", second.Children, second.Total)
		}
		var audited int
		q := `SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND detail LIKE 'virtual school register%'`
		if db.Engine == store.Postgres {
			q = strings.Replace(q, "?", "$1", 1)
		}
		if err := db.SQL().QueryRow(q, vs.ID).Scan(&audited); err != nil {
			t.Fatal(err)
		}
		if audited != 2 {
			t.Errorf("%d audit entries for two pages of the register, want 2", audited)
		}
	})
}
