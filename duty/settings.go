package duty

import (
	"maps"
	"slices"
	"sync"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/frontdoor"
)

// defaults are the duties of the pathway as timescales.md sets them, in the order of a child's journey.
// They are the only place these timescales are written down.
var defaults = []Definition{
	{ID: ContactDecision, Title: "Decision on the contact",
		Starts: "the contact received at the front door",
		Basis:  "Working Together to Safeguard Children 2023, chapter 2", Amount: 1, Unit: WorkingDays, Regulation: true},
	{ID: MASHCheckRed, Title: "Partner agency check (red)",
		Starts: "the request sent to the partner agency with a red rating",
		Basis:  "The local MASH protocol", Amount: 4, Unit: Hours},
	{ID: MASHCheckAmber, Title: "Partner agency check (amber)",
		Starts: "the request sent to the partner agency with an amber rating",
		Basis:  "The local MASH protocol", Amount: 24, Unit: WorkingHours},
	{ID: MASHCheckGreen, Title: "Partner agency check (green)",
		Starts: "the request sent to the partner agency with a green rating",
		Basis:  "The local MASH protocol", Amount: 72, Unit: WorkingHours},
	{ID: StrategyDiscussion, Title: "Strategy discussion",
		Starts: "the decision that there may be significant harm: a contact decided for a strategy discussion, or an assessment concluding that one is needed",
		Basis:  "Local procedures (Working Together 2023 sets no national timescale)", Amount: 1, Unit: WorkingDays},
	{ID: Assessment, Title: "Child and family assessment completed and authorised",
		Starts: "the referral date",
		Basis:  "Working Together to Safeguard Children 2023", Amount: 45, Unit: WorkingDays, Regulation: true},
	{ID: ICPC, Title: "Initial child protection conference",
		Starts: "the strategy discussion that started the section 47 enquiry (the latest if several)",
		Basis:  "Working Together to Safeguard Children 2023", Amount: 15, Unit: WorkingDays, Regulation: true},
	{ID: FirstCoreGroup, Title: "First core group meeting",
		Starts: "the initial child protection conference that made the plan",
		Basis:  "Working Together 2023 flowchart; local procedures", Amount: 10, Unit: WorkingDays},
	{ID: CoreGroup, Title: "Core group meeting",
		Starts: "the previous core group meeting of the plan",
		Basis:  "Local procedures", Amount: 6, Unit: Weeks},
	{ID: FirstReviewConference, Title: "First review child protection conference",
		Starts: "the initial child protection conference that made the plan",
		Basis:  "Working Together to Safeguard Children 2023", Amount: 3, Unit: Months, Regulation: true},
	{ID: ReviewConference, Title: "Review child protection conference",
		Starts: "the previous review conference of the plan",
		Basis:  "Working Together to Safeguard Children 2023", Amount: 6, Unit: Months, Regulation: true},
	{ID: CPVisit, Title: "Child protection visit",
		Starts: "the previous visit to the child while on the plan (the start of the plan for the first)",
		Basis:  "Local procedures", Amount: 10, Unit: WorkingDays},

	// Children looked after (care.go). Children on an agreed series of short breaks (legal status V3 or
	// V4 throughout) have reviews and visits of their own under regulation 48 and none of these.
	{ID: CLAFirstReview, Title: "First looked-after review",
		Starts: "the day the child started to be looked after (the start of the period of care)",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33", Amount: 20, Unit: WorkingDays, Regulation: true},
	{ID: CLASecondReview, Title: "Second looked-after review",
		Starts: "the first review of the period of care",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33", Amount: 3, Unit: Months, Regulation: true},
	{ID: CLAReview, Title: "Looked-after review",
		Starts: "the previous review of the period of care",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33", Amount: 6, Unit: Months, Regulation: true},
	{ID: CLAFirstVisit, Title: "Statutory visit after a new placement",
		Starts: "the start of a placement with new carers (a return to the same carers after a temporary placement is not a new placement)",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28", Amount: 1, Unit: Weeks, Regulation: true},
	{ID: CLAVisit, Title: "Statutory visit to a looked-after child",
		Starts: "the previous visit at which the child was seen, in the first year of the placement or when it is not intended to last until the child is 18",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28", Amount: 6, Unit: Weeks, Regulation: true},
	{ID: CLAVisitLongTerm, Title: "Statutory visit to a looked-after child in a long-term placement",
		Starts: "the previous visit at which the child was seen, made after the first year of a long-term foster placement (U1 or U4), which is intended to last until the child is 18",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28", Amount: 3, Unit: Months, Regulation: true},
	{ID: CLAVisitWeekly, Title: "Statutory visit to a child placed with parents",
		Starts: "the previous visit at which the child was seen, while placed with parents (P1) before the first review",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28", Amount: 1, Unit: Weeks, Regulation: true},
	{ID: CLAVisitAtHome, Title: "Statutory visit to a child at home under an interim care order",
		Starts: "the previous visit at which the child was seen, while placed with parents (P1) under an interim care order (C1) after the first review",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28", Amount: 4, Unit: Weeks, Regulation: true},
	{ID: InitialHealth, Title: "Initial health assessment",
		Starts: "the day the child started to be looked after",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 7; Promoting the health and well-being of looked-after children, statutory guidance 2015", Amount: 20, Unit: WorkingDays, Regulation: true},
	{ID: ReviewHealthUnder5, Title: "Review health assessment (under 5)",
		Starts: "the previous health assessment completed, when the child was under 5 on its day",
		Basis:  "Promoting the health and well-being of looked-after children, statutory guidance 2015", Amount: 6, Unit: Months, Regulation: true},
	{ID: ReviewHealth, Title: "Review health assessment",
		Starts: "the previous health assessment completed, when the child was 5 or over on its day",
		Basis:  "Promoting the health and well-being of looked-after children, statutory guidance 2015", Amount: 12, Unit: Months, Regulation: true},
	{ID: SDQ, Title: "Strengths and Difficulties Questionnaire",
		Starts: "a year after a child aged 4 to 16 started to be looked after (or after their 4th birthday), then the previous questionnaire",
		Basis:  "Promoting the health and well-being of looked-after children, statutory guidance 2015; reported in the SSDA903", Amount: 12, Unit: Months, Regulation: true},
	{ID: PEP, Title: "Personal education plan",
		Starts: "the day a child of school age (reception to year 11) started to be looked after",
		Basis: "Promoting the education of looked-after children, DfE statutory guidance 2018: 20 school days, counted here as working days " +
			"because Hearth does not hold each school's term dates (10 working days is the local choice for an emergency placement)",
		Amount: 20, Unit: WorkingDays},
	{ID: PEPReview, Title: "Personal education plan review",
		Starts: "the previous personal education plan meeting of a child of school age: the next is due by the end of the following school term",
		Basis:  "Promoting the education of looked-after children, DfE statutory guidance 2018", Amount: 1, Unit: Terms},

	// Children who go missing (missing.go), looked after or not.
	{ID: ReturnInterview, Title: "Return home interview",
		Starts: "the moment the child returned or was found after a missing episode (or an absence from placement)",
		Basis:  "Statutory guidance on children who run away or go missing from home or care, DfE 2014", Amount: 72, Unit: Hours, Regulation: true},

	// Young people leaving care (leaving.go).
	{ID: NeedsAssessment, Title: "Leaving care needs assessment",
		Starts: "the 16th birthday of an eligible child, or the day they became eligible after it",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 42", Amount: 3, Unit: Months, Regulation: true},
	{ID: PathwayPlan, Title: "Pathway plan in place",
		Starts: "the 16th birthday of an eligible child (due by 16 and 3 months), or the day they became eligible after it",
		Basis:  "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 42", Amount: 3, Unit: Months, Regulation: true},
	{ID: PathwayPlanReview, Title: "Pathway plan review",
		Starts: "the pathway plan, then its previous review",
		Basis:  "Care Leavers (England) Regulations 2010", Amount: 6, Unit: Months, Regulation: true},
	{ID: PersonalAdviserContact, Title: "Contact with the personal adviser",
		Starts: "the day the young person became an eligible or relevant child, then the previous contact, until their 21st birthday",
		Basis:  "Local standard of the leaving care service (as in Slough's)", Amount: 6, Unit: Weeks},
	{ID: AccommodationVisit, Title: "Personal adviser's visit to the accommodation",
		Starts: "the start of accommodation of a relevant child (a new accommodation recorded in the care leaver's status), then the previous visit in person",
		Basis:  "Care Leavers (England) Regulations 2010, regulation 8: within 7 days, then at most 2 months apart", Amount: 7, Unit: Days, Regulation: true},
	{ID: AccommodationVisitLater, Title: "Personal adviser's visit to the accommodation (later visits)",
		Starts: "the previous visit in person to a relevant child in accommodation",
		Basis:  "Care Leavers (England) Regulations 2010, regulation 8", Amount: 2, Unit: Months, Regulation: true},
}

// DefaultDueSoon is how many working days before its due date an item counts as due soon, unless the
// organisation sets another number.
const DefaultDueSoon = 2

// Settings are the duties as an organisation has set them: the defaults with any local overrides. The
// zero Settings is not useful; start from Defaults. A Settings value may be copied and shared between
// goroutines: Override changes only the copy it is called on.
type Settings struct {
	overrides map[ID]Definition
	dueSoon   int // 0: the default
}

// Defaults returns the national and Hearth defaults, with no local overrides.
func Defaults() Settings { return Settings{} }

// All returns every duty as set, in the order of a child's journey.
func (s Settings) All() []Definition {
	out := make([]Definition, len(defaults))
	for i, d := range defaults {
		out[i] = s.Get(d.ID)
	}
	return out
}

// Get returns the duty as set. An unknown id gives the zero Definition, whose ID is empty.
func (s Settings) Get(id ID) Definition {
	if d, ok := s.overrides[id]; ok {
		return d
	}
	if d, ok := defaultOf(id); ok {
		d.Default = true
		return d
	}
	return Definition{}
}

func defaultOf(id ID) (Definition, bool) {
	i := slices.IndexFunc(defaults, func(d Definition) bool { return d.ID == id })
	if i < 0 {
		return Definition{}, false
	}
	return defaults[i], true
}

// Override sets the duty's timescale for this organisation. It refuses an unknown duty, an amount that is
// not positive or absurdly long, an hours unit for a duty whose start is a day (only the MASH checks start
// at a moment), and, for a national timescale, anything that would ever give a later due date than the
// national one: checked for every start date the calendar knows, because "3 months" and "65 working days"
// cannot be compared in the abstract. Setting a duty back to its default timescale removes the override.
func (s *Settings) Override(id ID, amount int, unit Unit) error {
	def, ok := defaultOf(id)
	if !ok {
		return hearth.Errorf(hearth.EINVALID, "%q is not a duty", string(id))
	}
	if _, ok := unitNames[unit]; !ok {
		return hearth.Errorf(hearth.EINVALID, "%s: unknown unit %d", def.Title, int(unit))
	}
	if amount < 1 || amount > maxAmount(unit) {
		return hearth.Errorf(hearth.EINVALID, "%s: the timescale must be between 1 and %d %s", def.Title, maxAmount(unit), unit)
	}
	if unit.Timed() && !startsAtMoment(id) {
		return hearth.Errorf(hearth.EINVALID, "%s starts on a day, not at a time: give its timescale in days, weeks, months or working days", def.Title)
	}
	if id == ReturnInterview && !unit.Timed() {
		return hearth.Errorf(hearth.EINVALID, "%s is counted from the moment the child came back: give its timescale in hours or working hours", def.Title)
	}
	if unit == Terms && id != PEPReview {
		return hearth.Errorf(hearth.EINVALID, "%s: only the review of a personal education plan is counted in school terms", def.Title)
	}
	next := def
	next.Amount, next.Unit = amount, unit
	if def.Regulation && !stricterThanNational(next, def) {
		return hearth.Errorf(hearth.EINVALID, "%s is set nationally at %s (%s): it may be made shorter, not longer",
			def.Title, def.Timescale(), def.Basis)
	}
	m := maps.Clone(s.overrides)
	if m == nil {
		m = map[ID]Definition{}
	}
	if amount == def.Amount && unit == def.Unit {
		delete(m, id)
	} else {
		m[id] = next
	}
	s.overrides = m
	return nil
}

// maxAmount bounds a timescale at about two years, which no duty of children's social care comes near;
// a larger number is a typing error.
func maxAmount(u Unit) int {
	switch u {
	case WorkingDays:
		return 500
	case Days:
		return 730
	case Weeks:
		return 104
	case Months:
		return 24
	case Terms:
		return 6
	}
	return 2000 // hours
}

func isMASH(id ID) bool { return id == MASHCheckRed || id == MASHCheckAmber || id == MASHCheckGreen }

// startsAtMoment reports whether a duty's clock starts at a moment rather than on a day, so that it may be
// counted in hours: the MASH checks, and the return home interview, whose 72 hours run from the child's
// return.
func startsAtMoment(id ID) bool { return isMASH(id) || id == ReturnInterview }

// stricterChecked remembers the answers of stricter for the England calendar, by duty and timescale:
// the organisation's settings are applied on every page that lists what is due, and the check walks
// every day of the calendar.
var stricterChecked sync.Map // stricterKey -> bool

type stricterKey struct {
	id     ID
	amount int
	unit   Unit
}

func stricterThanNational(next, def Definition) bool {
	key := stricterKey{next.ID, next.Amount, next.Unit}
	if ok, found := stricterChecked.Load(key); found {
		return ok.(bool)
	}
	ok := stricter(calendar.England(), next, def)
	stricterChecked.Store(key, ok)
	return ok
}

// stricter reports whether next never falls due later than def, for every start the calendar can answer
// for (its last year is left out, so that the later of the two timescales stays inside the known range).
func stricter(cal *calendar.Calendar, next, def Definition) bool {
	first := hearth.NewDate(2015, time.January, 1)
	last := hearth.NewDate(cal.KnownThrough()-1, time.January, 1)
	if next.Unit.Timed() || def.Unit.Timed() {
		return stricterAt(cal, next, def, first, last)
	}
	for d := first; d.Before(last); d = d.AddDays(1) {
		a, errA := next.DueFrom(cal, d)
		b, errB := def.DueFrom(cal, d)
		if errA != nil || errB != nil {
			if errB == nil && errA != nil {
				return false
			}
			continue
		}
		if a.After(b) {
			return false
		}
	}
	return true
}

// stricterAt is stricter for a duty whose clock starts at a moment (a return home interview): it compares
// the moments due from a few times of every day, since working hours stop at midnight.
func stricterAt(cal *calendar.Calendar, next, def Definition, first, last hearth.Date) bool {
	for d := first; d.Before(last); d = d.AddDays(1) {
		y, m, dd := d.Time().Date()
		for _, h := range []int{0, 9, 17, 23} {
			t := time.Date(y, m, dd, h, 0, 0, 0, London)
			a, errA := next.DueAt(cal, t)
			b, errB := def.DueAt(cal, t)
			if errB == nil && errA != nil {
				return false
			}
			if errA == nil && errB == nil && a.After(b) {
				return false
			}
		}
	}
	return true
}

// Reset removes the local override of a duty, so it has its default timescale again.
func (s *Settings) Reset(id ID) {
	if _, ok := s.overrides[id]; !ok {
		return
	}
	m := maps.Clone(s.overrides)
	delete(m, id)
	s.overrides = m
}

// DueSoon returns how many working days before its due date an open item counts as due soon.
func (s Settings) DueSoon() int {
	if s.dueSoon == 0 {
		return DefaultDueSoon
	}
	return s.dueSoon
}

// SetDueSoon sets how many working days before its due date an open item counts as due soon: 1 to 20.
// An item is always due soon on its due day itself.
func (s *Settings) SetDueSoon(days int) error {
	if days < 1 || days > 20 {
		return hearth.Errorf(hearth.EINVALID, "Due soon must be between 1 and 20 working days before the due date")
	}
	s.dueSoon = days
	return nil
}

// MASHCheckDuty returns the duty of a MASH request with the given RAG rating (frontdoor.RAGRatings).
func MASHCheckDuty(rag string) (ID, error) {
	switch rag {
	case frontdoor.RAGRed:
		return MASHCheckRed, nil
	case frontdoor.RAGAmber:
		return MASHCheckAmber, nil
	case frontdoor.RAGGreen:
		return MASHCheckGreen, nil
	}
	return "", hearth.Errorf(hearth.EINVALID, "%q is not a RAG rating: red, amber or green", rag)
}

// MASHCheckDueBy returns when a partner agency's answer to a MASH request is due under the local MASH
// protocol: the request's RAG rating chooses the duty, whose clock starts when the request was sent. The
// form that records a request sets mash_checks.due_by from this, and the duty engine reads that column.
// By default a red request is due 4 hours later by the clock (risk does not wait for Monday) and amber
// and green ones 24 and 72 working hours later, that is one and three working days.
func MASHCheckDueBy(s Settings, cal *calendar.Calendar, rag string, askedAt time.Time) (time.Time, error) {
	id, err := MASHCheckDuty(rag)
	if err != nil {
		return time.Time{}, err
	}
	return s.Get(id).DueAt(cal, askedAt)
}
