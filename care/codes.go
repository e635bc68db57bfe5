package care

import "hearth/frontdoor"

// The SSDA903 code lists this package uses, each code with its meaning as the DfE's guidance on the
// children looked after return describes it. The codes are those of the 2024/25 specification
// (shared/reference/ssda903-schema-2024.yml); a code list that changes in a later year changes here, and the
// return validation says which year allows which code.

// Reason for new episode (SSDA903 Episodes.RNE).
const (
	RNEStarted                 = "S" // started to be looked after: the first episode of a period of care
	RNELegalStatus             = "L"
	RNEPlacement               = "P"
	RNEPlacementSameCarer      = "T"
	RNELegalStatusAndPlacement = "B"
	RNELegalStatusSameCarer    = "U"
)

// ReasonsNewEpisode is the SSDA903 RNE code list: why a new episode began.
var ReasonsNewEpisode = frontdoor.CodeList{
	{Code: "S", Description: "Started to be looked after"},
	{Code: "L", Description: "Change of legal status only"},
	{Code: "P", Description: "Change of placement and carer(s) only"},
	{Code: "T", Description: "Change of placement (but same carer(s)) only"},
	{Code: "B", Description: "Change of legal status and placement and carer(s) at the same time"},
	{Code: "U", Description: "Change of legal status and change of placement (but same carer(s)) at the same time"},
}

// LegalStatuses is the SSDA903 LS code list: the legal basis on which the child is looked after.
var LegalStatuses = frontdoor.CodeList{
	{Code: "C1", Description: "Interim care order (section 38 of the Children Act 1989)"},
	{Code: "C2", Description: "Full care order (section 31 of the Children Act 1989)"},
	{Code: "D1", Description: "Freeing order granted (section 18 of the Adoption Act 1976; none made since 30 December 2005)"},
	{Code: "E1", Description: "Placement order granted (section 21 of the Adoption and Children Act 2002)"},
	{Code: "V2", Description: "Single period of accommodation under section 20 of the Children Act 1989"},
	{Code: "V3", Description: "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"},
	{Code: "V4", Description: "Accommodated under an agreed series of short-term breaks, when agreements are recorded (not individual episodes of care)"},
	{Code: "L1", Description: "Under police protection and in local authority accommodation (section 46 of the Children Act 1989)"},
	{Code: "L2", Description: "Emergency protection order (section 44 of the Children Act 1989)"},
	{Code: "L3", Description: "Under a child assessment order (section 43 of the Children Act 1989) and in local authority accommodation"},
	{Code: "J1", Description: "Remanded to local authority accommodation or to youth detention accommodation"},
	{Code: "J2", Description: "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation"},
	{Code: "J3", Description: "Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement (Criminal Justice and Immigration Act 2008)"},
}

// ShortBreakStatuses are the legal statuses of children looked after only for an agreed series of short
// breaks (respite). Such periods do not count towards leaving care eligibility.
var ShortBreakStatuses = map[string]bool{"V3": true, "V4": true}

// CategoriesOfNeed is the SSDA903 CIN code list: the main reason the child needed children's services.
var CategoriesOfNeed = frontdoor.CodeList{
	{Code: "N1", Description: "Abuse or neglect"},
	{Code: "N2", Description: "Child's disability"},
	{Code: "N3", Description: "Parental illness or disability"},
	{Code: "N4", Description: "Family in acute stress"},
	{Code: "N5", Description: "Family dysfunction"},
	{Code: "N6", Description: "Socially unacceptable behaviour"},
	{Code: "N7", Description: "Low income"},
	{Code: "N8", Description: "Absent parenting"},
}

