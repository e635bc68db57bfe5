package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"hearth"
	"hearth/workforce"
)

// Page asks for part of a long list: Limit items from Offset. A zero Limit gives 50; at most 500.
type Page struct {
	Limit  int
	Offset int
}

// norm returns the page with its defaults and bounds applied.
func (p Page) norm() Page {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	p.Limit, p.Offset = min(p.Limit, 500), max(0, p.Offset)
	return p
}

// slice returns the part of n items the page covers, as [from, to).
func (p Page) slice(n int) (int, int) {
	return min(p.Offset, n), min(p.Offset+p.Limit, n)
}

// CaseloadChild is one child on a caseload or on a team's unallocated list.
type CaseloadChild struct {
	PersonID  hearth.ID
	LAChildID hearth.LAChildID
	Forename  string
	Surname   string
	BirthDate hearth.Date
	// Restricted and Masked work as in PersonMatch: the names and dates of a sealed record are left out
	// for someone not named on it.
	Restricted bool
	Masked     bool
	// Role, Since and TeamID describe the allocation (empty on the unallocated list).
	Role   string
	Since  hearth.Date
	TeamID hearth.ID
	// LastVisit is the date of the latest visit on or before the date asked about.
	LastVisit hearth.Date
	// Last is what happened last (MyCaseload only).
	Last LastEvent

	workerID  hearth.ID // the worker holding the child, for TeamCaseload
	lastOrder int       // the lastEvents entry of Last, to break ties on a date
}

// LastEvent is the latest thing recorded for a child: when, and what, in a few words.
type LastEvent struct {
	Date  hearth.Date
	What  string
	Table string
}

// Caseload is the children allocated to one worker on a date.
type Caseload struct {
	WorkerID hearth.ID
	On       hearth.Date
	Children []CaseloadChild // this page, by surname and forename
	Total    int
	Page     Page
}

// MyCaseload returns the children allocated to the worker on the date, in any role, with the latest
// visit and what happened last for each. The list is written to the audit log as one entry naming the
// children shown: a caseload shows names, not records, so it does not count as opening each one (and
// does not appear on each child's "who has looked" page), but the list that was seen is kept.
func (db *DB) MyCaseload(ctx context.Context, actor hearth.Actor, workerID hearth.ID, on hearth.Date, page Page) (Caseload, error) {
	page = page.norm()
	cl := Caseload{WorkerID: workerID, On: on, Page: page}
	d := db.Engine.arg(on)
	all, err := db.caseloadChildren(ctx, `SELECT i.person_id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		i.role, i.start_date, i.team_id, i.worker_id FROM involvements i JOIN person p ON p.id = i.person_id
		WHERE i.worker_id = ? AND `+currentAllocation+` ORDER BY p.surname, p.forename, i.person_id, i.id`, workerID, d, d)
	if err != nil {
		return cl, fmt.Errorf("reading the caseload of worker %d: %w", workerID, err)
	}
	cl.Total = len(all)
	from, to := page.slice(len(all))
	cl.Children = all[from:to]
	if err := db.fillLast(ctx, cl.Children, on, true); err != nil {
		return cl, err
	}
	if err := db.maskChildren(ctx, actor, cl.Children); err != nil {
		return cl, err
	}
	return cl, db.auditList(ctx, actor, fmt.Sprintf("caseload of worker %d on %s", workerID, on), cl.Children)
}

// WorkerCaseload is one worker of a team with the children allocated to them.
type WorkerCaseload struct {
	WorkerID   hearth.ID
	Name       string
	JobTitle   string
	Employment string // permanent or agency
	FTE        float64
	// Count is how many children the worker holds in any role; Children are those children.
	Count    int
	Children []CaseloadChild
}

// TeamCaseload is a team's caseloads and unallocated children on a date.
type TeamCaseload struct {
	TeamID  hearth.ID
	On      hearth.Date
	Workers []WorkerCaseload // every worker of the team in post on the date, by name
	// Unallocated are the children the team holds with open work (an open referral, a child protection
	// plan, an episode of care or a leaving care category) and no social worker or personal adviser:
	// this page of them, oldest referral first, and how many there are.
	Unallocated      []CaseloadChild
	UnallocatedTotal int
	Page             Page
}

