package store

import (
	"context"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/returns/cin"
)

// LoadCIN reads what the CIN census is made from, for the whole authority: the rows that stand of every
// child who has had a CIN episode, one query per table, in order. cin.Export then makes the return of any
// collection year from it without the database. It is not audited here: the command that exports writes
// one audit entry for the return. lea is the authority's three-digit DfE number for the header.
func (db *DB) LoadCIN(ctx context.Context, lea string) (*cin.Record, error) {
	rec := &cin.Record{LEA: lea}
	const active = "WHERE record_status = 'active' AND person_id IN (SELECT person_id FROM cin_episodes WHERE record_status = 'active') ORDER BY id"
	loads := []tableLoad{
		{"children", func() (err error) {
			rec.Children, err = rowsWhere[hearth.Person](ctx, db,
				"WHERE record_status = 'active' AND id IN (SELECT person_id FROM cin_episodes WHERE record_status = 'active') ORDER BY id")
			return err
		}},
		{"CIN episodes", func() (err error) { rec.Episodes, err = rowsWhere[frontdoor.CINEpisode](ctx, db, active); return err }},
		{"assessments", func() (err error) {
			rec.Assessments, err = rowsWhere[protection.Assessment](ctx, db, active)
			return err
		}},
		{"CIN plans", func() (err error) { rec.CINPlans, err = rowsWhere[protection.CINPlan](ctx, db, active); return err }},
		{"section 47 enquiries", func() (err error) { rec.S47s, err = rowsWhere[protection.S47Enquiry](ctx, db, active); return err }},
		{"child protection plans", func() (err error) { rec.CPPlans, err = rowsWhere[protection.CPPlan](ctx, db, active); return err }},
		{"conferences", func() (err error) {
			rec.Conferences, err = rowsWhere[protection.Conference](ctx, db, active)
			return err
		}},
	}
	// Side by side, as the SSDA903's: one after the other they were most of the large authority's export.
	if err := runLoads(loads, "for the CIN census"); err != nil {
		return nil, err
	}
	return rec, nil
}
