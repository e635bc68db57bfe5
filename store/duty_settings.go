package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"hearth"
)

// DutySetting is one change to the organisation's settings of a duty (package duty, which decides what a
// setting may be): the duty's new timescale, or Amount 0 to put it back to its default. Duty is a duty id
// or "due-soon", for how many working days before its due date an item shows as due soon.
type DutySetting struct {
	ID     hearth.ID
	Duty   string
	Amount int    // 0: back to the default
	Unit   string // the unit's code, such as working_days; empty when Amount is 0
	SetAt  time.Time
	SetBy  hearth.ID
	// SetByName is the name of the user who made the change, when read back.
	SetByName string
	Reason    string
}

// DutySettings returns the settings in force: the latest change of each duty, leaving out those put back
// to their default. The duty engine reads them on every list of due items, so they are one small query.
func (db *DB) DutySettings(ctx context.Context) ([]DutySetting, error) {
	all, err := db.dutySettings(ctx, `WHERE s.id IN (SELECT MAX(id) FROM duty_settings GROUP BY duty)`)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, s := range all {
		if s.Amount != 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// DutySettingHistory returns every change to the settings of the duties, newest first, so the settings
// page can show who changed what, when and why.
func (db *DB) DutySettingHistory(ctx context.Context) ([]DutySetting, error) {
	return db.dutySettings(ctx, ``)
}

func (db *DB) dutySettings(ctx context.Context, where string) ([]DutySetting, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT s.id, s.duty, COALESCE(s.amount, 0), COALESCE(s.unit, ''), s.set_at, s.set_by,
		COALESCE(u.name, ''), s.reason FROM duty_settings s LEFT JOIN users u ON u.id = s.set_by `+where+` ORDER BY s.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("reading the settings of the duties: %w", err)
	}
	defer rows.Close()
	var out []DutySetting
	for rows.Next() {
		var s DutySetting
		var at any
		if err := rows.Scan(&s.ID, &s.Duty, &s.Amount, &s.Unit, &at, &s.SetBy, &s.SetByName, &s.Reason); err != nil {
			return nil, err
		}
		if err := scanTime(at, &s.SetAt); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SetDuty records a change to a duty's setting, with the actor and the reason, and audits it. It checks
// only that the change says what and why: whether the timescale is allowed (a national timescale may only
// be made stricter) is the duty package's rule, which the caller applies first.
func (db *DB) SetDuty(ctx context.Context, actor hearth.Actor, s DutySetting) (DutySetting, error) {
	s.Duty, s.Reason, s.Unit = strings.TrimSpace(s.Duty), strings.TrimSpace(s.Reason), strings.TrimSpace(s.Unit)
	switch {
	case s.Duty == "":
		return s, hearth.Errorf(hearth.EINVALID, "Say which duty is being set")
	case s.Reason == "":
		return s, hearth.Errorf(hearth.EINVALID, "Say why the setting is changing, such as the decision of the leadership team that agreed it")
	case s.Amount < 0 || (s.Amount > 0) != (s.Unit != ""):
		return s, hearth.Errorf(hearth.EINVALID, "A duty's timescale needs an amount and a unit, or neither to go back to the default")
	}
	s.SetAt, s.SetBy = db.now(), actor.UserID
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var amount, unit any
		if s.Amount > 0 {
			amount, unit = s.Amount, s.Unit
		}
		err := tx.QueryRowContext(ctx, db.rebind(`INSERT INTO duty_settings (duty, amount, unit, set_at, set_by, reason)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`), s.Duty, amount, unit, db.Engine.arg(s.SetAt), s.SetBy, s.Reason).Scan(&s.ID)
		if err != nil {
			return fmt.Errorf("storing the setting of duty %s: %w", s.Duty, err)
		}
		what := "back to its default"
		if s.Amount > 0 {
			what = fmt.Sprintf("%d %s", s.Amount, s.Unit)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionAmend, Table: "duty_settings", RowID: s.ID,
			Reason: s.Reason, Detail: "duty " + s.Duty + ": " + what})
	})
	return s, err
}
