package protection

import "hearth"

// Visit is a visit to a child by their social worker (or another worker): a child in need visit, a child
// protection statutory visit, a looked-after child's statutory visit under regulation 28, an independent
// reviewing officer's visit or contact, or a private fostering visit. All kinds share one table because
// they are the same act, and "when was this child last seen, and were they seen alone?" must be answerable
// across them; the care area relies on this table for looked-after visits (kind cla) and finds the
// looked-after episode by date.
//
// Child seen, seen alone and bedroom seen are *bool because "not recorded" is different from "no"; child
// seen must be recorded.
type Visit struct {
	hearth.Record
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"cinv_person_id; cppv_person_id; clav_person_id" doc:"The child visited"`
	Kind          string      `db:"kind,notnull" codes:"visit_kind" doc:"cin, cp, cla, iro, private_fostering or other"`
	CINEpisodeID  hearth.ID   `db:"cin_episode_id" ref:"cin_episodes" doc:"The CIN episode the visit was made under, for cin and cp visits"`
	CPPlanID      hearth.ID   `db:"cp_plan_id" ref:"cp_plans" ssd:"cppv_cp_plan_id" doc:"The child protection plan, for cp visits"`
	VisitDate     hearth.Date `db:"visit_date,notnull" ssd:"cinv_cin_visit_date; cppv_cp_visit_date; clav_cla_visit_date" dfe:"Annex A List 6 Date Child Was Last Seen (latest visit with the child seen); Annex A List 7 Date of the Last Statutory Visit (kind cp); Annex A List 8 Date of Last Social Work Visit (kind cla); Annex A List 8 Date of Last IRO Visit / Contact to the Child (kind iro)" doc:"The date of the visit"`
	WorkerID      hearth.ID   `db:"worker_id,notnull" ref:"professionals" doc:"The worker who visited"`
	Location      string      `db:"location" codes:"visit_location" doc:"Where the visit took place: home, placement, school, office, community, virtual"`
	ChildSeen     *bool       `db:"child_seen" ssd:"cinv_cin_visit_seen; cppv_cp_visit_seen; clav_cla_visit_seen" doc:"The child was seen"`
	SeenAlone     *bool       `db:"seen_alone" ssd:"cinv_cin_visit_seen_alone; cppv_cp_visit_seen_alone; clav_cla_visit_seen_alone" dfe:"Annex A List 7 Was the Child Seen Alone? (at the last cp visit)" doc:"The child was seen alone"`
	BedroomSeen   *bool       `db:"bedroom_seen" ssd:"cinv_cin_visit_bedroom; cppv_cp_visit_bedroom" doc:"The child's bedroom was seen"`
	NotSeenReason string      `db:"not_seen_reason" doc:"Why the child was not seen; required when child_seen is no"`
	ChildViews    string      `db:"child_views" doc:"What the child said about their life, wishes and feelings, in their own words where possible"`
	Observations  string      `db:"observations" doc:"What the worker saw and what it means for the plan"`
}

// Validate checks the visit has a kind, a date and a worker, that whether the child was seen is recorded,
// and that seen alone and bedroom seen agree with it.
func (r Visit) Validate() error {
	c := check{what: "visit"}
	c.id("person_id", r.PersonID, "the child visited")
	c.requiredCode("kind", r.Kind, VisitKinds, "the kind of visit")
	c.date("visit_date", r.VisitDate, "the date of the visit")
	c.id("worker_id", r.WorkerID, "the worker who visited")
	c.code("location", r.Location, VisitLocations)
	switch {
	case r.ChildSeen == nil:
		c.add("child_seen (whether the child was seen) is required")
	case !*r.ChildSeen:
		c.text("not_seen_reason", r.NotSeenReason, "why the child was not seen")
		if r.SeenAlone != nil && *r.SeenAlone {
			c.add("seen_alone is yes but child_seen is no")
		}
	}
	if r.Kind != VisitCP && r.Kind != "" && r.CPPlanID != 0 {
		c.add("cp_plan_id is recorded on a visit of kind %s (only cp visits are made under a child protection plan)", r.Kind)
	}
	return c.err()
}

// EmergencyProtection is a period during which a child was protected by emergency powers: police
// protection (section 46 of the Children Act 1989, at most 72 hours) or an emergency protection order
// (section 44, at most 8 days, extendable once by up to 7). Annex A List 7 asks whether each child on a
// plan was subject to either in the last six months. A child accommodated by the local authority under
// these powers also has a looked-after episode with legal status L1 or L2; one who went to a relative
// does not, which is why these periods are recorded here for every child.
type EmergencyProtection struct {
	hearth.Record
	PersonID       hearth.ID   `db:"person_id,notnull" ref:"person" doc:"The child protected"`
	CINEpisodeID   hearth.ID   `db:"cin_episode_id" ref:"cin_episodes" doc:"The CIN episode during which the powers were used"`
	Kind           string      `db:"kind,notnull" codes:"emergency_protection_kind" dfe:"Annex A List 7 Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)" doc:"police_protection or emergency_protection_order"`
	StartDate      hearth.Date `db:"start_date,notnull" dfe:"Annex A List 7 Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)" doc:"The date the child was taken into police protection or the order was made"`
	EndDate        hearth.Date `db:"end_date" doc:"The date the police protection or the order ended"`
	LAAccommodated bool        `db:"la_accommodated" doc:"The child was accommodated by the local authority (so a looked-after episode with legal status L1 or L2 also exists)"`
	Note           string      `db:"note" doc:"What happened and where the child stayed"`
}

// Validate checks the kind and the dates, including the legal limits on how long each power lasts.
func (r EmergencyProtection) Validate() error {
	c := check{what: "emergency protection"}
	c.id("person_id", r.PersonID, "the child protected")
	c.requiredCode("kind", r.Kind, EmergencyProtectionKinds, "police_protection or emergency_protection_order")
	c.date("start_date", r.StartDate, "the date the powers were first used")
	c.order("start_date", r.StartDate, "end_date", r.EndDate)
	if !r.StartDate.IsZero() && !r.EndDate.IsZero() {
		days := r.EndDate.DaysSince(r.StartDate)
		switch {
		case r.Kind == PolicePowers && days > policeProtectionMaxDays:
			c.add("end_date is %d days after start_date (police protection lasts at most 72 hours)", days)
		case r.Kind == EmergencyProtectionOrder && days > emergencyProtectionMaxDays:
			c.add("end_date is %d days after start_date (an emergency protection order lasts at most 8 days, extended once by up to 7)", days)
		}
	}
	return c.err()
}
