package care

import (
	"hearth"
	"hearth/frontdoor"
)

// The health of a looked-after child is recorded as the events that happened (an assessment, a dental check,
// an immunisation review, an SDQ, a substance misuse problem identified, a conviction), each on its own
// date. The SSDA903 OC2 items for children looked after continuously for 12 months at 31 March are yes/no
// answers about the year; they are derived from these rows rather than typed in, so that the same record
// also answers "when was this child's last health assessment" (Annex A List 8) and drives the reminders.

// Kinds of health check (HealthAssessment.Kind).
const (
	HealthInitial      = "initial"             // initial health assessment, within 20 working days of becoming looked after
	HealthReview       = "review"              // review health assessment: 6-monthly under 5, yearly from 5
	HealthDental       = "dental"              // dental check
	HealthOptician     = "optician"            // sight test
	HealthSurveillance = "health_surveillance" // developmental and health promotion checks for under-fives
)

// HealthKinds is the local code list of health checks.
var HealthKinds = frontdoor.CodeList{
	{Code: HealthInitial, Description: "Initial health assessment"},
	{Code: HealthReview, Description: "Review health assessment"},
	{Code: HealthDental, Description: "Dental check"},
	{Code: HealthOptician, Description: "Sight test by an optician"},
	{Code: HealthSurveillance, Description: "Health surveillance or health promotion check (developmental reviews of children under 5)"},
}

// HealthOutcomes is the local code list of what happened at a planned health check.
var HealthOutcomes = frontdoor.CodeList{
	{Code: "completed", Description: "The check took place"},
	{Code: "refused", Description: "The child or young person refused the check"},
	{Code: "not_attended", Description: "The child was not brought or did not attend"},
}

// HealthAssessment is one health check of a looked-after child: a statutory health assessment, a dental
// check, a sight test or an under-five developmental check. Only completed checks count towards the OC2
// items and the Annex A dates; refusals are kept because a pattern of them is itself a concern. SSD object:
// ssd_cla_health.
type HealthAssessment struct {
	hearth.Record
	PersonID hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clah_person_id" doc:"The looked-after child"`
	Kind     string      `db:"kind,notnull" codes:"health_check" ssd:"clah_health_check_type" dfe:"SSDA903 OC2.HEALTH_ASSESSMENT (derived: completed initial or review assessments up to date for the child's age in the year); SSDA903 OC2.TEETH_CHECK (derived: a completed dental check in the year); SSDA903 OC2.HEALTH_CHECK (derived, under-fives: health_surveillance checks up to date)" doc:"initial, review, dental, optician or health_surveillance"`
	Date     hearth.Date `db:"check_date,notnull" ssd:"clah_health_check_date" dfe:"Annex A List 8 Date of Last Health Assessment (initial, review); Annex A List 8 Date of Last Dental Check (dental)" doc:"The date of the check"`
	Outcome  string      `db:"outcome,notnull" codes:"health_outcome" ssd:"clah_health_check_status" doc:"completed, refused or not_attended"`
	ByWhom   string      `db:"by_whom" doc:"Who carried it out, e.g. the paediatrician, nurse, dentist or practice"`
}

// Validate checks the row on its own: the child, a known kind and outcome, and the date.
func (h HealthAssessment) Validate() error {
	c := check{what: "health check (cla_health)"}
	c.id("person_id", h.PersonID, "the child")
	c.code("kind", h.Kind, HealthKinds, "kind of health check", true)
	c.date("check_date", h.Date, "the date of the check")
	c.code("outcome", h.Outcome, HealthOutcomes, "health check outcome", true)
	return c.err()
}

// Immunisations records, on a date, whether a looked-after child's immunisations were up to date for
// their age. OC2 IMMUNISATIONS is the latest such record on or before 31 March. SSD object:
// ssd_cla_immunisations.
type Immunisations struct {
	hearth.Record
	PersonID hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clai_person_id" doc:"The looked-after child"`
	Date     hearth.Date `db:"status_date,notnull" ssd:"clai_immunisations_status_date" doc:"The date the immunisation record was checked"`
	UpToDate bool        `db:"up_to_date" ssd:"clai_immunisations_status" dfe:"SSDA903 OC2.IMMUNISATIONS (latest on or before 31 March)" doc:"The child's immunisations were up to date for their age on that date"`
}

// Validate checks the row on its own: the child and the date.
func (i Immunisations) Validate() error {
	c := check{what: "immunisations (cla_immunisations)"}
	c.id("person_id", i.PersonID, "the child")
	c.date("status_date", i.Date, "the date the immunisations were checked")
	return c.err()
}

