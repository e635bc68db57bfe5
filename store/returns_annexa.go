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
// stand of every table its lists read (of the busy tables only the columns they read), one query per
// table, the tables read side by side. Contacts, the
// busiest table, are read only for the months the lists look at. It is not audited here: the command
// that exports writes one audit entry for the workbook.
func (db *DB) LoadAnnexA(ctx context.Context, asAt hearth.Date) (*annexa.Record, error) {
	rec := &annexa.Record{Teams: map[hearth.ID]string{}, Workers: map[hearth.ID]string{}, Families: map[hearth.ID]hearth.ID{}}
	const active = "WHERE record_status = 'active'"
	load := func(what string, fn func() error) tableLoad { return tableLoad{what, fn} }
	loads := []tableLoad{
		load("people", func() (err error) {
			rec.People, err = columnsWhere[hearth.Person](ctx, db, []string{"id", "la_child_id", "gender", "ethnicity", "birth_date", "disabilities"}, active+` AND (is_child = TRUE OR id IN
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
			rec.Allocations, err = columnsWhere[workforce.Allocation](ctx, db, []string{"person_id", "worker_id", "role", "team_id", "start_date", "end_date"}, active+" AND role IN ('social_worker', 'personal_adviser')")
			return err
		}),
		load("contacts", func() (err error) {
			// Six months and a day before, so no contact of the first day in England is missed.
			since := asAt.AddMonths(-6).AddDays(-1)
			rec.Contacts, err = columnsWhere[frontdoor.Contact](ctx, db, []string{"person_id", "received_at", "source"}, active+" AND received_at >= ?", db.Engine.arg(since.Time()))
			return err
		}),
		load("early help", func() (err error) {
			rec.EarlyHelp, err = rowsWhere[frontdoor.EarlyHelpEpisode](ctx, db, active)
			return err
		}),
		load("referrals", func() (err error) {
			rec.Referrals, err = columnsWhere[frontdoor.CINEpisode](ctx, db, []string{"id", "person_id", "referral_date", "referral_source", "primary_need", "referral_nfa", "closure_date", "closure_reason"}, active)
			return err
		}),
		load("assessments", func() (err error) {
			rec.Assessments, err = columnsWhere[protection.Assessment](ctx, db, []string{"person_id", "start_date", "authorisation_date", "child_seen", "outcome"}, active)
			return err
		}),
		load("strategy discussions", func() (err error) {
			rec.Strategy, err = columnsWhere[protection.StrategyDiscussion](ctx, db, []string{"id", "person_id", "held_at"}, active)
			return err
		}),
		load("section 47 enquiries", func() (err error) {
			rec.S47, err = columnsWhere[protection.S47Enquiry](ctx, db, []string{"id", "person_id", "strategy_discussion_id", "start_date", "icpc_required"}, active)
			return err
		}),
		load("conferences", func() (err error) {
			rec.Conferences, err = columnsWhere[protection.Conference](ctx, db, []string{"person_id", "kind", "s47_enquiry_id", "cp_plan_id", "conference_date", "outcome"}, active)
			return err
		}),
		load("CIN plans", func() (err error) { rec.CINPlans, err = rowsWhere[protection.CINPlan](ctx, db, active); return err }),
		load("CP plans", func() (err error) { rec.CPPlans, err = rowsWhere[protection.CPPlan](ctx, db, active); return err }),
		load("visits", func() error { return db.annexAVisits(ctx, asAt, rec) }),
		load("emergency protection", func() (err error) {
			rec.EmergencyProtection, err = rowsWhere[protection.EmergencyProtection](ctx, db, active)
			return err
		}),
		load("episodes", func() (err error) { rec.Episodes, err = rowsWhere[care.Episode](ctx, db, active); return err }),
		load("reviews", func() (err error) { rec.Reviews, err = rowsWhere[care.Review](ctx, db, active); return err }),
		load("health checks", func() (err error) {
			rec.Health, err = columnsWhere[care.HealthAssessment](ctx, db, []string{"person_id", "kind", "check_date", "outcome"}, active)
			return err
		}),
		load("UASC", func() (err error) { rec.UASC, err = rowsWhere[care.UASC](ctx, db, active); return err }),
		load("missing episodes", func() (err error) {
			rec.Missing, err = columnsWhere[exploitation.MissingEpisode](ctx, db, []string{"person_id", "kind", "start_time", "rhi_offered_at", "rhi_accepted"}, active)
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

// annexAVisits reads the visits Annex A's lists look at, which only ever ask for a child's latest visit
// of a kind (or latest seeing the child): the visits of the twelve months to asAt as they are, and for the
// years before only the latest of each child, kind and whether the child was seen, worked out by the
// database. A large authority has hundreds of thousands of visits; this reads a fraction of them.
func (db *DB) annexAVisits(ctx context.Context, asAt hearth.Date, rec *annexa.Record) error {
	since := asAt.AddMonths(-12)
	recent, err := columnsWhere[protection.Visit](ctx, db, []string{"person_id", "kind", "cp_plan_id", "visit_date", "child_seen", "seen_alone"},
		"WHERE record_status = 'active' AND kind IN ('cp', 'cla', 'iro', 'cin') AND visit_date >= ? AND visit_date <= ?",
		db.Engine.arg(since), db.Engine.arg(asAt))
	if err != nil {
		return err
	}
	err = db.scanEach(ctx, `SELECT person_id, kind, COALESCE(child_seen, FALSE), MAX(visit_date) FROM visits
		WHERE record_status = 'active' AND kind IN ('cp', 'cla', 'iro', 'cin') AND visit_date < ?
		GROUP BY person_id, kind, COALESCE(child_seen, FALSE)`, func(scan func(...any) error) error {
		var v protection.Visit
		var seen bool
		if err := scan(&v.PersonID, &v.Kind, boolCol{&seen}, &v.VisitDate); err != nil {
			return err
		}
		v.ChildSeen = &seen
		recent = append(recent, v)
		return nil
	}, db.Engine.arg(since))
	rec.Visits = recent
	return err
}
