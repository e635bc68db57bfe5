package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"hearth"
	"hearth/measure"
	"hearth/protection"
)

// LoadMeasures loads what the measure catalogue reads and prepares it with the organisation's child
// population and timescales. The result answers every measure as at any date, and every trend, without
// touching the database again; reload it to see new work.
//
// Take the timescales from the organisation's duties, so that the measures count as the workers' lists do:
//
//	rows, err := db.DutySettings(ctx)
//	settings, err := duty.FromStored(rows)
//	data, err := db.LoadMeasures(ctx, settings.MeasureTimescales(calendar.England()))
func (db *DB) LoadMeasures(ctx context.Context, ts *measure.Timescales) (*measure.Data, error) {
	t, err := db.LoadMeasureTables(ctx)
	if err != nil {
		return nil, err
	}
	pop, err := db.ChildPopulation(ctx)
	if err != nil {
		return nil, err
	}
	return measure.New(t, pop, ts)
}

// LoadMeasureTables reads the columns the catalogue needs from each table it reads, only rows that
// stand (not recorded in error), into compact values. The tables are read at once on several
// connections, each query a plain scan of one table (or two joined on a key), so the cost is the rows
// read and nothing else.
func (db *DB) LoadMeasureTables(ctx context.Context) (*measure.Tables, error) {
	t := &measure.Tables{}
	loads := []struct {
		what  string
		query string
		row   func(scan func(...any) error) error
	}{
		{"contacts", `SELECT person_id, received_at, decided_at, COALESCE(decision, '') FROM contacts WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var c measure.Contact
				var received, decided instant
				var decision string
				if err := scan(&c.Person, &received, &decided, &decision); err != nil {
					return err
				}
				c.Received, c.Decided = measure.EnglandDate(received.t), measure.EnglandDate(decided.t)
				c.Referred = measure.IsReferralDecision(decision)
				t.Contacts = append(t.Contacts, c)
				return nil
			}},
		{"mash_checks", `SELECT person_id, agency, due_by, answered_at FROM mash_checks WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var m measure.MASHCheck
				var agency string
				var due, answered instant
				if err := scan(&m.Person, &agency, &due, &answered); err != nil {
					return err
				}
				m.Agency, m.Due, m.Answered = measure.AgencyIndex(agency), unix(due.t), unix(answered.t)
				t.MASHChecks = append(t.MASHChecks, m)
				return nil
			}},
		{"cin_episodes", `SELECT id, person_id, referral_date, closure_date, referral_nfa FROM cin_episodes WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var r measure.Referral
				if err := scan(&r.ID, &r.Person, &r.Date, &r.Closed, boolCol{&r.NFA}); err != nil {
					return err
				}
				t.Referrals = append(t.Referrals, r)
				return nil
			}},
		{"cin_assessments", `SELECT person_id, cin_episode_id, start_date, authorisation_date, child_seen, seen_alone
			FROM cin_assessments WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var a measure.Assessment
				if err := scan(&a.Person, &a.Episode, &a.Start, &a.Authorised, flagCol{&a.Seen}, flagCol{&a.SeenAlone}); err != nil {
					return err
				}
				t.Assessments = append(t.Assessments, a)
				return nil
			}},
		{"strategy_discussions", `SELECT id, person_id, cin_episode_id, held_at, COALESCE(agencies, '') FROM strategy_discussions WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var s measure.StrategyDiscussion
				var held instant
				var agencies string
				if err := scan(&s.ID, &s.Person, &s.Episode, &held, &agencies); err != nil {
					return err
				}
				s.Held, s.Agencies = measure.EnglandDate(held.t), measure.AgenciesOf(agencies)
				t.Strategy = append(t.Strategy, s)
				return nil
			}},
		{"s47_enquiry", `SELECT id, person_id, cin_episode_id, COALESCE(strategy_discussion_id, 0), start_date, end_date, gp_information_obtained
			FROM s47_enquiry WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var s measure.S47Enquiry
				if err := scan(&s.ID, &s.Person, &s.Episode, &s.Strategy, &s.Start, &s.End, flagCol{&s.GP}); err != nil {
					return err
				}
				t.S47 = append(t.S47, s)
				return nil
			}},
		{"s47_household", `SELECT s47_enquiry_id, member_id, considered FROM s47_household WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var m measure.S47Member
				if err := scan(&m.Enquiry, &m.Member, boolCol{&m.Considered}); err != nil {
					return err
				}
				t.S47Household = append(t.S47Household, m)
				return nil
			}},
		{"household_members", `SELECT h.person_id, h.member_id, h.start_date, h.end_date FROM household_members h
			WHERE h.record_status = 'active' AND EXISTS (SELECT 1 FROM s47_enquiry s WHERE s.person_id = h.person_id AND s.record_status = 'active')`,
			func(scan func(...any) error) error {
				var h measure.HouseholdMember
				if err := scan(&h.Person, &h.Member, &h.Start, &h.End); err != nil {
					return err
				}
				t.Household = append(t.Household, h)
				return nil
			}},
		{"cp_plans", `SELECT id, person_id, start_date, end_date, other_la FROM cp_plans WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var p measure.CPPlan
				if err := scan(&p.ID, &p.Person, &p.Start, &p.End, boolCol{&p.OtherLA}); err != nil {
					return err
				}
				t.CPPlans = append(t.CPPlans, p)
				return nil
			}},
		{"cp_conferences", `SELECT person_id, cin_episode_id, COALESCE(cp_plan_id, 0), COALESCE(s47_enquiry_id, 0), conference_date, kind, transfer_in, outcome
			FROM cp_conferences WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var c measure.Conference
				var kind, outcome string
				if err := scan(&c.Person, &c.Episode, &c.Plan, &c.Enquiry, &c.Date, &kind, boolCol{&c.TransferIn}, &outcome); err != nil {
					return err
				}
				c.Initial, c.EndsPlan = kind == protection.ConferenceInitial, outcome == protection.ConferencePlanEnds
				t.Conferences = append(t.Conferences, c)
				return nil
			}},
		{"cin_plans", `SELECT id, person_id, start_date, end_date FROM cin_plans WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var p measure.CINPlan
				if err := scan(&p.ID, &p.Person, &p.Start, &p.End); err != nil {
					return err
				}
				t.CINPlans = append(t.CINPlans, p)
				return nil
			}},
		{"plans", `SELECT id, COALESCE(cin_plan_id, 0), COALESCE(cp_plan_id, 0), agreed_date, contingency FROM plans
			WHERE record_status = 'active' AND kind IN ('cin', 'cp')`,
			func(scan func(...any) error) error {
				var p measure.PlanContent
				var contingency string
				if err := scan(&p.ID, &p.CINPlan, &p.CPPlan, &p.Agreed, &contingency); err != nil {
					return err
				}
				p.Contingency = measure.Substantive(contingency, measure.ContingencyWords)
				t.Plans = append(t.Plans, p)
				return nil
			}},
		{"plan_actions", `SELECT a.plan_id, a.who, a.due_date, a.success_measure FROM plan_actions a JOIN plans p ON p.id = a.plan_id
			WHERE a.record_status = 'active' AND a.status <> 'withdrawn' AND p.kind IN ('cin', 'cp')`,
			func(scan func(...any) error) error {
				var a measure.PlanAction
				var who, success string
				var due hearth.Date
				if err := scan(&a.Plan, &who, &due, &success); err != nil {
					return err
				}
				a.Measurable = measure.MeasurableAction(who, due, success)
				t.PlanActions = append(t.PlanActions, a)
				return nil
			}},
		{"visits", `SELECT person_id, COALESCE(cp_plan_id, 0), visit_date, child_seen FROM visits
			WHERE record_status = 'active' AND (kind = 'cp' OR cp_plan_id IS NOT NULL)`,
			func(scan func(...any) error) error {
				var v measure.Visit
				if err := scan(&v.Person, &v.Plan, &v.Date, flagCol{&v.Seen}); err != nil {
					return err
				}
				t.CPVisits = append(t.CPVisits, v)
				return nil
			}},
		{"involvements", `SELECT i.person_id, i.start_date, i.end_date FROM involvements i WHERE i.record_status = 'active' AND ` + heldRoles,
			func(scan func(...any) error) error {
				var a measure.Allocation
				if err := scan(&a.Person, &a.Start, &a.End); err != nil {
					return err
				}
				t.Allocations = append(t.Allocations, a)
				return nil
			}},
		{"cla_episodes", `SELECT person_id, start_date, end_date FROM cla_episodes WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var s measure.Span
				if err := scan(&s.Person, &s.Start, &s.End); err != nil {
					return err
				}
				t.CareEpisodes = append(t.CareEpisodes, s)
				return nil
			}},
		{"care_leavers", `SELECT person_id, start_date, end_date FROM care_leavers WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var s measure.Span
				if err := scan(&s.Person, &s.Start, &s.End); err != nil {
					return err
				}
				t.CareLeavers = append(t.CareLeavers, s)
				return nil
			}},
		{"person", `SELECT id, death_date FROM person WHERE record_status = 'active' AND death_date IS NOT NULL`,
			func(scan func(...any) error) error {
				var x measure.Death
				if err := scan(&x.Person, &x.Date); err != nil {
					return err
				}
				t.Deaths = append(t.Deaths, x)
				return nil
			}},
	}
	// Each load appends to its own slice of t, so they can run at once; the pool's connection limit
	// bounds how many actually do.
	var wg sync.WaitGroup
	errs := make([]error, len(loads))
	for i, l := range loads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := db.eachRow(ctx, l.query, l.row); err != nil {
				errs[i] = fmt.Errorf("loading %s for the measures: %w", l.what, err)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot read the record for the measures")
		}
	}
	return t, nil
}

