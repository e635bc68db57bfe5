package web

import (
	"net/http"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// A looked-after review, chaired by the independent reviewing officer: when it was held, how the child
// took part (the SSDA903 participation code, PN0 to PN7) and the permanence plan it confirmed.

// reviewWriters record looked-after reviews: the child's worker and manager, and the reviewing officer
// who chaired it.
var reviewWriters = append([]hearth.Role{hearth.RoleReviewingOfficer}, careWriters...)

// recordCareReview is the policy of the review form.
var recordCareReview = Roles(reviewWriters...)

// episodeOn returns the standing episode in force on day d (an episode that ended on d covers it only
// when no other began that day), if any.
func episodeOn(rec *store.ChildRecord, d hearth.Date) (care.Episode, bool) {
	var found care.Episode
	ok := false
	for _, e := range standingEpisodes(rec) {
		if !e.StartDate.After(d) && (e.EndDate.IsZero() || !e.EndDate.Before(d)) {
			found, ok = e, true // standingEpisodes is oldest first, so the latest to begin wins
		}
	}
	return found, ok
}

func (s *Server) handleCareReviewNewForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "looked-after review form", "held", s.renderCareReviewNew)
}

// handleCareReviewNew records a review. It must be held while the child was looked after (not under an
// agreed series of short breaks alone, which has no reviews in the return), not in the future, and its
// participation code must agree with the child's age: PN0 for a child under 4 and only for them
// (SSDA903 rules 440 and 441).
func (s *Server) handleCareReviewNew(w http.ResponseWriter, r *http.Request) {
	v, form, ok := s.careFormPost(w, r, s.openCare, "looked-after review form")
	if !ok {
		return
	}
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	rv := &care.Review{PersonID: v.rec.Person.ID,
		Date:           pastDate(form, "held", "The date of the review", true, v.today),
		Participation:  codeValue(form, "participation", care.ReviewParticipation, "Select how the child took part", true),
		ChairID:        chosenWorker(form, "chair", chairs),
		PermanencePlan: codeValue(form, "permanence-plan", care.PermanencePlans, "Select the permanence plan", false),
	}
	if !rv.Date.IsZero() && form.Error("held-day") == "" {
		switch e, in := episodeOn(v.rec, rv.Date); {
		case !in:
			form.Add("held-day", "The child was not looked after on "+longDate(rv.Date)+": a review is held while the child is looked after")
		case care.ShortBreakStatuses[e.LegalStatus]:
			form.Add("held-day", "The child was looked after only for short breaks ("+e.LegalStatus+") then, which has no looked-after reviews")
		}
	}
	if born := v.rec.Person.BirthDate; !born.IsZero() && !rv.Date.IsZero() && rv.Participation != "" {
		under4 := born.AgeOn(rv.Date) < 4
		switch {
		case under4 && rv.Participation != "PN0":
			form.Add("participation", "The child was under 4 at the review: select PN0")
		case !under4 && rv.Participation == "PN0":
			form.Add("participation", "PN0 is for a child under 4, and the child was 4 or older at the review: select how they took part")
		}
	}
	if !s.insertChecked(w, r, v, form, "held-day", rv) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCareReviewNew(w, r, status, v, form) },
		"The review is recorded", idPath(v.childBase()+"/care/reviews", rv.ID, ""))
}

func (s *Server) renderCareReviewNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	chairs, err := s.workerOptions(r, v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	b := fields{form}
	page := formPage{Caption: "Looked after", Heading: "Record a looked-after review", Action: v.childBase() + "/care/reviews/new",
		Submit: "Save the review", Cancel: v.childBase(),
		Fields: []field{
			b.date("held", "The date of the review", "For example, 27 3 2026"),
			b.radios("participation", "How the child took part", "The SSDA903 participation code (REVIEW_CODE)", codeOptions(care.ReviewParticipation, true)),
			b.choose("chair", "The independent reviewing officer who chaired it", "", "Not recorded", chairs),
			b.radios("permanence-plan", "The permanence plan the review confirmed", "Leave unselected if the review did not consider it", codeOptions(care.PermanencePlans, false)),
		}}
	if _, open := openCareEpisode(v.rec); !open {
		page.Warnings = []string{"The child is not looked after now: record a review only for a date when they were."}
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// handleCareReview shows one looked-after review.
func (s *Server) handleCareReview(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "looked-after review", false)
	if !ok {
		return
	}
	rv, ok := findRow[care.Review](v.rec, r, "review")
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: "Looked-after review", Heading: "Review of " + longDate(rv.Date)}
	page.Sections = []section{{Title: "The review", Facts: []fact{
		{Key: "Date", Value: longDate(rv.Date)},
		{Key: "How the child took part (REVIEW_CODE)", Value: codeMeaning(care.ReviewParticipation, rv.Participation)},
		{Key: "Chaired by", Value: v.names.Worker(rv.ChairID)},
		{Key: "Permanence plan", Value: care.PermanencePlans.Description(rv.PermanencePlan)},
	}}}
	s.renderProtectionRecord(w, r, v, "cla_reviews", rv.Record, page)
}
