package care

import (
	"hearth"
)

// Episode is one SSDA903 episode of care: a stretch of time during which a looked-after child's legal
// status and placement stayed the same. A new episode begins, on the day the old one ends, whenever the
// legal status or the placement changes (the reason is RNE), so a child's time in care is a chain of
// episodes grouped into periods of care, and the SSDA903 Episodes table is these rows as they are.
//
// The SSD keeps the episode, the placement and the legal status in three objects; here they are one row,
// because the DfE defines the episode as the unit in which they change together and every return and
// measure reads them together. PeriodStart repeats the start of the first episode of the period of care on
// every episode of it, so that "when did this child start to be looked after" and "has this child ceased
// to be looked after" are answered from one row. A period of care ends with the first episode whose reason
// ceased (REC) is not X1.
type Episode struct {
	hearth.Record
	PersonID          hearth.ID       `db:"person_id,notnull" ref:"person" ssd:"clae_person_id" doc:"The looked-after child"`
	PeriodStart       hearth.Date     `db:"period_start,notnull" ssd:"clae_entered_care_date" dfe:"Annex A List 8 Date Started to be Looked After; Annex A List 10 Date the Child Entered Care; Annex A List 8 Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N) (derived: another period of care ended in the 12 months before this one started)" doc:"The start (DECOM) of the first episode of the period of care this episode belongs to; equal to start_date when the reason for the new episode is S"`
	StartDate         hearth.Date     `db:"start_date,notnull" ssd:"clae_cla_episode_start_date" dfe:"SSDA903 Episodes.DECOM; Annex A List 8 Start Date of Most Recent Placement (the start of the first of the consecutive episodes in the current placement, RNE L continuing it); Annex A List 8 Start date of current legal status (the start of the first of the consecutive episodes with the current legal status); Annex A List 8 Number of Placements in the Last 12 months (derived: the placement current 12 months ago plus episodes in the 12 months whose RNE is S, P, B, T or U)" doc:"The date the episode began"`
	ReasonNewEpisode  string          `db:"reason_new_episode,notnull" codes:"reason_new_episode" ssd:"clae_cla_episode_start_reason" dfe:"SSDA903 Episodes.RNE" doc:"Why the episode began: S started to be looked after, L legal status changed, P placement and carer changed, T placement changed with the same carer, B legal status and placement and carer changed, U legal status and placement changed with the same carer"`
	LegalStatus       string          `db:"legal_status,notnull" codes:"legal_status" ssd:"ssd_legal_status.lega_legal_status" dfe:"SSDA903 Episodes.LS; Annex A List 8 Child's Legal Status; Annex A List 10 Date of Placement Order (derived: the start of the first episode with legal status E1 after the decision)" doc:"The legal status during the episode, e.g. C1 interim care order, C2 full care order, E1 placement order granted, V2 single period of accommodation under section 20"`
	CategoryOfNeed    string          `db:"category_of_need,notnull" codes:"category_of_need" ssd:"clae_cla_primary_need_code" dfe:"SSDA903 Episodes.CIN; Annex A List 8 Child's Category of Need" doc:"The main reason the child needed services, N1 abuse or neglect to N8 absent parenting"`
	PlacementType     string          `db:"placement_type,notnull" codes:"placement_type" ssd:"ssd_cla_placement.clap_cla_placement_type" dfe:"SSDA903 Episodes.PLACE; Annex A List 8 Placement Type; Annex A List 10 Date Placed for Adoption (derived: the start of the first episode with placement type A3 to A6 after the decision); Annex A List 10 Date the child was placed for fostering in FFA or concurrent planning placement (derived: the start of the first episode with placement type U2 or U5 in the period of care)" doc:"The type of placement, e.g. U6 foster placement with other foster carers, K2 children's home, A6 placed for adoption with a placement order"`
	PlacementProvider string          `db:"placement_provider" codes:"placement_provider" ssd:"ssd_cla_placement.clap_cla_placement_provider" dfe:"SSDA903 Episodes.PLACE_PROVIDER; Annex A List 8 Placement Provider" doc:"Who provides the placement, PR0 parents to PR5 voluntary sector; empty for temporary placements (T0 to T4) and Z1"`
	ProviderName      string          `db:"provider_name" doc:"The name of the carer(s), home or organisation providing the placement"`
	URN               string          `db:"urn" ssd:"ssd_cla_placement.clap_cla_placement_urn" dfe:"SSDA903 Episodes.URN; Annex A List 8 URN of Placement" doc:"Ofsted unique reference number of the provider (e.g. SC123456), or XXXXXXX for adoption placements; empty where the placement has none"`
	HomePostcode      hearth.Postcode `db:"home_postcode" ssd:"ssd_address.addr_address_postcode" dfe:"SSDA903 Episodes.HOME_POST" doc:"Postcode of the home the child lived in before becoming looked after, from which the placement distance is measured"`
	PlacementPostcode hearth.Postcode `db:"placement_postcode" ssd:"ssd_cla_placement.clap_cla_placement_postcode" dfe:"SSDA903 Episodes.PL_POST; Annex A List 8 Placement postcode" doc:"Postcode of the placement"`
	PlacementLocation string          `db:"placement_location" codes:"placement_location" dfe:"SSDA903 Episodes.PL_LOCATION (derived); Annex A List 8 Placement Location" doc:"IN when the placement is inside the authority's own area, OUT when outside (derivable from the placement postcode)"`
	PlacementLA       string          `db:"placement_la" dfe:"SSDA903 Episodes.PL_LA (derived); Annex A List 8 LA of Placement" doc:"The local authority area the placement is in (ONS code such as E09000007), or NIR, WAL, SCO, NUK (outside the UK) or CON (confidential); derivable from the placement postcode"`
	DistanceMiles     float64         `db:"distance_miles" ssd:"ssd_cla_placement.clap_cla_placement_distance" dfe:"SSDA903 Episodes.PL_DISTANCE (derived)" doc:"Straight-line distance in miles from the home postcode to the placement postcode (0 when either is not recorded; the return leaves it blank then and for unaccompanied asylum-seeking children)"`
	EndDate           hearth.Date     `db:"end_date" ssd:"clae_cla_episode_ceased_date" dfe:"SSDA903 Episodes.DEC; Annex A List 8 Date Ceased to be Looked After (when the reason is not X1); Annex A List 10 Date of Adoption Order (reason E11 or E12)" doc:"The date the episode ended; empty while it continues"`
	ReasonCeased      string          `db:"reason_ceased" codes:"reason_ceased" ssd:"clae_cla_episode_ceased_reason" dfe:"SSDA903 Episodes.REC; Annex A List 8 Reason Ceased to be Looked After" doc:"Why the episode ended: X1 when a new episode began the same day, otherwise the reason the child ceased to be looked after (E11 adopted ... E8 other)"`
	ReasonPlaceChange string          `db:"reason_place_change" codes:"reason_place_change" ssd:"ssd_cla_placement.clap_cla_placement_change_reason" dfe:"SSDA903 Episodes.REASON_PLACE_CHANGE" doc:"Why the placement ended, recorded on the episode that ends when the placement ends (CARPL care plan ... OTHER)"`
}

