package leaving

import (
	"hearth"
)

// Status is what was known about a care leaver on a date: whether the authority was in touch with them,
// their main activity, and their accommodation and whether it was suitable, in the SSDA903 OC3 codes. A new
// row is recorded whenever something changes or is checked (a personal adviser's contact, a pathway plan
// review), so the record answers "as at any date" questions; Annex A List 9 reports the latest row.
//
// The SSDA903 OC3 table reports each care leaver "around" their 17th to 21st birthdays. Hearth takes the
// latest row dated within the window the DfE's guidance gives for being in touch, from three months before
// to one month after the birthday (see OC3Window and AtBirthday); a young person recorded as having died
// before the window is reported as DIED. When no row falls in the window the authority was not in touch:
// the export returns IN_TOUCH NO with ACTIV and ACCOM 0.
type Status struct {
	hearth.Record
	PersonID      hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"clea_person_id" doc:"The care leaver"`
	Date          hearth.Date `db:"status_date,notnull" doc:"The date the information is about (usually the date of the contact it came from)"`
	InTouch       string      `db:"in_touch,notnull" codes:"in_touch" ssd:"clea_care_leaver_in_touch" dfe:"SSDA903 OC3.IN_TOUCH; Annex A List 9 LA in Touch" doc:"YES, NO, DIED, REFU (refuses contact), NREQ (no longer requires services) or RHOM (returned home for six months or more)"`
	Activity      string      `db:"activity,notnull" codes:"activity" ssd:"clea_care_leaver_activity" dfe:"SSDA903 OC3.ACTIV; Annex A List 9 Activity Status" doc:"Main activity: F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 training or employment (full or part time), G4 to G6 not in education, employment or training, 0 not known"`
	Accommodation string      `db:"accommodation,notnull" codes:"accommodation" ssd:"clea_care_leaver_accommodation, clea_care_leaver_accom_suitable" dfe:"SSDA903 OC3.ACCOM; Annex A List 9 Type of Accommodation (the letter); Annex A List 9 Suitability of Accommodation (the digit: 1 suitable, 2 unsuitable)" doc:"Accommodation type letter and suitability digit, 1 suitable or 2 unsuitable: e.g. U1 independent living, suitable; W2 bed and breakfast, unsuitable; 0 not known"`
	ContactID     hearth.ID   `db:"contact_id" ref:"leaving_contacts" doc:"The contact the information came from, when it came from one"`
}

// Validate checks the row on its own: the care leaver, the date, the three OC3 codes, and that they agree:
// a young person who died or returned home has activity and accommodation 0, and one the authority is in
// touch with has both known.
func (s Status) Validate() error {
	c := check{what: "care leaver status (care_leaver_status)"}
	c.id("person_id", s.PersonID, "the care leaver")
	c.date("status_date", s.Date, "the date the information is about")
	c.code("in_touch", s.InTouch, InTouchCodes, "in touch (IN_TOUCH)", true)
	c.code("activity", s.Activity, Activities, "activity (ACTIV)", true)
	c.code("accommodation", s.Accommodation, Accommodations, "accommodation (ACCOM)", true)
	switch s.InTouch {
	case "DIED", "RHOM":
		if s.Activity != "" && s.Activity != "0" {
			c.add("activity", "a young person recorded as %s has activity 0, not %s", s.InTouch, s.Activity)
		}
		if s.Accommodation != "" && s.Accommodation != "0" {
			c.add("accommodation", "a young person recorded as %s has accommodation 0, not %s", s.InTouch, s.Accommodation)
		}
	case "YES":
		if s.Activity == "0" {
			c.add("activity", "the authority is in touch, so the activity is known: 0 is for young people it is not in touch with")
		}
		if s.Accommodation == "0" {
			c.add("accommodation", "the authority is in touch, so the accommodation is known: 0 is for young people it is not in touch with")
		}
	}
	return c.err()
}

// AccommodationType returns the accommodation type letter (Annex A List 9 "Type of Accommodation"), or ""
// when the accommodation is not known.
func (s Status) AccommodationType() string {
	if len(s.Accommodation) != 2 {
		return ""
	}
	return s.Accommodation[:1]
}

// Suitable reports whether the accommodation was suitable (Annex A List 9 "Suitability of Accommodation");
// known is false when the accommodation is not known.
func (s Status) Suitable() (suitable, known bool) {
	if len(s.Accommodation) != 2 {
		return false, false
	}
	return s.Accommodation[1] == '1', true
}

// BedAndBreakfast reports whether the young person was in bed and breakfast accommodation, which is never
// suitable for a care leaver whatever the code's suffix says.
func (s Status) BedAndBreakfast() bool { return s.AccommodationType() == "W" }

// OC3Window returns the first and last days whose status counts for the SSDA903 OC3 return of a birthday:
// three months before it to one month after it, inclusive.
func OC3Window(birthday hearth.Date) (from, to hearth.Date) {
	return birthday.AddMonths(-3), birthday.AddMonths(1)
}

// AtBirthday returns the status to report for a care leaver's birthday in the SSDA903 OC3 table: DIED when
// a status on or before the end of the window says so, otherwise the latest status dated within the
// window (the later recorded when two share a date). Rows recorded in error are left out. ok is false when
// no status counts, in which case the authority was not in touch around the birthday.
func AtBirthday(statuses []Status, birthday hearth.Date) (s Status, ok bool) {
	from, to := OC3Window(birthday)
	var died, latest Status
	var hasDied, hasLatest bool
	for _, x := range statuses {
		if x.Record.Status == hearth.StatusRecordedInError || x.Date.After(to) {
			continue
		}
		if x.InTouch == "DIED" && (!hasDied || x.Date.Before(died.Date)) {
			died, hasDied = x, true
		}
		if x.Date.Before(from) {
			continue
		}
		if !hasLatest || latest.Date.Before(x.Date) || (x.Date == latest.Date && latest.RecordedAt.Before(x.RecordedAt)) {
			latest, hasLatest = x, true
		}
	}
	if hasDied {
		return died, true
	}
	return latest, hasLatest
}