// TeamCaseload returns each worker of the team with the children allocated to them on the date, and the
// team's unallocated children (paged). A child is the team's when an open referral names the team, or,
// for a child whose worker has gone, when the team held the child through its last social worker or
// personal adviser (the same rule as access.ChildFacts.TeamIDs). The list is audited as MyCaseload's is.
func (db *DB) TeamCaseload(ctx context.Context, actor hearth.Actor, teamID hearth.ID, on hearth.Date, page Page) (TeamCaseload, error) {
	page = page.norm()
	tc := TeamCaseload{TeamID: teamID, On: on, Page: page}
	d := db.Engine.arg(on)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT id, name, COALESCE(job_title, ''), employment, fte FROM professionals
		WHERE team_id = ? AND record_status = 'active' AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
		ORDER BY name, id`), teamID, d, d)
	if err != nil {
		return tc, fmt.Errorf("reading the workers of team %d: %w", teamID, err)
	}
	index := map[hearth.ID]int{}
	for rows.Next() {
		var w WorkerCaseload
		if err := rows.Scan(&w.WorkerID, &w.Name, &w.JobTitle, &w.Employment, &w.FTE); err != nil {
			rows.Close()
			return tc, err
		}
		index[w.WorkerID] = len(tc.Workers)
		tc.Workers = append(tc.Workers, w)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return tc, err
	}

	held, err := db.caseloadChildren(ctx, `SELECT i.person_id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		i.role, i.start_date, i.team_id, i.worker_id FROM involvements i JOIN professionals w ON w.id = i.worker_id
		JOIN person p ON p.id = i.person_id
		WHERE w.team_id = ? AND `+currentAllocation+` ORDER BY p.surname, p.forename, i.person_id, i.id`, teamID, d, d)
	if err != nil {
		return tc, fmt.Errorf("reading the caseloads of team %d: %w", teamID, err)
	}
	if err := db.fillLast(ctx, held, on, false); err != nil {
		return tc, err
	}
	if err := db.maskChildren(ctx, actor, held); err != nil {
		return tc, err
	}
	for _, c := range held {
		if i, ok := index[c.workerID]; ok {
			tc.Workers[i].Children = append(tc.Workers[i].Children, c)
			tc.Workers[i].Count++
		}
	}

	// The candidates are the children the team could be holding: those of its open referrals, and those
	// whose allocation through the team has ended. Starting from them, rather than from every child with
	// open work in the authority, keeps the page's cost to the team's size.
	unallocated, err := db.caseloadChildren(ctx, `SELECT p.id, p.la_child_id, p.forename, p.surname, p.birth_date, p.restricted,
		'', NULL, 0, 0 FROM (
			SELECT c.person_id FROM cin_episodes c WHERE c.team_id = ? AND c.record_status = 'active'
				AND c.referral_date <= ? AND (c.closure_date IS NULL OR c.closure_date >= ?)
			UNION SELECT i.person_id FROM involvements i WHERE i.team_id = ? AND i.record_status = 'active' AND `+heldRoles+`
				AND i.start_date <= ? AND i.end_date < ?
		) o JOIN person p ON p.id = o.person_id
		WHERE NOT EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = o.person_id AND `+heldRoles+` AND `+currentAllocation+`)
		AND (EXISTS (SELECT 1 FROM cin_episodes c WHERE c.person_id = o.person_id AND c.record_status = 'active'
				AND c.referral_date <= ? AND (c.closure_date IS NULL OR c.closure_date >= ?))
			OR EXISTS (SELECT 1 FROM cp_plans c WHERE c.person_id = o.person_id AND c.record_status = 'active' AND c.other_la = ?
				AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?))
			OR EXISTS (SELECT 1 FROM cla_episodes c WHERE c.person_id = o.person_id AND c.record_status = 'active'
				AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?))
			OR EXISTS (SELECT 1 FROM care_leavers c WHERE c.person_id = o.person_id AND c.record_status = 'active'
				AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)))
		AND (EXISTS (SELECT 1 FROM cin_episodes c WHERE c.person_id = o.person_id AND c.team_id = ? AND c.record_status = 'active'
				AND c.referral_date <= ? AND (c.closure_date IS NULL OR c.closure_date >= ?))
			OR (SELECT i.team_id FROM involvements i WHERE i.person_id = o.person_id AND i.record_status = 'active' AND `+heldRoles+`
				AND i.start_date <= ? ORDER BY i.start_date DESC, i.id DESC LIMIT 1) = ?)
		ORDER BY p.surname, p.forename, p.id`,
		teamID, d, d, teamID, d, d, d, d, d, d, db.Engine.arg(false), d, d, d, d, d, d, teamID, d, d, d, teamID)
	if err != nil {
		return tc, fmt.Errorf("reading the unallocated children of team %d: %w", teamID, err)
	}
	tc.UnallocatedTotal = len(unallocated)
	from, to := page.slice(len(unallocated))
	tc.Unallocated = unallocated[from:to]
	if err := db.fillLast(ctx, tc.Unallocated, on, false); err != nil {
		return tc, err
	}
	if err := db.maskChildren(ctx, actor, tc.Unallocated); err != nil {
		return tc, err
	}
	return tc, db.auditList(ctx, actor, fmt.Sprintf("caseloads of team %d on %s", teamID, on), append(held, tc.Unallocated...))
}

// caseloadChildren runs a query whose columns are those of MyCaseload's and returns the children, each
// once (a worker who holds a child in two roles lists the child once, under the first role).
func (db *DB) caseloadChildren(ctx context.Context, query string, args ...any) ([]CaseloadChild, error) {
	rows, err := db.sql.QueryContext(ctx, db.rebind(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CaseloadChild
	seen := map[[2]hearth.ID]bool{}
	for rows.Next() {
		var c CaseloadChild
		var restricted any
		var team, worker *int64
		if err := rows.Scan(&c.PersonID, &c.LAChildID, &c.Forename, &c.Surname, &c.BirthDate, &restricted,
			&c.Role, &c.Since, &team, &worker); err != nil {
			return nil, err
		}
		c.Restricted = truthy(restricted)
		if team != nil {
			c.TeamID = *team
		}
		if worker != nil {
			c.workerID = *worker
		}
		key := [2]hearth.ID{c.PersonID, c.workerID}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, c)
	}
	return out, rows.Err()
}

// lastEvents are the dated rows that say what happened last on a caseload: the steps of a child's
// journey, each with the column that dates it and a few words for it. Ties on a date go to the later
// entry, the later step of the journey.
var lastEvents = []lastEvent{
	{"contacts", "received_at", true, "Contact received"},
	{"cin_episodes", "referral_date", false, "Referral received"},
	{"early_help_episodes", "start_date", false, "Early help started"},
	{"cin_assessments", "start_date", false, "Assessment started"},
	{"strategy_discussions", "held_at", true, "Strategy discussion"},
	{"s47_enquiry", "start_date", false, "Section 47 enquiry started"},
	{"cin_assessments", "authorisation_date", false, "Assessment authorised"},
	{"s47_enquiry", "end_date", false, "Section 47 enquiry concluded"},
	{"cp_conferences", "conference_date", false, "Child protection conference"},
	{"cin_plans", "start_date", false, "Child in need plan started"},
	{"cp_plans", "start_date", false, "Child protection plan started"},
	{"plans", "agreed_date", false, "Plan agreed"},
	{"core_groups", "meeting_date", false, "Core group meeting"},
	{"exploitation_risks", "assessment_date", false, "Exploitation risk assessed"},
	{"missing", "start_time", true, "Went missing"},
	{"cla_episodes", "start_date", false, "Episode of care began"},
	{"cla_reviews", "review_date", false, "Looked-after review"},
	{"cla_health", "check_date", false, "Health check"},
	{"peps", "pep_date", false, "Personal education plan meeting"},
	{"care_leavers", "start_date", false, "Leaving care category began"},
	{"leaving_contacts", "contact_at", true, "Contact with personal adviser"},
	{"pathway_plans", "plan_date", false, "Pathway plan made"},
	{"pathway_plan_reviews", "review_date", false, "Pathway plan reviewed"},
	{"visits", "visit_date", false, "Visit"},
	{"cp_plans", "end_date", false, "Child protection plan ended"},
	{"cla_episodes", "end_date", false, "Episode of care ended"},
	{"cin_episodes", "closure_date", false, "Case closed"},
}

type lastEvent struct {
	table, column string
	instant       bool // the column is a date and time
	what          string
}

// fillLast sets each child's latest visit and, with last, what happened last, on or before the date, in
// one statement. The ids are written into the statement as numbers (they are int64 values read from the
// database, so nothing typed by a person reaches the SQL), which keeps the statement to one parameter
// per table instead of one per child per table.
func (db *DB) fillLast(ctx context.Context, children []CaseloadChild, on hearth.Date, last bool) error {
	if len(children) == 0 {
		return nil
	}
	ids := make([]string, len(children))
	for i, c := range children {
		ids[i] = strconv.FormatInt(c.PersonID, 10)
	}
	in := strings.Join(ids, ",")
	events := lastEvents
	if !last {
		events = slices.DeleteFunc(slices.Clone(events), func(e lastEvent) bool { return e.table != "visits" })
	}
	var parts []string
	var args []any
	for i, e := range events {
		dateExpr, bound := "MAX("+e.column+")", db.Engine.arg(on)
		if e.instant {
			dateExpr, bound = db.Engine.dateOf("MAX("+e.column+")"), db.Engine.arg(on.AddDays(1).Time())
		}
		cmp := "<="
		if e.instant {
			cmp = "<"
		}
		parts = append(parts, fmt.Sprintf(`SELECT person_id, %d AS what, %s AS d FROM %s
			WHERE person_id IN (%s) AND record_status = 'active' AND %s %s ? GROUP BY person_id`, i, dateExpr, e.table, in, e.column, cmp))
		args = append(args, bound)
	}
	rows, err := db.sql.QueryContext(ctx, db.rebind(strings.Join(parts, "\nUNION ALL\n")), args...)
	if err != nil {
		return fmt.Errorf("reading the latest events of a caseload: %w", err)
	}
	defer rows.Close()
	byID := map[hearth.ID][]int{}
	for i, c := range children {
		byID[c.PersonID] = append(byID[c.PersonID], i)
	}
	for rows.Next() {
		var id hearth.ID
		var what int
		var d hearth.Date
		if err := rows.Scan(&id, &what, &d); err != nil {
			return err
		}
		e := events[what]
		for _, i := range byID[id] {
			c := &children[i]
			if e.table == "visits" && d.After(c.LastVisit) {
				c.LastVisit = d
			}
			if last && !d.Before(c.Last.Date) && (d.After(c.Last.Date) || what > c.lastOrder) {
				c.Last, c.lastOrder = LastEvent{Date: d, What: e.what, Table: e.table}, what
			}
		}
	}
	return rows.Err()
}

// maskChildren empties the names and dates of restricted records whose seal does not name the actor.
func (db *DB) maskChildren(ctx context.Context, actor hearth.Actor, children []CaseloadChild) error {
	var ids []hearth.ID
	for _, c := range children {
		if c.Restricted {
			ids = append(ids, c.PersonID)
		}
	}
	named, err := db.namedOn(ctx, actor, ids)
	if err != nil {
		return err
	}
	for i := range children {
		c := &children[i]
		if c.Restricted && !named[c.PersonID] {
			c.Forename, c.Surname, c.BirthDate, c.LAChildID, c.Masked = "", "", hearth.Date{}, hearth.LAChildID{}, true
		}
	}
	return nil
}

// namedOn returns which of the restricted records ids name the actor (Hearth itself is named on all).
func (db *DB) namedOn(ctx context.Context, actor hearth.Actor, ids []hearth.ID) (map[hearth.ID]bool, error) {
	named := map[hearth.ID]bool{}
	if len(ids) == 0 {
		return named, nil
	}
	if actor.Role == hearth.RoleSystem {
		for _, id := range ids {
			named[id] = true
		}
		return named, nil
	}
	set := map[hearth.ID]bool{}
	for _, id := range ids {
		set[id] = true
	}
	err := db.eachIn(ctx, `SELECT person_id FROM restricted_access WHERE revoked_at IS NULL AND user_id = `+
		strconv.FormatInt(actor.UserID, 10)+` AND person_id IN (%s)`, set, func(scan func(...any) error) error {
		var id hearth.ID
		if err := scan(&id); err != nil {
			return err
		}
		named[id] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading who is named on restricted records: %w", err)
	}
	return named, nil
}

// auditList writes one audit entry for a list of children shown, naming them in its detail.
func (db *DB) auditList(ctx context.Context, actor hearth.Actor, what string, children []CaseloadChild) error {
	ids := make([]string, 0, len(children))
	for _, c := range children {
		ids = append(ids, strconv.FormatInt(c.PersonID, 10))
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, Table: "involvements",
		Detail: what + ": children " + strings.Join(ids, " ")})
}

// Allocate makes workerID the child's worker in role from the date, in one transaction: the child's
// current allocations in that role end on that date (the handover day, on which both workers hold the
// child, as the SSDA903 social worker episodes record it) through Amend, so the earlier versions are kept
// in record_history, and a new allocation starts through Insert, through the worker's team and the child's
// open referral. reason is the SSDA903 SW_REASON code of why the worker changed (workforce.
// SocialWorkerChangeReasons), required when a social worker's allocation ends. Every write is audited.
//
// It does not decide whether the actor may allocate: the caller asks access.CanAllocate first.
func (db *DB) Allocate(ctx context.Context, actor hearth.Actor, childID, workerID hearth.ID, role string, from hearth.Date, reason string) (workforce.Allocation, error) {
	reason = strings.TrimSpace(reason)
	next := workforce.Allocation{PersonID: childID, WorkerID: workerID, Role: role, StartDate: from}
	if reason != "" && !workforce.SocialWorkerChangeReasons.Has(reason) {
		return next, hearth.Errorf(hearth.EINVALID, "%q is not a reason for a change of worker; the reasons are %s",
			reason, workforce.SocialWorkerChangeReasons)
	}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var name string
		var team *int64
		var left hearth.Date
		err := tx.QueryRowContext(ctx, db.rebind(`SELECT name, team_id, end_date FROM professionals WHERE id = ? AND record_status = 'active'`),
			workerID).Scan(&name, &team, &left)
		if isNoRows(err) {
			return hearth.Errorf(hearth.ENOTFOUND, "This worker does not exist")
		}
		if err != nil {
			return fmt.Errorf("reading worker %d: %w", workerID, err)
		}
		if team == nil {
			return hearth.Errorf(hearth.EINVALID, "%s belongs to no team: put them in a team before allocating children to them", name)
		}
		if !left.IsZero() && left.Before(from) {
			return hearth.Errorf(hearth.EINVALID, "%s left on %s and cannot be allocated from %s", name, left.UK(), from.UK())
		}
		next.TeamID = *team
		episodes, err := txIDs(ctx, tx, db, `SELECT id FROM cin_episodes WHERE person_id = ? AND record_status = 'active'
			AND referral_date <= ? AND (closure_date IS NULL OR closure_date >= ?) ORDER BY referral_date DESC, id DESC LIMIT 1`,
			childID, db.Engine.arg(from), db.Engine.arg(from))
		if err != nil {
			return err
		}
		if len(episodes) > 0 {
			next.CINEpisodeID = episodes[0]
		}
		if err := next.Validate(); err != nil {
			return err
		}
		d := db.Engine.arg(from)
		current, err := txIDs(ctx, tx, db, `SELECT i.id FROM involvements i WHERE i.person_id = ? AND i.role = ? AND `+currentAllocation+` ORDER BY i.id`,
			childID, role, d, d)
		if err != nil {
			return err
		}
		for _, id := range current {
			var old workforce.Allocation
			if err := db.getRow(ctx, tx, schema().byName["involvements"], id, reflect.ValueOf(&old)); err != nil {
				return err
			}
			if old.WorkerID == workerID {
				return hearth.Errorf(hearth.ECONFLICT, "%s is already the child's %s", name,
					strings.ToLower(workforce.AllocationRoles.Description(role)))
			}
			if old.StartDate.After(from) {
				return hearth.Errorf(hearth.EINVALID, "The current allocation began on %s, after %s: correct it rather than reallocating",
					old.StartDate.UK(), from.UK())
			}
			if reason == "" && role == workforce.RoleSocialWorker {
				return hearth.Errorf(hearth.EINVALID, "Say why the child's social worker is changing (an SSDA903 reason: %s)",
					workforce.SocialWorkerChangeReasons)
			}
			old.EndDate, old.EndReason = from, reason
			if err := old.Validate(); err != nil {
				return err
			}
			why := "Reallocated to " + name + " from " + from.UK()
			if reason != "" {
				why += ": " + workforce.SocialWorkerChangeReasons.Description(reason)
			}
			if err := db.amendTx(ctx, tx, actor, &old, why); err != nil {
				return err
			}
		}
		return db.insertTx(ctx, tx, actor, &next)
	})
	return next, err
}

// txIDs runs a query whose one column is an id within a transaction.
func txIDs(ctx context.Context, tx *sql.Tx, db *DB, query string, args ...any) ([]hearth.ID, error) {
	return queryIDs(ctx, tx, db.rebind(query), args...)
}
