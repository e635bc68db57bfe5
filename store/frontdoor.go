package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// The front door's lists: the contacts awaiting a decision, the MASH requests open for a partner agency,
// the police domestic abuse notifications a triage meeting decides, and the organisation's threshold
// levels. A child's own contacts, checks and referrals come from LoadChild; these are the lists across
// children, each written to the audit log as one entry naming the children it showed.

// rowsWhere returns the rows of T's table that the rest of a SELECT (rest: WHERE ... ORDER BY ...) keeps,
// every column read as the struct says. It does not audit: the caller does, once, for what it shows.
func rowsWhere[T any](ctx context.Context, db *DB, rest string, args ...any) ([]T, error) {
	var zero T
	info, _, err := tableOf(&zero)
	if err != nil {
		return nil, err
	}
	return rowsFrom[T](ctx, db, "", "FROM "+info.Name+" "+rest, args...)
}

// rowsFrom is rowsWhere for a query of T's table joined to others: from is the FROM clause onwards, in
// which T's table is called alias.
func rowsFrom[T any](ctx context.Context, db *DB, alias, from string, args ...any) ([]T, error) {
	var zero T
	info, _, err := tableOf(&zero)
	if err != nil {
		return nil, err
	}
	cols := info.columnNames()
	if alias != "" {
		for i, c := range cols {
			cols[i] = alias + "." + c
		}
	}
	q := db.rebind(fmt.Sprintf("SELECT %s %s", strings.Join(cols, ", "), from))
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", info.Name, err)
	}
	defer rows.Close()
	var out []T
	var targets []any
	for rows.Next() {
		var row T
		targets = info.scanTargets(reflect.ValueOf(&row), targets)
		if err := rows.Scan(targets...); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// ThresholdLevels returns every level of the organisation's threshold document, in use or not, from the
// least need to the most.
func (db *DB) ThresholdLevels(ctx context.Context) ([]frontdoor.ThresholdLevel, error) {
	return rowsWhere[frontdoor.ThresholdLevel](ctx, db, "WHERE record_status = 'active' ORDER BY position, code")
}

// PersonOf returns the child a row of a child's record belongs to (its person_id), so that a page
// addressed by the row's own id (/contacts/{id}) can open that child's record through the access rules.
// It reads no more than the id and is not audited; opening the record is. A row that does not exist, or
// a table that is not part of a child's record, gives ENOTFOUND.
func (db *DB) PersonOf(ctx context.Context, table string, id hearth.ID) (hearth.ID, error) {
	info, ok := schema().byName[table]
	if !ok || !info.hasChild {
		return 0, hearth.Errorf(hearth.ENOTFOUND, "There is no %s", humanName(table))
	}
	var person hearth.ID
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT person_id FROM `+info.Name+` WHERE id = ?`), id).Scan(&person)
	if isNoRows(err) {
		return 0, hearth.Errorf(hearth.ENOTFOUND, "This %s does not exist", humanName(table))
	}
	return person, err
}

// QueuedContact is a contact on a list across children, with the child it is about.
type QueuedContact struct {
	frontdoor.Contact
	Child CaseloadChild // the child's name and date of birth, masked for a sealed record not naming the reader
	// Asked and Answered count the contact's MASH requests and those answered.
	Asked, Answered int
}

// ContactQueue is a page of contacts.
type ContactQueue struct {
	Contacts []QueuedContact
	Total    int
	Page     Page
}

// AwaitingDecision returns a page of the contacts awaiting a decision at the front door, oldest first:
// each must be decided within a working day of its arrival, so the oldest is the soonest due. The list is
// written to the audit log as one entry naming the children shown.
func (db *DB) AwaitingDecision(ctx context.Context, actor hearth.Actor, page Page) (ContactQueue, error) {
	page = page.norm()
	out := ContactQueue{Page: page}
	const awaiting = `WHERE decision IS NULL AND record_status = 'active'`
	if err := db.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM contacts `+awaiting).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting the contacts awaiting a decision: %w", err)
	}
	contacts, err := rowsWhere[frontdoor.Contact](ctx, db, awaiting+` ORDER BY received_at, id LIMIT ? OFFSET ?`, page.Limit, page.Offset)
	if err != nil {
		return out, err
	}
	if out.Contacts, err = db.queued(ctx, actor, contacts); err != nil {
		return out, err
	}
	return out, db.auditQueue(ctx, actor, "contacts awaiting a decision", out.Contacts)
}

// TriageContacts returns what a triage meeting held at heldAt considers: the police domestic abuse
// notifications received by the end of the meeting's day (in England) that await a decision, and the
// contacts the meeting has decided, oldest first.
func (db *DB) TriageContacts(ctx context.Context, actor hearth.Actor, meetingID hearth.ID, dayEnd time.Time) ([]QueuedContact, error) {
	contacts, err := rowsWhere[frontdoor.Contact](ctx, db, `WHERE record_status = 'active' AND (triage_meeting_id = ?
		OR (decision IS NULL AND domestic_abuse_notification = ? AND received_at < ?)) ORDER BY received_at, id`,
		meetingID, db.Engine.arg(true), db.Engine.arg(dayEnd))
	if err != nil {
		return nil, err
	}
	out, err := db.queued(ctx, actor, contacts)
	if err != nil {
		return nil, err
	}
	return out, db.auditQueue(ctx, actor, fmt.Sprintf("triage meeting %d", meetingID), out)
}

