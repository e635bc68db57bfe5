package store

import (
	"context"
	"fmt"

	"hearth"
)

// RegisterChild is one child on the virtual school's register: a child looked after on the date, with
// their legal status and placement, school, school moves in this period of care, education, health and
// care plan, NEET status, latest personal education plan and the Pupil Premium Plus against its targets.
type RegisterChild struct {
	CaseloadChild
	PeriodStart   hearth.Date
	LegalStatus   string
	PlacementType string
	// School is the school whose roll the child is on at the date ("" when none is recorded), since
	// SchoolSince; SchoolMoves counts the schools the child joined during this period of care when they
	// already had one.
	School      string
	SchoolSince hearth.Date
	SchoolMoves int
	// EHCP and NEET are the latest education status on or before the date, of StatusDate (zero when
	// none is recorded).
	EHCP       bool
	NEET       *bool
	StatusDate hearth.Date
	// LastPEP is the latest personal education plan meeting on or before the date. Targets are its
	// targets, Achieved how many of them are achieved, and Allocated and Spent the Pupil Premium Plus
	// against them, in whole pounds.
	LastPEP           hearth.Date
	Targets, Achieved int
	Allocated, Spent  int
}

// Register is one page of the virtual school's register.
type Register struct {
	On       hearth.Date
	Children []RegisterChild
	Total    int
	Page     Page
}

// VirtualSchoolRegister returns the children looked after on the date, by surname, one page at a time,
// with their education. The children are found and counted in SQL and only the page's children's
// education is read, so the page costs the same for an authority with 200 children in care as for the
// country's 83,000. Sealed records not naming the actor are shown without names, and the list is audited
// as one entry naming the children shown, as a caseload is.
func (db *DB) VirtualSchoolRegister(ctx context.Context, actor hearth.Actor, on hearth.Date, page Page) (Register, error) {
	page = page.norm()
	reg := Register{On: on, Page: page}
	d := db.Engine.arg(on)
	const inCare = `FROM cla_episodes e JOIN person p ON p.id = e.person_id
		WHERE e.record_status = 'active' AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)`
	if err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(DISTINCT e.person_id) `+inCare), d, d).Scan(&reg.Total); err != nil {
		return reg, fmt.Errorf("counting the children looked after on %s: %w", on, err)
	}
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT p.id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		e.period_start, e.legal_status, e.placement_type `+inCare+` ORDER BY p.surname, p.forename, p.id, e.start_date DESC LIMIT ? OFFSET ?`),
		d, d, page.Limit, page.Offset)
	if err != nil {
		return reg, fmt.Errorf("reading the children looked after on %s: %w", on, err)
	}
	index := map[hearth.ID]int{}
	for rows.Next() {
		var c RegisterChild
		var restricted any
		if err := rows.Scan(&c.PersonID, &c.LAChildID, &c.Forename, &c.Surname, &c.BirthDate, &restricted,
			&c.PeriodStart, &c.LegalStatus, &c.PlacementType); err != nil {
			rows.Close()
			return reg, err
		}
		if _, dup := index[c.PersonID]; dup {
			continue // two episodes in force on one day: a fault the SSDA903 validation reports
		}
		c.Restricted = truthy(restricted)
		index[c.PersonID] = len(reg.Children)
		reg.Children = append(reg.Children, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return reg, err
	}
	if err := db.fillEducation(ctx, reg.Children, index, on); err != nil {
		return reg, fmt.Errorf("reading the education of the children looked after: %w", err)
	}
	listed := make([]CaseloadChild, len(reg.Children))
	for i := range reg.Children {
		listed[i] = reg.Children[i].CaseloadChild
	}
	if err := db.maskChildren(ctx, actor, listed); err != nil {
		return reg, err
	}
	for i := range listed {
		reg.Children[i].CaseloadChild = listed[i]
	}
	return reg, db.auditList(ctx, actor, fmt.Sprintf("virtual school register on %s", on), listed)
}

// fillEducation reads the schools, education status, latest PEP and its targets of the children, as at on.
func (db *DB) fillEducation(ctx context.Context, children []RegisterChild, index map[hearth.ID]int, on hearth.Date) error {
	if len(children) == 0 {
		return nil
	}
	ids := map[hearth.ID]bool{}
	for _, c := range children {
		ids[c.PersonID] = true
	}
	child := func(id hearth.ID) *RegisterChild { return &children[index[id]] }
	// A move is joining a school during the period of care when the child already had one; the school
	// joined when care began, or a child's first school, is not a move.
	hadSchool := map[hearth.ID]bool{}
	err := db.eachIn(ctx, `SELECT person_id, school, start_date, end_date FROM school_placements
		WHERE record_status = 'active' AND person_id IN (%s) ORDER BY start_date, id`, ids, func(scan func(...any) error) error {
		var id hearth.ID
		var school string
		var start, end hearth.Date
		if err := scan(&id, &school, &start, &end); err != nil {
			return err
		}
		c := child(id)
		if start.After(on) {
			return nil
		}
		if start.After(c.PeriodStart) && hadSchool[id] {
			c.SchoolMoves++
		}
		hadSchool[id] = true
		if end.IsZero() || end.After(on) {
			c.School, c.SchoolSince = school, start
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = db.eachIn(ctx, `SELECT person_id, status_date, ehcp, neet FROM education_status
		WHERE record_status = 'active' AND person_id IN (%s) ORDER BY status_date, id`, ids, func(scan func(...any) error) error {
		var id hearth.ID
		var date hearth.Date
		var ehcp any
		var neet any
		if err := scan(&id, &date, &ehcp, &neet); err != nil {
			return err
		}
		if date.After(on) {
			return nil
		}
		c := child(id)
		c.StatusDate, c.EHCP, c.NEET = date, truthy(ehcp), nil
		if neet != nil {
			v := truthy(neet)
			c.NEET = &v
		}
		return nil
	})
	if err != nil {
		return err
	}
	latest := map[hearth.ID]hearth.ID{} // child to their latest PEP on or before on
	err = db.eachIn(ctx, `SELECT person_id, id, pep_date FROM peps
		WHERE record_status = 'active' AND person_id IN (%s) ORDER BY pep_date, id`, ids, func(scan func(...any) error) error {
		var id, pep hearth.ID
		var date hearth.Date
		if err := scan(&id, &pep, &date); err != nil {
			return err
		}
		if !date.After(on) {
			child(id).LastPEP, latest[id] = date, pep
		}
		return nil
	})
	if err != nil {
		return err
	}
	return db.eachIn(ctx, `SELECT person_id, pep_id, status, ppp_allocated, ppp_spent FROM pep_targets
		WHERE record_status = 'active' AND person_id IN (%s)`, ids, func(scan func(...any) error) error {
		var id, pep hearth.ID
		var status string
		var allocated, spent int
		if err := scan(&id, &pep, &status, &allocated, &spent); err != nil {
			return err
		}
		if latest[id] != pep {
			return nil
		}
		c := child(id)
		c.Targets++
		if status == "achieved" {
			c.Achieved++
		}
		c.Allocated += allocated
		c.Spent += spent
		return nil
	})
}
