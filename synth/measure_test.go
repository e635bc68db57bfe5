package synth

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"

	"hearth"
	"hearth/calendar"
	"hearth/store"
)

// authorityFigures are the headline figures of a generated authority, computed by SQL from the database
// the way an analyst would, for the collection year that ends on the reference date.
type authorityFigures struct {
	children, referrals, reReferrals, nfa, assessments, assessIn45, s47, icpc, icpcIn15, cpStarts int
	cpOpen, cinOpen, secondPlans, cpEnded, cpEndedOver2y                                          int
	cpMedianDays                                                                                  int
	workers, agency, swInRange, swTotal                                                           int
	cla, careLeavers                                                                              int
}

func (f authorityFigures) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "children of the record %d\n", f.children)
	fmt.Fprintf(&b, "referrals in year %d (re-referrals %.1f%%, NFA %.1f%%)\n", f.referrals, pct(f.reReferrals, f.referrals), pct(f.nfa, f.referrals))
	fmt.Fprintf(&b, "assessments authorised %d (within 45 WD %.1f%%)\n", f.assessments, pct(f.assessIn45, f.assessments))
	fmt.Fprintf(&b, "s47 started %d, ICPC %d (within 15 WD of s47 %.1f%%), CP plans started %d (second or later %.1f%%)\n", f.s47, f.icpc, pct(f.icpcIn15, f.icpc), f.cpStarts, pct(f.secondPlans, f.cpStarts))
	fmt.Fprintf(&b, "CP plans ended %d (2 years or more %.1f%%, median %d days)\n", f.cpEnded, pct(f.cpEndedOver2y, f.cpEnded), f.cpMedianDays)
	fmt.Fprintf(&b, "at reference date: CIN episodes open %d, CP plans %d, looked after %d, care leavers 17-21 %d\n", f.cinOpen, f.cpOpen, f.cla, f.careLeavers)
	fmt.Fprintf(&b, "workers %d (agency %.1f%%); social workers with 15-25 children %d of %d\n", f.workers, pct(f.agency, f.workers), f.swInRange, f.swTotal)
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// measureAuthority computes the figures from db for the year ending ref.
func measureAuthority(t testing.TB, db *store.DB, ref hearth.Date) authorityFigures {
	t.Helper()
	ctx := context.Background()
	q := db.SQL()
	yearStart := ref.AddMonths(-12).AddDays(1)
	from, to := yearStart.String(), ref.String()
	one := func(query string, args ...any) int {
		t.Helper()
		if db.Engine == store.Postgres {
			n := 0
			query = strings.Map(func(r rune) rune { return r }, query)
			for strings.Contains(query, "?") {
				n++
				query = strings.Replace(query, "?", fmt.Sprintf("$%d", n), 1)
			}
		}
		var v sql.NullInt64
		if err := q.QueryRowContext(ctx, query, args...).Scan(&v); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return int(v.Int64)
	}
	var f authorityFigures
	f.children = one(`SELECT COUNT(*) FROM person WHERE is_child = ?`, true)
	f.referrals = one(`SELECT COUNT(*) FROM cin_episodes WHERE referral_date BETWEEN ? AND ?`, from, to)
	f.nfa = one(`SELECT COUNT(*) FROM cin_episodes WHERE referral_date BETWEEN ? AND ? AND referral_nfa = ?`, from, to, true)
	f.reReferrals = one(`SELECT COUNT(*) FROM cin_episodes e WHERE e.referral_date BETWEEN ? AND ? AND EXISTS (
		SELECT 1 FROM cin_episodes p WHERE p.person_id = e.person_id AND p.id <> e.id AND p.referral_date < e.referral_date
		AND p.referral_date >= `+dateMinusYear(db, "e.referral_date")+`)`, from, to)
	f.assessments = one(`SELECT COUNT(*) FROM cin_assessments WHERE authorisation_date BETWEEN ? AND ?`, from, to)
	f.s47 = one(`SELECT COUNT(*) FROM s47_enquiry WHERE start_date BETWEEN ? AND ?`, from, to)
	f.icpc = one(`SELECT COUNT(*) FROM cp_conferences WHERE kind = 'initial' AND conference_date BETWEEN ? AND ?`, from, to)
	f.cpStarts = one(`SELECT COUNT(*) FROM cp_plans WHERE start_date BETWEEN ? AND ?`, from, to)
	f.secondPlans = one(`SELECT COUNT(*) FROM cp_plans p WHERE p.start_date BETWEEN ? AND ? AND EXISTS (
		SELECT 1 FROM cp_plans o WHERE o.person_id = p.person_id AND o.start_date < p.start_date)`, from, to)
	f.cpEnded = one(`SELECT COUNT(*) FROM cp_plans WHERE end_date BETWEEN ? AND ?`, from, to)
	f.cpEndedOver2y = one(`SELECT COUNT(*) FROM cp_plans WHERE end_date BETWEEN ? AND ? AND `+daysBetween(db, "start_date", "end_date")+` >= 730`, from, to)
	f.cpOpen = one(`SELECT COUNT(*) FROM cp_plans WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)`, to, to)
	f.cinOpen = one(`SELECT COUNT(DISTINCT person_id) FROM cin_episodes WHERE referral_date <= ? AND referral_nfa = ? AND (closure_date IS NULL OR closure_date > ?)`, to, false, to)
	f.workers = one(`SELECT COUNT(*) FROM professionals WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)`, to, to)
	f.agency = one(`SELECT COUNT(*) FROM professionals WHERE employment = 'agency' AND start_date <= ? AND (end_date IS NULL OR end_date > ?)`, to, to)
	caseload := `SELECT worker_id, COUNT(*) AS n FROM involvements WHERE role = 'social_worker' AND start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY worker_id`
	f.swTotal = one(`SELECT COUNT(*) FROM (`+caseload+`) c`, to, to)
	f.swInRange = one(`SELECT COUNT(*) FROM (`+caseload+`) c WHERE n BETWEEN 15 AND 25`, to, to)
	pairs := func(query string, args ...any) [][2]hearth.Date {
		t.Helper()
		if db.Engine == store.Postgres {
			n := 0
			for strings.Contains(query, "?") {
				n++
				query = strings.Replace(query, "?", fmt.Sprintf("$%d", n), 1)
			}
		}
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		defer rows.Close()
		var out [][2]hearth.Date
		for rows.Next() {
			var a, b hearth.Date
			if err := rows.Scan(&a, &b); err != nil {
				t.Fatal(err)
			}
			out = append(out, [2]hearth.Date{a, b})
		}
		return out
	}
	cal := calendar.England()
	wdays := func(a, b hearth.Date) int {
		n, err := cal.WorkingDaysBetween(a.Time(), b.Time())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, p := range pairs(`SELECT e.referral_date, a.authorisation_date FROM cin_assessments a JOIN cin_episodes e ON e.id = a.cin_episode_id
		WHERE a.authorisation_date BETWEEN ? AND ?`, from, to) {
		if wdays(p[0], p[1]) <= 45 {
			f.assessIn45++
		}
	}
	for _, p := range pairs(`SELECT s.start_date, c.conference_date FROM cp_conferences c JOIN s47_enquiry s ON s.id = c.s47_enquiry_id
		WHERE c.kind = 'initial' AND c.conference_date BETWEEN ? AND ?`, from, to) {
		if wdays(p[0], p[1]) <= 15 {
			f.icpcIn15++
		}
	}
	var durations []int
	for _, p := range pairs(`SELECT start_date, end_date FROM cp_plans WHERE end_date BETWEEN ? AND ?`, from, to) {
		durations = append(durations, p[1].DaysSince(p[0]))
	}
	if len(durations) > 0 {
		sort.Ints(durations)
		f.cpMedianDays = durations[len(durations)/2]
	}
	if hasTable(t, db, "cla_episodes") {
		f.cla = one(`SELECT COUNT(DISTINCT person_id) FROM cla_episodes WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)`, to, to)
	}
	if hasTable(t, db, "care_leavers") {
		// Care leavers as the DfE counts them: relevant and former relevant young people aged 17 to 21.
		f.careLeavers = one(`SELECT COUNT(DISTINCT c.person_id) FROM care_leavers c JOIN person p ON p.id = c.person_id
			WHERE c.category IN ('relevant', 'former_relevant') AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)
			AND p.birth_date <= ? AND p.birth_date > ?`, to, to, ref.AddMonths(-17*12).String(), ref.AddMonths(-22*12).String())
	}
	return f
}

func hasTable(t testing.TB, db *store.DB, name string) bool {
	for _, n := range store.TableNames() {
		if n == name {
			return true
		}
	}
	return false
}

func dateMinusYear(db *store.DB, col string) string {
	if db.Engine == store.Postgres {
		return "(" + col + " - INTERVAL '1 year')::date"
	}
	return "date(" + col + ", '-1 year')"
}

func daysBetween(db *store.DB, a, b string) string {
	if db.Engine == store.Postgres {
		return "(" + b + " - " + a + ")"
	}
	return "(julianday(" + b + ") - julianday(" + a + "))"
}

// caseloadHistogram returns how many social workers hold each number of children at the reference date.
func caseloadHistogram(t testing.TB, db *store.DB, ref hearth.Date) map[int]int {
	q := `SELECT n, COUNT(*) FROM (SELECT worker_id, COUNT(*) AS n FROM involvements WHERE role = 'social_worker'
		AND start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY worker_id) c GROUP BY n`
	if db.Engine == store.Postgres {
		q = strings.Replace(strings.Replace(q, "?", "$1", 1), "?", "$2", 1)
	}
	rows, err := db.SQL().QueryContext(context.Background(), q, ref.String(), ref.String())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int]int{}
	for rows.Next() {
		var n, k int
		if err := rows.Scan(&n, &k); err != nil {
			t.Fatal(err)
		}
		out[n] = k
	}
	return out
}
