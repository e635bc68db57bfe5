package leaving

import (
	"fmt"

	"hearth"
	"hearth/care"
)

// thirteenWeeks is the time looked after since the age of 14 that makes a looked-after 16 or 17 year old an
// eligible child (Care Leavers (England) Regulations 2010, regulation 40).
const thirteenWeeks = 91

// Facts are the parts of a young person's history that the law takes into account but the episodes of
// care do not show. The zero Facts means none of them applies.
type Facts struct {
	// DetainedOrInHospitalAt16 is true when, on their 16th birthday, the young person was detained (on
	// remand or under a sentence) or in hospital, having been looked after immediately before. Such a
	// young person who was looked after for 13 weeks since 14 is a relevant child (regulation 3 of the Care
	// Leavers (England) Regulations 2010).
	DetainedOrInHospitalAt16 bool
	// HomeWithParentFrom and HomeWithParentTo bound a time the young person lived with a parent or someone
	// with parental responsibility (To is zero while it continues). Once that has lasted six months a child
	// is no longer a relevant child; if the arrangement then breaks down they are relevant again
	// (regulation 3).
	HomeWithParentFrom, HomeWithParentTo hearth.Date
}

// Determination is a leaving care category with the reason for it, in words a personal adviser and the
// young person can check.
type Determination struct {
	Category string // Eligible, Relevant, FormerRelevant, Qualifying or NotCareLeaver
	Reason   string
}

// Eligibility works out a young person's leaving care category on the day on, from their date of birth and
// their periods of care with this authority (care.Periods), when nothing outside the episodes applies. See
// EligibilityWith.
func Eligibility(birth hearth.Date, periods []care.Period, on hearth.Date) Determination {
	return EligibilityWith(birth, periods, on, Facts{})
}

// EligibilityWith works out a young person's leaving care category on the day on under the Children Act
// 1989 (as amended by the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017) and
// the Care Leavers (England) Regulations 2010:
//
//   - eligible (Schedule 2 paragraph 19B): aged 16 or 17, looked after on the day, and looked after for at
//     least 13 weeks (91 days) in all since their 14th birthday, the time running into or past their 16th
//     birthday;
//   - relevant (section 23A): aged 16 or 17, not looked after, and an eligible child when they last ceased to
//     be looked after; or detained or in hospital on their 16th birthday having been looked after for 13
//     weeks since 14 just before; but not while they have lived with a parent for six months or more;
//   - former relevant (section 23C): aged 18 to 24, and eligible or relevant on the day before their 18th
//     birthday (support runs to 21, and to 25 for those who want a personal adviser or are in education);
//   - qualifying (section 24): aged 16 to 20, no longer looked after, and either looked after immediately
//     before a special guardianship order (REC E45 to E48) or looked after at some time after their 16th
//     birthday while still a child, without being eligible or relevant.
//
// Time in a pre-planned series of short breaks (legal status V3 or V4) does not count towards eligibility
// (regulation 40). A young person whose last period of care ended because they died (E2), because another
// authority took over their care (E3; that authority owes the duties) or because an age assessment found
// them to be 18 or over (E15) is not this authority's care leaver. Days count as the SSDA903 counts them: a
// child is looked after from the start date up to, not including, the day care ceased.
func EligibilityWith(birth hearth.Date, periods []care.Period, on hearth.Date, facts Facts) Determination {
	if birth.IsZero() || on.IsZero() || on.Before(birth) {
		return Determination{NotCareLeaver, "The date of birth is not known, so the leaving care category cannot be worked out"}
	}
	h := history{birth: birth, periods: periods, facts: facts}
	age := birth.AgeOn(on)
	switch {
	case age < 16:
		return Determination{NotCareLeaver, fmt.Sprintf("Aged %d: leaving care duties start at 16", age)}
	case age >= 25:
		return Determination{NotCareLeaver, fmt.Sprintf("Aged %d: leaving care duties end at 25", age)}
	case len(periods) == 0:
		return Determination{NotCareLeaver, "Never looked after by this authority"}
	}
	if h.lookedAfterAny(on) {
		if age >= 18 {
			if d := h.formerRelevant(on); d.Category != NotCareLeaver {
				return d
			}
			return Determination{NotCareLeaver, fmt.Sprintf("Aged %d and still looked after, without having been an eligible child at 18", age)}
		}
		return h.whileLookedAfter(on)
	}
	if last, ok := h.lastEnded(on, true); ok {
		switch last.ReasonCeased {
		case care.RECDied:
			return Determination{NotCareLeaver, fmt.Sprintf("Died while looked after (%s)", last.End.UK())}
		case care.RECOtherLA:
			return Determination{NotCareLeaver, fmt.Sprintf("Care was taken over by another local authority on %s; that authority owes the leaving care duties", last.End.UK())}
		case care.RECAgeOver18:
			return Determination{NotCareLeaver, fmt.Sprintf("An age assessment found the young person to be 18 or over when care ceased on %s", last.End.UK())}
		}
	}
	var excluded string // why a young person who would be relevant is not
	if age < 18 {
		d := h.relevant(on)
		if d.Category != NotCareLeaver {
			return d
		}
		excluded = d.Reason
	} else if d := h.formerRelevant(on); d.Category != NotCareLeaver {
		return d
	}
	if age < 21 {
		if d := h.qualifying(on); d.Category != NotCareLeaver {
			if excluded != "" {
				d.Reason = excluded + ". " + d.Reason
			}
			return d
		}
	}
	if excluded != "" {
		return Determination{NotCareLeaver, excluded}
	}
	if age >= 21 {
		return Determination{NotCareLeaver, fmt.Sprintf("Aged %d and not a former relevant child; a qualifying care leaver is one only until 21", age)}
	}
	return Determination{NotCareLeaver, fmt.Sprintf("Aged %d and not looked after since their 16th birthday, nor immediately before a special guardianship order", age)}
}