// PlacementTypes is the SSDA903 PLACE code list (as of 2024/25).
var PlacementTypes = frontdoor.CodeList{
	{Code: "A3", Description: "Placed for adoption with parental or guardian consent with current foster carer(s) (section 19 of the Adoption and Children Act 2002), or with a freeing order where consent was given (section 18(1)(a) of the Adoption Act 1976)"},
	{Code: "A4", Description: "Placed for adoption with parental or guardian consent, not with current foster carer(s) (section 19 of the Adoption and Children Act 2002), or with a freeing order where consent was given (section 18(1)(a) of the Adoption Act 1976)"},
	{Code: "A5", Description: "Placed for adoption with a placement order with current foster carer(s) (section 21 of the Adoption and Children Act 2002), or with a freeing order where consent was dispensed with (section 18(1)(b) of the Adoption Act 1976)"},
	{Code: "A6", Description: "Placed for adoption with a placement order, not with current foster carer(s) (section 21 of the Adoption and Children Act 2002), or with a freeing order where consent was dispensed with (section 18(1)(b) of the Adoption Act 1976)"},
	{Code: "H5", Description: "Semi-independent living accommodation not subject to the Children's Homes Regulations (supported accommodation, which in England must be registered with Ofsted from 28 October 2023)"},
	{Code: "K1", Description: "Secure children's home"},
	{Code: "K2", Description: "Children's home subject to the Children's Homes Regulations"},
	{Code: "P1", Description: "Placed with own parent(s) or other person(s) with parental responsibility"},
	{Code: "P2", Description: "Independent living, for example in a flat, lodgings, bedsit, bed and breakfast or with friends, with or without formal support (not for children under 16 from 28 October 2023)"},
	{Code: "P3", Description: "Residential employment"},
	{Code: "R1", Description: "Residential care home"},
	{Code: "R2", Description: "NHS or health trust, or other establishment providing medical or nursing care"},
	{Code: "R3", Description: "Family centre or mother and baby unit"},
	{Code: "R5", Description: "Young offender institution (YOI)"},
	{Code: "S1", Description: "Residential school, except where dual-registered as a school and a children's home"},
	{Code: "T0", Description: "Temporary move of any type (the general code for a temporary placement)"},
	{Code: "T1", Description: "Temporary period in hospital"},
	{Code: "T2", Description: "Temporary absence of the child on holiday"},
	{Code: "T3", Description: "Temporary accommodation while the normal foster carer(s) are on holiday"},
	{Code: "T4", Description: "Temporary accommodation of seven days or less, for any reason not covered by T1 to T3"},
	{Code: "U1", Description: "Foster placement with relative(s) or friend(s): long-term fostering"},
	{Code: "U2", Description: "Foster placement with relative(s) or friend(s) who are also approved adopters: fostering for adoption or concurrent planning"},
	{Code: "U3", Description: "Foster placement with relative(s) or friend(s): not long-term fostering, fostering for adoption or concurrent planning"},
	{Code: "U4", Description: "Foster placement with other foster carer(s): long-term fostering"},
	{Code: "U5", Description: "Foster placement with other foster carer(s) who are also approved adopters: fostering for adoption or concurrent planning"},
	{Code: "U6", Description: "Foster placement with other foster carer(s): not long-term fostering, fostering for adoption or concurrent planning"},
	{Code: "Z1", Description: "Other placement (each one listed on a schedule sent to the DfE with the return)"},
}

// TemporaryPlacements are the placement types of a temporary move (T0 to T4). A temporary placement has
// no placement provider and no reason for placement change.
var TemporaryPlacements = map[string]bool{"T0": true, "T1": true, "T2": true, "T3": true, "T4": true}

// AdoptionPlacements are the placement types of a child placed for adoption (A3 to A6).
var AdoptionPlacements = map[string]bool{"A3": true, "A4": true, "A5": true, "A6": true}

// FosteringForAdoptionPlacements are the placement types of fostering for adoption or concurrent planning
// (U2, U5), from which Annex A List 10 takes the date the child was placed in such a placement.
var FosteringForAdoptionPlacements = map[string]bool{"U2": true, "U5": true}

