package synth

// Missing episodes and the return home interviews that follow them, for children looked after (made by
// careHook with the period of care, so that every episode lies inside it, as the SSDA903 rules 575 to 581
// ask) and for children in need who are not looked after (missingHook). The figures are listed with the
// others at the top of care.go.

import (
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/exploitation"
)

func init() {
	missingHook = func(r *rand.Rand, ids idSource, personID hearth.ID, birth, from, to hearth.Date, recordedBy hearth.ID) []any {
		return missingRows(r, ids, nil, personID, birth, from, to, to, recordedBy, false)
	}
}

// missingChance returns the chance that a child of age goes missing at least once in a year.
func missingChance(age int, lookedAfter bool) float64 {
	switch {
	case age < 10:
		if lookedAfter {
			return 0.003
		}
		return 0.002
	case age < 13:
		if lookedAfter {
			return 0.07
		}
		return 0.02
	case age < 16:
		if lookedAfter {
			return 0.24
		}
		return 0.07
	case age < 18:
		if lookedAfter {
			return 0.26
		}
		return 0.06
	}
	return 0
}

// missingCount returns how many episodes a child who goes missing in a year has: about a third once, the
// rest repeatedly (on average about 6 for looked-after children, 2 to 3 for others).
func missingCount(r *rand.Rand, lookedAfter bool) int {
	if lookedAfter {
		if chance(r, 0.35) {
			return 1
		}
		return min(40, 2+expDays(r, 7))
	}
	if chance(r, 0.5) {
		return 1
	}
	return min(12, 2+expDays(r, 1.5))
}

// missingHours returns how long an episode lasts: 90% two days or less.
func missingHours(r *rand.Rand) int {
	switch x := r.IntN(1000); {
	case x < 620:
		return between(r, 1, 23)
	case x < 900:
		return between(r, 24, 48)
	case x < 980:
		return between(r, 49, 168)
	case x < 997:
		return between(r, 169, 672)
	}
	return between(r, 673, 1440)
}

// missingRows appends to dst the missing episodes of a child over the days from to to: every episode
// starts and ends within them and starts on a later day than the one before ended, so none overlaps and none
// is left open. Return home interviews are recorded up to the day ref.
func missingRows(r *rand.Rand, ids idSource, dst []any, personID hearth.ID, birth, from, to, ref hearth.Date,
	recordedBy hearth.ID, lookedAfter bool) []any {
	if to.Before(from) || birth.IsZero() {
		return dst
	}
	if from.Before(birth) {
		from = birth
	}
	var prevEnd hearth.Date
	var starts [40]int
	for y := from; !y.After(to); y = y.AddDays(365) {
		yEnd := careMin(y.AddDays(364), to)
		span := yEnd.DaysSince(y) + 1
		age := birth.AgeOn(y.AddDays(span / 2))
		if !chance(r, missingChance(age, lookedAfter)*float64(span)/365) {
			continue
		}
		k := missingCount(r, lookedAfter)
		for i := 0; i < k; i++ {
			starts[i] = r.IntN(span)
		}
		for i := 1; i < k; i++ {
			for j := i; j > 0 && starts[j] < starts[j-1]; j-- {
				starts[j], starts[j-1] = starts[j-1], starts[j]
			}
		}
		for i := 0; i < k; i++ {
			day := y.AddDays(starts[i])
			if !prevEnd.IsZero() && !day.After(prevEnd) {
				continue
			}
			hour := between(r, 15, 23)
			if chance(r, 0.3) {
				hour = r.IntN(24)
			}
			start := day.Time().Add(time.Duration(hour)*time.Hour + time.Duration(r.IntN(60))*time.Minute)
			end := start.Add(time.Duration(missingHours(r))*time.Hour + time.Duration(r.IntN(60))*time.Minute)
			endDay := hearth.DateOf(end)
			if endDay.After(to) {
				continue
			}
			prevEnd = endDay
			m := &exploitation.MissingEpisode{PersonID: personID, Kind: exploitation.Missing, StartTime: start, EndTime: end}
			if chance(r, 0.12) {
				m.Kind = exploitation.Away
			} else if chance(r, 0.7) {
				m.PoliceReference = missingPoliceRef(r, day)
			}
			last := endDay
			refEnd := ref.AddDays(1).Time()
			if chance(r, 0.92) {
				offered := end.Add(time.Duration(between(r, 2, 48)) * time.Hour)
				if !chance(r, 0.85) {
					offered = end.Add(time.Duration(between(r, 49, 120)) * time.Hour)
				}
				if offered.Before(refEnd) {
					m.RHIOfferedAt = offered
					last = hearth.DateOf(offered)
					accepted := chance(r, 2.0/3)
					m.RHIAccepted = careBool(accepted)
					if accepted && chance(r, 0.95) {
						held := offered.Add(time.Duration(between(r, 1, 30)) * time.Hour)
						if !chance(r, 0.75) {
							held = end.Add(time.Duration(between(r, 73, 240)) * time.Hour)
						}
						if held.Before(offered) {
							held = offered.Add(time.Hour)
						}
						if held.Before(refEnd) {
							m.RHIHeldAt = held
							last = hearth.DateOf(held)
							if chance(r, 0.6) {
								m.RHIBy, m.RHIByName = "commissioned", "Safe Return Service"
							} else {
								m.RHIBy, m.RHIByName = "in_house", "Hearthton Missing and Exploitation Team"
							}
						}
					}
				}
			}
			m.Record = hearth.Record{ID: ids.next("missing"), Version: 1, Status: hearth.StatusActive,
				RecordedAt: careStamp(r, last, ref), RecordedBy: recordedBy}
			dst = append(dst, m)
		}
	}
	return dst
}

// missingPoliceRef returns a police missing person reference such as MP-2024-012345.
func missingPoliceRef(r *rand.Rand, d hearth.Date) string {
	var b [14]byte
	copy(b[:], "MP-0000-000000")
	y := d.Year()
	for i := 6; i >= 3; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	n := r.IntN(1_000_000)
	for i := 13; i >= 8; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[:])
}
