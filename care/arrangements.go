package care

import (
	"hearth"
	"hearth/frontdoor"
)

// Arrangements around care that are not SSDA903 episodes: a former relevant young person staying put
// with their former foster carers after 18 (Children Act 1989 s23CZA), a child privately fostered (the
// Children (Private Arrangements for Fostering) Regulations 2005), and a 16 or 17 year old who presents as
// homeless, with the joint assessment of children's services and housing the Southwark judgment requires
// (R (G) v Southwark [2009] UKHL 26). Each is a table of its own (migration 00014).

// StayingPutCarerTypes is the local code list of who approved the carers a young person stays put with.
var StayingPutCarerTypes = frontdoor.CodeList{
	{Code: "in_house", Description: "The authority's own foster carers"},
	{Code: "agency", Description: "Foster carers of an independent fostering agency"},
	{Code: "connected", Description: "Connected person (family and friends) foster carers"},
}

// StayingPutEndReasons is the local code list of why a staying put arrangement ended.
var StayingPutEndReasons = frontdoor.CodeList{
	{Code: "age_21", Description: "The young person reached 21"},
	{Code: "own_home", Description: "The young person moved to a home of their own"},
	{Code: "education", Description: "The young person moved away for education or training"},
	{Code: "breakdown", Description: "The arrangement broke down"},
	{Code: "carers", Description: "The carers could no longer continue"},
	{Code: "other", Description: "Another reason"},
}

// StayingPut is a former relevant young person living on with their former foster carers after 18, for
// which the authority must support the arrangement until 21 while both want it. The plan's review is the
// latest date the arrangement was reviewed (with the pathway plan); earlier reviews are the row's history.
type StayingPut struct {
	hearth.Record
	PersonID     hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	StartDate    hearth.Date `db:"start_date,notnull" doc:"The date the staying put arrangement began, usually the 18th birthday"`
	EndDate      hearth.Date `db:"end_date" doc:"The date the arrangement ended; empty while it continues"`
	EndReason    string      `db:"end_reason" codes:"staying_put_end_reason" doc:"Why the arrangement ended: age_21, own_home, education, breakdown, carers or other"`
	Carer        string      `db:"carer,notnull" doc:"The former foster carers the young person stays with, by name"`
	CarerType    string      `db:"carer_type,notnull" codes:"staying_put_carer_type" doc:"Who approved the carers: in_house (the authority), agency (an independent fostering agency) or connected (family and friends)"`
	ReviewedDate hearth.Date `db:"reviewed_date" doc:"The date the staying put arrangement's plan was last reviewed; empty until its first review"`
}

// Validate checks the arrangement on its own: the child, the carers, known codes, an end date with its
// reason, and the dates in order.
func (s StayingPut) Validate() error {
	c := check{what: "staying put arrangement (staying_put)"}
	c.id("person_id", s.PersonID, "the young person")
	c.date("start_date", s.StartDate, "the date the arrangement began")
	c.text("carer", s.Carer, "the carers")
	c.code("carer_type", s.CarerType, StayingPutCarerTypes, "carer type", true)
	c.code("end_reason", s.EndReason, StayingPutEndReasons, "staying put end reason", false)
	c.both("end_date", !s.EndDate.IsZero(), "the end date", "end_reason", s.EndReason != "", "the reason it ended")
	c.order("the start of the arrangement", s.StartDate, "end_date", "the end", s.EndDate)
	c.order("the start of the arrangement", s.StartDate, "reviewed_date", "the review", s.ReviewedDate)
	return c.err()
}

// Current reports whether the arrangement stands on day d.
func (s StayingPut) Current(d hearth.Date) bool {
	return !s.StartDate.After(d) && (s.EndDate.IsZero() || s.EndDate.After(d))
}