// history is a young person's care history with the facts outside it, for the rules above.
type history struct {
	birth   hearth.Date
	periods []care.Period
	facts   Facts
}

// birthday returns the day the young person turns age, treating a 29 February birthday as 1 March in
// common years, as hearth.Date.AgeOn does.
func (h history) birthday(age int) hearth.Date {
	return hearth.NewDate(h.birth.Year()+age, h.birth.Month(), h.birth.Day())
}

// lookedAfterAny reports whether the young person was looked after on d in any way, short breaks included.
func (h history) lookedAfterAny(d hearth.Date) bool {
	for _, p := range h.periods {
		if p.LookedAfterOn(d) {
			return true
		}
	}
	return false
}

// lookedAfter reports whether the young person was looked after on d other than on short breaks.
func (h history) lookedAfter(d hearth.Date) bool {
	for _, p := range h.periods {
		if !p.ShortBreaks && p.LookedAfterOn(d) {
			return true
		}
	}
	return false
}

// daysSince14 returns the days looked after (not counting short breaks) from the 14th birthday up to, not
// including, until.
func (h history) daysSince14(until hearth.Date) int {
	from, n := h.birthday(14), 0
	for _, p := range h.periods {
		if !p.ShortBreaks {
			n += p.DaysBefore(from, until)
		}
	}
	return n
}

// lastEnded returns the period that ended last on or before d, leaving out short breaks unless
// withShortBreaks.
func (h history) lastEnded(d hearth.Date, withShortBreaks bool) (care.Period, bool) {
	var last care.Period
	found := false
	for _, p := range h.periods {
		if p.End.IsZero() || d.Before(p.End) || (p.ShortBreaks && !withShortBreaks) {
			continue
		}
		if !found || last.End.Before(p.End) {
			last, found = p, true
		}
	}
	return last, found
}

// whileLookedAfter decides a looked-after 16 or 17 year old's category on d: eligible or not yet.
func (h history) whileLookedAfter(d hearth.Date) Determination {
	if !h.lookedAfter(d) {
		return Determination{NotCareLeaver, "Looked after only for short breaks (legal status V3 or V4), which do not make a young person eligible"}
	}
	days := h.daysSince14(d)
	if days >= thirteenWeeks {
		return Determination{Eligible, fmt.Sprintf("Aged %d and looked after, for %d days since their 14th birthday (%s), including time after their 16th birthday: at least 13 weeks", h.birth.AgeOn(d), days, h.birthday(14).UK())}
	}
	return Determination{NotCareLeaver, fmt.Sprintf("Looked after for %d days since their 14th birthday (%s): not yet the 13 weeks (91 days) that make an eligible child", days, h.birthday(14).UK())}
}

