package web

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"hearth"
	"hearth/exploitation"
	"hearth/store"
)

// missingWriters are the roles that record a child going missing and the return home interview: the
// child's social worker or personal adviser, their manager, and the front door, where a police
// notification of a missing child often arrives first. Read-only roles see the episodes without the forms.
var missingWriters = []hearth.Role{hearth.RolePractitioner, hearth.RolePersonalAdviser, hearth.RoleTeamManager, hearth.RoleFrontDoor}

// recordMissing is the policy of the missing episode forms.
var recordMissing = Roles(missingWriters...)

// repeatMissing is how many episodes in twelve months make a child's going missing "repeat": the figure
// at which most local protocols call a multi-agency meeting about why the child keeps going.
const repeatMissing = 3

// missingPanel is the missing episodes part of the child's record page
// (templates/child_actions_missing.tmpl): how many episodes began in the last twelve months, a warning when
// that is repeat missing, every episode newest first with its return home interview, and the link to
// record one.
type missingPanel struct {
	Show      bool
	ChildID   hearth.ID
	LastYear  int
	Missing   int
	Away      int
	Repeat    bool
	Episodes  []missingRow
	RecordURL string
}

// missingRow is one episode as the panel lists it.
type missingRow struct {
	Kind, From, Returned, Interview, Colour, Href string
}

// missingPanelOf works out the panel from the child's record as at now: pure, over the record the page has
// already read.
func missingPanelOf(rec *store.ChildRecord, _ *store.Names, canRecord bool, now time.Time) missingPanel {
	p := missingPanel{ChildID: rec.Person.ID}
	episodes := standingMissing(rec)
	p.Show = canRecord || len(episodes) > 0
	if canRecord {
		p.RecordURL = pathOf(rec.Person.ID) + "/missing/new"
	}
	yearAgo := now.AddDate(-1, 0, 0)
	for _, m := range episodes {
		if m.StartTime.After(yearAgo) && !m.StartTime.After(now) {
			p.LastYear++
			if m.Kind == exploitation.Missing {
				p.Missing++
			} else {
				p.Away++
			}
		}
		status, colour := interviewStatus(m, now)
		row := missingRow{Kind: kindLabel(m.Kind), From: longMoment(m.StartTime), Returned: longMoment(m.EndTime),
			Interview: status, Colour: colour, Href: idPath(pathOf(rec.Person.ID)+"/missing", m.ID, "")}
		if m.EndTime.IsZero() {
			row.Returned = "Still missing"
		}
		p.Episodes = append(p.Episodes, row)
	}
	p.Repeat = p.LastYear >= repeatMissing
	return p
}

// standingMissing returns the child's missing episodes that stand, newest first.
func standingMissing(rec *store.ChildRecord) []exploitation.MissingEpisode {
	out := slices.DeleteFunc(slices.Clone(store.Rows[exploitation.MissingEpisode](rec)), func(m exploitation.MissingEpisode) bool { return !active(m) })
	slices.SortFunc(out, func(a, b exploitation.MissingEpisode) int { return b.StartTime.Compare(a.StartTime) })
	return out
}

// kindLabel names an SSDA903 MISSING code in a word, with the code.
func kindLabel(kind string) string {
	if kind == exploitation.Away {
		return "Away from placement (A)"
	}
	return "Missing (M)"
}

// interviewStatus says where an episode's return home interview stands at now, in words and a tag colour:
// held within 72 hours of the return or not (with the hours), declined, offered and waiting, due, or
// not offered in time.
func interviewStatus(m exploitation.MissingEpisode, now time.Time) (string, string) {
	switch {
	case m.EndTime.IsZero():
		return "Not yet returned", "grey"
	case !m.RHIHeldAt.IsZero():
		if m.ReturnInterviewInTime() {
			return "Held within 72 hours (" + hoursAfter(m.EndTime, m.RHIHeldAt) + ")", "green"
		}
		return "Held after 72 hours (" + hoursAfter(m.EndTime, m.RHIHeldAt) + ")", "red"
	case m.RHIAccepted != nil && !*m.RHIAccepted:
		return "Offered and declined", "yellow"
	case now.After(m.ReturnInterviewDue()):
		if m.RHIOfferedAt.IsZero() {
			return "Not offered within 72 hours", "red"
		}
		return "Offered, not held within 72 hours", "red"
	case !m.RHIOfferedAt.IsZero():
		return "Offered: to be held by " + longMoment(m.ReturnInterviewDue()), "blue"
	}
	return "Due by " + longMoment(m.ReturnInterviewDue()), "blue"
}

// hoursAfter says how long after from the moment to was, in whole hours (rounded up, so 72 hours and one
// minute reads as 73 hours, not 72).
func hoursAfter(from, to time.Time) string {
	h := int(math.Ceil(to.Sub(from).Hours()))
	if h == 1 {
		return "1 hour after the return"
	}
	return fmt.Sprintf("%d hours after the return", h)
}

// optionalMoment reads a date and time that may be left empty (a return not yet known): zero when every
// box is empty, otherwise as momentInput reads it.
func optionalMoment(f *Form, name, label string, now time.Time) time.Time {
	if strings.TrimSpace(f.Value(name+"-day")+f.Value(name+"-month")+f.Value(name+"-year")+f.Value(name+"-time")) == "" {
		return time.Time{}
	}
	return momentInput(f, name, label, now, true)
}
