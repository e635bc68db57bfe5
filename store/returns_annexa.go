package store

import (
	"context"
	"maps"
	"slices"

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
	// The lists look back six months, their counts twelve, and List 3's count of earlier referrals twelve
	// more; rows begun before that are read only while they are open.
	from6, from12, from18 := asAt.AddMonths(-6), asAt.AddMonths(-12), asAt.AddMonths(-18)
	load := func(what string, fn func() error) tableLoad { return tableLoad{what, fn} }
	loads := []tableLoad{
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
			rec.Referrals, err = columnsWhere[frontdoor.CINEpisode](ctx, db, []string{"id", "person_id", "referral_date", "referral_source", "primary_need", "referral_nfa", "closure_date", "closure_reason"},
				active+" AND (referral_date >= ? OR closure_date IS NULL OR closure_date >= ?)", db.Engine.arg(from18), db.Engine.arg(from6))
			return err
		}),
		load("assessments", func() (err error) {
			rec.Assessments, err = columnsWhere[protection.Assessment](ctx, db, []string{"person_id", "start_date", "authorisation_date", "child_seen", "outcome"},
				active+" AND (start_date >= ? OR authorisation_date >= ?)", db.Engine.arg(from6), db.Engine.arg(from6))
			return err
		}),
		load("strategy discussions", func() (err error) {
			rec.Strategy, err = columnsWhere[protection.StrategyDiscussion](ctx, db, []string{"id", "person_id", "held_at"}, active+" AND held_at >= ?", db.Engine.arg(from12.AddDays(-1).Time()))
			return err
		}),
		load("section 47 enquiries", func() (err error) {
			rec.S47, err = columnsWhere[protection.S47Enquiry](ctx, db, []string{"id", "person_id", "strategy_discussion_id", "start_date", "icpc_required"}, active+" AND start_date >= ?", db.Engine.arg(from12))
			return err
		}),
		load("conferences", func() (err error) {
			rec.Conferences, err = columnsWhere[protection.Conference](ctx, db, []string{"person_id", "kind", "s47_enquiry_id", "cp_plan_id", "conference_date", "outcome"}, active+" AND conference_date >= ?", db.Engine.arg(from12))
			return err
		}),
		load("CIN plans", func() (err error) { rec.CINPlans, err = rowsWhere[protection.CINPlan](ctx, db, active); return err }),
		load("CP plans", func() (err error) { rec.CPPlans, err = rowsWhere[protection.CPPlan](ctx, db, active); return err }),
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
			rec.Missing, err = columnsWhere[exploitation.MissingEpisode](ctx, db, []string{"person_id", "kind", "start_time", "rhi_offered_at", "rhi_accepted"}, active+" AND start_time >= ?", db.Engine.arg(from12.AddDays(-1).Time()))
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
	// Then the people the lists name, and the visits of the children Lists 6 to 8 show: far fewer than
	// all the authority's children and visits.
	second := []tableLoad{
		load("children", func() (err error) { rec.People, err = db.peopleByID(ctx, annexAPeople(rec)); return err }),
		load("visits", func() error { return db.annexAVisits(ctx, asAt, visited(rec, from6), rec) }),
	}
	if err := runLoads(second, "for Annex A"); err != nil {
		return nil, err
	}
	return rec, nil
}

