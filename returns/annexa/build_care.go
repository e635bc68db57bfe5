package annexa

import (
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/workforce"
)

// list8 is the children looked after at any time in the six months to asAt, as their latest episode
// (up to asAt) shows them.
func (b *builder) list8() [][]string {
	var out [][]string
	for pid, eps := range b.episodes {
		var cur []*care.Episode // the child's episodes begun by asAt
		for _, e := range eps {
			if !e.StartDate.After(b.asAt) {
				cur = append(cur, e)
			}
		}
		if len(cur) == 0 {
			continue
		}
		last := cur[len(cur)-1]
		if !b.open(last.StartDate, last.EndDate, b.from6) || (last.Ceased() && !last.EndDate.After(b.asAt) && last.EndDate.Before(b.from6)) {
			continue
		}
		row, p, ok := b.child(pid)
		if !ok {
			continue
		}
		uasc := false
		for _, u := range b.uasc[pid] {
			uasc = uasc || b.open(u.StartDate, u.CeasedDate, b.from12)
		}
		// Another period of care that ended in the 12 months before this one began.
		second := false
		for _, e := range cur {
			second = second || (e.PeriodStart != last.PeriodStart && e.Ceased() && !e.EndDate.After(last.PeriodStart) &&
				!e.EndDate.Before(last.PeriodStart.AddMonths(-12)))
		}
		lsFrom, placedFrom := last.StartDate, last.StartDate
		for k := len(cur) - 1; k > 0 && cur[k-1].LegalStatus == last.LegalStatus && cur[k-1].PeriodStart == last.PeriodStart; k-- {
			lsFrom = cur[k-1].StartDate
		}
		for k := len(cur) - 1; k > 0 && cur[k].ReasonNewEpisode == care.RNELegalStatus; k-- {
			placedFrom = cur[k-1].StartDate
		}
		var review *care.Review
		for _, r := range b.reviews[pid] {
			if !r.Date.After(b.asAt) && (review == nil || r.Date.After(review.Date)) {
				review = r
			}
		}
		reviewDate, plan := "", ""
		if review != nil {
			reviewDate, plan = date(review.Date), coded(review.PermanencePlan, care.PermanencePlans)
		}
		lastVisit := func(kind string) string {
			var d hearth.Date
			for _, v := range b.visits[pid] {
				if v.Kind == kind && !v.VisitDate.After(b.asAt) && v.VisitDate.After(d) {
					d = v.VisitDate
				}
			}
			return date(d)
		}
		lastCheck := func(kinds ...string) string {
			var d hearth.Date
			for _, h := range b.health[pid] {
				for _, k := range kinds {
					if h.Kind == k && h.Outcome == "completed" && !h.Date.After(b.asAt) && h.Date.After(d) {
						d = h.Date
					}
				}
			}
			return date(d)
		}
		// The placement current 12 months ago, and each placement begun since.
		placements := 0
		for _, e := range cur {
			current := !e.StartDate.After(b.from12) && (e.EndDate.IsZero() || e.EndDate.After(b.from12))
			begun := b.in12(e.StartDate) && e.ReasonNewEpisode != care.RNELegalStatus
			if current || begun {
				placements++
			}
		}
		ceased, reason := "", ""
		if last.Ceased() && !last.EndDate.After(b.asAt) {
			ceased, reason = date(last.EndDate), coded(last.ReasonCeased, care.ReasonsCeased)
		}
		missing, absent, offered, accepted := b.missingCounts(pid, cur)
		row = append(row, yesNo(uasc), disabled(p), date(last.PeriodStart), coded(last.CategoryOfNeed, care.CategoriesOfNeed), yesNo(second),
			date(lsFrom), coded(last.LegalStatus, care.LegalStatuses), reviewDate, lastVisit(protection.VisitCLA), plan, lastVisit(protection.VisitIRO),
			lastCheck(care.HealthInitial, care.HealthReview), lastCheck(care.HealthDental), strconv.Itoa(placements), ceased, reason,
			date(placedFrom), coded(last.PlacementType, care.PlacementTypes), coded(last.PlacementProvider, care.PlacementProviders),
			last.PlacementPostcode.String(), last.URN, last.PlacementLocation, last.PlacementLA,
			strconv.Itoa(missing), strconv.Itoa(absent), offered, accepted)
		out = append(out, append(row, b.allocated(pid, workforce.RoleSocialWorker)...))
	}
	return out
}