// queued adds to each contact its child's name and date of birth (masked for a sealed record that does
// not name the actor) and how many of its MASH requests have been asked and answered.
func (db *DB) queued(ctx context.Context, actor hearth.Actor, contacts []frontdoor.Contact) ([]QueuedContact, error) {
	out := make([]QueuedContact, len(contacts))
	if len(contacts) == 0 {
		return out, nil
	}
	people, contactIDs := map[hearth.ID]bool{}, map[hearth.ID]bool{}
	for i, c := range contacts {
		out[i].Contact = c
		people[c.PersonID], contactIDs[c.ID] = true, true
	}
	children, err := db.childNames(ctx, actor, people)
	if err != nil {
		return nil, err
	}
	counts := map[hearth.ID][2]int{}
	err = db.eachIn(ctx, `SELECT contact_id, COUNT(*), COUNT(answered_at) FROM mash_checks
		WHERE record_status = 'active' AND contact_id IN (%s) GROUP BY contact_id`, contactIDs, func(scan func(...any) error) error {
		var id hearth.ID
		var asked, answered int
		if err := scan(&id, &asked, &answered); err != nil {
			return err
		}
		counts[id] = [2]int{asked, answered}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("counting MASH requests: %w", err)
	}
	for i := range out {
		out[i].Child = children[out[i].PersonID]
		out[i].Asked, out[i].Answered = counts[out[i].ID][0], counts[out[i].ID][1]
	}
	return out, nil
}

// childNames returns the names and dates of birth of people, masked for sealed records that do not name
// the actor.
func (db *DB) childNames(ctx context.Context, actor hearth.Actor, people map[hearth.ID]bool) (map[hearth.ID]CaseloadChild, error) {
	var list []CaseloadChild
	err := db.eachIn(ctx, `SELECT id, la_child_id, forename, surname, birth_date, restricted FROM person WHERE id IN (%s)`, people,
		func(scan func(...any) error) error {
			var c CaseloadChild
			var restricted any
			if err := scan(&c.PersonID, &c.LAChildID, &c.Forename, &c.Surname, &c.BirthDate, &restricted); err != nil {
				return err
			}
			c.Restricted = truthy(restricted)
			list = append(list, c)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("reading children's names: %w", err)
	}
	if err := db.maskChildren(ctx, actor, list); err != nil {
		return nil, err
	}
	out := make(map[hearth.ID]CaseloadChild, len(list))
	for _, c := range list {
		out[c.PersonID] = c
	}
	return out, nil
}

// auditQueue writes one audit entry for a list of contacts shown, naming their children.
func (db *DB) auditQueue(ctx context.Context, actor hearth.Actor, what string, contacts []QueuedContact) error {
	children := make([]CaseloadChild, len(contacts))
	for i, c := range contacts {
		children[i] = c.Child
	}
	return db.auditListOf(ctx, actor, "contacts", what, children)
}

// auditListOf is auditList for a list read from table.
func (db *DB) auditListOf(ctx context.Context, actor hearth.Actor, table, what string, children []CaseloadChild) error {
	if len(children) == 0 {
		return nil
	}
	ids := make([]string, 0, len(children))
	seen := map[hearth.ID]bool{}
	for _, c := range children {
		if !seen[c.PersonID] {
			seen[c.PersonID] = true
			ids = append(ids, fmt.Sprint(c.PersonID))
		}
	}
	return db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, Table: table,
		Detail: what + ": children " + strings.Join(ids, " ")})
}

// AgencyCheck is a MASH request on a partner agency's list, with the child it is about.
type AgencyCheck struct {
	frontdoor.MASHCheck
	Child CaseloadChild
}

// AgencyChecks is a page of a partner agency's MASH requests.
type AgencyChecks struct {
	Checks []AgencyCheck
	Total  int
	Page   Page
}

// answeredShown is how far back a partner agency's list of answered requests goes: enough to find an
// answer given this quarter, few enough that the list and its count stay small at national scale.
const answeredShown = 90 * 24 * time.Hour

