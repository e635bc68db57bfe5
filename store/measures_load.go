package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
	"sync"
	"time"

	"hearth"
	"hearth/leaving"
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
	loads := []measureLoad{
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
		{"cla_episodes", `SELECT id, person_id, period_start, start_date, end_date, reason_new_episode, legal_status, placement_type,
			COALESCE(provider_name, ''), placement_postcode, COALESCE(placement_location, ''), distance_miles, COALESCE(reason_ceased, '')
			FROM cla_episodes WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var e measure.CareEpisode
				if err := scan(&e.ID, &e.PersonID, &e.PeriodStart, &e.StartDate, &e.EndDate, &e.ReasonNewEpisode, &e.LegalStatus, &e.PlacementType,
					&e.ProviderName, &e.PlacementPostcode, &e.PlacementLocation, &e.DistanceMiles, &e.ReasonCeased); err != nil {
					return err
				}
				t.LookedAfter = append(t.LookedAfter, e)
				t.CareEpisodes = append(t.CareEpisodes, measure.Span{Person: e.PersonID, Start: e.StartDate, End: e.EndDate})
				return nil
			}},
		{"care_leavers", `SELECT id, person_id, category, start_date, end_date FROM care_leavers WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var c measure.LeaverCategory
				if err := scan(&c.ID, &c.Person, &c.Category, &c.Start, &c.End); err != nil {
					return err
				}
				t.Leavers = append(t.Leavers, c)
				t.CareLeavers = append(t.CareLeavers, measure.Span{Person: c.Person, Start: c.Start, End: c.End})
				return nil
			}},
		// Children looked after, missing and leaving care (measure/care.go).
		dated("cla_reviews", `SELECT person_id, review_date FROM cla_reviews WHERE record_status = 'active'`, &t.CareReviews),
		dated("visits (cla)", `SELECT person_id, visit_date FROM visits WHERE record_status = 'active' AND kind = 'cla' AND child_seen = TRUE`, &t.CareVisits),
		dated("peps", `SELECT person_id, pep_date FROM peps WHERE record_status = 'active'`, &t.PEPs),
		dated("pathway_plans", `SELECT person_id, plan_date FROM pathway_plans WHERE record_status = 'active'`, &t.PathwayPlans),
		dated("pathway_plan_reviews", `SELECT person_id, review_date FROM pathway_plan_reviews WHERE record_status = 'active'`, &t.PathwayReviews),
		{"cla_health", `SELECT person_id, check_date, kind FROM cla_health WHERE record_status = 'active' AND kind IN ('initial', 'review') AND outcome = 'completed'`,
			func(scan func(...any) error) error {
				var h measure.HealthCheck
				var kind string
				if err := scan(&h.Person, &h.Date, &kind); err != nil {
					return err
				}
				h.Initial = kind == "initial"
				t.HealthChecks = append(t.HealthChecks, h)
				return nil
			}},
		{"missing", `SELECT person_id, end_time, rhi_offered_at, rhi_held_at FROM missing WHERE record_status = 'active' AND end_time IS NOT NULL`,
			func(scan func(...any) error) error {
				var m measure.MissingEpisode
				var back, offered, held instant
				if err := scan(&m.Person, &back, &offered, &held); err != nil {
					return err
				}
				m.Returned, m.Offered, m.Held = back.t, offered.t, held.t
				t.Missing = append(t.Missing, m)
				return nil
			}},
		{"care_leaver_status", `SELECT person_id, status_date, in_touch, activity, accommodation FROM care_leaver_status WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var s leaving.Status
				if err := scan(&s.PersonID, &s.Date, &s.InTouch, &s.Activity, &s.Accommodation); err != nil {
					return err
				}
				s.Record.Status = hearth.StatusActive
				t.LeaverStatuses = append(t.LeaverStatuses, s)
				return nil
			}},
		{"leaving_contacts", `SELECT person_id, contact_at FROM leaving_contacts WHERE record_status = 'active'`,
			func(scan func(...any) error) error {
				var c measure.Dated
				var at instant
				if err := scan(&c.Person, &at); err != nil {
					return err
				}
				c.Date = measure.EnglandDate(at.t)
				t.LeaverContacts = append(t.LeaverContacts, c)
				return nil
			}},
		{"involvements (personal advisers)", `SELECT person_id, worker_id, start_date, end_date FROM involvements WHERE record_status = 'active' AND role = 'personal_adviser'`,
			func(scan func(...any) error) error {
				var a measure.Adviser
				if err := scan(&a.Person, &a.Worker, &a.Start, &a.End); err != nil {
					return err
				}
				t.AdviserCaseload = append(t.AdviserCaseload, a)
				return nil
			}},
		{"person (births)", `SELECT p.id, p.birth_date FROM person p WHERE p.record_status = 'active' AND p.birth_date IS NOT NULL
			AND (EXISTS (SELECT 1 FROM cla_episodes e WHERE e.person_id = p.id) OR EXISTS (SELECT 1 FROM care_leavers c WHERE c.person_id = p.id))`,
			func(scan func(...any) error) error {
				var b measure.Birth
				if err := scan(&b.Person, &b.Date); err != nil {
					return err
				}
				t.Births = append(t.Births, b)
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

// measureLoad is one table read for the measures: what it is (for errors), the query, and what to do
// with each row.
type measureLoad struct {
	what  string
	query string
	row   func(scan func(...any) error) error
}

// dated is a load of a table's rows as the child and the day of an event.
func dated(what, query string, into *[]measure.Dated) measureLoad {
	return measureLoad{what, query, func(scan func(...any) error) error {
		var x measure.Dated
		if err := scan(&x.Person, &x.Date); err != nil {
			return err
		}
		*into = append(*into, x)
		return nil
	}}
}

// eachRow runs a query on a connection of its own and calls fn for each row with the row's Scan.
//
// On SQLite the connection reads the file through memory mapping for the query: a whole-table scan then
// reads pages from the operating system's cache directly instead of a system call and a copy per page,
// which made loading the large authority's tables about 1.5 to 2 times faster (measured A/B/A/B, see
// docs/performance.md). The mapping is switched off again before the connection goes back to the pool,
// so the rest of Hearth reads as it always has.
func (db *DB) eachRow(ctx context.Context, query string, fn func(scan func(...any) error) error) error {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if db.Engine == SQLite {
		if _, err := conn.ExecContext(ctx, "PRAGMA mmap_size = "+strconv.Itoa(mmapBytes)); err != nil {
			return err
		}
		defer func() {
			if _, err := conn.ExecContext(context.Background(), "PRAGMA mmap_size = 0"); err != nil {
				conn.Raw(func(any) error { return driver.ErrBadConn }) // do not return a mapped connection to the pool
			}
		}()
	}
	rows, err := conn.QueryContext(ctx, query)
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

// mmapBytes is how much of a SQLite file a loading connection maps: more than any authority's record
// needs (SQLite caps it at its compiled maximum).
const mmapBytes = 1 << 36

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
