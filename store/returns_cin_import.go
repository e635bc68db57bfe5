package store

import (
	"context"
	"fmt"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/returns/cin"
)

// ImportCIN imports a CIN census (read from file) into the record (cin.PlanImport says what it writes
// and why), as one change: every insert and amendment is written, with history and audit as the actor's,
// or, if any fails, none is. It returns the plan, whose Problems are the rows that were not imported and
// why. Importing the same census again writes nothing.
func (db *DB) ImportCIN(ctx context.Context, actor hearth.Actor, c *cin.Census, file string) (*cin.ImportPlan, error) {
	plan, err := db.PlanCINImport(ctx, c, file)
	if err != nil {
		return nil, err
	}
	if err := db.writeImport(ctx, actor, "the CIN census", plan.Steps); err != nil {
		return nil, err
	}
	return plan, nil
}

// PlanCINImport plans the import of a census without writing anything: what ImportCIN would write and
// the rows it would not import.
func (db *DB) PlanCINImport(ctx context.Context, c *cin.Census, file string) (*cin.ImportPlan, error) {
	st := &cin.ImportState{People: map[string]hearth.Person{}}
	people, err := rowsWhere[hearth.Person](ctx, db, "WHERE la_child_id IS NOT NULL AND record_status = 'active'")
	if err != nil {
		return nil, fmt.Errorf("reading the children for the CIN import: %w", err)
	}
	for _, p := range people {
		st.People[p.LAChildID.String()] = p
	}
	if st.Episodes, err = rowsWhere[frontdoor.CINEpisode](ctx, db, "WHERE record_status = 'active' ORDER BY id"); err != nil {
		return nil, fmt.Errorf("reading the CIN episodes for the import: %w", err)
	}
	assessments, err := rowsWhere[protection.Assessment](ctx, db, "WHERE record_status = 'active' ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("reading the assessments for the CIN import: %w", err)
	}
	for i := range assessments {
		st.Assessments = append(st.Assessments, &assessments[i])
	}
	plans, err := rowsWhere[protection.CINPlan](ctx, db, "WHERE record_status = 'active' ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("reading the CIN plans for the CIN import: %w", err)
	}
	for i := range plans {
		st.CINPlans = append(st.CINPlans, &plans[i])
	}
	return cin.PlanImport(c, file, st), nil
}
