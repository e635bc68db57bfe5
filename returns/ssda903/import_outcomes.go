package ssda903

import (
	"strconv"

	"hearth"
	"hearth/care"
	"hearth/leaving"
)

// The OC2 and OC3 items are not kept as such in the record: OC2's come from the health checks,
// questionnaires, convictions and substance misuse recorded in the year, and OC3's from the care leaver's
// category and what was known around their birthday. Importing them records the events that give the
// return's answers, dated 31 March (OC2) or at the end of the birthday's window (OC3), where the record does not already give
// them. An answer of "no" where the record has the event is a disagreement the import reports rather than
// settles by removing what was recorded.

// oc2 plans the events that give the child's OC2 row.
func (im *importer) oc2(child string, p *hearth.Person, id func() hearth.ID) {
	end := End(im.year)
	for _, i := range im.ret.ChildRows(OC2, child) {
		r := &im.ret.OC2[i]
		cur := im.x.oc2Items(p)
		disagree := func(item, want, have string) {
			im.problem(OC2, i, "%s is %q but the record gives %q; the record was left as it is", item, want, have)
		}
		insert := func(row validator, set func(hearth.ID)) {
			if im.valid(OC2, i, row, set) {
				im.insert(row, func() { set(id()) })
			}
		}
		if r.SDQ_SCORE != cur.SDQ_SCORE || r.SDQ_REASON != cur.SDQ_REASON {
			s := &care.SDQ{Date: end, Reason: r.SDQ_REASON}
			switch {
			case r.SDQ_SCORE == "" && r.SDQ_REASON == "":
				disagree("SDQ_SCORE and SDQ_REASON", "", cur.SDQ_SCORE+cur.SDQ_REASON)
			case r.SDQ_SCORE != "":
				n, err := strconv.Atoi(r.SDQ_SCORE)
				if err != nil {
					im.problem(OC2, i, "SDQ_SCORE %q is not a number", r.SDQ_SCORE)
					break
				}
				s.Score = &n
				insert(s, func(p hearth.ID) { s.PersonID = p })
			default:
				insert(s, func(p hearth.ID) { s.PersonID = p })
			}
		}
		yes := func(item, want, have string, row validator, set func(hearth.ID)) {
			switch {
			case want == have || want == "" && have == "":
			case want == "1" && have == "0":
				insert(row, set)
			default:
				disagree(item, want, have)
			}
		}
		conv := &care.Conviction{Date: end, Kind: "conviction", Offence: importReason}
		yes("CONVICTED", r.CONVICTED, cur.CONVICTED, conv, func(p hearth.ID) { conv.PersonID = p })
		for _, c := range []struct {
			item, want, have, kind string
		}{
			{"HEALTH_CHECK", r.HEALTH_CHECK, cur.HEALTH_CHECK, care.HealthSurveillance},
			{"TEETH_CHECK", r.TEETH_CHECK, cur.TEETH_CHECK, care.HealthDental},
			{"HEALTH_ASSESSMENT", r.HEALTH_ASSESSMENT, cur.HEALTH_ASSESSMENT, care.HealthReview},
		} {
			h := &care.HealthAssessment{Kind: c.kind, Date: end, Outcome: "completed", ByWhom: importReason}
			yes(c.item, c.want, c.have, h, func(p hearth.ID) { h.PersonID = p })
		}
		if r.IMMUNISATIONS != cur.IMMUNISATIONS {
			imm := &care.Immunisations{Date: end, UpToDate: r.IMMUNISATIONS == "1"}
			if r.IMMUNISATIONS == "0" || r.IMMUNISATIONS == "1" {
				insert(imm, func(p hearth.ID) { imm.PersonID = p })
			} else {
				disagree("IMMUNISATIONS", r.IMMUNISATIONS, cur.IMMUNISATIONS)
			}
		}
		if r.SUBSTANCE_MISUSE != cur.SUBSTANCE_MISUSE || r.INTERVENTION_RECEIVED != cur.INTERVENTION_RECEIVED || r.INTERVENTION_OFFERED != cur.INTERVENTION_OFFERED {
			if r.SUBSTANCE_MISUSE == "1" && cur.SUBSTANCE_MISUSE == "0" {
				received := r.INTERVENTION_RECEIVED == "1"
				offered := received || r.INTERVENTION_OFFERED == "1"
				sm := &care.SubstanceMisuse{Date: end, Substance: importReason, InterventionReceived: yesPtr(received), InterventionOffered: yesPtr(offered)}
				insert(sm, func(p hearth.ID) { sm.PersonID = p })
			} else {
				disagree("SUBSTANCE_MISUSE", r.SUBSTANCE_MISUSE+"/"+r.INTERVENTION_RECEIVED+"/"+r.INTERVENTION_OFFERED,
					cur.SUBSTANCE_MISUSE+"/"+cur.INTERVENTION_RECEIVED+"/"+cur.INTERVENTION_OFFERED)
			}
		}
	}
}

// oc3 plans the care leaver's category (relevant before 18, former relevant from 18, from the birthday
// when the record has neither by then) and what was known at the birthday.
func (im *importer) oc3(child string, p *hearth.Person, id func() hearth.ID) {
	for _, i := range im.ret.ChildRows(OC3, child) {
		r := &im.ret.OC3[i]
		birthday := im.x.oc3Birthday(p.BirthDate)
		if birthday.IsZero() {
			im.problem(OC3, i, "the young person has no 17th to 21st birthday in the year, so is not a care leaver of its OC3")
			continue
		}
		for _, k := range im.ret.EpisodesOf(child) {
			if e := &im.ret.Episodes[k]; !e.DECOMDate.After(birthday) && (e.DECDate.IsZero() || e.DECDate.After(birthday)) {
				im.problem(OC3, i, "the young person was looked after on their birthday (%s), when OC3 asks about care leavers", birthday.UK())
				return
			}
		}
		leaver := false
		for _, l := range im.x.leavers[p.ID] {
			leaver = leaver || (l.Category == leaving.Relevant || l.Category == leaving.FormerRelevant) && !l.StartDate.After(birthday)
		}
		if !leaver {
			cat := leaving.FormerRelevant
			if p.BirthDate.AgeOn(birthday) < 18 {
				cat = leaving.Relevant
			}
			l := &leaving.CareLeaver{Category: cat, Reason: importReason, StartDate: birthday}
			if !im.valid(OC3, i, l, func(p hearth.ID) { l.PersonID = p }) {
				continue
			}
			im.insert(l, func() { l.PersonID = id() })
		}
		cur, _ := im.x.oc3(p)
		if !leaver {
			cur = OC3Row{IN_TOUCH: "NO", ACTIV: "0", ACCOM: "0"}
		}
		if cur.IN_TOUCH == r.IN_TOUCH && cur.ACTIV == r.ACTIV && cur.ACCOM == r.ACCOM {
			continue
		}
		// Dated at the end of the birthday's window, so that it is the latest status in it (AtBirthday).
		_, last := leaving.OC3Window(birthday)
		s := &leaving.Status{Date: last, InTouch: r.IN_TOUCH, Activity: r.ACTIV, Accommodation: r.ACCOM}
		if im.valid(OC3, i, s, func(p hearth.ID) { s.PersonID = p }) {
			im.insert(s, func() { s.PersonID = id() })
		}
	}
}
