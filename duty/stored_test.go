package duty_test

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/duty"
	"hearth/store"
	"hearth/store/storetest"
)

// TestStoredSettings stores local settings through the store, reads them back and applies them, on each
// engine: the latest change of each duty is in force, a change back to the default removes an override,
// and every change is kept with who made it and why.
func TestStoredSettings(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { now = now.Add(time.Minute); return now }
		set := func(duty, unit string, amount int, reason string) {
			t.Helper()
			if _, err := db.SetDuty(ctx, hearth.System, store.DutySetting{Duty: duty, Amount: amount, Unit: unit, Reason: reason}); err != nil {
				t.Fatal(err)
			}
		}
		set("core-group", "weeks", 4, "Core groups every four weeks, agreed by the leadership team")
		set("cp-visit", "working_days", 5, "Weekly visits while on a plan")
		set("cp-visit", "", 0, "Back to ten working days")
		set(duty.DueSoonSetting, "working_days", 5, "A week's warning")

		rows, err := db.DutySettings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s, err := duty.FromStored(rows)
		if err != nil {
			t.Fatal(err)
		}
		if d := s.Get(duty.CoreGroup); d.Amount != 4 || d.Unit != duty.Weeks || d.Default {
			t.Errorf("core group: %+v", d)
		}
		if d := s.Get(duty.CPVisit); d.Amount != 10 || !d.Default {
			t.Errorf("cp visit: %+v", d)
		}
		if s.DueSoon() != 5 {
			t.Errorf("due soon %d", s.DueSoon())
		}

		history, err := db.DutySettingHistory(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(history) != 4 || history[0].Duty != duty.DueSoonSetting || history[1].Amount != 0 ||
			history[3].Reason != "Core groups every four weeks, agreed by the leadership team" || history[3].SetByName == "" ||
			!history[3].SetAt.Equal(time.Date(2026, 3, 2, 9, 1, 0, 0, time.UTC)) {
			t.Errorf("history: %+v", history)
		}
		var audited int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log WHERE table_name = 'duty_settings'`).Scan(&audited); err != nil || audited != 4 {
			t.Errorf("audited %d, %v", audited, err)
		}

		t.Run("a change must say why", func(t *testing.T) {
			_, err := db.SetDuty(ctx, hearth.System, store.DutySetting{Duty: "core-group", Amount: 5, Unit: "weeks"})
			if hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("got %v", err)
			}
		})
		t.Run("a loosened national timescale in the database is refused and the default stands", func(t *testing.T) {
			set("icpc", "working_days", 20, "Typed into the database by hand")
			rows, err := db.DutySettings(ctx)
			if err != nil {
				t.Fatal(err)
			}
			s, err := duty.FromStored(rows)
			if err == nil {
				t.Error("no error for a loosened national timescale")
			}
			if d := s.Get(duty.ICPC); d.Amount != 15 || s.Get(duty.CoreGroup).Amount != 4 {
				t.Errorf("icpc %+v, core group %+v", d, s.Get(duty.CoreGroup))
			}
		})
	})
}
