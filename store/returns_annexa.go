package store

import (
	"context"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/returns/annexa"
	"hearth/workforce"
)

// LoadAnnexA reads what Ofsted's Annex A is made from as at asAt, for the whole authority: the rows that
// stand of every table its lists read, one query per table, the tables read side by side. Contacts, the
// busiest table, are read only for the months the lists look at. It is not audited here: the command
// that exports writes one audit entry for the workbook.
func (db *DB) LoadAnnexA(ctx context.Context, asAt hearth.Date) (*annexa.Record, error) {
	rec := &annexa.Record{Teams: map[hearth.ID]string{}, Workers: map[hearth.ID]string{}, Families: map[hearth.ID]hearth.ID{}}
	const active = "WHERE record_status = 'active'"
	load := func(what string, fn func() error) tableLoad { return tableLoad{what, fn} }
	loads := []tableLoad{
		load("people", func() (err error) {
			rec.People, err = rowsWhere[hearth.Person](ctx, db, active+` AND (is_child = TRUE OR id IN
				(SELECT first_adopter_id FROM adopters UNION SELECT second_adopter_id FROM adopters WHERE second_adopter_id IS NOT NULL))`)
			return err
		}),
		load("teams", func() error {
			return db.scanEach(ctx, `SELECT id, name FROM department`, func(scan func(...any) error) error {
				var id hearth.ID
				var name string
				err := scan(&id, &name)
				rec.Teams[id] = name
				return err
			})
		}),
		load("workers", func() error {
			return db.scanEach(ctx, `SELECT id, name FROM professionals`, func(scan func(...any) error) error {
				var id hearth.ID
				var name string
				err := scan(&id, &name)
				rec.Workers[id] = name
				return err
			})
		}),
		load("families", func() error {
			return db.scanEach(ctx, `SELECT person_id, MIN(family_id) FROM household_members WHERE record_status = 'active' AND family_id IS NOT NULL GROUP BY person_id`,
				func(scan func(...any) error) error {
					var id, family hearth.ID
					err := scan(&id, &family)
					rec.Families[id] = family
					return err
				})
		}),
		load("allocations", func() (err error) {
			rec.Allocations, err = rowsWhere[workforce.Allocation](ctx, db, active+" AND role IN ('social_worker', 'personal_adviser')")
			return err
		}),
		load("contacts", func() (err error) {
			// Six months and a day before, so no contact of the first day in England is missed.
			since := asAt.AddMonths(-6).AddDays(-1)
			rec.Contacts, err = rowsWhere[frontdoor.Contact](ctx, db, active+" AND received_at >= ?", db.Engine.arg(since.Time()))
			return err
		}),
		load("early help", func() (err error) {
			rec.EarlyHelp, err = rowsWhere[frontdoor.EarlyHelpEpisode](ctx, db, active)
			return err
		}),
		load("referrals", func() (err error) { rec.Referrals, err = rowsWhere[frontdoor.CINEpisode](ctx, db, active); return err }),
		load("assessments", func() (err error) {
			rec.Assessments, err = rowsWhere[protection.Assessment](ctx, db, active)
			return err
		}),
		load("strategy discussions", func() (err error) {
			rec.Strategy, err = rowsWhere[protection.StrategyDiscussion](ctx, db, active)
			return err
		}),
		load("section 47 enquiries", func() (err error) { rec.S47, err = rowsWhere[protection.S47Enquiry](ctx, db, active); return err }),
		load("conferences", func() (err error) {
			rec.Conferences, err = rowsWhere[protection.Conference](ctx, db, active)
			return err
		}),
		load("CIN plans", func() (err error) { rec.CINPlans, err = rowsWhere[protection.CINPlan](ctx, db, active); return err }),
		load("CP plans", func() (err error) { rec.CPPlans, err = rowsWhere[protection.CPPlan](ctx, db, active); return err }),
		load("visits", func() (err error) {
			rec.Visits, err = rowsWhere[protection.Visit](ctx, db, active+" AND kind IN ('cp', 'cla', 'iro', 'cin')")
			return err
		}),
		load("emergency protection", func() (err error) {
			rec.EmergencyProtection, err = rowsWhere[protection.EmergencyProtection](ctx, db, active)
			return err
		}),
		load("episodes", func() (err error) { rec.Episodes, err = rowsWhere[care.Episode](ctx, db, active); return err }),
		load("reviews", func() (err error) { rec.Reviews, err = rowsWhere[care.Review](ctx, db, active); return err }),
		load("health checks", func() (err error) { rec.Health, err = rowsWhere[care.HealthAssessment](ctx, db, active); return err }),
		load("UASC", func() (err error) { rec.UASC, err = rowsWhere[care.UASC](ctx, db, active); return err }),
		load("missing episodes", func() (err error) {
			rec.Missing, err = rowsWhere[exploitation.MissingEpisode](ctx, db, active)
			return err
		}),
		load("care leavers", func() (err error) { rec.CareLeavers, err = rowsWhere[leaving.CareLeaver](ctx, db, active); return err }),
		load("care leaver status", func() (err error) { rec.CareLeaverStatus, err = rowsWhere[leaving.Status](ctx, db, active); return err }),
		load("decisions to place for adoption", func() (err error) {
			rec.PlacedForAdoption, err = rowsWhere[care.PlacedForAdoption](ctx, db, active)
			return err
		}),
		load("adoptions", func() (err error) { rec.Adoptions, err = rowsWhere[care.Adoption](ctx, db, active); return err }),
		load("adopters", func() (err error) { rec.Adopters, err = rowsWhere[care.Adopters](ctx, db, active); return err }),
	}
	if err := runLoads(loads, "for Annex A"); err != nil {
		return nil, err
	}
	return rec, nil
}
