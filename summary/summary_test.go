package summary_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"hearth"
	"hearth/care"
	"hearth/chronology"
	"hearth/exploitation"
	"hearth/protection"
	"hearth/store"
	"hearth/summary"
	"hearth/synth"
)

var ref = hearth.NewDate(2026, time.March, 31)

var (
	authorityOnce sync.Once
	authorityPath string
	authorityErr  error
)

// authority opens a small synthetic authority with two years of history, made once for the package's
// tests in a folder of its own.
func authority(t *testing.T) *store.DB {
	t.Helper()
	ctx := context.Background()
	authorityOnce.Do(func() {
		dir, err := osMkdirTemp()
		if err != nil {
			authorityErr = err
			return
		}
		authorityPath = filepath.Join(dir, "small.db")
		db, err := store.Open(ctx, authorityPath)
		if err != nil {
			authorityErr = err
			return
		}
		defer db.Close()
		_, authorityErr = synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 3, ReferenceDate: ref, Years: 2})
	})
	if authorityErr != nil {
		t.Fatal(authorityErr)
	}
	db, err := store.Open(ctx, authorityPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// one returns the first row of a query over the authority, scanned into dst.
func one(t *testing.T, db *store.DB, q string, dst ...any) {
	t.Helper()
	if err := db.SQL().QueryRow(q).Scan(dst...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// summarise loads, names and summarises a child of the authority on the reference date.
func summarise(t *testing.T, db *store.DB, id hearth.ID) (summary.Summary, []chronology.Event, *store.ChildRecord) {
	t.Helper()
	ctx := context.Background()
	rec, err := db.LoadChild(ctx, hearth.System, id, "test")
	if err != nil {
		t.Fatal(err)
	}
	names, err := db.NamesFor(ctx, rec)
	if err != nil {
		t.Fatal(err)
	}
	family, err := db.FamilyOf(ctx, rec, ref)
	if err != nil {
		t.Fatal(err)
	}
	return summary.Of(rec, names, family, ref), chronology.Of(rec, names), rec
}

func TestSummaryOfSyntheticChildren(t *testing.T) {
	db := authority(t)

	t.Run("a looked-after child: legal status with its DfE meaning, placement and next review", func(t *testing.T) {
		var id hearth.ID
		var ls, pl string
		one(t, db, `SELECT person_id, legal_status, placement_type FROM cla_episodes WHERE end_date IS NULL AND record_status = 'active'
			ORDER BY person_id LIMIT 1`, &id, &ls, &pl)
		s, events, _ := summarise(t, db, id)
		if s.LookedAfter == nil || s.LegalStatus == nil || s.LegalStatus.Code != ls || s.LegalStatus.Meaning != care.LegalStatuses.Description(ls) {
			t.Fatalf("legal status = %+v, want %s", s.LegalStatus, ls)
		}
		if s.LookedAfter.Placement.Code != pl || s.LookedAfter.Placement.Meaning == "" || !slices.Contains(s.Statuses, "Looked after") {
			t.Fatalf("looked after = %+v, statuses %v", s.LookedAfter, s.Statuses)
		}
		if s.LookedAfter.NextReview.IsZero() || !s.LookedAfter.NextReview.After(s.LookedAfter.PeriodStart) {
			t.Errorf("next review %s for a period that began %s", s.LookedAfter.NextReview, s.LookedAfter.PeriodStart)
		}
		if s.Age < 0 || s.Age > 18 || s.Name == "" {
			t.Errorf("name %q age %d", s.Name, s.Age)
		}
		if !slices.ContainsFunc(events, func(e chronology.Event) bool { return e.Table == "cla_episodes" }) {
			t.Error("the chronology has no looked-after episode")
		}
	})

	t.Run("a child on a plan: categories, warning, next review and the allocated worker by name", func(t *testing.T) {
		var id hearth.ID
		var start hearth.Date
		one(t, db, `SELECT p.person_id, p.start_date FROM cp_plans p WHERE p.end_date IS NULL AND p.other_la = 0 AND p.record_status = 'active'
			AND EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = p.person_id AND i.role = 'social_worker' AND i.end_date IS NULL)
			ORDER BY p.person_id LIMIT 1`, &id, &start)
		s, _, _ := summarise(t, db, id)
		if s.CPPlan == nil || s.CPPlan.Start != start || len(s.CPPlan.Categories) == 0 || s.CPPlan.Categories[0].Meaning == "" {
			t.Fatalf("cp plan = %+v, want one from %s", s.CPPlan, start)
		}
		if !s.CPPlan.NextReview.After(ref.AddDays(-1)) && !s.CPPlan.NextReview.After(start) {
			t.Errorf("next review %s", s.CPPlan.NextReview)
		}
		if !slices.ContainsFunc(s.Warnings, func(w summary.Warning) bool { return w.Code == "cp_plan" }) {
			t.Errorf("no CP plan warning: %+v", s.Warnings)
		}
		var worker, team string
		one(t, db, `SELECT w.name, d.name FROM involvements i JOIN professionals w ON w.id = i.worker_id JOIN department d ON d.id = i.team_id
			WHERE i.person_id = `+itoa(id)+` AND i.role = 'social_worker' AND i.end_date IS NULL`, &worker, &team)
		if len(s.Allocations) == 0 || s.Allocations[0].Worker != worker || s.Allocations[0].Team != team || s.Allocations[0].RoleName == "" {
			t.Fatalf("allocations = %+v, want %s of %s first", s.Allocations, worker, team)
		}
		if slices.ContainsFunc(s.Warnings, func(w summary.Warning) bool { return w.Code == "unallocated" }) {
			t.Error("an allocated child is warned as unallocated")
		}
	})

	t.Run("a care leaver: category, in touch and last contact", func(t *testing.T) {
		var id hearth.ID
		var cat string
		one(t, db, `SELECT person_id, category FROM care_leavers WHERE end_date IS NULL AND record_status = 'active' ORDER BY person_id LIMIT 1`, &id, &cat)
		s, _, _ := summarise(t, db, id)
		if s.CareLeaver == nil || s.CareLeaver.Category.Code != cat || s.CareLeaver.Category.Meaning == "" {
			t.Fatalf("care leaver = %+v, want %s", s.CareLeaver, cat)
		}
	})

	t.Run("family in both directions with names, and the key dates match the tables", func(t *testing.T) {
		var id, parent hearth.ID
		var fore string
		one(t, db, `SELECT r.related_person_id, r.person_id, p.forename FROM relationships r JOIN person p ON p.id = r.person_id
			WHERE r.kind = 'parent' AND EXISTS (SELECT 1 FROM visits v WHERE v.person_id = r.related_person_id)
			ORDER BY r.related_person_id LIMIT 1`, &id, &parent, &fore)
		s, events, rec := summarise(t, db, id)
		i := slices.IndexFunc(s.Family, func(m store.FamilyMember) bool { return m.PersonID == parent })
		if i < 0 || s.Family[i].Relationship != "parent" || s.Family[i].Name.Forename != fore {
			t.Fatalf("family = %+v, want parent %d (%s)", s.Family, parent, fore)
		}
		var last hearth.Date
		one(t, db, `SELECT MAX(visit_date) FROM visits WHERE record_status = 'active' AND person_id = `+itoa(id), &last)
		k := slices.IndexFunc(s.KeyDates, func(k summary.KeyDate) bool { return k.Label == "Last visit" })
		if k < 0 || s.KeyDates[k].Date != last {
			t.Fatalf("key dates = %+v, want last visit %s", s.KeyDates, last)
		}
		visits := 0
		for i, e := range events {
			if e.Table == "visits" {
				visits++
			}
			if e.Title == "" || e.Date.IsZero() || e.RowID == 0 {
				t.Errorf("event %+v", e)
			}
			if i > 0 && e.Date.Before(events[i-1].Date) {
				t.Errorf("event %d (%s) is before the one above it (%s)", i, e.Date, events[i-1].Date)
			}
		}
		if visits != len(store.Rows[protectionVisit](rec)) {
			t.Errorf("%d visit events for %d visits", visits, len(store.Rows[protectionVisit](rec)))
		}
	})
}

func TestWarnings(t *testing.T) {
	on := hearth.NewDate(2025, 6, 1)
	high := exploitation.ExploitationRisk{Date: on.AddDays(-30), Kind: "cce", Level: "high"}
	lowered := exploitation.ExploitationRisk{Date: on.AddDays(-60), Kind: "cse", Level: "high"}
	lower := exploitation.ExploitationRisk{Date: on.AddDays(-10), Kind: "cse", Level: "low"}
	rec, err := store.NewChildRecord(hearth.Person{Forename: "Dawit", Surname: "Tesfaye", BirthDate: hearth.NewDate(2009, 2, 1),
		Restricted: true, Disabilities: hearth.Codes{"HAND"}},
		care.UASC{StartDate: hearth.NewDate(2024, 10, 1)},
		exploitation.MissingEpisode{Kind: "M", StartTime: time.Date(2025, 5, 31, 22, 15, 0, 0, time.UTC)},
		exploitation.MissingEpisode{Kind: "M", StartTime: time.Date(2025, 4, 1, 20, 0, 0, 0, time.UTC), EndTime: time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC)},
		high, lowered, lower,
		care.Episode{PeriodStart: hearth.NewDate(2024, 10, 1), StartDate: hearth.NewDate(2024, 10, 1), ReasonNewEpisode: "S",
			LegalStatus: "V2", PlacementType: "K2", CategoryOfNeed: "N8"},
	)
	if err != nil {
		t.Fatal(err)
	}
	s := summary.Of(rec, nil, nil, on)
	var codes []string
	for _, w := range s.Warnings {
		codes = append(codes, w.Code)
	}
	want := []string{"restricted", "missing", "uasc", "disabled", "exploitation", "unallocated"}
	if !slices.Equal(codes, want) {
		t.Fatalf("warnings = %+v\nwant codes %v", s.Warnings, want)
	}
	if s.Warnings[1].Text != "Missing since 22:15 on 31 May 2025" {
		t.Errorf("missing warning = %q", s.Warnings[1].Text)
	}
	if s.Age != 16 || s.LegalStatus == nil || s.LegalStatus.Code != "V2" {
		t.Errorf("age %d, legal status %+v", s.Age, s.LegalStatus)
	}
	if want := hearth.NewDate(2024, 10, 29); s.LookedAfter.NextReview != want {
		t.Errorf("first review due %s, want %s (20 working days)", s.LookedAfter.NextReview, want)
	}
}

type protectionVisit = protection.Visit

func itoa(id hearth.ID) string { return strconv.FormatInt(id, 10) }

// osMkdirTemp makes the folder the shared authority lives in; it is removed when the tests end (TestMain).
func osMkdirTemp() (string, error) { return os.MkdirTemp("", "hearth-summary-") }

func TestMain(m *testing.M) {
	code := m.Run()
	if authorityPath != "" {
		os.RemoveAll(filepath.Dir(authorityPath))
	}
	os.Exit(code)
}