// eachRow runs a query and calls fn for each row with the row's Scan.
func (db *DB) eachRow(ctx context.Context, query string, fn func(scan func(...any) error) error) error {
	rows, err := db.sql.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// flagCol scans a nullable boolean column of either engine into a measure.Flag.
type flagCol struct{ f *measure.Flag }

func (s flagCol) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*s.f = measure.Unrecorded
	case bool:
		*s.f = measure.FlagOf(true, v)
	case int64:
		*s.f = measure.FlagOf(true, v != 0)
	default:
		return fmt.Errorf("cannot read %T as yes or no", src)
	}
	return nil
}

// boolCol scans a boolean column of either engine (SQLite keeps integers); NULL is false.
type boolCol struct{ b *bool }

func (s boolCol) Scan(src any) error {
	*s.b = truthy(src)
	return nil
}

// instant scans a timestamp column of either engine; NULL is the zero time. SQLite's fixed-width text
// is read directly, which is several times faster than trying each layout in turn.
type instant struct{ t time.Time }

func (s *instant) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		s.t = time.Time{}
		return nil
	case time.Time:
		s.t = v
		return nil
	case string:
		if t, err := time.Parse(storedTimeLayout, v); err == nil {
			s.t = t
			return nil
		}
	case []byte:
		if t, err := time.Parse(storedTimeLayout, string(v)); err == nil {
			s.t = t
			return nil
		}
	}
	return scanTime(src, &s.t)
}

// unix returns the Unix seconds of t, or 0 for the zero time.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

var _ sql.Scanner = flagCol{}
