package web

import (
	"time"

	"hearth"
	"hearth/access"
	"hearth/care"
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
	Actions            []link
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
			Where:       whereWords(e),
			Ended:       "Continuing"}
		if e.ProviderName != "" {
			row.Placement += "; " + e.ProviderName
		}
		if !e.EndDate.IsZero() {
			row.Ended = longDate(e.EndDate) + ": " + codeMeaning(care.ReasonsCeased, e.ReasonCeased)
		}
		p.Episodes = append(p.Episodes, row)
	}
	_, p.LookedAfter = openCareEpisode(rec)
	if contains(roleNames(careWriters), string(u.Role)) && mayRecordProtection(u, facts, now) {
		if p.LookedAfter {
			p.Actions = []link{{Text: "Record a change of legal status or placement", Href: base + "/care/change"}, {Text: "End care", Href: base + "/care/end"}}
		} else {
			p.Actions = []link{{Text: "Start a period of care", Href: base + "/care/start"}}
		}
	}
	p.Shown = len(p.Episodes) > 0 || len(p.Actions) > 0
	return p
}

// whereWords says in a few words where a placement is: in or out of the authority and how far from home.
func whereWords(e care.Episode) string {
	switch e.PlacementLocation {
	case "IN":
		return "In the area, " + distanceShort(e)
	case "OUT":
		return "Out of the area (" + e.PlacementLA + "), " + distanceShort(e)
	}
	return "Not worked out"
}

func distanceShort(e care.Episode) string {
	if e.HomePostcode.IsZero() {
		return "distance not known"
	}
	return distanceWords(e)
}