// PlacementProviders is the SSDA903 PLACE_PROVIDER code list: who provides the placement.
var PlacementProviders = frontdoor.CodeList{
	{Code: "PR0", Description: "Parent(s) or other person(s) with parental responsibility"},
	{Code: "PR1", Description: "Own provision (by the local authority), including a regional adoption agency hosted by the child's responsible authority"},
	{Code: "PR2", Description: "Other local authority provision, including a regional adoption agency hosted by another local authority"},
	{Code: "PR3", Description: "Other public provision (for example an NHS trust)"},
	{Code: "PR4", Description: "Private provision"},
	{Code: "PR5", Description: "Voluntary or third sector provision"},
}

// Reason episode ceased (SSDA903 Episodes.REC).
const (
	RECContinues = "X1" // the episode ended but the child is still looked after: a new episode began the same day
	RECDied      = "E2"
	RECOtherLA   = "E3"
	RECAgeOver18 = "E15"
)

// ReasonsCeased is the SSDA903 REC code list: why an episode ended. Every code except X1 means the child
// ceased to be looked after.
var ReasonsCeased = frontdoor.CodeList{
	{Code: "X1", Description: "Episode ceases and a new episode begins on the same day, for any reason (the child is still looked after)"},
	{Code: "E11", Description: "Adopted: application for an adoption order unopposed"},
	{Code: "E12", Description: "Adopted: consent dispensed with by the court"},
	{Code: "E2", Description: "Died"},
	{Code: "E3", Description: "Care taken over by another local authority in the UK"},
	{Code: "E4A", Description: "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process (not under a special guardianship order or child arrangements order)"},
	{Code: "E4B", Description: "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process (not under a special guardianship order or child arrangements order)"},
	{Code: "E13", Description: "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"},
	{Code: "E41", Description: "Residence order, or (from 22 April 2014) a child arrangements order setting out with whom the child is to live, granted"},
	{Code: "E45", Description: "Special guardianship order made to former foster carer(s) who are relative(s) or friend(s)"},
	{Code: "E46", Description: "Special guardianship order made to former foster carer(s) other than relative(s) or friend(s)"},
	{Code: "E47", Description: "Special guardianship order made to carer(s) other than former foster carer(s), who are relative(s) or friend(s)"},
	{Code: "E48", Description: "Special guardianship order made to carer(s) other than former foster carer(s), other than relative(s) or friend(s)"},
	{Code: "E5", Description: "Moved into independent living with formal advice or support (such as most hostels, foyers, staying close and care leavers' projects)"},
	{Code: "E6", Description: "Moved into independent living with no formal advice or support (such as a bedsit, own flat or living with friends)"},
	{Code: "E7", Description: "Transferred to residential care funded by adult social care services"},
	{Code: "E9", Description: "Sentenced to custody"},
	{Code: "E14", Description: "Accommodation on remand ended"},
	{Code: "E15", Description: "Age assessment determined the child is aged 18 or over and E5, E6 and E7 do not apply (such as an unaccompanied asylum-seeking child whose age was disputed)"},
	{Code: "E16", Description: "Child moved abroad"},
	{Code: "E17", Description: "Aged 18 or over and remained with current carers (including staying put arrangements)"},
	{Code: "E8", Description: "Period of being looked after ceased for any other reason (where none of the other reasons apply)"},
}

// AdoptedReasons are the reasons ceased that mean the child was adopted (E11, E12): the episode's end date is
// the date of the adoption order.
var AdoptedReasons = map[string]bool{"E11": true, "E12": true}

// SpecialGuardianshipReasons are the reasons ceased that mean a special guardianship order was made (E45 to
// E48). A young person who was looked after immediately before such an order is a qualifying care leaver
// from 16 to 21.
var SpecialGuardianshipReasons = map[string]bool{"E45": true, "E46": true, "E47": true, "E48": true}

