package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hearth"
	"hearth/access"
	"hearth/leaving"
	"hearth/workforce"
)

// CareLeaverRow is one young person on the care leavers list: who they are, their leaving care category
// with its reason, their personal adviser, their latest contact and what was known of them last (in touch,
// activity, accommodation), and their needs assessment and pathway plan dates. What is due is the duty
// engine's (duty.Derive over store.DutyRecords), not worked out here.
type CareLeaverRow struct {
	// Child is the young person as a caseload shows them (names hidden on a sealed record the reader is
	// not named on).
	Child CaseloadChild
	// Category is the leaving care category on the date, Reason why, and Since the day it began;
	// EligibleFrom is the first day of any category.
	Category     string
	Reason       string
	Since        hearth.Date
	EligibleFrom hearth.Date
	// AdviserID and AdviserName are the current personal adviser (zero when none is allocated).
	AdviserID   hearth.ID
	AdviserName string
	// LastContact is the latest contact with the young person, zero when there has been none.
	LastContact leaving.Contact
	// Status is the latest status recorded on or before the date; HasStatus is false when none is.
	Status    leaving.Status
	HasStatus bool
	// AssessmentDone is the latest completed needs assessment; PathwayPlanID, PlanMade and LastReview
	// are the pathway plan's (zero when there is none).
	AssessmentDone hearth.Date
	PathwayPlanID  hearth.ID
	PlanMade       hearth.Date
	LastReview     hearth.Date

	categoryID hearth.ID // the care_leavers row of Category, whose reason the page reads
}

// AdviserCaseload is how many of the listed care leavers a personal adviser holds.
type AdviserCaseload struct {
	WorkerID hearth.ID
	Name     string
	Count    int
}

// CareLeaverFilter narrows the care leavers list: to one personal adviser's young people, or to those
// with no personal adviser.
type CareLeaverFilter struct {
	AdviserID   hearth.ID
	Unallocated bool
}

// CareLeaverList is one page of the care leavers within a reader's reach on a date, with every personal
// adviser's caseload among them.
type CareLeaverList struct {
	On   hearth.Date
	Rows []CareLeaverRow
	// Total is how many young people the filter leaves; All how many there are without it.
	Total int
	All   int
	Page  Page
	// Advisers are the personal advisers of the young people listed, by name, with how many each holds;
	// Unallocated is how many have none.
	Advisers    []AdviserCaseload
	Unallocated int
}

// CareLeavers returns one page of the young people who have a leaving care category on the date and are
// within s's reach (the reach of VisibleChildren), by surname, with their personal advisers' caseloads.
// The whole list costs two statements (the young people with their category and adviser, and the
// advisers' names); the page's names, categories with reasons, contacts, statuses and plans cost four
// more, for that page only, so the details grow with the page and not with the authority. The list shown
// is audited as one entry, like a caseload.
func (db *DB) CareLeavers(ctx context.Context, actor hearth.Actor, s access.Subject, on hearth.Date, filter CareLeaverFilter, page Page) (CareLeaverList, error) {
	page = page.norm()
	out := CareLeaverList{On: on, Page: page}
	if !access.CanSeeChildData(s.Role) || s.Ended(db.Now()) {
		return out, nil
	}
	all, err := db.currentCareLeavers(ctx, s, on)
	if err != nil {
		return out, err
	}
	out.All = len(all)
	counts := map[hearth.ID]int{}
	var shown []CareLeaverRow
	for _, r := range all {
		if r.AdviserID == 0 {
			out.Unallocated++
		} else {
			if counts[r.AdviserID] == 0 {
				out.Advisers = append(out.Advisers, AdviserCaseload{WorkerID: r.AdviserID, Name: r.AdviserName})
			}
			counts[r.AdviserID]++
		}
		if (filter.AdviserID == 0 || r.AdviserID == filter.AdviserID) && (!filter.Unallocated || r.AdviserID == 0) {
			shown = append(shown, r)
		}
	}
	for i := range out.Advisers {
		out.Advisers[i].Count = counts[out.Advisers[i].WorkerID]
	}
	slices.SortFunc(out.Advisers, func(a, b AdviserCaseload) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), cmp.Compare(a.WorkerID, b.WorkerID))
	})
	out.Total = len(shown)
	from, to := page.slice(len(shown))
	out.Rows = shown[from:to]
	if err := db.fillCareLeaverPage(ctx, out.Rows, on); err != nil {
		return out, err
	}
	children := make([]CaseloadChild, len(out.Rows))
	for i, r := range out.Rows {
		children[i] = r.Child
	}
	if err := db.maskChildren(ctx, actor, children); err != nil {
		return out, err
	}
	for i := range out.Rows {
		out.Rows[i].Child = children[i]
	}
	return out, db.auditList(ctx, actor, fmt.Sprintf("care leavers on %s", on), children)
}

