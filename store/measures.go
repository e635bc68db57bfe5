package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"hearth"
	"hearth/measure"
)

// This file keeps what the measure catalogue needs besides the record: the area's child population,
// the organisation's targets and the analysts' monthly commentary (migration 00006). All three are
// append-only: each change is a new row, so what was shown before can be shown again.

// SetChildPopulation records the number of children aged 0 to 17 in the area, the denominator of every
// rate per 10,000 children, with where the number comes from.
func (db *DB) SetChildPopulation(ctx context.Context, actor hearth.Actor, p measure.ChildPopulation) error {
	p.Source = strings.TrimSpace(p.Source)
	switch {
	case p.Count <= 0:
		return hearth.Errorf(hearth.EINVALID, "The child population must be a number of children greater than 0")
	case p.Year < 1990 || p.Year > 2200:
		return hearth.Errorf(hearth.EINVALID, "Give the year of the population estimate, such as 2024")
	case p.Source == "":
		return hearth.Errorf(hearth.EINVALID, "Say where the child population comes from, such as \"ONS mid-year estimates, mid-2024\"")
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		var id hearth.ID
		err := tx.QueryRowContext(ctx, db.rebind(`INSERT INTO child_population (population, estimate_year, source, recorded_by, recorded_at)
			VALUES (?, ?, ?, ?, ?) RETURNING id`), p.Count, p.Year, p.Source, actor.UserID, db.Engine.arg(db.now())).Scan(&id)
		if err != nil {
			return fmt.Errorf("storing the child population: %w", err)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionCreate, Table: "child_population", RowID: id,
			Detail: fmt.Sprintf("%d children aged 0 to 17 (%s, %d)", p.Count, p.Source, p.Year)})
	})
}

// ChildPopulation returns the latest child population recorded, or the zero value when none has been:
// every rate per 10,000 children is then undefined, and the Performance pages say why.
func (db *DB) ChildPopulation(ctx context.Context) (measure.ChildPopulation, error) {
	var p measure.ChildPopulation
	err := db.sql.QueryRowContext(ctx, `SELECT population, estimate_year, source FROM child_population ORDER BY id DESC LIMIT 1`).
		Scan(&p.Count, &p.Year, &p.Source)
	if isNoRows(err) {
		return measure.ChildPopulation{}, nil
	}
	if err != nil {
		return p, fmt.Errorf("reading the child population: %w", err)
	}
	return p, nil
}

// SetTarget records a target for a measure, applying from t.From. Earlier targets stay, so a past
// month is shown against the target of its time. It returns the target as stored.
func (db *DB) SetTarget(ctx context.Context, actor hearth.Actor, t measure.Target) (measure.Target, error) {
	t.Note = strings.TrimSpace(t.Note)
	if err := t.Validate(); err != nil {
		return t, err
	}
	t.SetBy, t.SetAt = actor.UserID, db.now()
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, db.rebind(`INSERT INTO measure_targets (measure_id, target, tolerance, applies_from, note, set_by, set_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`), t.MeasureID, t.Value, t.Tolerance, db.Engine.arg(t.From), nullString(t.Note),
			t.SetBy, db.Engine.arg(t.SetAt)).Scan(&t.ID)
		if err != nil {
			return fmt.Errorf("storing a target for %s: %w", t.MeasureID, err)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionCreate, Table: "measure_targets", RowID: t.ID,
			Detail: fmt.Sprintf("target %v (tolerance %v) for %s from %s", t.Value, t.Tolerance, t.MeasureID, t.From)})
	})
	return t, err
}

const targetColumns = `t.id, t.measure_id, t.target, t.tolerance, t.applies_from, COALESCE(t.note, ''), t.set_by, u.name, t.set_at`

// Targets returns the target of each measure that applies as at the date: of the targets applying
// from that date or earlier, the one applying from the latest date (and of those, the latest set).
// Measures with no target are absent from the map.
func (db *DB) Targets(ctx context.Context, asAt hearth.Date) (map[string]measure.Target, error) {
	list, err := db.targets(ctx, `WHERE t.applies_from <= ? ORDER BY t.measure_id, t.applies_from, t.id`, db.Engine.arg(asAt))
	if err != nil {
		return nil, err
	}
	out := map[string]measure.Target{}
	for _, t := range list {
		out[t.MeasureID] = t // later rows replace earlier ones
	}
	return out, nil
}

// TargetHistory returns every target set for a measure, in the order they apply (then the order set).
func (db *DB) TargetHistory(ctx context.Context, measureID string) ([]measure.Target, error) {
	return db.targets(ctx, `WHERE t.measure_id = ? ORDER BY t.applies_from, t.id`, measureID)
}

