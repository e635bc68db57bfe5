package leaving

import (
	"hearth"
	"hearth/frontdoor"
)

// HealthHistory is a care leaver's health history, written with the young person and given to them when
// they leave care (Care Planning, Placement and Case Review (England) Regulations 2010; the Care Leavers
// (England) Regulations 2010 Schedule 1): what they need to know about their health as a child, so that
// they are not left, as adults, unable to answer a doctor's questions about their own childhood. Each
// version is kept in the history; SharedDate records when a copy was given to the young person.
type HealthHistory struct {
	hearth.Record
	PersonID        hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	Date            hearth.Date `db:"history_date,notnull" doc:"The date the health history was written (or last brought up to date) with the young person"`
	WithYoungPerson bool        `db:"with_young_person" doc:"True when the young person took part in writing it, as the guidance expects"`
	Health          string      `db:"health_summary,notnull" doc:"Their health as a child: illnesses, injuries, operations, conditions and disabilities, and their treatment"`
	Emotional       string      `db:"emotional_health" doc:"Their emotional and mental health, and any support they had"`
	Medication      string      `db:"medication" doc:"Medication they take, or took for long, and allergies"`
	Immunisations   string      `db:"immunisations" doc:"The immunisations they had, and any still due"`
	Registrations   string      `db:"registrations" doc:"Their GP, dentist and optician, and how to register with new ones"`
	Family          string      `db:"family_history" doc:"What is known of their family's health that matters to them"`
	YoungPersonSays string      `db:"young_person_words" doc:"What the young person wants to say or to know about their health, in their own words"`
	SharedDate      hearth.Date `db:"shared_date" doc:"The date a copy was given to the young person; empty until it is"`
	WorkerID        hearth.ID   `db:"worker_id" ref:"professionals" doc:"The worker who wrote it with the young person"`
}

// Validate checks the history on its own: the young person, the date, the health summary, and a copy
// given no earlier than it was written.
func (h HealthHistory) Validate() error {
	c := check{what: "health history (leaving_health_histories)"}
	c.id("person_id", h.PersonID, "the young person")
	c.date("history_date", h.Date, "the date the health history was written")
	c.text("health_summary", h.Health, "their health as a child")
	c.order("writing it", h.Date, "shared_date", "the copy given to the young person", h.SharedDate)
	return c.err()
}

// AdultServices is the local list of adult services a care leaver may move to.
var AdultServices = frontdoor.CodeList{
	{Code: "adult_social_care", Description: "Adult social care (care and support under the Care Act 2014)"},
	{Code: "learning_disability", Description: "Adult learning disability service"},
	{Code: "mental_health", Description: "Adult mental health service"},
	{Code: "other", Description: "Another adult service"},
}

// AdultTransition is the move of a care leaver who may meet the threshold of an adult service to that
// service: referred, decided (threshold met or not), and transferred, so that no young person reaches 18
// with the service still undecided. Transitions assessments under the Care Act 2014 section 58 are
// started before 18 where the young person is likely to have needs.
type AdultTransition struct {
	hearth.Record
	PersonID     hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	Service      string      `db:"service,notnull" codes:"adult_service" doc:"The adult service: adult_social_care, learning_disability, mental_health or other"`
	ReferredDate hearth.Date `db:"referred_date,notnull" doc:"The date the young person was referred to the adult service"`
	DecisionDate hearth.Date `db:"decision_date" doc:"The date the adult service decided whether the young person meets its threshold"`
	ThresholdMet *bool       `db:"threshold_met" doc:"Whether the young person meets the adult service's threshold (yes / no / not decided)"`
	TransferDate hearth.Date `db:"transfer_date" doc:"The date the adult service took the young person on; empty until then"`
	Notes        string      `db:"notes" doc:"What was agreed, and who in the adult service holds the young person"`
}

// Validate checks the transition on its own: the service, the referral, a decision with its date and no
// earlier than the referral, and a transfer only for a young person who meets the threshold.
func (t AdultTransition) Validate() error {
	c := check{what: "transition to adult services (adult_transitions)"}
	c.id("person_id", t.PersonID, "the young person")
	c.code("service", t.Service, AdultServices, "adult service", true)
	c.date("referred_date", t.ReferredDate, "the date of the referral")
	c.both("decision_date", !t.DecisionDate.IsZero(), "the date of the decision", "threshold_met", t.ThresholdMet != nil, "whether the threshold is met")
	c.order("the referral", t.ReferredDate, "decision_date", "the decision", t.DecisionDate)
	if !t.TransferDate.IsZero() && (t.ThresholdMet == nil || !*t.ThresholdMet) {
		c.add("transfer_date", "a young person moves to an adult service only once they are found to meet its threshold")
	}
	c.order("the decision", t.DecisionDate, "transfer_date", "the transfer", t.TransferDate)
	return c.err()
}