// missingCounts counts the child's missing (M) and absent (A) episodes begun in the 12 months while
// looked after, and whether a return interview was offered and accepted after the last missing one.
func (b *builder) missingCounts(pid hearth.ID, eps []*care.Episode) (missing, absent int, offered, accepted string) {
	var lastStart hearth.Date
	for _, i := range b.missingByChild[pid] {
		m := &b.rec.Missing[i]
		d := englandDate(m.StartTime)
		if !b.in12(d) || !lookedAfterOn(eps, d) {
			continue
		}
		switch m.Kind {
		case "M":
			missing++
			if !d.Before(lastStart) {
				lastStart = d
				offered, accepted = yesNo(!m.RHIOfferedAt.IsZero()), yesNoPtr(m.RHIAccepted, true)
			}
		case "A":
			absent++
		}
	}
	return missing, absent, offered, accepted
}

func lookedAfterOn(eps []*care.Episode, d hearth.Date) bool {
	for _, e := range eps {
		if !d.Before(e.StartDate) && (e.EndDate.IsZero() || d.Before(e.EndDate)) {
			return true
		}
	}
	return false
}

// list9 is the care leavers whose category on asAt is relevant, former relevant or qualifying, with
// what was last known of them.
func (b *builder) list9() [][]string {
	var out [][]string
	seen := map[hearth.ID]bool{}
	for i := range b.rec.CareLeavers {
		l := &b.rec.CareLeavers[i]
		if l.Category == leaving.Eligible || !b.open(l.StartDate, l.EndDate, b.asAt.AddDays(1)) || seen[l.PersonID] {
			continue
		}
		seen[l.PersonID] = true
		row, p, ok := b.child(l.PersonID)
		if !ok {
			continue
		}
		row = append(row, disabled(p))
		row = append(row, b.allocated(l.PersonID, workforce.RolePersonalAdviser)...)
		var s *leaving.Status
		for _, x := range b.statuses[l.PersonID] {
			if !x.Date.After(b.asAt) && (s == nil || !x.Date.Before(s.Date)) {
				s = x
			}
		}
		category := map[string]string{leaving.Relevant: "a) Relevant child", leaving.FormerRelevant: "b) Former relevant child", leaving.Qualifying: "c) Qualifying care leaver"}[l.Category]
		inTouch, accom, suitable, activity := "", "", "", ""
		if s != nil {
			inTouch = map[string]string{"YES": "a) Yes", "NO": "b) No", "DIED": "c) Died", "REFU": "d) Refu", "NREQ": "e) NREQ", "RHOM": "f) Rhom"}[s.InTouch]
			if t := s.AccommodationType(); t != "" {
				accom = coded(t, leaving.AccommodationTypes)
			}
			if ok, known := s.Suitable(); known {
				suitable = map[bool]string{true: "a) Suitable", false: "b) Unsuitable"}[ok && !s.BedAndBreakfast()]
			}
			if s.Activity != "0" {
				activity = coded(s.Activity, leaving.Activities)
			}
		}
		out = append(out, append(row, category, inTouch, accom, suitable, activity))
	}
	return out
}

// list10 is the children with a decision that they should be placed for adoption in force at any time
// in the twelve months to asAt.
func (b *builder) list10() [][]string {
	var out [][]string
	for i := range b.rec.PlacedForAdoption {
		d := &b.rec.PlacedForAdoption[i]
		if !b.open(d.DecisionDate, d.CeasedDate, b.from12) {
			continue
		}
		row, p, ok := b.child(d.PersonID)
		if !ok {
			continue
		}
		var eps []*care.Episode
		for _, e := range b.episodes[d.PersonID] {
			if !e.StartDate.After(b.asAt) {
				eps = append(eps, e)
			}
		}
		var entered, placementOrder, placed, adopted, ffa hearth.Date
		for _, e := range eps {
			if !e.StartDate.After(d.DecisionDate) {
				entered = e.PeriodStart
			}
			if e.LegalStatus == "E1" && placementOrder.IsZero() && !e.StartDate.Before(d.DecisionDate.AddMonths(-24)) {
				placementOrder = e.StartDate
			}
			if care.AdoptionPlacements[e.PlacementType] && placed.IsZero() && !e.StartDate.Before(d.DecisionDate) {
				placed = e.StartDate
			}
			if care.AdoptedReasons[e.ReasonCeased] && !e.EndDate.After(b.asAt) {
				adopted = e.EndDate
			}
			if care.FosteringForAdoptionPlacements[e.PlacementType] && ffa.IsZero() {
				ffa = e.StartDate
			}
		}
		var matched hearth.Date
		for _, a := range b.adoptions[d.PersonID] {
			if a.DecisionID == d.ID {
				matched = a.MatchedDate
			}
		}
		ceased, reason := "", ""
		if !d.CeasedDate.IsZero() && !d.CeasedDate.After(b.asAt) {
			ceased, reason = date(d.CeasedDate), coded(d.CeasedReason, care.ReasonsPlacedCeased)
		}
		family := ""
		if f := b.rec.Families[d.PersonID]; f != 0 {
			family = strconv.FormatInt(int64(f), 10)
		}
		// List 10 has the family identifier second.
		row = append([]string{row[0], family}, row[1:]...)
		out = append(out, append(row, disabled(p), date(entered), date(d.DecisionDate), date(placementOrder), date(matched), date(placed),
			date(adopted), ceased, reason, date(ffa)))
	}
	return out
}