// PrivateFosteringEndReasons is the local code list of why a private fostering arrangement ended.
var PrivateFosteringEndReasons = frontdoor.CodeList{
	{Code: "home", Description: "The child returned to a parent"},
	{Code: "age", Description: "The child reached 16 (18 if disabled)"},
	{Code: "looked_after", Description: "The child became looked after"},
	{Code: "order", Description: "A court order gave the carer parental responsibility"},
	{Code: "prohibited", Description: "The authority prohibited the arrangement"},
	{Code: "moved", Description: "The child and carer moved to another authority's area"},
	{Code: "other", Description: "Another reason"},
}

// PrivateFostering is a child under 16 (18 if disabled) cared for for 28 days or more by someone who is
// not a parent, close relative or person with parental responsibility, by private arrangement. The
// authority must visit within 7 working days of being notified, assess the arrangement, and visit at
// least every 6 weeks in the first year and every 12 weeks after (regulations 4 and 8); the visits after
// the first are PrivateFosteringVisit rows.
type PrivateFostering struct {
	hearth.Record
	PersonID         hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The privately fostered child"`
	NotifiedDate     hearth.Date `db:"notified_date,notnull" doc:"The date the authority was notified of the arrangement, from which its visits and assessment are due"`
	StartDate        hearth.Date `db:"start_date" doc:"The date the child began to live with the private foster carer, when known"`
	Carer            string      `db:"carer,notnull" doc:"The private foster carer, by name"`
	CarerRelation    string      `db:"carer_relation" doc:"Who the carer is to the child, in words, e.g. family friend, great-aunt, host family of a language school"`
	InitialVisitDate hearth.Date `db:"initial_visit_date" doc:"The date of the first visit to the child at the carer's home; due within 7 working days of notification (regulation 4)"`
	SeenAlone        *bool       `db:"seen_alone" doc:"The child was seen alone at the first visit; empty until it is recorded"`
	AssessedDate     hearth.Date `db:"assessed_date" doc:"The date the assessment of the arrangement's suitability was completed; due within 42 working days of notification"`
	Suitable         *bool       `db:"suitable" doc:"The assessment found the arrangement suitable; empty until it is completed"`
	EndDate          hearth.Date `db:"end_date" doc:"The date the arrangement ended; empty while it continues"`
	EndReason        string      `db:"end_reason" codes:"private_fostering_end_reason" doc:"Why the arrangement ended: home, age, looked_after, order, prohibited, moved or other"`
}

// Validate checks the arrangement on its own: the child, the carer, visits and the assessment not before
// the notification (the start may be before it: arrangements are often notified late), what each found
// recorded with its date, and an end with its reason.
func (p PrivateFostering) Validate() error {
	c := check{what: "private fostering arrangement (private_fostering)"}
	c.id("person_id", p.PersonID, "the child")
	c.date("notified_date", p.NotifiedDate, "the date of notification")
	c.text("carer", p.Carer, "the private foster carer")
	c.code("end_reason", p.EndReason, PrivateFosteringEndReasons, "private fostering end reason", false)
	c.order("notification", p.NotifiedDate, "initial_visit_date", "the first visit", p.InitialVisitDate)
	c.order("notification", p.NotifiedDate, "assessed_date", "the assessment", p.AssessedDate)
	c.order("the start of the arrangement", p.StartDate, "end_date", "the end", p.EndDate)
	c.both("initial_visit_date", !p.InitialVisitDate.IsZero(), "the first visit", "seen_alone", p.SeenAlone != nil, "whether the child was seen alone")
	c.both("assessed_date", !p.AssessedDate.IsZero(), "the assessment date", "suitable", p.Suitable != nil, "whether the arrangement is suitable")
	c.both("end_date", !p.EndDate.IsZero(), "the end date", "end_reason", p.EndReason != "", "the reason it ended")
	return c.err()
}

// PrivateFosteringVisit is a visit to a privately fostered child after the first (regulation 8).
type PrivateFosteringVisit struct {
	hearth.Record
	PersonID           hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The privately fostered child"`
	PrivateFosteringID hearth.ID   `db:"private_fostering_id,notnull" ref:"private_fostering" doc:"The arrangement visited"`
	Date               hearth.Date `db:"visit_date,notnull" doc:"The date of the visit"`
	SeenAlone          bool        `db:"seen_alone" doc:"The child was seen alone"`
	WorkerID           hearth.ID   `db:"worker_id" ref:"professionals" doc:"The worker who visited"`
	Notes              string      `db:"notes" doc:"What the child said and what was seen, in brief"`
}

