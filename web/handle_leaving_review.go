package web

import (
	"net/http"
	"strconv"

	"hearth"
	"hearth/leaving"
	"hearth/store"
)

// A review of the pathway plan, at least every six months: when and by whom, and the plan's words as they
// stand after it. When the words change, the plan is amended in the same change, dated the review, so
// the earlier version stays in its history.

func (s *Server) handleLeavingReviewNewForm(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.openPathwayPlan(w, r, "pathway plan review form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "reviewed", v.today)
	form.Values.Set("words", p.words.ChildWords)
	form.Values.Set("summary", p.words.Summary)
	form.Values.Set("contingency", p.words.Contingency)
	s.keptDraft(r, form, nil)
	s.renderLeavingReviewNew(w, r, http.StatusOK, v, p, form)
}

// handleLeavingReviewNew records a review. Its date cannot be in the future, before the plan was made or
// before the latest review; the reviewer is the signed-in user's worker record.
func (s *Server) handleLeavingReviewNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, p, ok := s.openPathwayPlan(w, r, "pathway plan review form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	if n, err := strconv.Atoi(form.Value("version")); err == nil && n > 0 {
		p.words.Version = n
	}
	date := pastDate(form, "reviewed", "The date of the review", true, v.today)
	notBefore(form, "reviewed", date, p.plan.Date, "The review cannot be before the plan was made ("+longDate(p.plan.Date)+")")
	if last := p.lastReviewed(); !last.IsZero() {
		notBefore(form, "reviewed", date, last.AddDays(1), "The plan was last reviewed on "+longDate(last)+": a new review is after that")
	}
	words := p.words
	words.ChildWords = textValue(form, "words", "Enter what the young person wants, in their own words", true)
	words.Summary = textValue(form, "summary", "Enter the young person's goals and the support agreed", true)
	words.Contingency = textValue(form, "contingency", "Enter what will happen if the plan does not work out", true)
	changed := words.ChildWords != p.words.ChildWords || words.Summary != p.words.Summary || words.Contingency != p.words.Contingency
	review := &leaving.PathwayPlanReview{PersonID: v.rec.Person.ID, PathwayPlanID: p.plan.ID, Date: date, ReviewerID: v.u.WorkerID}
	needWorker(form, v, "reviewed-day", "reviewed the plan")
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if err := review.Validate(); err != nil {
				return err
			}
			if err := c.Insert(review); err != nil {
				return err
			}
			if !changed {
				return nil
			}
			words.AgreedDate, words.AuthorisationDate, words.AuthorisedBy = date, hearth.Date{}, 0
			if err := words.Validate(); err != nil {
				return err
			}
			return c.Amend(&words, "Changed at the pathway plan review of "+longDate(date))
		})
		if err != nil && !saveProblem(form, "reviewed-day", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingReviewNew(w, r, status, v, p, form) },
		"The review is recorded. Print a copy of the plan for the young person.", p.base)
}

func (s *Server) renderLeavingReviewNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, p pathwayPlanView, form *Form) {
	b := fields{form}
	last := "Not reviewed yet"
	if d := p.lastReviewed(); !d.IsZero() {
		last = longDate(d)
	}
	page := formPage{Caption: "Pathway plan", Heading: "Record a pathway plan review", Action: p.base + "/reviews/new",
		Submit: "Save the review", Cancel: p.base, Hidden: []hidden{versionField(p.words.Version)},
		Facts: []fact{{Key: "Plan made", Value: longDate(p.plan.Date)}, {Key: "Last reviewed", Value: last},
			{Key: "Review due by", Value: p.reviewDue()}},
		Intro:  []string{"Change the plan's words to say what was agreed at the review. The earlier version is kept in the plan's history."},
		Fields: planFields(b, "reviewed", "The date of the review")}
	s.renderProtectionForm(w, r, status, v, form, page)
}
