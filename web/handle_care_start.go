package web

import (
	"net/http"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// Becoming looked after starts a period of care with its first episode (reason for new episode S).

func (s *Server) handleCareStartForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "care start form", "start", s.renderCareStart, func(v *protectionView, form *Form) {
		if home := homePostcode(v.rec, v.today); !home.IsZero() {
			form.Values.Set("home-postcode", home.String())
		}
	})
}

// handleCareStart records that the child started to be looked after. A child already looked after is
// refused (a change is recorded as a new episode instead); the start cannot be in the future, before the
// child was born, or before the day they last ceased to be looked after.
func (s *Server) handleCareStart(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "care start form")
	if !ok {
		return
	}
	if _, open := openCareEpisode(v.rec); open {
		s.renderCareStart(w, r, http.StatusConflict, v, form)
		return
	}
	e := &care.Episode{PersonID: v.rec.Person.ID, ReasonNewEpisode: care.RNEStarted,
		StartDate:      pastDate(form, "start", "The date the child started to be looked after", true, v.today),
		LegalStatus:    codeValue(form, "legal-status", care.LegalStatuses, "Select the legal status", true),
		CategoryOfNeed: codeValue(form, "category-of-need", care.CategoriesOfNeed, "Select the category of need", true),
		HomePostcode:   postcodeValue(form, "home-postcode", false),
	}
	e.PeriodStart = e.StartDate
	notBefore(form, "start", e.StartDate, v.rec.Person.BirthDate, "The child cannot be looked after before they were born ("+longDate(v.rec.Person.BirthDate)+")")
	if last := lastCareEnd(v.rec); !last.IsZero() {
		notBefore(form, "start", e.StartDate, last, "A new period of care cannot start before the last one ended ("+longDate(last)+")")
	}
	readPlacement(form, e)
	if !s.saveEpisodes(w, r, v, form, nil, e) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCareStart(w, r, status, v, form) },
		"The child is recorded as looked after from "+longDate(e.StartDate), idPath(v.childBase()+"/care/episodes", e.ID, ""))
}

func (s *Server) renderCareStart(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Looked after", Heading: "Start a period of care", Action: v.childBase() + "/care/start",
		Submit: "Record that the child is looked after", Cancel: v.childBase(),
		Intro: []string{"This is the first episode of the period of care (SSDA903 reason for new episode S). Record later changes of legal status or placement as new episodes."},
		Fields: append([]field{
			b.date("start", "The date the child started to be looked after", "For example, 27 3 2026"),
			b.radios("legal-status", "Legal status", "The legal basis on which the child is looked after (LS)", codeOptions(care.LegalStatuses, true)),
			b.radios("category-of-need", "Category of need", "The main reason the child needs to be looked after (CIN)", codeOptions(care.CategoriesOfNeed, true)),
			b.text("home-postcode", "Postcode of the child's home", "Where the child lived before becoming looked after (HOME_POST); the distance to the placement is measured from it"),
		}, placementFields(b)...)}
	if e, open := openCareEpisode(v.rec); open {
		page.Closed = "The child has been looked after since " + longDate(e.PeriodStart) + ". Record a change of legal status or placement instead."
		page.Cancel, page.CancelText = v.childBase()+"/care/change", "Record a change"
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// homePostcode returns the postcode of the child's home address on day d, if one is recorded.
func homePostcode(rec *store.ChildRecord, d hearth.Date) hearth.Postcode {
	var best hearth.Address
	for _, a := range store.Rows[hearth.Address](rec) {
		if !active(a) || a.Postcode.IsZero() || (a.Kind != "" && a.Kind != "home") || a.StartDate.After(d) || (!a.EndDate.IsZero() && a.EndDate.Before(d)) {
			continue
		}
		if best.StartDate.IsZero() || a.StartDate.After(best.StartDate) {
			best = a
		}
	}
	return best.Postcode
}

// saveEpisodes writes a change of episodes once the form is valid: ended (the current episode, amended
// with its end; nil when care starts) and next (the new episode; nil when care ends), in one change, with
// the placement's location and distance worked out first. Every rule of the record is checked on both
// rows, and each problem is put at its field. It reports false when it has answered with a server error.
func (s *Server) saveEpisodes(w http.ResponseWriter, r *http.Request, v *protectionView, form *Form, ended, next *care.Episode) bool {
	if !form.Valid() {
		return true
	}
	if next != nil {
		if err := s.locate(r, v.rec, next); err != nil {
			s.serverError(w, r, err)
			return false
		}
	}
	if (ended != nil && episodeProblems(form, *ended, "end-day")) || (next != nil && episodeProblems(form, *next, "start-day")) {
		return true
	}
	err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
		if ended != nil {
			reason := "The child ceased to be looked after"
			if next != nil {
				reason = "A new episode began: " + lower(care.ReasonsNewEpisode.Description(next.ReasonNewEpisode))
			}
			if err := c.Amend(ended, reason); err != nil {
				return err
			}
		}
		if next != nil {
			return c.Insert(next)
		}
		return nil
	})
	field := "start-day"
	if next == nil {
		field = "end-day"
	}
	if err != nil && !saveProblem(form, field, err) {
		s.serverError(w, r, err)
		return false
	}
	return true
}
