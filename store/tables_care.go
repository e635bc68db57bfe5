package store

import "hearth/care"

// careTables are children looked after: the SSDA903 episodes, reviews, unaccompanied asylum-seeking
// status, health, SDQs, substance misuse, convictions, previous permanence, adoption (the decision, the
// adopter households and the match), deprivation of liberty orders and personal education plans.
// Statutory visits and care plans are in the protection tables visits (kind cla, and iro for the
// independent reviewing officer's contacts) and plans (kind care). placed_for_adoption and adopters come
// before permanence, which refers to both.
var careTables = []Table{
	{Name: "cla_episodes", SSD: "ssd_cla_episodes, ssd_cla_placement, ssd_legal_status", Doc: "One SSDA903 episode of care: a stretch of time during which a looked-after child's legal status and placement stayed the same.", Row: care.Episode{}},
	{Name: "cla_reviews", SSD: "ssd_cla_reviews", Doc: "A looked-after child's statutory review, how the child took part, and the permanence plan it confirmed.", Row: care.Review{}},
	{Name: "uasc", SSD: "ssd_immigration_status", Doc: "A time during which a child was an unaccompanied asylum-seeking child, to the date that status ceased.", Row: care.UASC{}},
	{Name: "cla_health", SSD: "ssd_cla_health", Doc: "A health check of a looked-after child: health assessment, dental check, sight test or under-five check.", Row: care.HealthAssessment{}},
	{Name: "cla_immunisations", SSD: "ssd_cla_immunisations", Doc: "Whether a looked-after child's immunisations were up to date on a date.", Row: care.Immunisations{}},
	{Name: "sdq_scores", SSD: "ssd_sdq_scores", Doc: "A Strengths and Difficulties Questionnaire score of a looked-after child, or why there is none.", Row: care.SDQ{}},
	{Name: "cla_substance_misuse", SSD: "ssd_cla_substance_misuse", Doc: "A substance misuse problem identified for a looked-after child, and whether an intervention was offered and received.", Row: care.SubstanceMisuse{}},
	{Name: "cla_convictions", SSD: "ssd_cla_convictions", Doc: "A conviction, youth caution or youth conditional caution of a looked-after child.", Row: care.Conviction{}},
	{Name: "cla_previous_permanence", SSD: "ssd_cla_previous_permanence", Doc: "Whether a child starting a period of care had a previous permanence option (adoption, special guardianship, child arrangements order), where and when.", Row: care.PreviousPermanence{}},
	{Name: "placed_for_adoption", SSD: "ssd_permanence", Doc: "A decision that a child should be placed for adoption, and its reversal if it was reversed.", Row: care.PlacedForAdoption{}},
	{Name: "adopters", Doc: "A household of prospective adopters through enquiry, assessment stages, approval or leaving the process.", Row: care.Adopters{}},
	{Name: "permanence", SSD: "ssd_permanence", Doc: "What followed a decision that a child should be placed for adoption: the match, the adopters and the SSDA903 AD1 items about them.", Row: care.Adoption{}},
	{Name: "dolo", Doc: "A court order authorising the deprivation of a looked-after child's liberty.", Row: care.DeprivationOfLiberty{}},
	{Name: "peps", Doc: "A personal education plan meeting for a looked-after child, and who took part.", Row: care.PersonalEducationPlan{}},
	// Recording care in the web application (branch care, migration 00010).
	{Name: "postcode_districts", Doc: "Where a postcode district lies (its local authority, whether in the organisation's own area, its centre), from which a placement's location and distance from home are worked out.", Row: care.PostcodeDistrict{}, Since: "00010"},
	{Name: "pep_targets", Doc: "A target of a personal education plan, with the Pupil Premium Plus allocated to it and spent on it.", Row: care.PEPTarget{}, Since: "00010"},
	{Name: "school_placements", Doc: "A time a child was on the roll of a school or other education setting; a child's school moves are these rows.", Row: care.SchoolPlacement{}, Since: "00010"},
	{Name: "education_status", Doc: "What the virtual school knew of a child's education on a date: an education, health and care plan, and not in education, employment or training.", Row: care.EducationStatus{}, Since: "00010"},
	// Staying put, private fostering and homeless 16 and 17 year olds (branch care2, migration 00014).
	{Name: "staying_put", Doc: "A former relevant young person staying on with their former foster carers after 18 under a staying put arrangement, with its latest review and its end.", Row: care.StayingPut{}, Since: "00014"},
	{Name: "private_fostering", Doc: "A child privately fostered: the notification, the carer, the first visit and the assessment of the arrangement, and its end.", Row: care.PrivateFostering{}, Since: "00014"},
	{Name: "private_fostering_visits", Doc: "A visit to a privately fostered child after the first, at least every 6 weeks in the first year and 12 weeks after.", Row: care.PrivateFosteringVisit{}, Since: "00014"},
	{Name: "homeless_assessments", Doc: "A 16 or 17 year old who presented as homeless, the joint assessment of children's services and housing, and what followed.", Row: care.HomelessAssessment{}, Since: "00014"},
}
