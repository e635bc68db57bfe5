package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hearth"
	"hearth/care"
)

// dutyParts are the rows and columns of a child's record that the duties read (duty.Derive): rows that
// stand, with only the columns the duties look at, the visits that can meet a visiting duty (the child
// seen, on a child protection or looked-after visit, or one naming a plan), the health assessments that
// took place, and the social worker and personal adviser allocations, in an order in which a table read only for some children comes after the tables that
// choose them. Reading only these, rather than the whole rows of the tables, is what makes the due items
// of a caseload fast; duty's tests check that they give the same items as the whole record.
var dutyParts = sync.OnceValue(func() []part {
	var parts []part
	for _, p := range []struct {
		table, where string
		cols         []string
		onlyWith     []string
	}{
		{"contacts", "", []string{"received_at", "decision", "decided_at", "decided_by"}, nil},
		{"mash_checks", "", []string{"contact_id", "rag", "asked_at", "asked_by", "due_by", "answered_at"}, nil},
		{"cin_episodes", "", []string{"contact_id", "referral_date", "referral_nfa", "closure_date", "worker_id"}, nil},
		{"strategy_discussions", "", []string{"cin_episode_id", "held_at"}, nil},
		{"cin_assessments", "", []string{"cin_episode_id", "start_date", "authorisation_date", "outcome", "worker_id"}, nil},
		{"s47_enquiry", "", []string{"cin_episode_id", "strategy_discussion_id", "start_date", "end_date", "icpc_required", "worker_id"}, nil},
		{"cp_plans", "", []string{"cin_episode_id", "start_date", "end_date", "other_la"}, nil},
		{"involvements", "role IN ('social_worker', 'personal_adviser')", []string{"worker_id", "role", "start_date", "end_date"}, nil},
		// Children looked after, missing and leaving care (duty/care.go, missing.go, leaving.go).
		{"cla_episodes", "", []string{"period_start", "start_date", "end_date", "reason_new_episode", "legal_status", "placement_type",
			"provider_name", "placement_postcode", "reason_ceased"}, nil},
		{"missing", "", []string{"start_time", "end_time", "rhi_offered_at", "rhi_accepted", "rhi_held_at", "rhi_worker_id"}, nil},
		{"care_leavers", "", []string{"category", "start_date", "end_date"}, nil},
		// Conferences matter only to a child with an enquiry or a plan, and core groups only to a child
		// with a plan; visits only to a child with a plan or in care; the other records of care only to a
		// child looked after on or after the day of the list (every duty of care ends when care ends, so
		// a young person who left care years ago, as most of a personal adviser's have, has nothing of
		// them to list); and those of leaving care only to children with a leaving care category. So they
		// are read only for those children.
		{"cp_conferences", "", []string{"cin_episode_id", "kind", "s47_enquiry_id", "cp_plan_id", "conference_date", "outcome"}, []string{"s47_enquiry", "cp_plans"}},
		{"core_groups", "", []string{"cp_plan_id", "meeting_date"}, []string{"cp_plans"}},
		{"visits", "child_seen = TRUE AND (kind IN ('cp', 'cla') OR cp_plan_id IS NOT NULL)", []string{"kind", "cp_plan_id", "visit_date", "worker_id", "child_seen"}, []string{"cp_plans", inCareOnDay}},
		{"cla_reviews", "", []string{"review_date"}, []string{inCareOnDay}},
		{"cla_health", "kind IN ('initial', 'review') AND outcome = 'completed'", []string{"kind", "check_date", "outcome"}, []string{inCareOnDay}},
		{"peps", "", []string{"pep_date"}, []string{inCareOnDay}},
		{"sdq_scores", "", []string{"sdq_date"}, []string{inCareOnDay}},
		{"leaving_contacts", "", []string{"contact_at", "method", "worker_id"}, []string{"care_leavers"}},
		{"care_leaver_status", "", []string{"status_date", "in_touch", "accommodation"}, []string{"care_leavers"}},
		{"leaving_needs_assessments", "", []string{"start_date", "completed_date", "worker_id"}, []string{"care_leavers"}},
		{"pathway_plans", "", []string{"plan_date", "worker_id"}, []string{"care_leavers"}},
		{"pathway_plan_reviews", "", []string{"review_date", "reviewer_id"}, []string{"care_leavers"}},
	} {
		where := "record_status = 'active'"
		if p.where != "" {
			where += " AND " + p.where
		}
		part, err := newPart(p.table, append([]string{"id", "record_status", "person_id"}, p.cols...), where)
		if err != nil {
			panic(err)
		}
		part.onlyWith = p.onlyWith
		parts = append(parts, part)
	}
	return parts
})

