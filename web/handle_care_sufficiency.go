package web

import (
	"fmt"
	"net/http"
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// The sufficiency view: where the children looked after today are placed, in and out of the area, by
// placement type and by distance from home, for those who commission placements and lead the service. It
// shows counts, never children, so it is not a read of anyone's record.

// sufficiencyRoles are the roles that see the sufficiency view.
var sufficiencyRoles = []hearth.Role{hearth.RoleTeamManager, hearth.RoleSeniorLeader, hearth.RoleAnalyst, hearth.RoleQuality}

type sufficiencyData struct {
	On       string
	Total    int
	Location []countRow
	Types    []typeRow
	Distance []countRow
}

type countRow struct {
	Label   string
	Count   int
	Percent string
}

type typeRow struct {
	Label               string
	In, Out, Unknown, N int
}

func (s *Server) handleSufficiency(w http.ResponseWriter, r *http.Request) {
	today := s.today()
	suf, err := s.db.PlacementSufficiency(r.Context(), today)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	p := s.newPage(r, "Where children in care are placed")
	p.Data = sufficiencyDataOf(suf)
	s.render(w, r, http.StatusOK, "care_sufficiency", p)
}

// sufficiencyDataOf puts the counts into rows with their share of all children looked after.
func sufficiencyDataOf(suf store.Sufficiency) sufficiencyData {
	data := sufficiencyData{On: longDate(suf.On), Total: suf.Total}
	row := func(label string, n int) countRow {
		pc := "0%"
		if suf.Total > 0 {
			pc = strconv.Itoa((n*100+suf.Total/2)/suf.Total) + "%"
		}
		return countRow{Label: label, Count: n, Percent: pc}
	}
	data.Location = []countRow{row("In the area", suf.ByLocation["IN"]), row("Out of the area", suf.ByLocation["OUT"]),
		row("Not worked out (no placement postcode, or its district is not known)", suf.ByLocation[""])}
	for _, c := range care.PlacementTypes {
		byLoc, ok := suf.ByType[c.Code]
		if !ok {
			continue
		}
		t := typeRow{Label: c.Description + " (" + c.Code + ")", In: byLoc["IN"], Out: byLoc["OUT"], Unknown: byLoc[""]}
		t.N = t.In + t.Out + t.Unknown
		data.Types = append(data.Types, t)
	}
	lower := 0.0
	for i, b := range store.DistanceBands {
		label := fmt.Sprintf("More than %g and up to %g miles", lower, b)
		if i == 0 {
			label = fmt.Sprintf("Up to %g miles", b)
		}
		data.Distance = append(data.Distance, row(label, suf.ByDistance[i]))
		lower = b
	}
	data.Distance = append(data.Distance, row(fmt.Sprintf("More than %g miles", lower), suf.ByDistance[len(store.DistanceBands)]),
		row("Not measured", suf.ByDistance[-1]))
	return data
}
