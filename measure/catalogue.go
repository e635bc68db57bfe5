package measure

// The England figures below were read from the DfE's "Children in need" statistics on Explore Education
// Statistics (explore-education-statistics.service.gov.uk), national rows of the named tables. Where the
// DfE publishes no comparable figure, or the figure could not be verified, England is nil: a blank is
// better than a number nobody can trace.
const (
	cin2025 = "DfE, Children in need, reporting year 2025"
	cin2023 = "DfE, Children in need, reporting year 2023"
)

// catalogue is every measure, in the order they are shown: the front door, assessment, protection,
// plans, allocation.
var catalogue = []*Measure{
	{
		ID:    "contacts-decided-1wd",
		Title: "Contacts decided within 1 working day",
		Definition: "Of the contacts whose decision fell due in the period (one working day after the day in England " +
			"the contact arrived, under Working Together 2023), the share decided by then. A contact still " +
			"undecided when its decision was due counts as late.",
		Numerator:   "contacts decided on or before the working day after they arrived",
		Denominator: "contacts whose decision was due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "contact decision",
		compute: timely(func(d *Data) *timed { return &d.contacts }),
	},
	{
		ID:    "contacts-to-referral",
		Title: "Contacts that became referrals",
		Definition: "Of the contacts decided in the period, the share whose decision was a referral to children's " +
			"social care (for assessment, or with an immediate strategy discussion). Too low may mean the " +
			"threshold is misread; too high, that the front door is passing on what early help could meet.",
		Numerator:   "contacts decided as a referral",
		Denominator: "contacts decided in the period",
		Better:      Neither, Unit: Percent, Kind: Flow,
		compute: contactsToReferral,
	},
	{
		ID:    "referrals-rate",
		Title: "Referrals per 10,000 children",
		Definition: "Referrals to children's social care in the period (every referral counts, including those " +
			"closed with no further action, as the CIN census counts them), per 10,000 children aged 0 to 17 " +
			"living in the area.",
		Numerator:   "referrals with a referral date in the period",
		Denominator: "the child population aged 0 to 17 (the organisation's setting, from the ONS estimates)",
		Better:      Neither, Unit: PerTenThousand, Kind: Flow,
		compute: referralRate,
	},
	{
		ID:    "re-referrals-12m",
		Title: "Re-referrals within 12 months",
		Definition: "Of the referrals in the period, the share about a child who had been referred within the 12 " +
			"months before (on an earlier day, on or after the same date a year before), as the CIN census " +
			"defines a re-referral.",
		Numerator:   "referrals within 12 months of a previous referral of the same child",
		Denominator: "referrals with a referral date in the period",
		Better:      Lower, Unit: Percent, Kind: Flow,
		England: &England{Value: 22.6, Year: 2025, Source: cin2025 + ", table C1 (referrals and re-referrals)"},
		compute: reReferrals,
	},
	{
		ID:    "mash-checks-in-time",
		Title: "Partner agency checks answered in time",
		Definition: "Of the multi-agency safeguarding hub's requests to partner agencies whose answer fell due in " +
			"the period (the due time set by the request's RAG rating under the local MASH protocol), the share " +
			"answered by then, for all agencies and for each: an agency with no requests at all shows as a row " +
			"with none, so a missing partner is seen.",
		Numerator:   "requests answered on or before their due time",
		Denominator: "requests whose answer was due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Breakdown: "agency",
		compute: mashInTime,
	},
	{
		ID:    "assessments-45wd",
		Title: "Assessments completed within 45 working days",
		Definition: "Of the child and family assessments authorised in the period, the share authorised within 45 " +
			"working days of the referral (Working Together 2023), with the median and 90th percentile of the " +
			"working days they took.",
		Numerator:   "assessments authorised within 45 working days of the referral",
		Denominator: "assessments authorised in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "assessment",
		England: &England{Value: 85.7, Year: 2025, Source: cin2025 + ", table C2 (completed assessments by duration)",
			Note: "Worked out from the published counts: 555,820 of the 648,830 assessments completed took 45 working days or fewer. The published median was 33 working days."},
		compute: timely(func(d *Data) *timed { return &d.assessments }),
	},
	{
		ID:    "assessments-child-seen",
		Title: "Assessments where the child was seen",
		Definition: "Of the assessments authorised in the period, the share that record the child was seen. " +
			"An assessment that does not record it counts as not seen.",
		Numerator:   "assessments recording that the child was seen",
		Denominator: "assessments authorised in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: assessmentsSeen(false),
	},
	{
		ID:    "assessments-seen-alone",
		Title: "Assessments where the child was seen alone",
		Definition: "Of the assessments authorised in the period, the share that record the child was seen alone. " +
			"Babies and young children are included, so the organisation's target should allow for them.",
		Numerator:   "assessments recording that the child was seen alone",
		Denominator: "assessments authorised in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: assessmentsSeen(true),
	},
	{
		ID:    "s47-rate",
		Title: "Section 47 enquiries per 10,000 children",
		Definition: "Section 47 enquiries started in the period, per 10,000 children aged 0 to 17 living in the " +
			"area, as the CIN census counts them (each enquiry, so a child with two counts twice).",
		Numerator:   "section 47 enquiries with a start date in the period",
		Denominator: "the child population aged 0 to 17 (the organisation's setting, from the ONS estimates)",
		Better:      Neither, Unit: PerTenThousand, Kind: Flow,
		England: &England{Value: 191.6, Year: 2023, Source: cin2023 + ", table C4 (section 47 enquiries and initial child protection conferences)",
			Note: "The latest rate that could be checked; table C4 for 2025 gives the count (230,590 enquiries) but not the rate."},
		compute: s47Rate,
	},
	{
		ID:    "s47-gp-information",
		Title: "Section 47 enquiries with the GP's information",
		Definition: "Of the section 47 enquiries concluded in the period, the share that record the child's GP " +
			"was asked and what they know is in the enquiry.",
		Numerator:   "concluded enquiries recording the GP's information obtained",
		Denominator: "section 47 enquiries concluded in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: s47Concluded(false),
	},
	{
		ID:    "s47-household-considered",
		Title: "Section 47 enquiries that considered every household member",
		Definition: "Of the section 47 enquiries concluded in the period, the share in which every person who " +
			"lived in the child's household during the enquiry is recorded as considered, and no member the " +
			"enquiry found was left unconsidered. An enquiry that records no household member counts as not " +
			"having considered them.",
		Numerator:   "concluded enquiries that considered every household member",
		Denominator: "section 47 enquiries concluded in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: s47Concluded(true),
	},
	{
		ID:    "strategy-police-health",
		Title: "Strategy discussions with police and health",
		Definition: "Of the strategy discussions held in the period, the share in which both the police and health " +
			"(a health service or the child's GP) took part, as Working Together 2023 expects.",
		Numerator:   "strategy discussions with the police and health taking part",
		Denominator: "strategy discussions held in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: strategyPoliceHealth,
	},
	{
		ID:    "icpc-15wd",
		Title: "Initial child protection conferences within 15 working days",
		Definition: "Of the initial child protection conferences held in the period after a section 47 enquiry " +
			"(transfer-in conferences have no such clock and are left out), the share held within 15 working " +
			"days of the strategy discussion that started the enquiry (Working Together 2023; the enquiry's " +
			"start date where no discussion is recorded), with the spread of working days taken.",
		Numerator:   "initial conferences held within 15 working days of the strategy discussion",
		Denominator: "initial conferences held in the period after a section 47 enquiry",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "initial child protection conference",
		England: &England{Value: 81.4, Year: 2025, Source: cin2025 + ", table C4 (section 47 enquiries and initial child protection conferences)",
			Note: "Worked out from the published counts: 58,670 of the 72,090 initial conferences with a duration were held within 15 working days. The DfE counts from the start of the section 47 enquiry, which is usually the day of the strategy discussion."},
		compute: timely(func(d *Data) *timed { return &d.icpc }),
	},
	{
		ID:    "cp-plans-rate",
		Title: "Children on a child protection plan per 10,000 children",
		Definition: "Children who were the subject of a child protection plan of this organisation at the end of " +
			"the period's last day (a point-in-time count, as the CIN census counts plans at 31 March), per " +
			"10,000 children aged 0 to 17 living in the area.",
		Numerator:   "children on a child protection plan at the end of the day",
		Denominator: "the child population aged 0 to 17 (the organisation's setting, from the ONS estimates)",
		Better:      Neither, Unit: PerTenThousand, Kind: Stock,
		compute: cpPlanRate,
	},
	{
		ID:    "cp-reviews-on-time",
		Title: "Child protection reviews on time",
		Definition: "Of the review child protection conferences that fell due in the period (the first 3 months " +
			"after the initial conference, each later one 6 months after the review before, while the plan " +
			"lasts), the share held by their due date. A review not held counts as late.",
		Numerator:   "review conferences held on or before their due date",
		Denominator: "review conferences due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "review child protection conference",
		compute: timely(func(d *Data) *timed { return &d.reviews }),
	},
	{
		ID:    "cp-visits-on-time",
		Title: "Child protection visits on time",
		Definition: "Of the child protection visits that fell due in the period (the first within the local " +
			"interval of the initial conference, each later one within the interval of the visit before, while " +
			"the plan lasts), the share made on time with the child seen. A visit at which the child was not " +
			"seen does not count as a visit.",
		Numerator:   "visits due in the period made on or before their due date, with the child seen",
		Denominator: "child protection visits due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "child protection visit",
		compute: timely(func(d *Data) *timed { return &d.visits }),
	},
	{
		ID:    "cp-second-plans",
		Title: "Second or later child protection plans",
		Definition: "Of the child protection plans that started in the period, the share for a child who had been " +
			"the subject of a plan before, here or in another authority, however long ago (CIN census " +
			"NumberOfPreviousCPP).",
		Numerator:   "plans started for a child who had an earlier plan",
		Denominator: "child protection plans started in the period",
		Better:      Lower, Unit: Percent, Kind: Flow,
		compute: secondPlans,
	},
	{
		ID:    "cp-plans-open-2y",
		Title: "Children on a plan for two years or more",
		Definition: "Of the children on a child protection plan at the end of the period's last day, the share " +
			"whose plan had lasted two years or more by then.",
		Numerator:   "children on a plan that started two years or more before",
		Denominator: "children on a child protection plan at the end of the day",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: plansOpenTwoYears,
	},
	{
		ID:    "cp-plans-ended-2y",
		Title: "Plans that ended after two years or more",
		Definition: "Of the child protection plans that ended in the period, the share that had lasted two years " +
			"or more, as the DfE counts the duration of plans ending in the year.",
		Numerator:   "plans ended in the period that lasted two years or more",
		Denominator: "child protection plans ended in the period",
		Better:      Lower, Unit: Percent, Kind: Flow,
		England: &England{Value: 4.4, Year: 2025, Source: cin2025 + ", table D7 (child protection plans ending by duration)"},
		compute: plansEndedTwoYears,
	},
	{
		ID:    "plans-measurable",
		Title: "Plans with measurable actions and a contingency",
		Definition: "Of the child in need and child protection plans open at the end of the period's last day, " +
			"the share whose written plan has at least one action, every action saying who, by when and how " +
			"success will be known, and a contingency that says what will happen if things do not improve (not " +
			"a placeholder such as \"to be agreed\"). A plan with nothing written counts against. The current " +
			"version of each plan is judged: earlier versions are kept in the record's history but not read here.",
		Numerator:   "open plans with measurable actions and a contingency",
		Denominator: "child in need and child protection plans open at the end of the day",
		Better:      Higher, Unit: Percent, Kind: Stock,
		compute: plansMeasurable,
	},
	{
		ID:    "unallocated-children",
		Title: "Unallocated children",
		Definition: "Of the children with open work on the period's last day (an open referral, a child " +
			"protection plan, an episode of care or a leaving care category), the share with no social worker " +
			"or personal adviser allocated that day: the children the team's caseload page lists as unallocated.",
		Numerator:   "children with open work and no allocated social worker or personal adviser",
		Denominator: "children with open work on the day",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: unallocated,
	},

	// Children looked after, missing and leaving care (care.go). England figures are given only where the
	// DfE's "Children looked after in England including adoptions" could be checked; the others are
	// published there (national tables of placement stability, distance, missing and care leavers), and
	// should be added with the table once read.
	{
		ID:    "cla-rate",
		Title: "Children looked after per 10,000 children",
		Definition: "Children looked after at the end of the period's last day (a child who ceased to be looked after " +
			"that day is not counted, as the SSDA903 counts 31 March), per 10,000 children aged 0 to 17 living in " +
			"the area. Children looked after only under an agreed series of short breaks (legal status V3 or V4) " +
			"are left out, as the DfE leaves them out.",
		Numerator:   "children looked after at the end of the day",
		Denominator: "the child population aged 0 to 17 (the organisation's setting, from the ONS estimates)",
		Better:      Neither, Unit: PerTenThousand, Kind: Stock,
		England: &England{Value: 70, Year: 2024, Source: cla2024 + ", headline (children looked after on 31 March: 83,630)"},
		compute: claRate,
	},
	{
		ID:    "cla-reviews-on-time",
		Title: "Looked-after reviews on time",
		Definition: "Of the statutory reviews of looked-after children that fell due in the period (the first 20 working " +
			"days after the child started to be looked after, the second 3 months after the first, each later one 6 " +
			"months after the one before, under regulation 33), the share held by their due date. A review not held " +
			"counts as late; a review due after the child left care is not counted.",
		Numerator:   "reviews held on or before their due date",
		Denominator: "looked-after reviews due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "looked-after review",
		compute: timely(func(d *Data) *timed { return &d.care.claReviews }),
	},
	{
		ID:    "cla-visits-on-time",
		Title: "Statutory visits to looked-after children on time",
		Definition: "Of the statutory visits that fell due in the period under regulation 28 (within a week of each " +
			"placement with new carers, then at most 6 weeks apart, or 3 months apart after the first year of a " +
			"long-term foster placement), the share made by their due date with the child seen. A visit at which the " +
			"child was not seen does not count as a visit.",
		Numerator:   "visits made on or before their due date, with the child seen",
		Denominator: "statutory visits due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "statutory visit to a looked-after child",
		compute: timely(func(d *Data) *timed { return &d.care.claVisits }),
	},
	{
		ID:    "cla-initial-health-on-time",
		Title: "Initial health assessments within 20 working days",
		Definition: "Of the initial health assessments that fell due in the period (20 working days after the child " +
			"started to be looked after), the share that took place by then. Assessments refused or not attended do " +
			"not count; a child who left care before it was due is not counted.",
		Numerator:   "initial health assessments that took place within 20 working days",
		Denominator: "initial health assessments due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "initial health assessment",
		compute: timely(func(d *Data) *timed { return &d.care.iha }),
	},
	{
		ID:    "cla-review-health-on-time",
		Title: "Review health assessments on time",
		Definition: "Of the review health assessments that fell due in the period (6 months after the last assessment " +
			"for a child under 5 on its day, 12 months for a child of 5 or over), the share that took place by then.",
		Numerator:   "review health assessments that took place on or before their due date",
		Denominator: "review health assessments due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "review health assessment",
		compute: timely(func(d *Data) *timed { return &d.care.rha }),
	},
	{
		ID:    "peps-in-place",
		Title: "Personal education plans in place",
		Definition: "Of the looked-after children of school age (reception to year 11) at the end of the period's last " +
			"day whose first personal education plan was due by then (20 school days, counted as working days, after " +
			"they came into care or started reception), the share with a plan made in this period of care whose next " +
			"review (by the end of the following school term) is not overdue.",
		Numerator:   "children with a current personal education plan",
		Denominator: "looked-after children of school age whose first plan was due",
		Better:      Higher, Unit: Percent, Kind: Stock, Timescale: "personal education plan",
		compute: pepsInPlace,
	},
	{
		ID:    "peps-first-on-time",
		Title: "Personal education plans within 20 school days",
		Definition: "Of the first personal education plans of a period of care that fell due in the period (20 school " +
			"days, counted as working days, after a child of school age came into care or started reception while " +
			"looked after), the share made by then.",
		Numerator:   "first plans made on or before their due date",
		Denominator: "first personal education plans due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "personal education plan",
		compute: timely(func(d *Data) *timed { return &d.care.pepFirst }),
	},
	{
		ID:    "peps-reviewed-termly",
		Title: "Personal education plans reviewed each term",
		Definition: "Of the reviews of personal education plans that fell due in the period (by the end of the school " +
			"term after the last plan, the terms being autumn to December, spring to March and summer to August), " +
			"the share held by then.",
		Numerator:   "plan reviews held by the end of the term they were due in",
		Denominator: "personal education plan reviews due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "personal education plan review",
		compute: timely(func(d *Data) *timed { return &d.care.peps }),
	},
	{
		ID:    "cla-three-placements",
		Title: "Children with three or more placements in the year",
		Definition: "Of the children looked after at the end of the period's last day, the share who had three or more " +
			"placements in the period: the placement they were in when it began, and each placement with new carers " +
			"that started in it. A change of legal status, a change of placement with the same carers (reason T or U, " +
			"such as fostering becoming long-term fostering) and a temporary placement (T0 to T4, such as carers' " +
			"holidays) with the return from it are not new placements, as the child did not move to new carers.",
		Numerator:   "children looked after with three or more placements in the period",
		Denominator: "children looked after at the end of the day",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: threePlacements,
	},
	{
		ID:    "cla-long-term-stability",
		Title: "Children in the same placement for two years",
		Definition: "Of the children under 16 looked after at the end of the period's last day who had been looked after " +
			"continuously for two and a half years or more, the share who had been in the same placement for two " +
			"years or more, or who were placed for adoption and whose adoption placement together with the placement " +
			"before it had lasted two years, as the DfE defines long-term placement stability. A placement is a time " +
			"with the same carers: a change of legal status, of placement type with the same carers, and a temporary " +
			"placement with the return from it do not end one.",
		Numerator:   "children in the same placement (or adoption placement and the one before) for two years or more",
		Denominator: "children under 16 looked after for two and a half years or more",
		Better:      Higher, Unit: Percent, Kind: Stock,
		England: &England{Value: 68, Year: 2024, Source: "DfE, Stability measures for children looked after in England, reporting year 2024, data set \"Placement stability by local authority\" (national row)",
			Note: "19,750 of the 29,000 children under 16 looked after continuously for at least 2.5 years on 31 March were living with the same carer for at least 2 years (numbers rounded to the nearest 10)."},
		compute: longTermStability,
	},
	{
		ID:    "cla-placed-out-of-area",
		Title: "Children placed outside the authority's area",
		Definition: "Of the children looked after at the end of the period's last day, the share whose placement was " +
			"outside the authority's boundary (placement location OUT).",
		Numerator:   "children placed outside the area",
		Denominator: "children looked after at the end of the day",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: placedOutOfArea,
	},
	{
		ID:    "cla-placed-over-20-miles",
		Title: "Children placed more than 20 miles from home",
		Definition: "Of the children looked after at the end of the period's last day whose placement distance is " +
			"recorded, the share placed more than 20 miles (in a straight line) from the home they lived in before. " +
			"Children with no distance (the postcodes not recorded, and unaccompanied asylum-seeking children, for " +
			"whom the SSDA903 leaves it blank) are left out.",
		Numerator:   "children placed more than 20 miles from home",
		Denominator: "children looked after at the end of the day with a placement distance",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: placedOver20Miles,
	},
	{
		ID:    "missing-interview-offered-72h",
		Title: "Return home interviews offered within 72 hours",
		Definition: "Of the missing episodes (and absences from placement) whose 72 hours after the child's return ran " +
			"out in the period, the share in which a return home interview was offered within those 72 hours, " +
			"whether or not the child was looked after.",
		Numerator:   "episodes with an interview offered within 72 hours of the return",
		Denominator: "missing episodes whose 72 hours ran out in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "return home interview",
		compute: returnInterviews(false),
	},
	{
		ID:    "missing-interview-held-72h",
		Title: "Return home interviews held within 72 hours",
		Definition: "Of the missing episodes whose 72 hours after the child's return ran out in the period, the share " +
			"in which the return home interview was held within those 72 hours. Episodes whose interview the child " +
			"declined count as not held.",
		Numerator:   "episodes with an interview held within 72 hours of the return",
		Denominator: "missing episodes whose 72 hours ran out in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "return home interview",
		compute: returnInterviews(true),
	},
	leaverMeasure("care-leavers-in-touch-17-18", "Care leavers aged 17 and 18 in touch", 17, 18, "in touch",
		"the authority was in touch with them (IN_TOUCH YES)", inTouch, Higher),
	leaverMeasure("care-leavers-in-touch-19-21", "Care leavers aged 19 to 21 in touch", 19, 21, "in touch",
		"the authority was in touch with them (IN_TOUCH YES)", inTouch, Higher),
	leaverMeasure("care-leavers-eet-17-18", "Care leavers aged 17 and 18 in education, employment or training", 17, 18,
		"in education, employment or training", "their main activity was education, an apprenticeship, training or employment (ACTIV F1 to P5)", inEET, Higher),
	leaverMeasure("care-leavers-eet-19-21", "Care leavers aged 19 to 21 in education, employment or training", 19, 21,
		"in education, employment or training", "their main activity was education, an apprenticeship, training or employment (ACTIV F1 to P5)", inEET, Higher),
	leaverMeasure("care-leavers-suitable-17-18", "Care leavers aged 17 and 18 in suitable accommodation", 17, 18,
		"in suitable accommodation", "their accommodation was recorded as suitable (ACCOM ending 1), bed and breakfast never counting as suitable", suitable, Higher),
	leaverMeasure("care-leavers-suitable-19-21", "Care leavers aged 19 to 21 in suitable accommodation", 19, 21,
		"in suitable accommodation", "their accommodation was recorded as suitable (ACCOM ending 1), bed and breakfast never counting as suitable", suitable, Higher),
	leaverMeasure("care-leavers-bed-and-breakfast", "Care leavers in bed and breakfast", 17, 21,
		"in bed and breakfast", "they were living in bed and breakfast (ACCOM W1 or W2): the target is none", inBandB, Lower),
	{
		ID:    "care-leavers-contact-on-time",
		Title: "Care leavers seen within the contact standard",
		Definition: "Of the contacts between care leavers and their personal advisers that fell due in the period under " +
			"the local standard (by default within 6 weeks of the last, from the day the young person became an " +
			"eligible or relevant child, until their 21st birthday or until they say they no longer want the service), " +
			"the share that happened by then.",
		Numerator:   "contacts made on or before their due date",
		Denominator: "personal adviser contacts due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "contact with the personal adviser",
		compute: timely(func(d *Data) *timed { return &d.care.paContacts }),
	},
	{
		ID:    "pathway-plans-in-place",
		Title: "Care leavers with a pathway plan",
		Definition: "Of the eligible, relevant and former relevant young people under 21 at the end of the period's last " +
			"day whose pathway plan was due by then (3 months after their 16th birthday, or after they became eligible " +
			"if later), the share with a pathway plan made by that day.",
		Numerator:   "young people with a pathway plan",
		Denominator: "care leavers under 21 whose pathway plan was due",
		Better:      Higher, Unit: Percent, Kind: Stock, Timescale: "pathway plan in place",
		compute: pathwayPlansInPlace,
	},
	{
		ID:    "pathway-plan-reviews-on-time",
		Title: "Pathway plans reviewed on time",
		Definition: "Of the reviews of pathway plans that fell due in the period (6 months after the plan or its last " +
			"review, until the young person's 21st birthday), the share held by then.",
		Numerator:   "pathway plan reviews held on or before their due date",
		Denominator: "pathway plan reviews due in the period",
		Better:      Higher, Unit: Percent, Kind: Flow, Timescale: "pathway plan review",
		compute: timely(func(d *Data) *timed { return &d.care.ppReviews }),
	},
	{
		ID:    "personal-adviser-caseloads",
		Title: "Care leavers whose personal adviser holds more than 25",
		Definition: "Of the young people with a personal adviser allocated at the end of the period's last day, the " +
			"share whose adviser held more than 25 young people that day: too many to see each at the contact " +
			"standard. The drill-down lists the young people, so a manager sees whose adviser is overloaded.",
		Numerator:   "young people whose personal adviser holds more than 25",
		Denominator: "young people with a personal adviser",
		Better:      Lower, Unit: Percent, Kind: Stock,
		compute: adviserCaseloads,
	},
	{
		ID:    "staying-put",
		Title: "Young people staying put at 18",
		Definition: "Of the young people who ceased to be looked after on their 18th birthday in the period while in a " +
			"foster placement, the share who stayed on with their carers under a staying put arrangement (reason " +
			"ceased E17).",
		Numerator:   "young people who stayed put with their foster carers",
		Denominator: "young people who left foster care on their 18th birthday in the period",
		Better:      Higher, Unit: Percent, Kind: Flow,
		compute: stayingPut,
	},
}