// currentCareLeavers reads the young people with a leaving care category on the date within s's reach,
// each once with the category that began last and their current personal adviser, and returns them by
// surname and forename. A category's end date is the day it stopped applying, so on that day the next
// category (or none) applies. Only what the whole list needs is read here (the sort keys, which category,
// which adviser); the names, categories and reasons of the page's young people are read for the page
// alone (fillCareLeaverPage), because reading every column of every young person costs more than the rest
// of the list together. The rows are sorted in Go, which is cheaper than in SQL for a few thousand.
func (db *DB) currentCareLeavers(ctx context.Context, s access.Subject, on hearth.Date) ([]CareLeaverRow, error) {
	d := db.Engine.arg(on)
	where, reachArgs := db.reachCondition(s, on)
	args := append([]any{d, d, d, d}, reachArgs...)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT p.id, p.surname_norm, p.forename_norm, c.id, c.start_date, COALESCE(i.id, 0), COALESCE(i.worker_id, 0)
		FROM care_leavers c JOIN person p ON p.id = c.person_id
		LEFT JOIN involvements i ON i.person_id = c.person_id AND i.role = '`+workforce.RolePersonalAdviser+`' AND `+currentAllocation+`
		WHERE c.record_status = 'active' AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?) AND `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("reading the care leavers on %s: %w", on, err)
	}
	defer rows.Close()
	type found struct {
		row               CareLeaverRow
		surname, forename string
		allocation        hearth.ID
	}
	byPerson := map[hearth.ID]*found{}
	advisers := map[hearth.ID]bool{}
	for rows.Next() {
		var f found
		r := &f.row
		if err := rows.Scan(&r.Child.PersonID, &f.surname, &f.forename, &r.categoryID, &r.Since, &f.allocation, &r.AdviserID); err != nil {
			return nil, fmt.Errorf("reading the care leavers on %s: %w", on, err)
		}
		advisers[r.AdviserID] = r.AdviserID != 0
		had, ok := byPerson[r.Child.PersonID]
		if !ok {
			byPerson[r.Child.PersonID] = &f
			continue
		}
		// Two categories overlapping on the date (the newer one begun, the older not yet ended), or two
		// advisers on a handover day: the later of each.
		h := &had.row
		if r.Since.After(h.Since) || (r.Since == h.Since && r.categoryID > h.categoryID) {
			h.categoryID, h.Since = r.categoryID, r.Since
		}
		if f.allocation > had.allocation {
			h.AdviserID, had.allocation = r.AdviserID, f.allocation
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	delete(advisers, 0)
	names, err := db.WorkerNames(ctx, advisers)
	if err != nil {
		return nil, err
	}
	list := make([]*found, 0, len(byPerson))
	for _, f := range byPerson {
		f.row.AdviserName = names[f.row.AdviserID]
		list = append(list, f)
	}
	slices.SortFunc(list, func(a, b *found) int {
		return cmp.Or(strings.Compare(a.surname, b.surname), strings.Compare(a.forename, b.forename), cmp.Compare(a.row.Child.PersonID, b.row.Child.PersonID))
	})
	out := make([]CareLeaverRow, len(list))
	for i, f := range list {
		out[i] = f.row
	}
	return out, nil
}

// fillCareLeaverPage sets the latest contact, the latest status and the needs assessment and pathway plan
// dates of the page's young people, in three statements. The ids are written into the statements as
// numbers, as fillLast does (they are int64 values read from the database).
func (db *DB) fillCareLeaverPage(ctx context.Context, page []CareLeaverRow, on hearth.Date) error {
	if len(page) == 0 {
		return nil
	}
	ids := make([]string, len(page))
	index := make(map[hearth.ID]int, len(page))
	for i, r := range page {
		ids[i] = strconv.FormatInt(r.Child.PersonID, 10)
		index[r.Child.PersonID] = i
	}
	in := strings.Join(ids, ",")
	categories := make([]string, len(page))
	for i, r := range page {
		categories[i] = strconv.FormatInt(r.categoryID, 10)
	}
	if err := db.fillCareLeaverNames(ctx, page, index, strings.Join(categories, ",")); err != nil {
		return err
	}
	before := db.Engine.arg(on.AddDays(1).Time()) // instants before the end of the day in UTC, as fillLast bounds them

	// Every contact and status of the page's young people is read and the latest kept here: a few
	// thousand narrow rows at most, which costs less than asking the engine for the latest of each.
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT id, person_id, contact_at, method, COALESCE(location, ''), worker_id
		FROM leaving_contacts WHERE person_id IN (`+in+`) AND record_status = 'active' AND contact_at < ?`), before)
	if err != nil {
		return fmt.Errorf("reading the latest contacts of care leavers: %w", err)
	}
	for rows.Next() {
		var c leaving.Contact
		var at any
		if err := rows.Scan(&c.ID, &c.PersonID, &at, &c.Method, &c.Location, &c.WorkerID); err != nil {
			rows.Close()
			return fmt.Errorf("reading the latest contacts of care leavers: %w", err)
		}
		if err := scanTime(at, &c.At); err != nil {
			rows.Close()
			return err
		}
		r := &page[index[c.PersonID]]
		if last := r.LastContact; last.At.Before(c.At) || (last.At.Equal(c.At) && last.ID < c.ID) {
			r.LastContact = c
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	d := db.Engine.arg(on)
	rows, err = db.sql.QueryContext(ctx, db.rebind(`SELECT id, person_id, status_date, recorded_at, in_touch, activity, accommodation
		FROM care_leaver_status WHERE person_id IN (`+in+`) AND record_status = 'active' AND status_date <= ?`), d)
	if err != nil {
		return fmt.Errorf("reading the latest status of care leavers: %w", err)
	}
	for rows.Next() {
		var st leaving.Status
		var at any
		if err := rows.Scan(&st.ID, &st.PersonID, &st.Date, &at, &st.InTouch, &st.Activity, &st.Accommodation); err != nil {
			rows.Close()
			return fmt.Errorf("reading the latest status of care leavers: %w", err)
		}
		if err := scanTime(at, &st.RecordedAt); err != nil {
			rows.Close()
			return err
		}
		// The latest by date, then by when it was recorded (as leaving.AtBirthday chooses).
		r := &page[index[st.PersonID]]
		last := r.Status
		if !r.HasStatus || last.Date.Before(st.Date) || (last.Date == st.Date && (last.RecordedAt.Before(st.RecordedAt) ||
			(last.RecordedAt.Equal(st.RecordedAt) && last.ID < st.ID))) {
			r.Status, r.HasStatus = st, true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	rows, err = db.sql.QueryContext(ctx, db.rebind(`SELECT person_id, 1, MAX(completed_date), 0 FROM leaving_needs_assessments
			WHERE person_id IN (`+in+`) AND record_status = 'active' AND completed_date <= ? GROUP BY person_id
		UNION ALL SELECT person_id, 2, MIN(plan_date), MIN(id) FROM pathway_plans
			WHERE person_id IN (`+in+`) AND record_status = 'active' AND plan_date <= ? GROUP BY person_id
		UNION ALL SELECT person_id, 3, MAX(review_date), 0 FROM pathway_plan_reviews
			WHERE person_id IN (`+in+`) AND record_status = 'active' AND review_date <= ? GROUP BY person_id`), d, d, d)
	if err != nil {
		return fmt.Errorf("reading the pathway plans of care leavers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var person, planID hearth.ID
		var what int
		var day hearth.Date
		if err := rows.Scan(&person, &what, &day, &planID); err != nil {
			return fmt.Errorf("reading the pathway plans of care leavers: %w", err)
		}
		r := &page[index[person]]
		switch what {
		case 1:
			r.AssessmentDone = day
		case 2:
			r.PlanMade, r.PathwayPlanID = day, planID
		case 3:
			r.LastReview = day
		}
	}
	return rows.Err()
}

// fillCareLeaverNames sets the page's young people's names and dates of birth, their categories with the
// reasons, and the day each first became a care leaver, in one statement over the page's category rows.
func (db *DB) fillCareLeaverNames(ctx context.Context, page []CareLeaverRow, index map[hearth.ID]int, categoryIDs string) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT p.id, COALESCE(p.la_child_id, ''), p.forename, p.surname, p.birth_date, p.restricted, c.category, c.reason,
		(SELECT MIN(e.start_date) FROM care_leavers e WHERE e.person_id = c.person_id AND e.record_status = 'active')
		FROM care_leavers c JOIN person p ON p.id = c.person_id WHERE c.id IN (`+categoryIDs+`)`)
	if err != nil {
		return fmt.Errorf("reading the names of care leavers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c CaseloadChild
		var restricted any
		var category, reason string
		var from hearth.Date
		if err := rows.Scan(&c.PersonID, &c.LAChildID, &c.Forename, &c.Surname, &c.BirthDate, &restricted, &category, &reason, &from); err != nil {
			return fmt.Errorf("reading the names of care leavers: %w", err)
		}
		c.Restricted = truthy(restricted)
		r := &page[index[c.PersonID]]
		r.Child, r.Category, r.Reason, r.EligibleFrom = c, category, reason, from
	}
	return rows.Err()
}

// leavingDutyTables are the parts of the duty records the leaving care duties read: the categories, the
// contacts, statuses, needs assessments, pathway plans and reviews, the personal adviser allocation,
// the episodes of care (an eligible child is still looked after) and missing episodes (the return home
// interview, owed to a young person still in care).
var leavingDutyTables = map[string]bool{"involvements": true, "cla_episodes": true, "missing": true, "care_leavers": true,
	"leaving_contacts": true, "care_leaver_status": true, "leaving_needs_assessments": true, "pathway_plans": true, "pathway_plan_reviews": true}

// LeavingDutyRecords is DutyRecords reading only what the leaving care duties need, for the care leavers
// list: a care leaver's years in care (visits, reviews, health assessments, education plans) are most of
// their record and none of what is due now that they have left, and reading them tripled the list's cost.
// duty.Derive over these records gives the leaving care items (and the care and missing items the episodes
// and missing episodes alone decide); it is audited as DutyRecords is.
func (db *DB) LeavingDutyRecords(ctx context.Context, actor hearth.Actor, ids []hearth.ID, on hearth.Date, what string) ([]*ChildRecord, error) {
	var parts []part
	for _, p := range dutyParts() {
		if leavingDutyTables[p.info.Name] {
			parts = append(parts, p)
		}
	}
	return db.dutyRecords(ctx, actor, ids, on, what, parts)
}