// visited returns the children whose visits Lists 6 to 8 show: those with a referral, a child
// protection plan or an episode of care open at any time since from.
func visited(rec *annexa.Record, from hearth.Date) []hearth.ID {
	seen := map[hearth.ID]bool{}
	open := func(end hearth.Date) bool { return end.IsZero() || !end.Before(from) }
	for i := range rec.Referrals {
		if r := &rec.Referrals[i]; open(r.ClosureDate) {
			seen[r.PersonID] = true
		}
	}
	for i := range rec.CPPlans {
		if p := &rec.CPPlans[i]; open(p.EndDate) {
			seen[p.PersonID] = true
		}
	}
	for i := range rec.Episodes {
		if e := &rec.Episodes[i]; open(e.EndDate) {
			seen[e.PersonID] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// annexAPeople returns the ids of everyone Annex A's rows may name: the children of its tables' rows
// and the adopters.
func annexAPeople(rec *annexa.Record) []hearth.ID {
	seen := map[hearth.ID]bool{}
	addPeople(seen, rec.Contacts, func(r *frontdoor.Contact) hearth.ID { return r.PersonID })
	addPeople(seen, rec.EarlyHelp, func(r *frontdoor.EarlyHelpEpisode) hearth.ID { return r.PersonID })
	addPeople(seen, rec.Referrals, func(r *frontdoor.CINEpisode) hearth.ID { return r.PersonID })
	addPeople(seen, rec.Assessments, func(r *protection.Assessment) hearth.ID { return r.PersonID })
	addPeople(seen, rec.S47, func(r *protection.S47Enquiry) hearth.ID { return r.PersonID })
	addPeople(seen, rec.CPPlans, func(r *protection.CPPlan) hearth.ID { return r.PersonID })
	addPeople(seen, rec.Episodes, func(r *care.Episode) hearth.ID { return r.PersonID })
	addPeople(seen, rec.CareLeavers, func(r *leaving.CareLeaver) hearth.ID { return r.PersonID })
	addPeople(seen, rec.PlacedForAdoption, func(r *care.PlacedForAdoption) hearth.ID { return r.PersonID })
	addPeople(seen, rec.Adopters, func(r *care.Adopters) hearth.ID { return r.FirstAdopterID })
	addPeople(seen, rec.Adopters, func(r *care.Adopters) hearth.ID { return r.SecondAdopterID })
	delete(seen, 0)
	return slices.Sorted(maps.Keys(seen))
}

// addPeople adds the person each row names to seen.
func addPeople[T any](seen map[hearth.ID]bool, rows []T, person func(*T) hearth.ID) {
	for i := range rows {
		seen[person(&rows[i])] = true
	}
}

// peopleByID reads the columns of the people the returns show (id, LA child id, sex, gender, ethnicity,
// date of birth, disabilities) for the ids given, a thousand at a time.
func (db *DB) peopleByID(ctx context.Context, ids []hearth.ID) ([]hearth.Person, error) {
	in := "id IN (SELECT value FROM json_each(?))"
	if db.Engine == Postgres {
		in = "id = ANY(?)"
	}
	var out []hearth.Person
	for chunk := range slices.Chunk(ids, 1000) {
		rows, err := columnsWhere[hearth.Person](ctx, db, []string{"id", "la_child_id", "sex", "gender", "ethnicity", "birth_date", "disabilities"},
			"WHERE record_status = 'active' AND "+in, db.idsArg(chunk))
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
	}
	return out, nil
}

// annexAVisits reads the visits of the children given that Annex A's lists look at, which only ever ask
// for a child's latest visit of a kind (or latest seeing the child): the visits of the twelve months to
// asAt as they are, and for the years before only the latest of each child, kind and whether the child
// was seen, worked out by the database.
func (db *DB) annexAVisits(ctx context.Context, asAt hearth.Date, children []hearth.ID, rec *annexa.Record) error {
	since := asAt.AddMonths(-12)
	in := "person_id IN (SELECT value FROM json_each(?))"
	if db.Engine == Postgres {
		in = "person_id = ANY(?)"
	}
	var visits []protection.Visit
	for chunk := range slices.Chunk(children, 1000) {
		ids := db.idsArg(chunk)
		recent, err := columnsWhere[protection.Visit](ctx, db, []string{"person_id", "kind", "cp_plan_id", "visit_date", "child_seen", "seen_alone"},
			"WHERE "+in+" AND record_status = 'active' AND kind IN ('cp', 'cla', 'iro', 'cin') AND visit_date >= ? AND visit_date <= ?",
			ids, db.Engine.arg(since), db.Engine.arg(asAt))
		if err != nil {
			return err
		}
		visits = append(visits, recent...)
		err = db.scanEach(ctx, `SELECT person_id, kind, COALESCE(child_seen, FALSE), MAX(visit_date) FROM visits
			WHERE `+in+` AND record_status = 'active' AND kind IN ('cp', 'cla', 'iro', 'cin') AND visit_date < ?
			GROUP BY person_id, kind, COALESCE(child_seen, FALSE)`, func(scan func(...any) error) error {
			var v protection.Visit
			var seen bool
			if err := scan(&v.PersonID, &v.Kind, boolCol{&seen}, &v.VisitDate); err != nil {
				return err
			}
			v.ChildSeen = &seen
			visits = append(visits, v)
			return nil
		}, ids, db.Engine.arg(since))
		if err != nil {
			return err
		}
	}
	rec.Visits = visits
	return nil
}
