package chronology_test

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/chronology"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
)

var (
	dateType = reflect.TypeFor[hearth.Date]()
	timeType = reflect.TypeFor[time.Time]()
)

// filled returns a row of the table with every date and time set (so every event it can give is given),
// and its id set to id.
func filled(t *testing.T, table string, id hearth.ID, d hearth.Date) any {
	t.Helper()
	row, ok := store.NewRow(table)
	if !ok {
		t.Fatalf("no table %s", table)
	}
	v := reflect.ValueOf(row).Elem()
	rec := v.Field(0).Addr().Interface().(*hearth.Record)
	rec.ID, rec.RecordedAt = id, d.Time().Add(17*time.Hour)
	for i := 1; i < v.NumField(); i++ {
		switch f := v.Field(i); f.Type() {
		case dateType:
			f.Set(reflect.ValueOf(d))
		case timeType:
			f.Set(reflect.ValueOf(d.Time().Add(10 * time.Hour)))
		}
	}
	return row
}

func TestEveryTableOfAChildsRecordGivesEvents(t *testing.T) {
	if got, want := sorted(chronology.Tables()), sorted(store.ChildTableNames()); !slices.Equal(got, want) {
		t.Fatalf("the chronology reads %v\nthe child's record has %v", got, want)
	}
	var rows []any
	for i, name := range store.ChildTableNames() {
		rows = append(rows, filled(t, name, hearth.ID(i+1), hearth.NewDate(2024, 1, 1).AddDays(i)))
	}
	rec, err := store.NewChildRecord(hearth.Person{Forename: "Amara", Surname: "Okafor"}, rows...)
	if err != nil {
		t.Fatal(err)
	}
	events := chronology.Of(rec, nil)
	seen := map[string]bool{}
	for _, e := range events {
		seen[e.Table] = true
		if e.Title == "" || e.Kind == "" || e.Kind.Label() == string(e.Kind) {
			t.Errorf("event of %s has title %q kind %q", e.Table, e.Title, e.Kind)
		}
	}
	for _, name := range store.ChildTableNames() {
		if !seen[name] {
			t.Errorf("no event from table %s", name)
		}
	}
	for i := 1; i < len(events); i++ {
		if events[i].Date.Before(events[i-1].Date) {
			t.Fatalf("events out of date order at %d: %s after %s", i, events[i].Date, events[i-1].Date)
		}
	}
}

// journey is a short record: a contact, the referral it became, a visit marked in error and a CP plan.
func journey(t *testing.T) *store.ChildRecord {
	t.Helper()
	d := hearth.NewDate
	seen := true
	rec, err := store.NewChildRecord(hearth.Person{Forename: "Amara", Surname: "Okafor"},
		protection.Visit{Record: hearth.Record{ID: 9, Status: hearth.StatusRecordedInError, ErrorReason: "Wrong child"},
			Kind: protection.VisitCP, VisitDate: d(2024, 3, 5), ChildSeen: &seen, WorkerID: 7},
		frontdoor.CINEpisode{Record: hearth.Record{ID: 2}, ReferralDate: d(2024, 2, 1), ReferralSource: "2A", ClosureDate: d(2024, 9, 1), ClosureReason: "RC1"},
		frontdoor.Contact{Record: hearth.Record{ID: 1}, ReceivedAt: time.Date(2024, 1, 31, 9, 30, 0, 0, time.UTC),
			DecidedAt: time.Date(2024, 2, 1, 11, 0, 0, 0, time.UTC), Decision: "referral", Summary: "School worried about bruising", Source: "2A"},
		protection.CPPlan{Record: hearth.Record{ID: 3}, StartDate: d(2024, 3, 1), InitialCategory: "PHY", LatestCategory: "PHY"},
		protection.Visit{Record: hearth.Record{ID: 10}, Kind: protection.VisitCP, VisitDate: d(2024, 3, 12), ChildSeen: &seen, WorkerID: 7},
	)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

type names map[hearth.ID]string

func (n names) Worker(id hearth.ID) string { return n[id] }
func (n names) Team(id hearth.ID) string   { return "" }
func (n names) Person(id hearth.ID) string { return "" }

func TestChronology(t *testing.T) {
	events := chronology.Of(journey(t), names{7: "Priya Shah"})
	var titles []string
	for _, e := range events {
		titles = append(titles, e.Title)
	}
	want := []string{"Contact received", "Contact decided: referral to children's social care for a child and family assessment", "Referral received",
		"Child protection plan started", "Child protection statutory visit", "Child protection statutory visit", "Case closed"}
	if !slices.Equal(titles, want) {
		t.Fatalf("titles = %q\nwant %q", titles, want)
	}

	t.Run("a row recorded in error stays, flagged with its reason", func(t *testing.T) {
		e := events[4]
		if e.RowID != 9 || !e.RecordedInError || e.ErrorReason != "Wrong child" || e.Table != "visits" {
			t.Fatalf("visit in error = %+v", e)
		}
		if e.Detail != "Child seen. By Priya Shah." {
			t.Errorf("visit detail = %q", e.Detail)
		}
	})

	t.Run("filter by kind and dates", func(t *testing.T) {
		got := chronology.Filter{Kinds: []chronology.Kind{chronology.KindVisit, chronology.KindPlan}}.Apply(events)
		if len(got) != 3 || got[0].Kind != chronology.KindPlan {
			t.Fatalf("visits and plans = %+v", got)
		}
		got = chronology.Filter{From: hearth.NewDate(2024, 2, 1), To: hearth.NewDate(2024, 3, 1)}.Apply(events)
		if len(got) != 3 || got[0].Table != "contacts" || got[2].Table != "cp_plans" {
			t.Fatalf("February = %+v", got)
		}
	})

	t.Run("what happened last leaves out rows in error and the future", func(t *testing.T) {
		e, ok := chronology.Latest(events, hearth.NewDate(2024, 3, 10))
		if !ok || e.Table != "cp_plans" {
			t.Fatalf("latest on 10 March = %+v (the visit of 5 March was recorded in error)", e)
		}
		if _, ok := chronology.Latest(events, hearth.NewDate(2023, 1, 1)); ok {
			t.Error("an event before the record began")
		}
	})
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
