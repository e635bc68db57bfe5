package web

import (
	"net/http"

	"hearth"
	"hearth/care"
	"hearth/leaving"
	"hearth/store"
)

// The young person's leaving care category: the form shows what the care history gives
// (leaving.Eligibility, with its reason) and records the authority's determination, which may differ for
// reasons the episodes do not show (a return home for six months, detention on the 16th birthday). A new
// category ends the one before it on the day it starts, in one change.

// notCareLeaver is the form's value for "no longer a care leaver", which ends the current category.
const notCareLeaver = "none"

// currentCategory returns the category that applies on the day, if any (the one that began last).
func currentCategory(rec *store.ChildRecord, on hearth.Date) (leaving.CareLeaver, bool) {
	var cur leaving.CareLeaver
	found := false
	for _, c := range store.Rows[leaving.CareLeaver](rec) {
		if active(c) && !c.StartDate.After(on) && (c.EndDate.IsZero() || c.EndDate.After(on)) && (!found || c.StartDate.After(cur.StartDate)) {
			cur, found = c, true
		}
	}
	return cur, found
}

func (s *Server) handleLeavingCategoryForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "leaving care category form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	proposed := leaving.Eligibility(v.rec.Person.BirthDate, care.Periods(store.Rows[care.Episode](v.rec)), v.today)
	if proposed.Category != leaving.NotCareLeaver {
		form.Values.Set("category", proposed.Category)
		form.Values.Set("reason", proposed.Reason)
	}
	setDate(form, "start", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingCategory(w, r, http.StatusOK, v, form, proposed)
}

// handleLeavingCategory records a category from a date, ending the current one on that date; "no longer
// a care leaver" only ends it. The date cannot be in the future or before the current category began.
func (s *Server) handleLeavingCategory(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "leaving care category form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	proposed := leaving.Eligibility(v.rec.Person.BirthDate, care.Periods(store.Rows[care.Episode](v.rec)), v.today)
	chosen := form.Value("category")
	var next *leaving.CareLeaver
	start := pastDate(form, "start", "The date the category applies from", true, v.today)
	cur, hasCurrent := currentCategory(v.rec, v.today)
	switch {
	case chosen == notCareLeaver && !hasCurrent:
		form.Add("category", "The young person has no leaving care category to end")
	case chosen == notCareLeaver:
		textValue(form, "reason", "", false)
	default:
		next = &leaving.CareLeaver{PersonID: v.rec.Person.ID, StartDate: start,
			Category: codeValue(form, "category", leaving.EligibilityCategories, "Select the leaving care category", true),
			Reason:   textValue(form, "reason", "Enter why the young person is in this category", true)}
		if hasCurrent && cur.Category == next.Category {
			form.Add("category", "The young person is already "+lower(categoryLabels[cur.Category])+" (since "+longDate(cur.StartDate)+")")
		}
	}
	if hasCurrent {
		notBefore(form, "start", start, cur.StartDate.AddDays(1), "The date must be after the current category began ("+longDate(cur.StartDate)+")")
	}
	if form.Valid() {
		err := s.db.InChange(r.Context(), actorOf(*v.u), func(c *store.Change) error {
			if hasCurrent {
				cur.EndDate = start
				why := "Ended: no longer a care leaver. " + form.Value("reason")
				if next != nil {
					why = "Ended: now " + lower(categoryLabels[next.Category])
				}
				if err := cur.Validate(); err != nil {
					return err
				}
				if err := c.Amend(&cur, why); err != nil {
					return err
				}
			}
			if next == nil {
				return nil
			}
			if err := next.Validate(); err != nil {
				return err
			}
			return c.Insert(next)
		})
		if err != nil && !saveProblem(form, "category", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingCategory(w, r, status, v, form, proposed) },
		"The leaving care category is recorded", v.childBase()+"#leaving-care")
}

func (s *Server) renderLeavingCategory(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form, proposed leaving.Determination) {
	b := fields{form}
	facts := []fact{{Key: "From the care history", Value: leaving.EligibilityCategories.Description(proposed.Category), Lines: []string{proposed.Reason}}}
	if proposed.Category == leaving.NotCareLeaver {
		facts[0].Value = "Not a care leaver"
	}
	if cur, ok := currentCategory(v.rec, v.today); ok {
		facts = append([]fact{{Key: "Recorded now", Value: leaving.EligibilityCategories.Description(cur.Category) + ", since " + longDate(cur.StartDate), Lines: []string{cur.Reason}}}, facts...)
	}
	options := codeOptions(leaving.EligibilityCategories, false)
	options = append(options, option{Value: notCareLeaver, Label: "No longer a care leaver", Hint: "Ends the current category"})
	page := formPage{Caption: "Leaving care", Heading: "Record the leaving care category", Action: v.childBase() + "/leaving/category",
		Submit: "Save the category", Cancel: v.childBase(), Facts: facts,
		Intro: []string{"The care history gives a category with its reason. Record the authority's decision: a different category needs the facts it rests on, such as a return home for six months."},
		Fields: []field{
			b.radios("category", "Leaving care category", "", options),
			b.date("start", "The date it applies from", "For example, 27 3 2026"),
			b.textarea("reason", "Why", "The facts the decision rests on, in words the young person can check", 4),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}
