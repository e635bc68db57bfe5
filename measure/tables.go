package measure

import (
	"strings"

	"hearth"
	"hearth/frontdoor"
	"hearth/leaving"
)

// Tables are the rows the catalogue reads, loaded once: only the columns it needs, only rows that stand
// (never those recorded in error), each as a small value with no strings where a code or a flag will do,
// so that a large authority's six years fit in a few tens of megabytes. store.LoadMeasureTables fills
// them from either engine; tests build them by hand. Dates of instants (a contact's arrival, a strategy
// discussion) are their dates in England.
type Tables struct {
	Contacts     []Contact
	MASHChecks   []MASHCheck
	Referrals    []Referral
	Assessments  []Assessment
	Strategy     []StrategyDiscussion
	S47          []S47Enquiry
	S47Household []S47Member
	Household    []HouseholdMember // household_members rows of children who had a section 47 enquiry
	CPPlans      []CPPlan
	Conferences  []Conference
	CINPlans     []CINPlan
	Plans        []PlanContent
	PlanActions  []PlanAction
	CPVisits     []Visit      // visits of kind cp, and any visit naming a child protection plan
	Allocations  []Allocation // social worker and personal adviser allocations: what makes a child allocated
	CareEpisodes []Span       // looked-after episodes
	CareLeavers  []Span       // leaving care categories
	Deaths       []Death      // children who have died

	// Children looked after, missing and leaving care (care.go).
	LookedAfter     []CareEpisode    // looked-after episodes, with their placements
	CareReviews     []Dated          // looked-after reviews held
	CareVisits      []Dated          // statutory visits (kind cla) at which the child was seen
	HealthChecks    []HealthCheck    // initial and review health assessments that took place
	PEPs            []Dated          // personal education plan meetings
	Missing         []MissingEpisode // missing episodes from which the child returned
	Leavers         []LeaverCategory // leaving care categories
	LeaverStatuses  []leaving.Status // in touch, activity and accommodation (only the columns measures read)
	LeaverContacts  []Dated          // contacts between care leavers and their personal advisers (dates in England)
	PathwayPlans    []Dated          // pathway plans made
	PathwayReviews  []Dated          // pathway plan reviews
	AdviserCaseload []Adviser        // personal adviser allocations
	Births          []Birth          // dates of birth of children looked after or leaving care
}

// Flag is a yes/no column that may be unrecorded, which a measure must tell apart from "no".
type Flag uint8

const (
	Unrecorded Flag = iota
	Yes
	No
)

// FlagOf turns a nullable boolean into a Flag.
func FlagOf(valid, v bool) Flag {
	switch {
	case !valid:
		return Unrecorded
	case v:
		return Yes
	}
	return No
}

// Contact is a contact at the front door and its decision.
type Contact struct {
	Person   hearth.ID
	Received hearth.Date // the date in England it arrived
	Decided  hearth.Date // the date in England it was decided; zero while undecided
	Referred bool        // the decision opened a referral (IsReferralDecision)
}

// IsReferralDecision reports whether a front door decision is a referral to children's social care: a
// referral for assessment, or a referral with an immediate strategy discussion.
func IsReferralDecision(code string) bool {
	return code == frontdoor.DecisionReferral || code == frontdoor.DecisionStrategyDiscussion
}

// MASHCheck is a request to a partner agency and its answer. Times are Unix seconds.
type MASHCheck struct {
	Person   hearth.ID
	Agency   int8  // the agency's place in frontdoor.Agencies (AgencyIndex)
	Due      int64 // when the answer was due
	Answered int64 // when the agency answered; 0 while outstanding
}

// AgencyIndex returns the place of an agency code in frontdoor.Agencies, or the place of "other" for a
// code that is not in the list.
func AgencyIndex(code string) int8 {
	other := int8(-1)
	for i, a := range frontdoor.Agencies {
		if a.Code == code {
			return int8(i)
		}
		if a.Code == "other" {
			other = int8(i)
		}
	}
	return other
}

// AgencySet is a set of partner agencies, one bit per place in frontdoor.Agencies.
type AgencySet uint16

// AgenciesOf returns the set of the codes (as stored: space separated).
func AgenciesOf(codes string) AgencySet {
	var s AgencySet
	for _, c := range strings.Fields(codes) {
		if i := AgencyIndex(c); i >= 0 {
			s |= 1 << uint(i)
		}
	}
	return s
}

// Has reports whether the agency code is in the set.
func (s AgencySet) Has(code string) bool {
	i := AgencyIndex(code)
	return i >= 0 && s&(1<<uint(i)) != 0
}