// inCareOnDay stands, among the tables a part is read for (part.onlyWith), for the children looked after on
// or after the day of the list: with an episode of care that had not ended before it.
const inCareOnDay = "looked after on the day or after"

// inCareOn reports whether the partial record has an episode of care that had not ended by day d (one
// ending on d counts, as the child was looked after that morning).
func inCareOn(r *ChildRecord, d hearth.Date) bool {
	eps, _ := r.tables["cla_episodes"].([]care.Episode)
	return slices.ContainsFunc(eps, func(e care.Episode) bool { return e.EndDate.IsZero() || !e.EndDate.Before(d) })
}

// DutyRecords loads what the duties read of several children's records (dutyParts), in one statement
// per table for all the children, rather than a whole record per child. The records are partial: the
// person is only its id (and date of birth, for a child in care or leaving care), and there are only standing rows, only the columns the duties need, only the
// visits and allocations that can count, and the records of care (reviews, visits, health, education
// plans, questionnaires) only of children looked after on or after the day on. They are for duty.Derive
// as at on (or later) alone, never to show: they give the open items of the whole record on that day, and
// of the items done, all but those of a period of care that had ended before it. ids are children known
// to exist, such as those of a caseload. The zero day reads the records of care of everyone ever looked
// after.
//
// It writes one audit entry naming the children and the tables read, with what (such as "due items of
// the caseload of worker 12 on 2026-03-02"): like a caseload, such a list shows something about each
// child, not their records, so it does not count as opening each one, but what was read is kept. The
// records come back in the order of ids.
func (db *DB) DutyRecords(ctx context.Context, actor hearth.Actor, ids []hearth.ID, on hearth.Date, what string) ([]*ChildRecord, error) {
	return db.dutyRecords(ctx, actor, ids, on, what, dutyParts())
}

// dutyRecords is DutyRecords reading the parts given (branch leaving: LeavingDutyRecords reads only the
// leaving care duties' parts).
func (db *DB) dutyRecords(ctx context.Context, actor hearth.Actor, ids []hearth.ID, on hearth.Date, what string, parts []part) ([]*ChildRecord, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	out := make([]*ChildRecord, len(ids))
	byID := make(map[hearth.ID]*ChildRecord, len(ids))
	for i, id := range ids {
		out[i] = &ChildRecord{Person: hearth.Person{Record: hearth.Record{ID: id}}, tables: map[string]any{}}
		byID[id] = out[i]
	}
	for chunk := range slices.Chunk(ids, 1000) {
		// The parts read for every child first, then those read only for some, each group's statements
		// side by side on as many connections as there are processors: they are independent reads, and
		// most of their time is waiting for pages.
		for _, later := range []bool{false, true} {
			var group []part
			var of [][]hearth.ID
			for _, p := range parts {
				if (p.onlyWith != nil) != later {
					continue
				}
				some := chunk
				if p.onlyWith != nil {
					some = slices.DeleteFunc(slices.Clone(chunk), func(id hearth.ID) bool {
						return !slices.ContainsFunc(p.onlyWith, func(t string) bool {
							if t == inCareOnDay {
								return inCareOn(byID[id], on)
							}
							_, ok := byID[id].tables[t]
							return ok
						})
					})
					if len(some) == 0 {
						continue
					}
				}
				group, of = append(group, p), append(of, some)
			}
			if err := db.readParts(ctx, group, of, byID); err != nil {
				return nil, err
			}
		}
		if err := db.readBirthDates(ctx, chunk, byID); err != nil {
			return nil, err
		}
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = strconv.FormatInt(id, 10)
	}
	tables := make([]string, len(parts))
	for i, p := range parts {
		tables[i] = p.info.Name
	}
	return out, db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, Table: strings.Join(tables, " "),
		Detail: what + ": children " + strings.Join(names, " ")})
}

