package ssda903

import (
	"slices"
	"strings"
	"sync"
	"weak"

	"hearth"
)

// Helpers and code lists of the rules in rules_c_*.go (codes 501 to 635, the integrity checks and the
// social worker episodes).

// firstStartedEpisode returns the row of a child's episodes (from EpisodesOf, by start date) that started first,
// or -1 when none has a valid start date.
func firstStartedEpisode(r *Return, rows []int) int {
	if len(rows) == 0 || r.Episodes[rows[0]].DECOMDate.IsZero() {
		return -1
	}
	return rows[0]
}

// datesBefore says whether both dates are known and a is before b: a comparison with a blank or invalid date
// is never true, as in the DfE's validator, which leaves such rows to the date-format rules.
func datesBefore(a, b hearth.Date) bool { return !a.IsZero() && !b.IsZero() && a.Before(b) }

// dateWithin says whether d is known and within from and to, both inclusive.
func dateWithin(d, from, to hearth.Date) bool { return !d.IsZero() && !d.Before(from) && !d.After(to) }

// ageBefore says whether a child born on dob is not yet age years old on day: false when the date of
// birth is not known.
func ageBefore(dob hearth.Date, age int, day hearth.Date) bool {
	return !dob.IsZero() && birthday(dob, age).After(day)
}

// adoptionPlacement says whether a placement is with prospective adopters (A3 to A6).
func adoptionPlacement(place string) bool { return oneOf(place, "A3", "A4", "A5", "A6") }

// compareDates orders known dates before blank or invalid ones, as pandas sorts missing dates last.
func compareDates(a, b hearth.Date) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.Before(b):
		return -1
	}
	return 1
}

// rowsByChildAndDates returns the rows 0 to n-1 of a table ordered by child, then by the two dates key
// gives for a row (blank or invalid dates last), then by input order. It is built once by a rule that
// compares each of a child's rows with the one before it.
func rowsByChildAndDates(n int, child func(i int) string, key func(i int) (hearth.Date, hearth.Date)) []int {
	rows := make([]int, n)
	for i := range rows {
		rows[i] = i
	}
	slices.SortStableFunc(rows, func(a, b int) int {
		if c := strings.Compare(child(a), child(b)); c != 0 {
			return c
		}
		a1, a2 := key(a)
		b1, b2 := key(b)
		if c := compareDates(a1, b1); c != 0 {
			return c
		}
		return compareDates(a2, b2)
	})
	return rows
}

// permanenceLAs are the codes of LA_PERM, the local authority that arranged a previous permanence
// option: English local authority codes, and WAL, SCO, NUK and NIR for Wales, Scotland, elsewhere outside
// the UK and Northern Ireland.
var permanenceLAs = newCodeSet("800", "889", "822", "301", "304", "303", "330", "825", "837", "302", "846", "370",
	"350", "890", "867", "380", "305", "801", "351", "873", "823", "895", "896", "381", "909", "202", "908", "331",
	"306", "841", "830", "831", "878", "371", "835", "332", "840", "307", "308", "811", "881", "845", "390", "916",
	"203", "876", "850", "311", "204", "884", "312", "205", "313", "805", "919", "310", "309", "420", "921", "206",
	"207", "886", "810", "382", "314", "340", "888", "208", "856", "383", "855", "209", "925", "341", "201", "821",
	"352", "806", "887", "826", "315", "929", "812", "391", "926", "892", "813", "802", "928", "891", "392", "316",
	"815", "353", "931", "879", "836", "851", "874", "807", "354", "317", "870", "318", "372", "857", "333", "935",
	"343", "803", "373", "342", "893", "356", "355", "871", "394", "334", "933", "882", "936", "861", "852", "319",
	"860", "808", "393", "866", "210", "357", "894", "883", "880", "358", "211", "937", "869", "320", "359", "865",
	"384", "335", "336", "212", "868", "872", "885", "344", "877", "213", "938", "816", "999",
	"WAL", "SCO", "NUK", "NIR")

