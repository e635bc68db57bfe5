package duty

import (
	"errors"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
)

func date(s string) hearth.Date {
	d, err := hearth.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestDueFromRealCalendar checks each duty of the pathway on days where bank holidays, weekends and
// short months move the answer, each worked out by hand from the published bank holidays.
func TestDueFromRealCalendar(t *testing.T) {
	cal := calendar.England()
	s := Defaults()
	cases := []struct {
		name  string
		id    ID
		start string
		want  string
	}{
		// Contact decisions: 1 working day.
		{"contact on a Tuesday is due the Wednesday", ContactDecision, "2025-06-10", "2025-06-11"},
		{"contact on a Friday is due the Monday", ContactDecision, "2025-06-13", "2025-06-16"},
		{"contact on a Saturday is due the Monday", ContactDecision, "2025-06-14", "2025-06-16"},
		{"contact before Easter waits for the Tuesday", ContactDecision, "2025-04-17", "2025-04-22"},
		{"contact on Christmas Eve 2026 skips Christmas and the substitute Boxing Day", ContactDecision, "2026-12-24", "2026-12-29"},
		{"contact on New Year's Eve 2025 is due 2 January", ContactDecision, "2025-12-31", "2026-01-02"},
		// Strategy discussions: 1 working day (local).
		{"strategy discussion over the Spring bank holiday", StrategyDiscussion, "2025-05-23", "2025-05-27"},
		// Assessments: 45 working days from the referral.
		{"assessment in an ordinary stretch", Assessment, "2025-09-01", "2025-11-03"},
		{"assessment across Christmas and New Year", Assessment, "2025-11-17", "2026-01-22"},
		{"assessment across Easter and two May bank holidays", Assessment, "2025-04-01", "2025-06-09"},
		// Initial conferences: 15 working days from the strategy discussion.
		{"ICPC across Easter 2026", ICPC, "2026-03-25", "2026-04-17"},
		{"ICPC across Christmas 2025", ICPC, "2025-12-15", "2026-01-08"},
		// First core group: 10 working days from the ICPC.
		{"first core group across the Summer bank holiday", FirstCoreGroup, "2025-08-20", "2025-09-04"},
		// Core groups: every 6 weeks, brought back off a bank holiday.
		{"core group in an ordinary stretch", CoreGroup, "2025-06-10", "2025-07-22"},
		{"core group whose six weeks end on Boxing Day", CoreGroup, "2025-11-14", "2025-12-24"},
		// Review conferences: 3 months from the ICPC, then 6 months.
		{"first review in an ordinary month", FirstReviewConference, "2025-06-10", "2025-09-10"},
		{"first review from 30 November ends in February, on a Saturday", FirstReviewConference, "2025-11-30", "2026-02-27"},
		{"first review ending on the Spring bank holiday", FirstReviewConference, "2025-02-26", "2025-05-23"},
		{"later review from 31 August in a leap year is 29 February", ReviewConference, "2023-08-31", "2024-02-29"},
		{"later review from 31 August is 28 February", ReviewConference, "2024-08-31", "2025-02-28"},
		{"later review ending on Christmas Day", ReviewConference, "2025-06-25", "2025-12-24"},
		{"later review ending on New Year's Day 2027 goes back to 31 December", ReviewConference, "2026-07-01", "2026-12-31"},
		// Visits: 10 working days (local).
		{"visit across Christmas 2026", CPVisit, "2026-12-18", "2027-01-06"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Get(c.id).DueFrom(cal, date(c.start))
			if err != nil {
				t.Fatal(err)
			}
			if got != date(c.want) {
				t.Errorf("%s from %s (%s): got %s %s, want %s", c.id, c.start, s.Get(c.id).Timescale(), got, got.Time().Weekday(), c.want)
			}
		})
	}
}

// TestDueDateIsAWorkingDay is the law the design names: whatever the duty, its timescale and its start,
// the due date is a working day after the start. It is checked for every start day of ten years
// and a spread of amounts in every day unit, which covers each bank holiday and month end of those years.
func TestDueDateIsAWorkingDay(t *testing.T) {
	cal := calendar.England()
	amounts := []int{1, 2, 3, 5, 6, 10, 15, 20, 45}
	for _, unit := range []Unit{WorkingDays, Days, Weeks, Months} {
		for _, n := range amounts {
			if unit == Months && n > maxAmount(Months) {
				continue
			}
			d := Definition{ID: "test", Amount: n, Unit: unit}
			for start := date("2015-01-01"); start.Before(date("2025-01-01")); start = start.AddDays(1) {
				due, err := d.DueFrom(cal, start)
				if err != nil {
					t.Fatalf("%d %s from %s: %v", n, unit, start, err)
				}
				ok, _ := cal.IsWorkingDay(due.Time())
				if !ok {
					t.Fatalf("%d %s from %s: due %s is not a working day", n, unit, start, due)
				}
				if !due.After(start) {
					t.Fatalf("%d %s from %s: due %s is not after the start", n, unit, start, due)
				}
				if unit == WorkingDays {
					if k, _ := cal.WorkingDaysBetween(start.Time(), due.Time()); k != n {
						t.Fatalf("%d working days from %s: due %s is %d working days later", n, start, due, k)
					}
				}
			}
		}
	}
}