// SDQ is one Strengths and Difficulties Questionnaire for a looked-after child aged 4 to 16, completed by
// the main carer: a total difficulties score from 0 to 40 (higher is more concerning), or the reason no
// score could be obtained. The score is a pointer because 0 is a real score. OC2 SDQ_SCORE and SDQ_REASON
// come from the latest row in the year. SSD object: ssd_sdq_scores.
type SDQ struct {
	hearth.Record
	PersonID hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"csdq_person_id" doc:"The looked-after child"`
	Date     hearth.Date `db:"sdq_date,notnull" ssd:"csdq_sdq_completed_date" doc:"The date the questionnaire was completed, or the date it was found it could not be"`
	Score    *int        `db:"score" ssd:"csdq_sdq_score" dfe:"SSDA903 OC2.SDQ_SCORE" doc:"Total difficulties score, 0 to 40; empty when no score was obtained"`
	Reason   string      `db:"reason" codes:"sdq_reason" ssd:"csdq_sdq_reason" dfe:"SSDA903 OC2.SDQ_REASON" doc:"Why there is no score: SDQ1 outside the age range, SDQ2 carer refused, SDQ3 severity of disability, SDQ4 other, SDQ5 young person refused"`
}

// Validate checks the row on its own: the child, the date, and either a score from 0 to 40 or a DfE reason
// for its absence, but not both.
func (s SDQ) Validate() error {
	c := check{what: "strengths and difficulties questionnaire (sdq_scores)"}
	c.id("person_id", s.PersonID, "the child")
	c.date("sdq_date", s.Date, "the date of the SDQ")
	c.code("reason", s.Reason, SDQReasons, "SDQ reason (SDQ_REASON)", false)
	switch {
	case s.Score == nil && s.Reason == "":
		c.add("score", "either an SDQ score (SDQ_SCORE) or the reason there is none (SDQ_REASON) is required")
	case s.Score != nil && s.Reason != "":
		c.add("reason", "a reason for no score (%s) cannot be given with a score (%d)", s.Reason, *s.Score)
	}
	if s.Score != nil && (*s.Score < 0 || *s.Score > 40) {
		c.add("score", "an SDQ total difficulties score is from 0 to 40, not %d", *s.Score)
	}
	return c.err()
}

// SubstanceMisuse records that a looked-after child was identified as having a substance misuse problem,
// and whether an intervention was offered and received. The answers are pointers because they are often
// not known on the day the problem is identified. OC2 SUBSTANCE_MISUSE is whether any row falls in the
// year; INTERVENTION_RECEIVED whether any of them was received; INTERVENTION_OFFERED (returned only when
// none was received) whether one was offered and refused. SSD object: ssd_cla_substance_misuse.
type SubstanceMisuse struct {
	hearth.Record
	PersonID             hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clas_person_id" doc:"The looked-after child"`
	Date                 hearth.Date `db:"identified_date,notnull" ssd:"clas_substance_misuse_date" dfe:"SSDA903 OC2.SUBSTANCE_MISUSE (derived: a row in the year)" doc:"The date the substance misuse problem was identified"`
	Substance            string      `db:"substance" ssd:"clas_substance_misused" doc:"The substance(s) misused"`
	InterventionOffered  *bool       `db:"intervention_offered" dfe:"SSDA903 OC2.INTERVENTION_OFFERED (derived)" doc:"An intervention for the problem was offered (yes / no / not yet recorded)"`
	InterventionReceived *bool       `db:"intervention_received" ssd:"clas_intervention_received" dfe:"SSDA903 OC2.INTERVENTION_RECEIVED (derived)" doc:"The child received an intervention for the problem (yes / no / not yet recorded)"`
}

// Validate checks the row on its own: the child, the date, and that an intervention received had been
// offered.
func (s SubstanceMisuse) Validate() error {
	c := check{what: "substance misuse (cla_substance_misuse)"}
	c.id("person_id", s.PersonID, "the child")
	c.date("identified_date", s.Date, "the date the problem was identified")
	if s.InterventionReceived != nil && *s.InterventionReceived && (s.InterventionOffered == nil || !*s.InterventionOffered) {
		c.add("intervention_offered", "an intervention that was received must have been offered: record it as offered")
	}
	return c.err()
}

// Conviction kinds (Conviction.Kind): each counts towards OC2 CONVICTED.
var ConvictionKinds = frontdoor.CodeList{
	{Code: "conviction", Description: "Convicted of an offence"},
	{Code: "youth_caution", Description: "Youth caution"},
	{Code: "youth_conditional_caution", Description: "Youth conditional caution"},
}

// Conviction is a conviction, youth caution or youth conditional caution of a looked-after child. OC2
// CONVICTED (for children aged 10 or over) is whether any row is dated within the year; the date is that of
// the conviction or caution, not of the offence. SSD object: ssd_cla_convictions.
type Conviction struct {
	hearth.Record
	PersonID    hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clac_person_id" doc:"The looked-after child"`
	Date        hearth.Date `db:"conviction_date,notnull" ssd:"clac_cla_conviction_date" dfe:"SSDA903 OC2.CONVICTED (derived: a row in the year)" doc:"The date of the conviction or caution"`
	Kind        string      `db:"kind,notnull" codes:"conviction_kind" doc:"conviction, youth_caution or youth_conditional_caution"`
	Offence     string      `db:"offence,notnull" ssd:"clac_cla_conviction_offence" doc:"The offence, in words"`
	OffenceDate hearth.Date `db:"offence_date" doc:"The date of the offence, when known"`
}

// Validate checks the row on its own: the child, the dates in order, a known kind and the offence.
func (v Conviction) Validate() error {
	c := check{what: "conviction or caution (cla_convictions)"}
	c.id("person_id", v.PersonID, "the child")
	c.date("conviction_date", v.Date, "the date of the conviction or caution")
	c.code("kind", v.Kind, ConvictionKinds, "kind of conviction", true)
	c.text("offence", v.Offence, "the offence")
	c.order("the offence", v.OffenceDate, "conviction_date", "the conviction or caution", v.Date)
	return c.err()
}