// ReasonsPlaceChange is the SSDA903 REASON_PLACE_CHANGE code list: why a placement ended. It is recorded on
// the episode that ends when the placement ends.
var ReasonsPlaceChange = frontdoor.CodeList{
	{Code: "CARPL", Description: "Change to, or implementation of, the care plan"},
	{Code: "CLOSE", Description: "Resignation of the carer(s) or closure of the provision"},
	{Code: "ALLEG", Description: "Allegation (section 47 enquiry)"},
	{Code: "STAND", Description: "Standards of care concern"},
	{Code: "APPRR", Description: "Approval of the carer(s) removed"},
	{Code: "CREQB", Description: "Carer(s) requested the placement end because of the child's behaviour"},
	{Code: "CREQO", Description: "Carer(s) requested the placement end for a reason other than the child's behaviour"},
	{Code: "CHILD", Description: "Child requested the placement end"},
	{Code: "LAREQ", Description: "Responsible or area local authority requested the placement end"},
	{Code: "PLACE", Description: "Change in the status of the placement only"},
	{Code: "CUSTOD", Description: "Custody arrangement"},
	{Code: "OTHER", Description: "Other"},
}

// PlacementLocations are the values of the SSDA903 derived item PL_LOCATION and the Annex A List 8
// placement location: whether the placement is inside the responsible authority's own area.
var PlacementLocations = frontdoor.CodeList{
	{Code: "IN", Description: "Inside the local authority's boundary"},
	{Code: "OUT", Description: "Outside the local authority's boundary"},
}

// ReviewParticipation is the SSDA903 REVIEW_CODE code list: how the child took part in their review.
var ReviewParticipation = frontdoor.CodeList{
	{Code: "PN0", Description: "Child aged under 4 at the time of the review"},
	{Code: "PN1", Description: "Child physically attends and speaks for themselves"},
	{Code: "PN2", Description: "Child physically attends and an advocate or the independent reviewing officer speaks on their behalf"},
	{Code: "PN3", Description: "Child attends and conveys their views symbolically (non-verbally)"},
	{Code: "PN4", Description: "Child physically attends but does not speak for themselves, convey their views symbolically or ask an advocate to speak for them"},
	{Code: "PN5", Description: "Child does not attend physically but briefs an advocate or the independent reviewing officer to speak for them (by text, in writing, by phone, audio or video)"},
	{Code: "PN6", Description: "Child does not attend but conveys their feelings to the review by a facilitative medium (text to the chair, in writing, by phone, audio or video)"},
	{Code: "PN7", Description: "Child does not attend, nor are their views conveyed to the review"},
}

// PermanencePlans is the Annex A List 8 code list for "What is the permanence plan for this child?", with
// the letter Annex A gives each.
var PermanencePlans = frontdoor.CodeList{
	{Code: "return_to_family", Description: "a) Return to family"},
	{Code: "adoption", Description: "b) Adoption"},
	{Code: "sgo_cao", Description: "c) Special guardianship order or child arrangements order"},
	{Code: "supported_living", Description: "d) Supported living in the community"},
	{Code: "long_term_residential", Description: "e) Long-term residential placement"},
	{Code: "long_term_fostering", Description: "f) Long-term fostering"},
	{Code: "other", Description: "g) Other"},
}

// SDQReasons is the SSDA903 SDQ_REASON code list: why no Strengths and Difficulties Questionnaire score is
// given.
var SDQReasons = frontdoor.CodeList{
	{Code: "SDQ1", Description: "No form returned as the child was aged under 4 or over 16 at the date of the latest assessment"},
	{Code: "SDQ2", Description: "Carer(s) refused to complete and return the questionnaire"},
	{Code: "SDQ3", Description: "Not possible to complete the questionnaire because of the severity of the child's disability"},
	{Code: "SDQ4", Description: "Other"},
	{Code: "SDQ5", Description: "Child or young person refuses to allow an SDQ to be completed"},
}

