package duty

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"hearth"
	"hearth/calendar"
	"hearth/store"
	"hearth/workforce"
)

// Listed is an item on a list of many children's items, with the child it is for as the list shows them
// (names masked on a restricted record whose seal does not name the reader).
type Listed struct {
	Item
	Child store.CaseloadChild
}

// List is the open items of a set of children, soonest due first.
type List struct {
	Items []Listed
	// Children is how many children the list covers.
	Children int
	// Problems says which items could not be dated (see Derive); the list holds the others. A page shows
	// the list and logs the problems.
	Problems error
}

// ForRole reports whether a duty is the work of a worker allocated to the child in the role: a conference
// chair holds the child for the conferences only, an independent reviewing officer for the reviews of a
// looked-after child, and a personal adviser for the leaving care duties and the return home interviews
// of the young people they advise; every other role holds all of them.
func ForRole(role string, id ID) bool {
	switch role {
	case workforce.RoleConferenceChair:
		return id == ICPC || id == FirstReviewConference || id == ReviewConference
	case workforce.RoleReviewingOfficer:
		return id == CLAFirstReview || id == CLASecondReview || id == CLAReview
	case workforce.RolePersonalAdviser:
		switch id {
		case NeedsAssessment, PathwayPlan, PathwayPlanReview, PersonalAdviserContact, AccommodationVisit, AccommodationVisitLater, ReturnInterview:
			return true
		}
		return false
	}
	return true
}

// ForWorker returns the open items of the children allocated to the worker on asAt, for the duties of
// the role each child is held in, soonest due first. The read is audited as one entry naming the children.
func ForWorker(ctx context.Context, db *store.DB, actor hearth.Actor, workerID hearth.ID, asAt hearth.Date, s Settings, cal *calendar.Calendar) (List, error) {
	children, err := db.WorkerChildren(ctx, actor, workerID, asAt)
	if err != nil {
		return List{}, err
	}
	return open(ctx, db, actor, children, asAt, s, cal, fmt.Sprintf("due items of the caseload of worker %d on %s", workerID, asAt))
}

// ForTeam returns the open items of the children the team holds on asAt (store.DB.TeamChildren), soonest
// due first: those of its workers' children, for the role each holds the child in, and every item of its
// unallocated children. The read is audited as one entry naming the children.
func ForTeam(ctx context.Context, db *store.DB, actor hearth.Actor, teamID hearth.ID, asAt hearth.Date, s Settings, cal *calendar.Calendar) (List, error) {
	children, err := db.TeamChildren(ctx, actor, teamID, asAt)
	if err != nil {
		return List{}, err
	}
	return open(ctx, db, actor, children, asAt, s, cal, fmt.Sprintf("due items of team %d on %s", teamID, asAt))
}

func open(ctx context.Context, db *store.DB, actor hearth.Actor, children []store.CaseloadChild, asAt hearth.Date, s Settings, cal *calendar.Calendar, what string) (List, error) {
	ids := make([]hearth.ID, len(children))
	for i, c := range children {
		ids[i] = c.PersonID
	}
	recs, err := db.DutyRecords(ctx, actor, ids, asAt, what)
	if err != nil {
		return List{}, err
	}
	byID := make(map[hearth.ID]*store.ChildRecord, len(recs))
	for _, r := range recs {
		byID[r.Person.ID] = r
	}
	// A child held in two roles (by two of a team's workers) is listed once, with the duties of both.
	roles := map[hearth.ID][]string{}
	for _, c := range children {
		roles[c.PersonID] = append(roles[c.PersonID], c.Role)
	}
	list := List{Children: len(recs)}
	var problems []error
	done := map[hearth.ID]bool{}
	for _, c := range children {
		r := byID[c.PersonID]
		if r == nil || done[c.PersonID] {
			continue
		}
		done[c.PersonID] = true
		items, err := Derive(r, asAt, s, cal)
		if err != nil {
			problems = append(problems, err)
		}
		for _, it := range items {
			if it.State.Open() && slices.ContainsFunc(roles[c.PersonID], func(role string) bool { return ForRole(role, it.Duty) }) {
				list.Items = append(list.Items, Listed{Item: it, Child: c})
			}
		}
	}
	slices.SortStableFunc(list.Items, func(x, y Listed) int {
		if c := x.Due.DaysSince(y.Due); c != 0 {
			return c
		}
		return x.DueAt.Compare(y.DueAt)
	})
	list.Problems = errors.Join(problems...)
	return list, nil
}
