package measure

import (
	"slices"
	"sort"

	"hearth"
)

// The flow measures' items are kept in order of the date that puts them in a period, so that a period's
// items are found by binary search: a 24-month trend then reads each item about twice (its 12-month
// windows overlap) rather than 24 times, which is what keeps the national trend in seconds.

// sortByDate puts items in order of key, unrecorded (zero) dates first.
func sortByDate[T any](items []T, key func(T) hearth.Date) {
	slices.SortFunc(items, func(a, b T) int { return key(a).DaysSince(key(b)) })
}

// within returns the items (sorted by key) whose key falls in the period.
func within[T any](items []T, key func(T) hearth.Date, p Period) []T {
	lo, hi := spanOf(len(items), func(i int) hearth.Date { return key(items[i]) }, p)
	return items[lo:hi]
}

// spanOf returns the range [lo, hi) of n items, sorted by date, whose date falls in the period.
func spanOf(n int, date func(i int) hearth.Date, p Period) (int, int) {
	lo := sort.Search(n, func(i int) bool { d := date(i); return !d.IsZero() && !d.Before(p.From) })
	hi := sort.Search(n, func(i int) bool { d := date(i); return !d.IsZero() && d.After(p.To) })
	return lo, max(lo, hi)
}

// order sorts a timeliness measure's items by the date that puts them in a period: their completion when
// byDone, their due date otherwise.
func (t *timed) order(byDone bool) {
	t.byDone = byDone
	key := t.due
	if byDone {
		key = t.done
	}
	idx := make([]int, len(t.person))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return key[a].DaysSince(key[b]) })
	t.person = permute(t.person, idx)
	t.due = permute(t.due, idx)
	t.done = permute(t.done, idx)
	t.taken = permute(t.taken, idx)
	slices.SortFunc(t.unknown, func(a, b hearth.Date) int { return a.DaysSince(b) })
}

func permute[T any](s []T, idx []int) []T {
	out := make([]T, len(s))
	for i, j := range idx {
		out[i] = s[j]
	}
	return out
}

// span returns the range of items in the period, by the date they are ordered by.
func (t *timed) span(p Period) (int, int) {
	key := t.due
	if t.byDone {
		key = t.done
	}
	return spanOf(len(key), func(i int) hearth.Date { return key[i] }, p)
}
