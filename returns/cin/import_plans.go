package cin

import (
	"slices"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
)

// assessments plans an episode's assessments: the one of the episode's that started the same day is
// amended to match, or a new one inserted. Its dates after the reference date are not in the census, so
// their absence is no news.
func (im *importer) assessments(ch *Child, e *Episode, person *hearth.Person, ep *frontdoor.CINEpisode) {
	for i := range e.Assessments {
		a := &e.Assessments[i]
		var row protection.Assessment
		var before *protection.Assessment
		for _, have := range im.st.Assessments {
			if ep.ID != 0 && have.CINEpisodeID == ep.ID && have.StartDate == a.ActualStartDate {
				before, row = have, *have
				break
			}
		}
		row.StartDate = a.ActualStartDate
		row.InternalReviewDate = im.unlessLater(a.InternalReviewDate, before, func(b *protection.Assessment) hearth.Date { return b.InternalReviewDate })
		row.AuthorisationDate = im.unlessLater(a.AuthorisationDate, before, func(b *protection.Assessment) hearth.Date { return b.AuthorisationDate })
		if !row.AuthorisationDate.After(im.c.Header.ReferenceDate) {
			row.Factors = slices.Clone(hearth.Codes(a.Factors))
			if before != nil && slices.Equal(row.Factors, before.Factors) {
				row.Factors = before.Factors
			}
		}
		row.PersonID, row.CINEpisodeID = 1, 1
		err := row.Validate()
		row.PersonID, row.CINEpisodeID = person.ID, ep.ID
		if err != nil {
			im.problem("Assessments", a.Row, a.Line, ch.LAchildID, "%s; the assessment was not imported", hearth.ErrorMessage(err))
			continue
		}
		r := &row
		switch {
		case before == nil:
			im.plan.Steps = append(im.plan.Steps, ImportStep{Row: r, Link: func() { r.PersonID, r.CINEpisodeID = person.ID, ep.ID }})
		case !sameAssessment(r, before):
			im.plan.Steps = append(im.plan.Steps, ImportStep{Row: r, Amend: true, Reason: importReason})
		}
	}
}

func sameAssessment(a, b *protection.Assessment) bool {
	return a.StartDate == b.StartDate && a.InternalReviewDate == b.InternalReviewDate &&
		a.AuthorisationDate == b.AuthorisationDate && slices.Equal(a.Factors, b.Factors)
}

// unlessLater is the census's date d, or the record's (got from before) when the census leaves it out
// because it falls after the reference date.
func (im *importer) unlessLater(d hearth.Date, before *protection.Assessment, get func(*protection.Assessment) hearth.Date) hearth.Date {
	if d.IsZero() && before != nil && get(before).After(im.c.Header.ReferenceDate) {
		return get(before)
	}
	return d
}

// cinPlans plans an episode's CIN plans, matched on their start date as assessments are.
func (im *importer) cinPlans(ch *Child, e *Episode, person *hearth.Person, ep *frontdoor.CINEpisode) {
	for i := range e.CINPlans {
		p := &e.CINPlans[i]
		var row protection.CINPlan
		var before *protection.CINPlan
		for _, have := range im.st.CINPlans {
			if ep.ID != 0 && have.CINEpisodeID == ep.ID && have.StartDate == p.StartDate {
				before, row = have, *have
				break
			}
		}
		row.StartDate = p.StartDate
		if !p.EndDate.IsZero() || before == nil || !before.EndDate.After(im.c.Header.ReferenceDate) {
			row.EndDate = p.EndDate
		}
		row.PersonID, row.CINEpisodeID = 1, 1
		err := row.Validate()
		row.PersonID, row.CINEpisodeID = person.ID, ep.ID
		if err != nil {
			im.problem("CINplanDates", p.Row, p.Line, ch.LAchildID, "%s; the CIN plan was not imported", hearth.ErrorMessage(err))
			continue
		}
		r := &row
		switch {
		case before == nil:
			im.plan.Steps = append(im.plan.Steps, ImportStep{Row: r, Link: func() { r.PersonID, r.CINEpisodeID = person.ID, ep.ID }})
		case row.StartDate != before.StartDate || row.EndDate != before.EndDate:
			im.plan.Steps = append(im.plan.Steps, ImportStep{Row: r, Amend: true, Reason: importReason})
		}
	}
}