// list11 is each adopter of the households in the adoption process at any time in the twelve months to
// asAt: from their enquiry to leaving the process, or to a year after their last adoption order.
func (b *builder) list11() [][]string {
	var out [][]string
	for i := range b.rec.Adopters {
		h := &b.rec.Adopters[i]
		var matched, placed, adopted hearth.Date
		children := 0
		for _, a := range b.adoptionsByFamily[h.ID] {
			if a.MatchedDate.After(matched) && !a.MatchedDate.After(b.asAt) {
				matched = a.MatchedDate
			}
			placedThis := false
			for _, e := range b.episodes[a.PersonID] {
				if care.AdoptionPlacements[e.PlacementType] && !e.StartDate.After(b.asAt) {
					if placed.IsZero() || e.StartDate.Before(placed) {
						placed = e.StartDate
					}
					placedThis = true
				}
				if care.AdoptedReasons[e.ReasonCeased] && !e.EndDate.After(b.asAt) && e.EndDate.After(adopted) {
					adopted = e.EndDate
				}
			}
			if placedThis {
				children++
			}
		}
		end := h.LeftDate
		if end.IsZero() && !adopted.IsZero() {
			end = adopted
		}
		if !b.open(h.EnquiryDate, end, b.from12) {
			continue
		}
		left, reason := "", ""
		if !h.LeftDate.IsZero() && !h.LeftDate.After(b.asAt) {
			left = date(h.LeftDate)
			reason = map[string]string{"withdrew": "1", "on_hold": "2", "refused": "3"}[h.LeftReason]
		}
		nChildren := ""
		if children > 0 {
			nChildren = strconv.Itoa(children)
		}
		for _, adopter := range []hearth.ID{h.FirstAdopterID, h.SecondAdopterID} {
			p := b.people[adopter]
			if adopter == 0 || p == nil {
				continue
			}
			out = append(out, []string{strconv.FormatInt(int64(adopter), 10), strconv.FormatInt(int64(h.ID), 10), gender(p.Gender),
				ethnicity(p.Ethnicity), disabled(p), yesNoPlain(h.FosteringForAdoption), date(h.EnquiryDate), date(h.Stage1Start),
				date(h.Stage1End), date(h.Stage2Start), date(h.Stage2End), date(h.ApplicationDate), date(h.ApprovalDate), date(matched),
				date(placed), nChildren, date(adopted), left, reason})
		}
	}
	return out
}

// The display forms of Ofsted's template.

func date(d hearth.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.UK()
}

func age(born, on hearth.Date) string {
	if born.IsZero() {
		return ""
	}
	return strconv.Itoa(born.AgeOn(on))
}

func gender(g string) string {
	switch g {
	case "1":
		return "a) Male"
	case "2":
		return "b) Female"
	}
	return "c) Not stated/recorded"
}

// annexEthnicities are the ethnicity codes in the order of Annex A's lettered list.
var annexEthnicities = []string{"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
	"ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH"}

func ethnicity(code string) string {
	for i, c := range annexEthnicities {
		if c == code {
			return string(rune('a'+i)) + ") " + c
		}
	}
	if code == "REFU" || code == "NOBT" {
		return "s) " + code
	}
	return code
}

func disabled(p *hearth.Person) string {
	for _, c := range p.Disabilities {
		if c != "NONE" && c != "" {
			return "a) Yes"
		}
	}
	return "b) No"
}

func yesNo(b bool) string {
	if b {
		return "a) Yes"
	}
	return "b) No"
}

func yesNoPlain(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

// yesNoPtr shows a yes/no that may not be recorded (blank); lettered as "a) Yes" or plain "Yes".
func yesNoPtr(b *bool, lettered bool) string {
	switch {
	case b == nil:
		return ""
	case lettered:
		return yesNo(*b)
	}
	return yesNoPlain(*b)
}

// coded shows a DfE code with its meaning, as the template's examples do ("N1: Abuse or neglect").
func coded(code string, list frontdoor.CodeList) string {
	if code == "" {
		return ""
	}
	if d := list.Description(code); d != "" {
		return code + ": " + d
	}
	return code
}
