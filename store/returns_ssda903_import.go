package store

import (
	"context"
	"fmt"
	"reflect"

	"hearth"
	"hearth/returns/ssda903"
)

// ImportSSDA903 imports a return of the collection year into the record (ssda903.PlanImport says what
// it writes and why), as one change: every insert and amendment is written, with history and audit as
// the actor's, or, if any fails, none is. It returns the plan, whose Problems are the rows that were not
// imported and why. Importing the same return again writes nothing.
func (db *DB) ImportSSDA903(ctx context.Context, actor hearth.Actor, ret *ssda903.Return, year int) (*ssda903.ImportPlan, error) {
	plan, err := db.PlanSSDA903Import(ctx, ret, year)
	if err != nil {
		return nil, err
	}
	err = db.writeImport(ctx, actor, "the SSDA903 return", plan.Steps)
	if err != nil {
		return nil, err
	}
	return plan, nil
}

// PlanSSDA903Import plans the import of a return without writing anything: what ImportSSDA903 would
// write and the rows it would not import.
func (db *DB) PlanSSDA903Import(ctx context.Context, ret *ssda903.Return, year int) (*ssda903.ImportPlan, error) {
	st, err := db.ssda903ImportState(ctx)
	if err != nil {
		return nil, err
	}
	return ssda903.PlanImport(ret, year, st), nil
}

// ssda903ImportState reads what an import compares the return with: the SSDA903 rows of the children in
// care, every person with an LA child id, the workers by staff id and the team earlier imports made.
func (db *DB) ssda903ImportState(ctx context.Context) (*ssda903.ImportState, error) {
	rec, err := db.LoadSSDA903(ctx)
	if err != nil {
		return nil, err
	}
	st := &ssda903.ImportState{Record: rec, People: map[string]hearth.Person{}, Workers: map[string]hearth.ID{}}
	people, err := rowsWhere[hearth.Person](ctx, db, "WHERE la_child_id IS NOT NULL AND record_status = 'active'")
	if err != nil {
		return nil, fmt.Errorf("reading the children for the import: %w", err)
	}
	for _, p := range people {
		st.People[p.LAChildID.String()] = p
	}
	err = db.scanEach(ctx, `SELECT id, staff_id, COALESCE(swe_registration, '') FROM professionals WHERE record_status = 'active' ORDER BY id`, func(scan func(...any) error) error {
		var id hearth.ID
		var staff, reg string
		if err := scan(&id, &staff, &reg); err != nil {
			return err
		}
		if _, ok := st.Workers[staff]; !ok {
			st.Workers[staff] = id
		}
		if reg == "" {
			st.Workers["XX"+staff] = id // the SW_ID the export gives a worker without a registration
		}
		if reg != "" {
			st.Workers[reg] = id // the SW_ID a return gives is the registration
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the workers for the import: %w", err)
	}
	err = db.scanEach(ctx, `SELECT id FROM department WHERE record_status = 'active' AND name = ? ORDER BY id`, func(scan func(...any) error) error {
		if st.TeamID == 0 {
			return scan(&st.TeamID)
		}
		return nil
	}, ssda903.ImportTeamName)
	if err != nil {
		return nil, fmt.Errorf("reading the import team: %w", err)
	}
	return st, nil
}

// writeImport writes the steps of an import's plan as one change: every insert and amendment, with
// history and audit as the actor's, or, if any fails, none. what names the return in the error.
func (db *DB) writeImport(ctx context.Context, actor hearth.Actor, what string, steps []ssda903.ImportStep) error {
	return db.InChange(ctx, actor, func(c *Change) error {
		for i, s := range steps {
			if s.Link != nil {
				s.Link()
			}
			var err error
			if s.Amend {
				err = c.Amend(s.Row, s.Reason)
			} else {
				err = c.Insert(s.Row)
			}
			if err != nil {
				return fmt.Errorf("importing %s, write %d of %d (%s): %w", what, i+1, len(steps), reflect.TypeOf(s.Row).Elem().Name(), err)
			}
		}
		return nil
	})
}