// Referral is a referral (a CIN episode): when it came and when the episode closed.
type Referral struct {
	ID     hearth.ID
	Person hearth.ID
	Date   hearth.Date
	Closed hearth.Date // zero while open
	NFA    bool        // closed with no further action before any assessment
}

// Assessment is a child and family assessment.
type Assessment struct {
	Person     hearth.ID
	Episode    hearth.ID // its referral (CIN episode)
	Start      hearth.Date
	Authorised hearth.Date // zero while open
	Seen       Flag
	SeenAlone  Flag
}

// StrategyDiscussion is a strategy discussion and who took part.
type StrategyDiscussion struct {
	ID       hearth.ID
	Person   hearth.ID
	Episode  hearth.ID
	Held     hearth.Date // the date in England it was held
	Agencies AgencySet
}

// S47Enquiry is a section 47 enquiry.
type S47Enquiry struct {
	ID       hearth.ID
	Person   hearth.ID
	Episode  hearth.ID
	Strategy hearth.ID // the strategy discussion that started it; 0 for imported history
	Start    hearth.Date
	End      hearth.Date // zero while open
	GP       Flag        // the GP's information was obtained
}

// S47Member says whether one household member was considered in an enquiry.
type S47Member struct {
	Enquiry    hearth.ID
	Member     hearth.ID
	Considered bool
}

// HouseholdMember is a person who lived in a child's household over a period.
type HouseholdMember struct {
	Person hearth.ID
	Member hearth.ID
	Start  hearth.Date // zero when not known: taken as always
	End    hearth.Date // zero while current
}

// CPPlan is a period on a child protection plan.
type CPPlan struct {
	ID      hearth.ID
	Person  hearth.ID
	Start   hearth.Date
	End     hearth.Date // zero while open
	OtherLA bool        // made by another authority: counted only as a previous plan
}

// Conference is an initial or review child protection conference.
type Conference struct {
	Person     hearth.ID
	Episode    hearth.ID
	Plan       hearth.ID // the plan made (initial) or reviewed (review)
	Enquiry    hearth.ID // the section 47 enquiry an initial conference followed
	Date       hearth.Date
	Initial    bool
	TransferIn bool
	EndsPlan   bool // a review that ended the plan
}

// CINPlan is a period on a child in need plan.
type CINPlan struct {
	ID     hearth.ID
	Person hearth.ID
	Start  hearth.Date
	End    hearth.Date
}

// PlanContent is what a CIN or CP plan says, reduced to what the measures ask of it.
type PlanContent struct {
	ID          hearth.ID
	CINPlan     hearth.ID
	CPPlan      hearth.ID
	Agreed      hearth.Date
	Contingency bool // the contingency says what will happen (Substantive), not a placeholder
}

// PlanAction is one action of a plan, reduced to whether it can be measured.
type PlanAction struct {
	Plan       hearth.ID
	Measurable bool // says who, by when and how success will be known (MeasurableAction)
}

// Visit is a child protection visit, or another visit that names a child protection plan.
type Visit struct {
	Person hearth.ID
	Plan   hearth.ID // the child protection plan it was made under; 0 when not named
	Date   hearth.Date
	Seen   Flag
}

// Allocation is a worker allocated to a child in a role that makes the child allocated.
type Allocation struct {
	Person hearth.ID
	Start  hearth.Date
	End    hearth.Date // zero while current
}

// Span is a child's period of something (an episode of care, a leaving care category).
type Span struct {
	Person hearth.ID
	Start  hearth.Date
	End    hearth.Date // zero while current
}

// Death is the date a child died.
type Death struct {
	Person hearth.ID
	Date   hearth.Date
}

// placeholders are contingencies and success measures in name only, as inspectors find them.
var placeholders = []string{"tba", "tbc", "to be agreed", "to be confirmed", "to be decided", "n/a", "na", "none", "see above", "as above", "ongoing"}

// Substantive reports whether a piece of plan text says something: at least minWords words and not a
// placeholder such as "To be agreed". It is deliberately simple, so that a worker can see why their plan
// counted or did not, and it is the one rule the catalogue uses.
func Substantive(text string, minWords int) bool {
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ".!")))
	for _, p := range placeholders {
		if t == p {
			return false
		}
	}
	return len(strings.Fields(t)) >= minWords
}

// ContingencyWords is the fewest words a contingency needs to say what will happen: "legal advice about
// care proceedings will be sought" is six.
const ContingencyWords = 6

// MeasurableAction reports whether an action says who will do it, by when and how success will be known
// (a success measure of at least three words, such as "attendance above 95%").
func MeasurableAction(who string, due hearth.Date, successMeasure string) bool {
	return strings.TrimSpace(who) != "" && !due.IsZero() && Substantive(successMeasure, 3)
}