func TestDueFromRefusesWhatItCannotAnswer(t *testing.T) {
	cal := calendar.England()
	t.Run("past the known bank holidays", func(t *testing.T) {
		_, err := Defaults().Get(Assessment).DueFrom(cal, date("2027-12-01"))
		var oor *calendar.OutOfRangeError
		if !errors.As(err, &oor) {
			t.Fatalf("got %v, want an OutOfRangeError", err)
		}
	})
	t.Run("no start", func(t *testing.T) {
		if _, err := Defaults().Get(ICPC).DueFrom(cal, hearth.Date{}); err == nil {
			t.Fatal("a duty with no start date gave a due date")
		}
	})
	t.Run("an hours duty", func(t *testing.T) {
		if _, err := Defaults().Get(MASHCheckRed).DueFrom(cal, date("2025-06-10")); err == nil {
			t.Fatal("a duty counted in hours gave a due day")
		}
	})
}

func TestMASHCheckDueBy(t *testing.T) {
	cal := calendar.England()
	at := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, London)
		if err != nil {
			panic(err)
		}
		return t
	}
	cases := []struct {
		name, rag, asked, want string
	}{
		{"red on a weekday afternoon", "red", "2025-06-10 10:30", "2025-06-10 14:30"},
		{"red late on a Friday runs on the clock into Saturday", "red", "2025-06-13 22:00", "2025-06-14 02:00"},
		{"red across the spring clock change", "red", "2025-03-29 23:00", "2025-03-30 04:00"},
		{"amber on a Tuesday is due the same time Wednesday", "amber", "2025-06-10 09:15", "2025-06-11 09:15"},
		{"amber on a Friday afternoon is due the Monday", "amber", "2025-06-13 16:00", "2025-06-16 16:00"},
		{"amber on a Saturday starts on the Monday", "amber", "2025-06-14 10:00", "2025-06-17 00:00"},
		{"amber before Easter is due the Tuesday", "amber", "2025-04-17 11:00", "2025-04-22 11:00"},
		{"green on a Wednesday is due the Monday", "green", "2025-06-11 14:00", "2025-06-16 14:00"},
		{"green on Christmas Eve 2025", "green", "2025-12-24 12:00", "2025-12-31 12:00"},
		{"green across the autumn clock change", "green", "2025-10-23 12:00", "2025-10-28 12:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := MASHCheckDueBy(Defaults(), cal, c.rag, at(c.asked))
			if err != nil {
				t.Fatal(err)
			}
			if want := at(c.want); !got.Equal(want) {
				t.Errorf("got %s, want %s", got.In(London).Format("Mon 2006-01-02 15:04"), want.Format("Mon 2006-01-02 15:04"))
			}
		})
	}
	t.Run("a time in UTC is read as the time in England", func(t *testing.T) {
		// 23:30 UTC on Friday 13 June 2025 is 00:30 on Saturday in England: the clock starts on Monday.
		got, err := MASHCheckDueBy(Defaults(), cal, "amber", time.Date(2025, 6, 13, 23, 30, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if want := at("2025-06-17 00:00"); !got.Equal(want) {
			t.Errorf("got %s, want %s", got.In(London), want)
		}
	})
	t.Run("an unknown rating", func(t *testing.T) {
		if _, err := MASHCheckDueBy(Defaults(), cal, "purple", at("2025-06-10 10:00")); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Fatalf("got %v, want an invalid error", err)
		}
	})
	t.Run("a local protocol in working days", func(t *testing.T) {
		s := Defaults()
		if err := s.Override(MASHCheckGreen, 2, WorkingDays); err != nil {
			t.Fatal(err)
		}
		got, err := MASHCheckDueBy(s, cal, "green", at("2025-06-13 10:00"))
		if err != nil {
			t.Fatal(err)
		}
		if want := at("2025-06-18 00:00"); !got.Equal(want) {
			t.Errorf("got %s, want the end of Tuesday 17 June", got.In(London))
		}
	})
}

func TestEveryDutyIsDefinedOnce(t *testing.T) {
	seen := map[ID]bool{}
	for _, d := range Defaults().All() {
		if seen[d.ID] {
			t.Errorf("%s is defined twice", d.ID)
		}
		seen[d.ID] = true
		if d.Title == "" || d.Starts == "" || d.Basis == "" || d.Amount < 1 || d.Unit.Code() == "" || !d.Default {
			t.Errorf("%s is incomplete: %+v", d.ID, d)
		}
	}
	for _, id := range []ID{ContactDecision, MASHCheckRed, MASHCheckAmber, MASHCheckGreen, StrategyDiscussion, Assessment,
		ICPC, FirstCoreGroup, CoreGroup, FirstReviewConference, ReviewConference, CPVisit} {
		if !seen[id] {
			t.Errorf("%s has no definition", id)
		}
	}
	if got := Defaults().Get("no-such-duty"); got.ID != "" {
		t.Errorf("an unknown duty gave %+v", got)
	}
}

