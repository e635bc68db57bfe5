package store

import (
	"context"
	"fmt"

	"hearth"
	"hearth/leaving"
)

// PanelSummary is a meeting of the care leavers panel as the list of meetings shows it: how many young
// people it discussed, and how many of its actions are open and overdue on the date asked about.
type PanelSummary struct {
	leaving.Panel
	Cases, Open, Overdue int
}

// Panels returns the care leavers panel's meetings that stand, newest first, with their counts, in three
// statements. The list names no young person, so it is not audited.
func (db *DB) Panels(ctx context.Context, on hearth.Date) ([]PanelSummary, error) {
	panels, err := rowsWhere[leaving.Panel](ctx, db, "WHERE record_status = 'active' ORDER BY meeting_date DESC, id DESC")
	if err != nil {
		return nil, fmt.Errorf("reading the care leavers panel's meetings: %w", err)
	}
	out := make([]PanelSummary, len(panels))
	index := make(map[hearth.ID]int, len(panels))
	for i, p := range panels {
		out[i].Panel, index[p.ID] = p, i
	}
	count := func(query string, args []any, set func(*PanelSummary, int, int)) error {
		rows, err := db.sql.QueryContext(ctx, db.rebind(query), args...)
		if err != nil {
			return fmt.Errorf("counting the care leavers panel's work: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var panel hearth.ID
			var a, b int
			if err := rows.Scan(&panel, &a, &b); err != nil {
				return err
			}
			if i, ok := index[panel]; ok {
				set(&out[i], a, b)
			}
		}
		return rows.Err()
	}
	if err := count(`SELECT panel_id, COUNT(*), 0 FROM care_leaver_panel_cases WHERE record_status = 'active' GROUP BY panel_id`, nil,
		func(p *PanelSummary, n, _ int) { p.Cases = n }); err != nil {
		return nil, err
	}
	if err := count(`SELECT panel_id, COUNT(*), SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END) FROM care_leaver_panel_actions
		WHERE record_status = 'active' AND completed_date IS NULL GROUP BY panel_id`, []any{db.Engine.arg(on)},
		func(p *PanelSummary, open, overdue int) { p.Open, p.Overdue = open, overdue }); err != nil {
		return nil, err
	}
	return out, nil
}

// PanelCaseRow is a young person the panel discussed, with their name as a caseload shows it (hidden on a
// sealed record the reader is not named on).
type PanelCaseRow struct {
	leaving.PanelCase
	Child CaseloadChild
}

// PanelMeeting is one meeting of the care leavers panel with the young people it discussed and the
// actions it agreed.
type PanelMeeting struct {
	Panel   leaving.Panel
	Cases   []PanelCaseRow
	Actions []leaving.PanelAction
}

// CareLeaverPanel returns one meeting of the care leavers panel with its young people (by surname) and
// actions (by due date), and writes the young people shown to the audit log as one entry, like a
// caseload. A meeting that does not exist, or was recorded in error, gives ENOTFOUND.
func (db *DB) CareLeaverPanel(ctx context.Context, actor hearth.Actor, id hearth.ID) (PanelMeeting, error) {
	var m PanelMeeting
	panels, err := rowsWhere[leaving.Panel](ctx, db, "WHERE id = ? AND record_status = 'active'", id)
	if err != nil {
		return m, fmt.Errorf("reading care leavers panel meeting %d: %w", id, err)
	}
	if len(panels) == 0 {
		return m, hearth.Errorf(hearth.ENOTFOUND, "This meeting of the care leavers panel does not exist")
	}
	m.Panel = panels[0]
	cases, err := rowsFrom[leaving.PanelCase](ctx, db, "c", `FROM care_leaver_panel_cases c JOIN person p ON p.id = c.person_id
		WHERE c.panel_id = ? AND c.record_status = 'active' ORDER BY p.surname_norm, p.forename_norm, c.id`, id)
	if err != nil {
		return m, fmt.Errorf("reading the young people care leavers panel meeting %d discussed: %w", id, err)
	}
	children, err := db.childrenNamed(ctx, cases)
	if err != nil {
		return m, err
	}
	if err := db.maskChildren(ctx, actor, children); err != nil {
		return m, err
	}
	for i, c := range cases {
		m.Cases = append(m.Cases, PanelCaseRow{PanelCase: c, Child: children[i]})
	}
	if m.Actions, err = rowsWhere[leaving.PanelAction](ctx, db, "WHERE panel_id = ? AND record_status = 'active' ORDER BY due_date, id", id); err != nil {
		return m, fmt.Errorf("reading the actions of care leavers panel meeting %d: %w", id, err)
	}
	return m, db.auditList(ctx, actor, fmt.Sprintf("care leavers panel meeting %d", id), children)
}

// childrenNamed reads the names of the young people of the cases, in the cases' order.
func (db *DB) childrenNamed(ctx context.Context, cases []leaving.PanelCase) ([]CaseloadChild, error) {
	ids := map[hearth.ID]bool{}
	for _, c := range cases {
		ids[c.PersonID] = true
	}
	byID := map[hearth.ID]CaseloadChild{}
	err := db.eachIn(ctx, `SELECT id, COALESCE(la_child_id, ''), forename, surname, birth_date, restricted FROM person WHERE id IN (%s)`, ids,
		func(scan func(...any) error) error {
			var c CaseloadChild
			var restricted any
			if err := scan(&c.PersonID, &c.LAChildID, &c.Forename, &c.Surname, &c.BirthDate, &restricted); err != nil {
				return err
			}
			c.Restricted = truthy(restricted)
			byID[c.PersonID] = c
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("reading the names of young people discussed: %w", err)
	}
	out := make([]CaseloadChild, len(cases))
	for i, c := range cases {
		out[i] = byID[c.PersonID]
	}
	return out, nil
}