// PreviousPermanenceOptions is the SSDA903 PREV_PERM code list: the permanence option the child had before
// this period of care, if any.
var PreviousPermanenceOptions = frontdoor.CodeList{
	{Code: "P1", Description: "Adoption"},
	{Code: "P2", Description: "Special guardianship order"},
	{Code: "P3", Description: "Residence order, or child arrangements order setting out with whom the child is to live"},
	{Code: "P4", Description: "Unknown (the child had a previous permanence option, but which one is not known)"},
	{Code: "Z1", Description: "Child has not previously had a permanence option"},
}

// AdopterSexes is the SSDA903 AD1 SEX_ADOPTR code list.
var AdopterSexes = frontdoor.CodeList{
	{Code: "M1", Description: "Single male adopter"},
	{Code: "F1", Description: "Single female adopter"},
	{Code: "MM", Description: "Male couple"},
	{Code: "FF", Description: "Female couple"},
	{Code: "MF", Description: "Male and female couple"},
}

// AdopterLegalStatuses is the SSDA903 AD1 LS_ADOPTR code list: the legal status of the adopter(s).
var AdopterLegalStatuses = frontdoor.CodeList{
	{Code: "L0", Description: "Single person"},
	{Code: "L11", Description: "Married couple of different sexes"},
	{Code: "L12", Description: "Married couple of the same sex"},
	{Code: "L2", Description: "Civil partners"},
	{Code: "L3", Description: "Unmarried couple of different sexes"},
	{Code: "L4", Description: "Unmarried couple of the same sex"},
}

// ReasonsPlacedCeased is the SSDA903 PlacedAdoption REASON_PLACED_CEASED code list (also Annex A List 10):
// why the child should no longer be placed for adoption.
var ReasonsPlacedCeased = frontdoor.CodeList{
	{Code: "RD1", Description: "The child's needs changed after the decision"},
	{Code: "RD2", Description: "The court did not make a placement order"},
	{Code: "RD3", Description: "Prospective adopters could not be found"},
	{Code: "RD4", Description: "Any other reason"},
}

// AdopterLeavingReasons is the Annex A List 11 code list "Reason for leaving adoption process", with the
// number Annex A gives each.
var AdopterLeavingReasons = frontdoor.CodeList{
	{Code: "withdrew", Description: "1 Adopter withdrew from the process"},
	{Code: "on_hold", Description: "2 Process put on hold"},
	{Code: "refused", Description: "3 Application refused"},
}

// CodeLists names each code list this package uses by the name its columns give in their codes tag.
var CodeLists = map[string]frontdoor.CodeList{
	"reason_new_episode":     ReasonsNewEpisode,
	"legal_status":           LegalStatuses,
	"category_of_need":       CategoriesOfNeed,
	"placement_type":         PlacementTypes,
	"placement_provider":     PlacementProviders,
	"placement_location":     PlacementLocations,
	"reason_ceased":          ReasonsCeased,
	"reason_place_change":    ReasonsPlaceChange,
	"review_participation":   ReviewParticipation,
	"permanence_plan":        PermanencePlans,
	"immigration_status":     ImmigrationStatuses,
	"health_check":           HealthKinds,
	"health_outcome":         HealthOutcomes,
	"sdq_reason":             SDQReasons,
	"conviction_kind":        ConvictionKinds,
	"reason_placed_ceased":   ReasonsPlacedCeased,
	"adopter_sex":            AdopterSexes,
	"adopter_legal_status":   AdopterLegalStatuses,
	"adopter_leaving_reason": AdopterLeavingReasons,
	"previous_permanence":    PreviousPermanenceOptions,
	"date_precision":         DatePrecisions,
	"pep_attendee":           PEPAttendees,
	"pep_target_status":      PEPTargetStatuses,
	// Staying put, private fostering and homeless 16 and 17 year olds (migration 00014).
	"staying_put_carer_type":       StayingPutCarerTypes,
	"staying_put_end_reason":       StayingPutEndReasons,
	"private_fostering_end_reason": PrivateFosteringEndReasons,
	"homeless_presented_to":        HomelessPresentedTo,
	"homeless_outcome":             HomelessOutcomes,
}