// readBirthDates reads the dates of birth of the children in care or leaving care among ids, which the
// duties of health assessments, education plans and leaving care count from.
func (db *DB) readBirthDates(ctx context.Context, ids []hearth.ID, byID map[hearth.ID]*ChildRecord) error {
	some := slices.DeleteFunc(slices.Clone(ids), func(id hearth.ID) bool {
		_, care := byID[id].tables["cla_episodes"]
		_, leaving := byID[id].tables["care_leavers"]
		return !care && !leaving
	})
	if len(some) == 0 {
		return nil
	}
	in := "id IN (SELECT value FROM json_each(?1))"
	if db.Engine == Postgres {
		in = "id = ANY($1)"
	}
	stmt, err := db.stmt(ctx, "SELECT id, birth_date FROM person WHERE "+in)
	if err != nil {
		return fmt.Errorf("reading dates of birth: %w", err)
	}
	rows, err := stmt.QueryContext(ctx, db.idsArg(some))
	if err != nil {
		return fmt.Errorf("reading dates of birth: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id hearth.ID
		var birth hearth.Date
		if err := rows.Scan(&id, &birth); err != nil {
			return fmt.Errorf("reading dates of birth: %w", err)
		}
		byID[id].Person.BirthDate = birth
	}
	return rows.Err()
}

// readParts reads each part for its children (of[i] for parts[i]) into their records, a few at a time.
func (db *DB) readParts(ctx context.Context, parts []part, of [][]hearth.ID, byID map[hearth.ID]*ChildRecord) error {
	results := make([]map[hearth.ID]any, len(parts))
	errs := make([]error, len(parts))
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i], errs[i] = db.readPart(ctx, p, of[i])
			if errs[i] != nil {
				errs[i] = fmt.Errorf("reading %s: %w", p.info.Name, errs[i])
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for i, p := range parts {
		for id, rows := range results[i] {
			byID[id].tables[p.info.Name] = rows
		}
	}
	return nil
}

// readPart reads a part for the children ids, returning each child's rows as a typed slice.
func (db *DB) readPart(ctx context.Context, p part, ids []hearth.ID) (map[hearth.ID]any, error) {
	pid := p.info.cols[p.info.byName["person_id"]].index
	out := map[hearth.ID]any{}
	var cur hearth.ID
	var rows reflect.Value
	flush := func() {
		if rows.IsValid() {
			out[cur] = rows.Interface()
		}
	}
	err := db.scanPart(ctx, p.query(db.Engine), db.idsArg(ids), p.info, p.cols, func(row reflect.Value) {
		// Rows come in child order, so each child's rows are one run.
		if id := row.FieldByIndex(pid).Int(); !rows.IsValid() || id != cur {
			flush()
			cur, rows = id, reflect.MakeSlice(reflect.SliceOf(p.info.typ), 0, 4)
		}
		rows = reflect.Append(rows, row)
	})
	flush()
	return out, err
}

// part is a table of a child's record read for a list: some of its columns, and a condition on its rows
// written in code (never from input).
type part struct {
	info     *tableInfo
	cols     []*column
	where    string
	onlyWith []string // when set, the part is read only for children with rows in one of these tables
}

func newPart(table string, cols []string, where string) (part, error) {
	info, ok := schema().byName[table]
	if !ok || !info.hasChild {
		return part{}, fmt.Errorf("store: %q is not a table of a child's record", table)
	}
	p := part{info: info, where: where}
	for _, name := range cols {
		i, ok := info.byName[name]
		if !ok {
			return part{}, fmt.Errorf("store: %s has no column %s", table, name)
		}
		p.cols = append(p.cols, &info.cols[i])
	}
	return p, nil
}

// query returns the statement that reads the part for a list of children, which is one parameter: a JSON
// array of ids on SQLite and an array on PostgreSQL. The statement's text does not depend on the
// children, so it is prepared once.
func (p part) query(e Engine) string {
	var names []string
	for _, c := range p.cols {
		names = append(names, c.Name)
	}
	in := "person_id IN (SELECT value FROM json_each(?1))"
	if e == Postgres {
		in = "person_id = ANY($1)"
	}
	where := in
	if p.where != "" {
		where += " AND " + p.where
	}
	return "SELECT " + strings.Join(names, ", ") + " FROM " + p.info.Name + " WHERE " + where + " ORDER BY person_id, id"
}

// idsArg is the one parameter of a part's query: the ids as a JSON array on SQLite, an array on PostgreSQL.
func (db *DB) idsArg(ids []hearth.ID) any {
	if db.Engine == Postgres {
		return ids
	}
	return "[" + idList(ids) + "]"
}

// scanPart runs a prepared query of some columns of a table's rows and passes each row, a struct value of
// the table's type with the other columns at their zero value, to fn.
func (db *DB) scanPart(ctx context.Context, query string, arg any, info *tableInfo, cols []*column, fn func(reflect.Value)) error {
	stmt, err := db.stmt(ctx, query)
	if err != nil {
		return err
	}
	rows, err := stmt.QueryContext(ctx, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	var targets []any
	row := reflect.New(info.typ)
	for rows.Next() {
		row.Elem().SetZero()
		targets = targets[:0]
		for _, c := range cols {
			targets = append(targets, scanTarget(c, row.Elem()))
		}
		if err := rows.Scan(targets...); err != nil {
			return err
		}
		fn(row.Elem())
	}
	return rows.Err()
}

// idList writes ids as a list of numbers for an IN condition. They are int64 values, so nothing typed by a
// person reaches the SQL, and one statement serves any number of children without one parameter each.
func idList(ids []hearth.ID) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	return b.String()
}

// WorkerChildren returns the children allocated to the worker on the date, in any role, each once (under
// the first role), with the names of restricted records masked for an actor not named on them, as
// MyCaseload does but without the latest events or a page: the caller reads what it needs about them
// (through Records, which audits the read).
func (db *DB) WorkerChildren(ctx context.Context, actor hearth.Actor, workerID hearth.ID, on hearth.Date) ([]CaseloadChild, error) {
	d := db.Engine.arg(on)
	all, err := db.caseloadChildren(ctx, `SELECT i.person_id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		i.role, i.start_date, i.team_id, i.worker_id FROM involvements i JOIN person p ON p.id = i.person_id
		WHERE i.worker_id = ? AND `+currentAllocation+` ORDER BY p.surname, p.forename, i.person_id, i.id`, workerID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the children of worker %d: %w", workerID, err)
	}
	return all, db.maskChildren(ctx, actor, all)
}

// TeamChildren returns the children a team holds on the date: those allocated to its workers in post,
// each with the worker (WorkerID) and role, and those with an open referral of the team and no social
// worker or personal adviser (Role empty, WorkerID 0). Names of restricted records are masked as in
// WorkerChildren.
func (db *DB) TeamChildren(ctx context.Context, actor hearth.Actor, teamID hearth.ID, on hearth.Date) ([]CaseloadChild, error) {
	d := db.Engine.arg(on)
	held, err := db.caseloadChildren(ctx, `SELECT i.person_id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		i.role, i.start_date, i.team_id, i.worker_id FROM involvements i JOIN professionals w ON w.id = i.worker_id
		JOIN person p ON p.id = i.person_id
		WHERE w.team_id = ? AND `+currentAllocation+` ORDER BY p.surname, p.forename, i.person_id, i.id`, teamID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the children of team %d: %w", teamID, err)
	}
	open, err := db.caseloadChildren(ctx, `SELECT p.id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		'', NULL, c.team_id, 0 FROM cin_episodes c JOIN person p ON p.id = c.person_id
		WHERE c.team_id = ? AND c.record_status = 'active' AND c.referral_date <= ? AND (c.closure_date IS NULL OR c.closure_date >= ?)
		AND NOT EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = c.person_id AND `+heldRoles+` AND `+currentAllocation+`)
		ORDER BY p.surname, p.forename, p.id`, teamID, d, d, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the unallocated children of team %d: %w", teamID, err)
	}
	all := append(held, open...)
	return all, db.maskChildren(ctx, actor, all)
}

// WorkerOf returns the worker holding a child on a team list (TeamChildren), or 0 for an unallocated child.
func (c CaseloadChild) WorkerOf() hearth.ID { return c.workerID }
