package leaving

import "hearth"

// CareLeaver records a young person's leaving care category over a period, with the reason it was worked
// out. The category decides what the authority owes them (a personal adviser, a pathway plan,
// accommodation, support to 25) and Annex A List 9 reports it. Eligibility proposes the category from the
// care history; the row records the authority's determination, because some of what the law takes into
// account (a return home for six months, detention on the 16th birthday, care by another authority) is not
// in the episodes. A young person moves from one category to the next (eligible, then relevant, then former
// relevant), so each category is a row with its own dates. SSD object: ssd_care_leavers.
type CareLeaver struct {
	hearth.Record
	PersonID  hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clea_person_id" doc:"The young person"`
	Category  string      `db:"category,notnull" codes:"eligibility_category" ssd:"clea_care_leaver_eligibility" dfe:"Annex A List 9 Eligibility Category; SSDA903 OC3 cohort (relevant and former relevant)" doc:"eligible, relevant, former_relevant or qualifying"`
	Reason    string      `db:"reason,notnull" doc:"Why the young person is in this category, in words (as Eligibility explains it, or the facts the authority relied on)"`
	StartDate hearth.Date `db:"start_date,notnull" doc:"The date from which the category applies"`
	EndDate   hearth.Date `db:"end_date" doc:"The date the category stopped applying; empty while it applies"`
}

// Validate checks the row on its own: the young person, a known category with its reason, and its dates in
// order.
func (l CareLeaver) Validate() error {
	c := check{what: "care leaver category (care_leavers)"}
	c.id("person_id", l.PersonID, "the young person")
	c.code("category", l.Category, EligibilityCategories, "leaving care category", true)
	c.text("reason", l.Reason, "the reason for the category")
	c.date("start_date", l.StartDate, "the date the category applies from")
	c.order("its start", l.StartDate, "end_date", "the end of the category", l.EndDate)
	return c.err()
}
