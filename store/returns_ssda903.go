package store

import (
	"context"
	"fmt"
	"sync"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/returns/ssda903"
	"hearth/workforce"
)

// inCare keeps the rows of children the SSDA903 can be about: those with an episode of care or a leaving
// care category. It is a condition on a table's person_id.
const inCare = `person_id IN (SELECT person_id FROM cla_episodes WHERE record_status = 'active'
	UNION SELECT person_id FROM care_leavers WHERE record_status = 'active')`

// LoadSSDA903 reads what the SSDA903 return is made from, for the whole authority: the rows that stand
// of the children who were ever looked after or care leavers, one query per table, the tables read side
// by side. ssda903.Export then makes the return of any year from it without the database. It is not
// audited here: the command that exports writes one audit entry for the return.
func (db *DB) LoadSSDA903(ctx context.Context) (*ssda903.Record, error) {
	rec := &ssda903.Record{Registrations: map[hearth.ID]string{}, ChildrenBorn: map[hearth.ID][]hearth.Date{}}
	const active = "WHERE record_status = 'active' AND " + inCare
	loads := []tableLoad{
		{"children", func() (err error) {
			rec.Children, err = rowsWhere[hearth.Person](ctx, db, "WHERE record_status = 'active' AND id IN (SELECT person_id FROM cla_episodes WHERE record_status = 'active' UNION SELECT person_id FROM care_leavers WHERE record_status = 'active')")
			return err
		}},
		{"episodes", func() (err error) {
			rec.Episodes, err = rowsWhere[care.Episode](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"reviews", func() (err error) {
			rec.Reviews, err = rowsWhere[care.Review](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"uasc", func() (err error) { rec.UASC, err = rowsWhere[care.UASC](ctx, db, active+" ORDER BY id"); return err }},
		{"health", func() (err error) {
			rec.Health, err = rowsWhere[care.HealthAssessment](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"immunisations", func() (err error) {
			rec.Immunisations, err = rowsWhere[care.Immunisations](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"sdq", func() (err error) { rec.SDQs, err = rowsWhere[care.SDQ](ctx, db, active+" ORDER BY id"); return err }},
		{"substance misuse", func() (err error) {
			rec.SubstanceMisuse, err = rowsWhere[care.SubstanceMisuse](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"convictions", func() (err error) {
			rec.Convictions, err = rowsWhere[care.Conviction](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"previous permanence", func() (err error) {
			rec.PreviousPermanence, err = rowsWhere[care.PreviousPermanence](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"placed for adoption", func() (err error) {
			rec.PlacedForAdoption, err = rowsWhere[care.PlacedForAdoption](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"permanence", func() (err error) {
			rec.Adoptions, err = rowsWhere[care.Adoption](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"dolo", func() (err error) {
			rec.DoLo, err = rowsWhere[care.DeprivationOfLiberty](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"missing", func() (err error) {
			rec.Missing, err = rowsWhere[exploitation.MissingEpisode](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"care leavers", func() (err error) {
			rec.CareLeavers, err = rowsWhere[leaving.CareLeaver](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"care leaver status", func() (err error) {
			rec.CareLeaverStatus, err = rowsWhere[leaving.Status](ctx, db, active+" ORDER BY id")
			return err
		}},
		{"social workers", func() (err error) {
			rec.SocialWorkers, err = rowsWhere[workforce.Allocation](ctx, db, active+" AND role = 'social_worker' ORDER BY id")
			return err
		}},
		{"registrations", func() error {
			// A worker with no registration is XX and their staff id (rule SW02STG1 asks for an ID of at
			// least four characters beginning SW or XX).
			return db.scanEach(ctx, `SELECT id, COALESCE(swe_registration, 'XX' || staff_id) FROM professionals`, func(scan func(...any) error) error {
				var id hearth.ID
				var reg string
				if err := scan(&id, &reg); err != nil {
					return err
				}
				rec.Registrations[id] = reg
				return nil
			})
		}},
		{"mothers", func() error {
			return db.scanEach(ctx, `SELECT r.person_id, p.birth_date FROM relationships r JOIN person p ON p.id = r.related_person_id
				WHERE r.kind = 'parent' AND r.record_status = 'active' AND p.birth_date IS NOT NULL AND r.`+inCare, func(scan func(...any) error) error {
				var id hearth.ID
				var born hearth.Date
				if err := scan(&id, &born); err != nil {
					return err
				}
				rec.ChildrenBorn[id] = append(rec.ChildrenBorn[id], born)
				return nil
			})
		}},
	}
	if err := runLoads(loads, "for the SSDA903"); err != nil {
		return nil, err
	}
	return rec, nil
}

// tableLoad is one table's read of a whole-authority load: what it reads, for messages, and the read.
type tableLoad struct {
	what string
	load func() error
}

// runLoads runs the reads four at a time (each on its own connection) and returns the first error, which
// names what was being read and for what.
func runLoads(loads []tableLoad, purpose string) error {
	errs := make([]error, len(loads))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, l := range loads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := l.load(); err != nil {
				errs[i] = fmt.Errorf("reading the %s %s: %w", l.what, purpose, err)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// scanEach runs a query and calls row for each row with its Scan.
func (db *DB) scanEach(ctx context.Context, query string, row func(scan func(...any) error) error, args ...any) error {
	rows, err := db.sql.QueryContext(ctx, db.rebind(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}