// cla2024 is the DfE's "Children looked after in England including adoptions", reporting year 2024.
const cla2024 = "DfE, Children looked after in England including adoptions, reporting year 2024"

// leaverMeasure defines one of the SSDA903 OC3 measures of care leavers: of the care leavers (eligible,
// relevant or former relevant young people who were not looked after on the day) whose birthday from lo
// to hi years fell in the period, the share for whom in holds on the status that counts for the birthday.
func leaverMeasure(id, title string, lo, hi int, what, holds string, in func(birthdayItem) bool, better Better) *Measure {
	return &Measure{
		ID: id, Title: title,
		Definition: "Of the care leavers (young people who were eligible, relevant or former relevant children) whose " +
			ordinal(lo) + " to " + ordinal(hi) + " birthday fell in the period and who were not looked after on it, the " +
			"share recorded as " + what + " around the birthday, as the SSDA903 OC3 return asks: from the latest " +
			"status recorded from three months before the birthday to one month after it, " + holds + ". A young person " +
			"with no status in that window was not in touch and counts against; those who had died are left out.",
		Numerator:   "care leavers " + what + " around the birthday",
		Denominator: "care leavers whose birthday fell in the period",
		Better:      better, Unit: Percent, Kind: Flow,
		compute: atBirthdays(lo, hi, in),
	}
}

func ordinal(n int) string {
	switch n {
	case 17:
		return "17th"
	case 18:
		return "18th"
	case 19:
		return "19th"
	}
	return "21st"
}