// permanenceDate reads DATE_PERM, the date of a previous permanence order, which may give ZZ for an
// unknown day or month and ZZZZ for an unknown year. An unknown part is taken as late as it can be (the
// last day of the month, December, and the year 2000, as the DfE's validator does), so that a
// comparison with it does not flag a date that could be right. It reports false when the value is not
// such a date.
func permanenceDate(s string) (hearth.Date, bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return hearth.Date{}, false
	}
	day, month, year := parts[0], parts[1], parts[2]
	if year == "ZZZZ" {
		year = "2000"
	}
	if month == "ZZ" {
		month = "12"
	}
	if day != "ZZ" {
		d := ParseDate(day + "/" + month + "/" + year)
		return d, !d.IsZero()
	}
	first := ParseDate("01/" + month + "/" + year)
	if first.IsZero() {
		return first, false
	}
	return first.AddMonths(1).AddDays(-1), true
}

// rowDOB returns the date of birth a table other than the Header repeats for its row i (the zero Date
// for a table without one, or when it is blank or invalid).
func rowDOB(r *Return, t Table, i int) hearth.Date {
	switch t {
	case Reviews:
		return r.Reviews[i].DOBDate
	case UASC:
		return r.UASC[i].DOBDate
	case OC2:
		return r.OC2[i].DOBDate
	case OC3:
		return r.OC3[i].DOBDate
	case AD1:
		return r.AD1[i].DOBDate
	case PlacedAdoption:
		return r.PlacedAdoption[i].DOBDate
	case PrevPerm:
		return r.PrevPerm[i].DOBDate
	case Missing:
		return r.Missing[i].DOBDate
	case SocialWorker:
		return r.SocialWorker[i].DOBDate
	case DoLo:
		return r.DoLo[i].DOBDate
	}
	return hearth.Date{}
}

// lastYearPair is a child of this year's return with an episode that has a valid start: their first such
// episode, their episodes in last year's return (by start date) and the latest of those to have a valid
// start (-1 when none has).
type lastYearPair struct {
	first int
	prev  []int
	last  int
}

// lastYearPairs holds the pairs of the return last validated with last year's, for the eight rules that
// compare a child's first episode with last year's (502, 503A to 503F, 562): matching the children of the
// two returns is most of their work, so it is done once. Like rules_a's OC2 cohort it holds the returns
// weakly, and is worked out again for other returns or once rows have been added to them.
var lastYearPairs struct {
	sync.Mutex
	last *lastYearAnswers
}

type lastYearAnswers struct {
	r, previous            weak.Pointer[Return]
	episodes, prevEpisodes int
	once                   sync.Once
	pairs                  []lastYearPair
}

// withLastYear returns the pairs of the check's return with last year's (which the rule must need).
func withLastYear(c *Check) []lastYearPair {
	lastYearPairs.Lock()
	a := lastYearPairs.last
	if a == nil || a.r.Value() != c.R || a.previous.Value() != c.Previous || a.episodes != len(c.R.Episodes) || a.prevEpisodes != len(c.Previous.Episodes) {
		a = &lastYearAnswers{r: weak.Make(c.R), previous: weak.Make(c.Previous), episodes: len(c.R.Episodes), prevEpisodes: len(c.Previous.Episodes)}
		lastYearPairs.last = a
	}
	lastYearPairs.Unlock()
	a.once.Do(func() {
		for i := range c.R.Episodes {
			rows := c.R.EpisodesOf(c.R.Episodes[i].CHILD)
			if len(rows) == 0 || rows[0] != i || c.R.Episodes[i].DECOMDate.IsZero() {
				continue // each child once, at their first episode by start date
			}
			prev := c.Previous.EpisodesOf(c.R.Episodes[i].CHILD)
			a.pairs = append(a.pairs, lastYearPair{first: i, prev: prev, last: lastStarted(c.Previous, prev)})
		}
	})
	return a.pairs
}