// Validate checks the episode on its own: required items, DfE codes, that it ends on or after the day it
// starts within a period of care that started no later, and the pairs of items the DfE requires together.
// Checks across episodes (continuity, overlaps, time limits of legal statuses) belong to the SSDA903
// validation, which reads the whole history.
func (e Episode) Validate() error {
	c := check{what: "looked-after episode (cla_episodes)"}
	c.id("person_id", e.PersonID, "the child")
	c.date("period_start", e.PeriodStart, "the start of the period of care")
	c.date("start_date", e.StartDate, "the episode start date (DECOM)")
	c.code("reason_new_episode", e.ReasonNewEpisode, ReasonsNewEpisode, "reason for new episode (RNE)", true)
	c.code("legal_status", e.LegalStatus, LegalStatuses, "legal status (LS)", true)
	c.code("category_of_need", e.CategoryOfNeed, CategoriesOfNeed, "category of need (CIN)", true)
	c.code("placement_type", e.PlacementType, PlacementTypes, "placement type (PLACE)", true)
	c.code("placement_provider", e.PlacementProvider, PlacementProviders, "placement provider (PLACE_PROVIDER)", false)
	c.code("placement_location", e.PlacementLocation, PlacementLocations, "placement location", false)
	c.code("reason_ceased", e.ReasonCeased, ReasonsCeased, "reason episode ceased (REC)", false)
	c.code("reason_place_change", e.ReasonPlaceChange, ReasonsPlaceChange, "reason for placement change (REASON_PLACE_CHANGE)", false)
	c.order("the start of its period of care", e.PeriodStart, "start_date", "the episode start (DECOM)", e.StartDate)
	c.order("its start (DECOM)", e.StartDate, "end_date", "the episode end (DEC)", e.EndDate)
	c.both("end_date", !e.EndDate.IsZero(), "the end date (DEC)", "reason_ceased", e.ReasonCeased != "", "the reason the episode ceased (REC)")

	if !e.PeriodStart.IsZero() && !e.StartDate.IsZero() {
		started := e.ReasonNewEpisode == RNEStarted
		switch {
		case started && e.PeriodStart != e.StartDate:
			c.add("period_start", "an episode with reason S (started to be looked after) begins its period of care, so the period start (%s) must be its start date (%s)", e.PeriodStart.UK(), e.StartDate.UK())
		case !started && e.ReasonNewEpisode != "" && !e.PeriodStart.Before(e.StartDate):
			c.add("period_start", "an episode with reason %s continues a period of care, which must have started (%s) before this episode (%s)", e.ReasonNewEpisode, e.PeriodStart.UK(), e.StartDate.UK())
		}
	}
	temporary := TemporaryPlacements[e.PlacementType]
	if e.ReasonPlaceChange != "" && e.EndDate.IsZero() {
		c.add("reason_place_change", "the reason for placement change is recorded on the episode that ends when the placement ends, and this episode has not ended")
	}
	if e.ReasonPlaceChange != "" && temporary {
		c.add("reason_place_change", "no reason for placement change is recorded for a temporary placement (%s)", e.PlacementType)
	}
	switch {
	case e.PlacementType == "":
	case e.PlacementProvider == "" && !temporary && e.PlacementType != "Z1":
		c.add("placement_provider", "the placement provider (PLACE_PROVIDER) is required for placement type %s", e.PlacementType)
	case e.PlacementProvider != "" && temporary:
		c.add("placement_provider", "a temporary placement (%s) has no placement provider", e.PlacementType)
	case e.PlacementType == "P1" && e.PlacementProvider != "PR0":
		c.add("placement_provider", "a child placed with parents (P1) has provider PR0, not %s", e.PlacementProvider)
	case e.PlacementType != "P1" && e.PlacementProvider == "PR0":
		c.add("placement_provider", "provider PR0 (parents) is only for placement type P1, not %s", e.PlacementType)
	}
	if e.URN != "" && !reference.MatchString(e.URN) {
		c.add("urn", "%q is not an Ofsted unique reference number (capital letters and digits only)", e.URN)
	}
	if e.PlacementLA != "" && !reference.MatchString(e.PlacementLA) {
		c.add("placement_la", "%q is not a local authority code (capital letters and digits only)", e.PlacementLA)
	}
	if e.DistanceMiles < 0 {
		c.add("distance_miles", "a distance cannot be negative (%g)", e.DistanceMiles)
	}
	return c.err()
}

// Ceased reports whether the child ceased to be looked after at the end of this episode (it has ended with
// a reason other than X1).
func (e Episode) Ceased() bool { return !e.EndDate.IsZero() && e.ReasonCeased != RECContinues }
