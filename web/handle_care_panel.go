package web

import (
	"slices"
	"strconv"
	"time"

	"hearth"
	"hearth/access"
	"hearth/care"
	"hearth/protection"
	"hearth/store"
)

// carePanel is the looked-after part of the child's record page (templates/child_actions_care.tmpl):
// every episode of care, newest first, with its DfE codes and their meanings, and the next things to
// record for those who may record them.
type carePanel struct {
	// LookedAfter is true while the child is looked after; Shown is true when there is anything to show
	// (episodes, or a form the user may use), so a child never in care shows nothing to those who cannot
	// start care.
	LookedAfter, Shown bool
	Episodes           []careRow
	// Reviews and Visits are the looked-after reviews and statutory visits (kind cla), newest first.
	Reviews []panelRow
	Visits  []panelRow
	// Health is the health checks, immunisations and SDQs, newest first.
	Health []panelRow
	// Education is the school now and the personal education plans, newest first.
	School    string
	Education []panelRow
	// Arrangements are staying put, private fostering and presenting as homeless at 16 or 17, newest
	// first, with where each stands (care_arrangements_panel.go).
	Arrangements []panelRow
	Actions      []link
}

// careRow is one episode in the panel's table.
type careRow struct {
	Start                                 hearth.Date
	Href                                  string
	Reason, LegalStatus, Placement, Where string
	Ended                                 string
}

// carePanelOf works out the panel from the child's record (already read and audited by the page).
func carePanelOf(rec *store.ChildRecord, u hearth.User, facts access.ChildFacts, now time.Time) carePanel {
	base := pathOf(rec.Person.ID)
	var p carePanel
	eps := standingEpisodes(rec)
	for i := len(eps) - 1; i >= 0; i-- {
		e := eps[i]
		row := careRow{Start: e.StartDate, Href: idPath(base+"/care/episodes", e.ID, ""),
			Reason:      codeMeaning(care.ReasonsNewEpisode, e.ReasonNewEpisode),
			LegalStatus: codeMeaning(care.LegalStatuses, e.LegalStatus),
			Placement:   codeMeaning(care.PlacementTypes, e.PlacementType),
			Where:       whereWords(e, uascOn(rec, e.StartDate)),
			Ended:       "Continuing"}
		if e.ProviderName != "" {
			row.Placement += "; " + e.ProviderName
		}
		if !e.EndDate.IsZero() {
			row.Ended = longDate(e.EndDate) + ": " + codeMeaning(care.ReasonsCeased, e.ReasonCeased)
		}
		p.Episodes = append(p.Episodes, row)
	}
	for _, rv := range store.Rows[care.Review](rec) {
		if active(rv) {
			p.Reviews = append(p.Reviews, panelRow{What: "Looked-after review", Date: rv.Date,
				Status: codeMeaning(care.ReviewParticipation, rv.Participation), Href: idPath(base+"/care/reviews", rv.ID, "")})
		}
	}
	slices.SortStableFunc(p.Reviews, func(a, b panelRow) int { return b.Date.DaysSince(a.Date) })
	for _, vi := range store.Rows[protection.Visit](rec) {
		if active(vi) && vi.Kind == protection.VisitCLA {
			p.Visits = append(p.Visits, panelRow{What: "Statutory visit", Date: vi.VisitDate, Status: visitSeenWords(vi),
				Href: idPath(base+"/visits", vi.ID, "")})
		}
	}
	slices.SortStableFunc(p.Visits, func(a, b panelRow) int { return b.Date.DaysSince(a.Date) })
	p.Health = healthRows(rec)
	if sp, ok := currentSchool(rec, londonDate(now)); ok {
		p.School = sp.School + ", since " + longDate(sp.StartDate)
	}
	for _, pep := range store.Rows[care.PersonalEducationPlan](rec) {
		if active(pep) {
			p.Education = append(p.Education, panelRow{What: "Personal education plan", Date: pep.Date, Status: pep.School, Href: idPath(base+"/care/peps", pep.ID, "")})
		}
	}
	slices.SortStableFunc(p.Education, func(a, b panelRow) int { return b.Date.DaysSince(a.Date) })
	_, p.LookedAfter = openCareEpisode(rec)
	mayCare := mayRecordAs(careWriters, u, facts, now)
	if mayCare {
		if p.LookedAfter {
			p.Actions = []link{{Text: "Record a change of legal status or placement", Href: base + "/care/change"}, {Text: "End care", Href: base + "/care/end"}}
		} else {
			p.Actions = []link{{Text: "Start a period of care", Href: base + "/care/start"}}
		}
	}
	if p.LookedAfter && mayRecordAs(protectionWriters, u, facts, now) {
		p.Actions = append(p.Actions, link{Text: "Record a statutory visit", Href: base + "/visits/new"})
	}
	if p.LookedAfter && mayRecordAs(reviewWriters, u, facts, now) {
		p.Actions = append(p.Actions, link{Text: "Record a looked-after review", Href: base + "/care/reviews/new"})
	}
	if p.LookedAfter && mayCare {
		p.Actions = append(p.Actions, link{Text: "Record a health check", Href: base + "/care/health/new"},
			link{Text: "Record the immunisations", Href: base + "/care/immunisations/new"},
			link{Text: "Record a Strengths and Difficulties Questionnaire", Href: base + "/care/sdq/new"})
	}
	if p.LookedAfter && mayRecordEducation(u, facts, now) {
		p.Actions = append(p.Actions, link{Text: "Record a personal education plan", Href: base + "/care/peps/new"},
			link{Text: "Record a school", Href: base + "/care/schools/new"},
			link{Text: "Record the education status", Href: base + "/care/education-status/new"})
	}
	var more []link
	p.Arrangements, more = arrangementsOf(rec, u, facts, now, p.LookedAfter)
	p.Actions = append(p.Actions, more...)
	p.Shown = len(p.Episodes) > 0 || len(p.Actions) > 0 || len(p.Arrangements) > 0
	return p
}

// whereWords says in a few words where a placement is: in or out of the authority and how far from home
// (see distanceWords).
func whereWords(e care.Episode, uasc bool) string {
	switch e.PlacementLocation {
	case "IN":
		return "In the area, " + lower(distanceWords(e, uasc))
	case "OUT":
		return "Out of the area (" + e.PlacementLA + "), " + lower(distanceWords(e, uasc))
	}
	return "Not worked out"
}

// healthRows are the child's health checks, immunisation checks and SDQs, newest first, each with what it
// found in words.
func healthRows(rec *store.ChildRecord) []panelRow {
	var out []panelRow
	for _, h := range store.Rows[care.HealthAssessment](rec) {
		if active(h) {
			out = append(out, panelRow{What: care.HealthKinds.Description(h.Kind), Date: h.Date, Status: care.HealthOutcomes.Description(h.Outcome)})
		}
	}
	for _, im := range store.Rows[care.Immunisations](rec) {
		if active(im) {
			status := "Not up to date"
			if im.UpToDate {
				status = "Up to date"
			}
			out = append(out, panelRow{What: "Immunisations", Date: im.Date, Status: status})
		}
	}
	for _, q := range store.Rows[care.SDQ](rec) {
		if active(q) {
			status := codeMeaning(care.SDQReasons, q.Reason)
			if q.Score != nil {
				status = "Score " + strconv.Itoa(*q.Score) + " of 40"
			}
			out = append(out, panelRow{What: "Strengths and Difficulties Questionnaire", Date: q.Date, Status: status})
		}
	}
	slices.SortStableFunc(out, func(a, b panelRow) int { return b.Date.DaysSince(a.Date) })
	return out
}