// ChecksForAgency returns a page of the MASH requests sent to agency: those awaiting an answer about a
// contact awaiting its decision (open), soonest due first, or those answered in the last 90 days, latest
// first. A request still unanswered when its contact was decided is on neither: the answer can no longer
// inform the decision, and its duty has ended (duty.Derive). A partner agency account sees these and
// nothing else of a child's record; the list is written to the audit log naming the children shown.
func (db *DB) ChecksForAgency(ctx context.Context, actor hearth.Actor, agency string, open bool, page Page) (AgencyChecks, error) {
	page = page.norm()
	out := AgencyChecks{Page: page}
	// The open requests are found from the contacts awaiting a decision (a partial index keeps those few),
	// not from the agency's requests, most of which are long answered or moot. CROSS JOIN makes SQLite
	// keep that order; PostgreSQL plans it as it sees fit.
	from := `FROM contacts c CROSS JOIN mash_checks m WHERE m.contact_id = c.id AND c.decision IS NULL AND c.record_status = 'active'
		AND m.agency = ? AND m.record_status = 'active' AND m.answered_at IS NULL`
	order := `ORDER BY m.due_by, m.id`
	args := []any{agency}
	if !open {
		from = `FROM mash_checks m WHERE m.agency = ? AND m.record_status = 'active' AND m.answered_at >= ?`
		order = `ORDER BY m.answered_at DESC, m.id DESC`
		args = append(args, db.Engine.arg(db.now().Add(-answeredShown)))
	}
	if err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) `+from), args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting the MASH requests of %s: %w", agency, err)
	}
	checks, err := rowsFrom[frontdoor.MASHCheck](ctx, db, "m", from+" "+order+" LIMIT ? OFFSET ?", append(args, page.Limit, page.Offset)...)
	if err != nil {
		return out, err
	}
	people := map[hearth.ID]bool{}
	for _, c := range checks {
		people[c.PersonID] = true
	}
	names, err := db.childNames(ctx, actor, people)
	if err != nil {
		return out, err
	}
	children := make([]CaseloadChild, len(checks))
	for i, c := range checks {
		out.Checks = append(out.Checks, AgencyCheck{MASHCheck: c, Child: names[c.PersonID]})
		children[i] = names[c.PersonID]
	}
	return out, db.auditListOf(ctx, actor, "mash_checks", "MASH requests to "+agency, children)
}

// TriageMeetings returns a page of triage meetings, the latest first.
func (db *DB) TriageMeetings(ctx context.Context, page Page) ([]frontdoor.TriageMeeting, int, error) {
	page = page.norm()
	var total int
	if err := db.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM triage_meetings WHERE record_status = 'active'`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("counting triage meetings: %w", err)
	}
	ms, err := rowsWhere[frontdoor.TriageMeeting](ctx, db, `WHERE record_status = 'active' ORDER BY held_at DESC, id DESC LIMIT ? OFFSET ?`, page.Limit, page.Offset)
	return ms, total, err
}

// DecisionMakers returns the workers, employed on a date, who may be recorded as making a front door
// decision or chairing a triage meeting: those of the team teamID (the user's own) and of every team of
// the front door service, by name. Listing every worker of a large authority would make a list no one
// could use.
func (db *DB) DecisionMakers(ctx context.Context, teamID hearth.ID, on hearth.Date) ([]hearth.Worker, error) {
	d := db.Engine.arg(on)
	return rowsWhere[hearth.Worker](ctx, db, `WHERE record_status = 'active' AND (start_date IS NULL OR start_date <= ?)
		AND (end_date IS NULL OR end_date >= ?)
		AND (team_id = ? OR team_id IN (SELECT id FROM department WHERE service = 'front_door' AND record_status = 'active'))
		ORDER BY name, id`, d, d, teamID)
}

// CheckForAgency returns one MASH request with its child's name and date of birth, for a partner agency
// account of agency to read and answer: the request, and nothing else of the child's record. A request
// to another agency gives EFORBIDDEN without reading it further, so an account cannot learn about other
// agencies' requests by changing the address; one that does not exist gives ENOTFOUND. The read is
// written to the audit log against the child.
func (db *DB) CheckForAgency(ctx context.Context, actor hearth.Actor, id hearth.ID, agency string) (AgencyCheck, error) {
	var out AgencyCheck
	checks, err := rowsWhere[frontdoor.MASHCheck](ctx, db, `WHERE id = ? AND record_status = 'active'`, id)
	if err != nil {
		return out, err
	}
	if len(checks) == 0 {
		return out, hearth.Errorf(hearth.ENOTFOUND, "This MASH request does not exist")
	}
	if checks[0].Agency != agency || agency == "" {
		return out, hearth.Errorf(hearth.EFORBIDDEN, "This MASH request was sent to another agency. Partner agency accounts see only the requests sent to their agency.")
	}
	out.MASHCheck = checks[0]
	names, err := db.childNames(ctx, actor, map[hearth.ID]bool{out.PersonID: true})
	if err != nil {
		return out, err
	}
	out.Child = names[out.PersonID]
	return out, db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, PersonID: out.PersonID, Table: "mash_checks", RowID: id,
		Detail: "MASH request read by " + agency})
}

// InsertAll records several new rows in one transaction, each as Insert does: all are written or none
// is, so a form that makes several rows at once (a MASH request to several agencies) never half-saves.
func (db *DB) InsertAll(ctx context.Context, actor hearth.Actor, rows ...any) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		for _, row := range rows {
			if err := db.insertTx(ctx, tx, actor, row); err != nil {
				return err
			}
		}
		return nil
	})
}