func (db *DB) targets(ctx context.Context, where string, args ...any) ([]measure.Target, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT `+targetColumns+` FROM measure_targets t JOIN users u ON u.id = t.set_by `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("reading targets: %w", err)
	}
	defer rows.Close()
	var out []measure.Target
	for rows.Next() {
		var t measure.Target
		var at any
		if err := rows.Scan(&t.ID, &t.MeasureID, &t.Value, &t.Tolerance, &t.From, &t.Note, &t.SetBy, &t.SetByName, &at); err != nil {
			return nil, err
		}
		if err := scanTime(at, &t.SetAt); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// AddCommentary writes a new version of the commentary on a measure for the month holding month.
// basedOn is the version the analyst was looking at (0 when there was none): if someone has written a
// newer one since, nothing is written and the error is ECONFLICT, so two analysts never silently
// replace each other's words. Earlier versions are never changed.
func (db *DB) AddCommentary(ctx context.Context, actor hearth.Actor, measureID string, month hearth.Date, text string, basedOn int) (measure.Commentary, error) {
	c := measure.Commentary{MeasureID: measureID, Month: measure.MonthOf(month), Text: strings.TrimSpace(text),
		WrittenBy: actor.UserID, WrittenByName: actor.Name, WrittenAt: db.now()}
	if _, ok := measure.Lookup(measureID); !ok {
		return c, hearth.Errorf(hearth.EINVALID, "%q is not a measure of the catalogue", measureID)
	}
	if month.IsZero() {
		return c, hearth.Errorf(hearth.EINVALID, "Say which month the commentary is about")
	}
	if c.Text == "" {
		return c, hearth.Errorf(hearth.EINVALID, "Write the commentary")
	}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var latest int
		err := tx.QueryRowContext(ctx, db.rebind(`SELECT COALESCE(MAX(version), 0) FROM measure_commentary WHERE measure_id = ? AND month = ?`),
			measureID, db.Engine.arg(c.Month)).Scan(&latest)
		if err != nil {
			return fmt.Errorf("reading the commentary on %s for %s: %w", measureID, c.Month, err)
		}
		if latest != basedOn {
			return hearth.Errorf(hearth.ECONFLICT, "Someone has changed this commentary since you opened it (it is now version %d): read theirs, then write yours", latest)
		}
		c.Version = latest + 1
		err = tx.QueryRowContext(ctx, db.rebind(`INSERT INTO measure_commentary (measure_id, month, version, body, written_by, written_at)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`), measureID, db.Engine.arg(c.Month), c.Version, c.Text, actor.UserID,
			db.Engine.arg(c.WrittenAt)).Scan(&c.ID)
		if err != nil {
			if ce := db.constraintError(err, "measure_commentary"); hearth.ErrorCode(ce) == hearth.ECONFLICT {
				return hearth.WrapError(hearth.ECONFLICT, err, "Someone has changed this commentary at the same moment: read theirs, then write yours")
			}
			return fmt.Errorf("storing the commentary on %s: %w", measureID, err)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionCreate, Table: "measure_commentary", RowID: c.ID,
			Detail: fmt.Sprintf("commentary on %s for %s, version %d", measureID, c.Month.Time().Format("January 2006"), c.Version)})
	})
	return c, err
}

const commentaryColumns = `c.id, c.measure_id, c.month, c.version, c.body, c.written_by, u.name, c.written_at`

// Commentary returns the latest version of the commentary on each measure for the month holding
// month. Measures with none are absent from the map.
func (db *DB) Commentary(ctx context.Context, month hearth.Date) (map[string]measure.Commentary, error) {
	list, err := db.commentary(ctx, `WHERE c.month = ? ORDER BY c.measure_id, c.version`, db.Engine.arg(measure.MonthOf(month)))
	if err != nil {
		return nil, err
	}
	out := map[string]measure.Commentary{}
	for _, c := range list {
		out[c.MeasureID] = c
	}
	return out, nil
}

// CommentaryHistory returns every version of the commentary on a measure for the month, oldest first.
func (db *DB) CommentaryHistory(ctx context.Context, measureID string, month hearth.Date) ([]measure.Commentary, error) {
	return db.commentary(ctx, `WHERE c.measure_id = ? AND c.month = ? ORDER BY c.version`, measureID, db.Engine.arg(measure.MonthOf(month)))
}

func (db *DB) commentary(ctx context.Context, where string, args ...any) ([]measure.Commentary, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT `+commentaryColumns+` FROM measure_commentary c JOIN users u ON u.id = c.written_by `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("reading commentary: %w", err)
	}
	defer rows.Close()
	var out []measure.Commentary
	for rows.Next() {
		var c measure.Commentary
		var at any
		if err := rows.Scan(&c.ID, &c.MeasureID, &c.Month, &c.Version, &c.Text, &c.WrittenBy, &c.WrittenByName, &at); err != nil {
			return nil, err
		}
		if err := scanTime(at, &c.WrittenAt); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
