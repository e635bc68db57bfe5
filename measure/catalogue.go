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
}