func TestOverride(t *testing.T) {
	t.Run("a local timescale may be made longer", func(t *testing.T) {
		s := Defaults()
		if err := s.Override(CoreGroup, 8, Weeks); err != nil {
			t.Fatal(err)
		}
		if d := s.Get(CoreGroup); d.Amount != 8 || d.Unit != Weeks || d.Default {
			t.Errorf("got %+v", d)
		}
		if d := Defaults().Get(CoreGroup); d.Amount != 6 {
			t.Errorf("the override changed the defaults: %+v", d)
		}
	})
	t.Run("an override changes only its own copy", func(t *testing.T) {
		a := Defaults()
		if err := a.Override(CPVisit, 5, WorkingDays); err != nil {
			t.Fatal(err)
		}
		b := a
		if err := b.Override(CPVisit, 15, WorkingDays); err != nil {
			t.Fatal(err)
		}
		if a.Get(CPVisit).Amount != 5 || b.Get(CPVisit).Amount != 15 {
			t.Errorf("a %d, b %d", a.Get(CPVisit).Amount, b.Get(CPVisit).Amount)
		}
	})
	t.Run("a national timescale may be made stricter", func(t *testing.T) {
		s := Defaults()
		if err := s.Override(ICPC, 10, WorkingDays); err != nil {
			t.Fatal(err)
		}
		if err := s.Override(FirstReviewConference, 12, Weeks); err != nil {
			t.Fatal(err)
		}
		// 15 working days are never shorter than 3 weeks, nor 45 working days than 9 weeks.
		if err := s.Override(ICPC, 3, Weeks); err != nil {
			t.Fatal(err)
		}
		if err := s.Override(Assessment, 9, Weeks); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a national timescale may not be loosened", func(t *testing.T) {
		for _, c := range []struct {
			id     ID
			amount int
			unit   Unit
		}{
			{ICPC, 16, WorkingDays},
			{Assessment, 10, Weeks},            // 45 working days are at most 9 weeks and a few bank holidays
			{FirstReviewConference, 13, Weeks}, // 91 days is longer than the shortest three months (90 days)
			{ReviewConference, 7, Months},
			{ContactDecision, 2, Days},
		} {
			s := Defaults()
			err := s.Override(c.id, c.amount, c.unit)
			if hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("%s to %d %s: got %v, want a refusal", c.id, c.amount, c.unit, err)
			}
			if s.Get(c.id) != Defaults().Get(c.id) {
				t.Errorf("%s changed although refused", c.id)
			}
		}
	})
	t.Run("nonsense is refused", func(t *testing.T) {
		s := Defaults()
		for _, err := range []error{
			s.Override("no-such-duty", 1, Days),
			s.Override(CoreGroup, 0, Weeks),
			s.Override(CoreGroup, 1000, Weeks),
			s.Override(CoreGroup, 4, Unit(99)),
			s.Override(CoreGroup, 4, Hours),
		} {
			if hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("got %v, want a refusal", err)
			}
		}
	})
	t.Run("setting the default again removes the override", func(t *testing.T) {
		s := Defaults()
		_ = s.Override(CoreGroup, 4, Weeks)
		if err := s.Override(CoreGroup, 6, Weeks); err != nil {
			t.Fatal(err)
		}
		if !s.Get(CoreGroup).Default {
			t.Error("still marked as a local override")
		}
		_ = s.Override(CPVisit, 5, WorkingDays)
		s.Reset(CPVisit)
		if !s.Get(CPVisit).Default {
			t.Error("Reset left the override")
		}
	})
	t.Run("due soon", func(t *testing.T) {
		s := Defaults()
		if s.DueSoon() != DefaultDueSoon {
			t.Errorf("default due soon %d", s.DueSoon())
		}
		if err := s.SetDueSoon(5); err != nil || s.DueSoon() != 5 {
			t.Errorf("set 5: %v, %d", err, s.DueSoon())
		}
		for _, n := range []int{0, 21} {
			if err := s.SetDueSoon(n); err == nil || s.DueSoon() != 5 {
				t.Errorf("%d working days accepted", n)
			}
		}
	})
}

func TestUnitCodes(t *testing.T) {
	for _, u := range Units {
		got, err := ParseUnit(u.Code())
		if err != nil || got != u {
			t.Errorf("%s: got %v, %v", u.Code(), got, err)
		}
	}
	if _, err := ParseUnit("fortnights"); err == nil {
		t.Error("an unknown unit was accepted")
	}
	if got := Defaults().Get(Assessment).Timescale(); got != "45 working days" {
		t.Errorf("got %q", got)
	}
	if got := Defaults().Get(ContactDecision).Timescale(); got != "1 working day" {
		t.Errorf("got %q", got)
	}
}
