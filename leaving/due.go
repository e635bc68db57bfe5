package leaving

import (
	"slices"

	"hearth"
)

// ContactEveryDays is the local standard for contact between a care leaver and their personal adviser:
// at least every six weeks (timescales.md, as in Slough's leaving care service). The duty package will
// make it a setting an organisation can change; until then the care leavers list uses this default.
const ContactEveryDays = 42

// The timescales of the pathway plan (Care Leavers (England) Regulations 2010, regulation 42 and 6): the
// needs assessment and the plan within three months of the 16th birthday or of becoming eligible after
// it, and a review at least every six months.
const (
	planWithinMonths  = 3
	reviewEveryMonths = 6
)

// DueFacts are what a care leaver's next things due are worked out from: their date of birth, their
// category, when they first became a care leaver, and the dates of their latest contact, needs
// assessment, pathway plan and review. A zero date means none is recorded.
type DueFacts struct {
	Birth hearth.Date
	// Category is the current leaving care category and CategorySince the day it began.
	Category      string
	CategorySince hearth.Date
	// EligibleFrom is the first day the young person was a care leaver in any category.
	EligibleFrom hearth.Date
	LastContact  hearth.Date
	// AssessmentDone is the completion of the needs assessment.
	AssessmentDone hearth.Date
	// PlanMade is the date the pathway plan was first made, LastReview its latest review.
	PlanMade   hearth.Date
	LastReview hearth.Date
}

// Due is one thing due for a care leaver, and the last day it is in time.
type Due struct {
	What string
	By   hearth.Date
}

// Overdue reports whether the item was not done by the end of its last day.
func (d Due) Overdue(today hearth.Date) bool { return d.By.Before(today) }

// hasPlan reports whether the category is one the pathway plan duties apply to: eligible, relevant and
// former relevant young people have a pathway plan; qualifying care leavers get advice and assistance.
func hasPlan(category string) bool {
	return category == Eligible || category == Relevant || category == FormerRelevant
}

// PlanDeadline returns the day by which the needs assessment and the pathway plan are due: three months
// after the 16th birthday, or after becoming eligible when that was later.
func (f DueFacts) PlanDeadline() hearth.Date {
	from := f.EligibleFrom
	if !f.Birth.IsZero() {
		b16 := hearth.NewDate(f.Birth.Year()+16, f.Birth.Month(), f.Birth.Day())
		if from.IsZero() || from.Before(b16) {
			from = b16
		}
	}
	if from.IsZero() {
		return hearth.Date{}
	}
	return from.AddMonths(planWithinMonths)
}

// ReviewDue returns the day the pathway plan's next review is due: six months after its latest review,
// or after it was made when it has not been reviewed; zero when there is no plan.
func (f DueFacts) ReviewDue() hearth.Date {
	last := f.PlanMade
	if f.LastReview.After(last) {
		last = f.LastReview
	}
	if last.IsZero() {
		return hearth.Date{}
	}
	return last.AddMonths(reviewEveryMonths)
}

// ContactDue returns the day the next contact with the personal adviser is due under the local
// standard, for relevant and former relevant young people (an eligible child is still looked after and
// visited by their social worker): six weeks after the latest contact, or after the category began when
// there has been none. Zero when the standard does not apply.
func (f DueFacts) ContactDue() hearth.Date {
	if f.Category != Relevant && f.Category != FormerRelevant {
		return hearth.Date{}
	}
	last := f.LastContact
	if last.IsZero() {
		last = f.CategorySince
	}
	if last.IsZero() {
		return hearth.Date{}
	}
	return last.AddDays(ContactEveryDays)
}

// Items returns everything due for the care leaver, soonest first: the needs assessment and the pathway
// plan while they are missing, the plan's review once there is one, and the next contact.
func (f DueFacts) Items() []Due {
	var out []Due
	if hasPlan(f.Category) {
		deadline := f.PlanDeadline()
		if f.AssessmentDone.IsZero() && f.PlanMade.IsZero() && !deadline.IsZero() {
			out = append(out, Due{"Needs assessment", deadline})
		}
		if f.PlanMade.IsZero() {
			if !deadline.IsZero() {
				out = append(out, Due{"Pathway plan", deadline})
			}
		} else {
			out = append(out, Due{"Pathway plan review", f.ReviewDue()})
		}
	}
	if d := f.ContactDue(); !d.IsZero() {
		out = append(out, Due{"Contact with personal adviser", d})
	}
	slices.SortStableFunc(out, func(a, b Due) int { return a.By.DaysSince(b.By) })
	return out
}

// Next returns the soonest thing due, and false when nothing is.
func (f DueFacts) Next() (Due, bool) {
	items := f.Items()
	if len(items) == 0 {
		return Due{}, false
	}
	return items[0], true
}