// eligibleWhenCeased reports whether the young person was an eligible child on the last day of the period
// p, which ended: then 16 or 17, with 13 weeks looked after since 14.
func (h history) eligibleWhenCeased(p care.Period) (int, bool) {
	lastDay := p.End.AddDays(-1)
	age := h.birth.AgeOn(lastDay)
	days := h.daysSince14(p.End)
	return days, age >= 16 && age < 18 && days >= thirteenWeeks
}

// homeSixMonths reports whether on d the young person had lived with a parent for six months or more and
// still did.
func (h history) homeSixMonths(d hearth.Date) bool {
	f := h.facts
	return !f.HomeWithParentFrom.IsZero() && !d.Before(f.HomeWithParentFrom.AddMonths(6)) &&
		(f.HomeWithParentTo.IsZero() || d.Before(f.HomeWithParentTo))
}

// relevant decides whether a 16 or 17 year old who is not looked after on d is a relevant child.
func (h history) relevant(d hearth.Date) Determination {
	var reason string
	if last, ok := h.lastEnded(d, false); ok {
		if days, eligible := h.eligibleWhenCeased(last); eligible {
			reason = fmt.Sprintf("Aged %d and no longer looked after; an eligible child when they ceased to be looked after on %s (%d days looked after since their 14th birthday)", h.birth.AgeOn(d), last.End.UK(), days)
		} else if h.facts.DetainedOrInHospitalAt16 && !h.birthday(16).Before(last.End) && days >= thirteenWeeks {
			reason = fmt.Sprintf("Aged %d; detained or in hospital on their 16th birthday (%s) after being looked after for %d days since their 14th birthday", h.birth.AgeOn(d), h.birthday(16).UK(), days)
		}
	}
	if reason == "" {
		return Determination{}
	}
	if h.homeSixMonths(d) {
		return Determination{NotCareLeaver, fmt.Sprintf("Would be a relevant child, but has lived with a parent or someone with parental responsibility since %s, six months or more", h.facts.HomeWithParentFrom.UK())}
	}
	return Determination{Relevant, reason}
}

// formerRelevant decides whether an 18 to 24 year old is a former relevant child: eligible or relevant on
// the day before their 18th birthday.
func (h history) formerRelevant(d hearth.Date) Determination {
	eve := h.birthday(18).AddDays(-1)
	age := h.birth.AgeOn(d)
	if h.lookedAfter(eve) {
		if e := h.whileLookedAfter(eve); e.Category == Eligible {
			return Determination{FormerRelevant, fmt.Sprintf("Aged %d; an eligible child when they turned 18 (looked after for %d days since their 14th birthday)", age, h.daysSince14(eve))}
		}
		return Determination{}
	}
	if r := h.relevant(eve); r.Category == Relevant {
		return Determination{FormerRelevant, fmt.Sprintf("Aged %d; a relevant child when they turned 18 (%s)", age, r.Reason)}
	}
	return Determination{}
}

// qualifying decides whether a 16 to 20 year old who is no longer looked after is a qualifying care leaver.
func (h history) qualifying(d hearth.Date) Determination {
	age := h.birth.AgeOn(d)
	for _, p := range h.periods {
		if care.SpecialGuardianshipReasons[p.ReasonCeased] && !d.Before(p.End) {
			return Determination{Qualifying, fmt.Sprintf("Aged %d; looked after until a special guardianship order on %s", age, p.End.UK())}
		}
	}
	b16, b18 := h.birthday(16), h.birthday(18)
	for _, p := range h.periods {
		after16 := p.Start.Before(b18) && (p.End.IsZero() || b16.Before(p.End))
		if after16 && !d.Before(p.End) {
			return Determination{Qualifying, fmt.Sprintf("Aged %d; looked after after their 16th birthday (care ended %s) but not an eligible or relevant child", age, p.End.UK())}
		}
	}
	return Determination{}
}