// Validate checks the visit on its own: the child, the arrangement and the date.
func (v PrivateFosteringVisit) Validate() error {
	c := check{what: "private fostering visit (private_fostering_visits)"}
	c.id("person_id", v.PersonID, "the child")
	c.id("private_fostering_id", v.PrivateFosteringID, "the arrangement")
	c.date("visit_date", v.Date, "the date of the visit")
	return c.err()
}

// HomelessOutcomes is the local code list of what followed the joint assessment of a homeless 16 or 17
// year old (the 2018 statutory guidance on the prevention of homelessness of 16 and 17 year olds).
var HomelessOutcomes = frontdoor.CodeList{
	{Code: "s20", Description: "Accommodated under section 20: looked after"},
	{Code: "s17", Description: "Supported as a child in need under section 17"},
	{Code: "housing", Description: "Accommodated by the housing authority (Housing Act 1996 Part 7)"},
	{Code: "home", Description: "Returned home or to family with support"},
	{Code: "declined", Description: "Declined section 20 accommodation, having been told what it means"},
	{Code: "not_homeless", Description: "Found not to be homeless"},
}

// HomelessAssessment is a 16 or 17 year old who presented as homeless on a date, the joint assessment by
// children's services and housing, and its outcome. Since the Southwark judgment a homeless child of that
// age is owed accommodation under section 20 unless they, fully informed, decline it, so the outcome
// says which duty the authority met.
type HomelessAssessment struct {
	hearth.Record
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The young person"`
	PresentedDate hearth.Date `db:"presented_date,notnull" doc:"The date the young person presented as homeless, to children's services or housing"`
	PresentedTo   string      `db:"presented_to,notnull" codes:"homeless_presented_to" doc:"Where the young person presented: children or housing"`
	AssessedDate  hearth.Date `db:"assessed_date" doc:"The date the joint assessment of children's services and housing was completed; empty while it is under way"`
	JointHousing  *bool       `db:"joint_housing" doc:"Housing took part in the assessment, as the joint protocol asks; empty until it is completed"`
	Outcome       string      `db:"outcome" codes:"homeless_outcome" doc:"What followed the assessment: s20, s17, housing, home, declined or not_homeless"`
	Advocacy      *bool       `db:"advocacy" doc:"The young person was offered an independent advocate before deciding on section 20 accommodation"`
}

// HomelessPresentedTo is the local code list of where a young person presented as homeless.
var HomelessPresentedTo = frontdoor.CodeList{
	{Code: "children", Description: "Children's services"},
	{Code: "housing", Description: "The housing authority"},
}

// Validate checks the row on its own: the young person, where and when they presented, the assessment not
// before it, and the outcome recorded with the assessment that decided it.
func (h HomelessAssessment) Validate() error {
	c := check{what: "homeless 16 or 17 year old (homeless_assessments)"}
	c.id("person_id", h.PersonID, "the young person")
	c.date("presented_date", h.PresentedDate, "the date they presented as homeless")
	c.code("presented_to", h.PresentedTo, HomelessPresentedTo, "place presented to", true)
	c.code("outcome", h.Outcome, HomelessOutcomes, "homeless assessment outcome", false)
	c.order("presenting as homeless", h.PresentedDate, "assessed_date", "the joint assessment", h.AssessedDate)
	c.both("assessed_date", !h.AssessedDate.IsZero(), "the assessment date", "outcome", h.Outcome != "", "the outcome")
	if h.Outcome == "declined" && (h.Advocacy == nil || !*h.Advocacy) {
		c.add("advocacy", "a young person may decline section 20 accommodation only once offered an independent advocate")
	}
	return c.err()
}
