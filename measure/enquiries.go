package measure

import (
	"cmp"
	"slices"

	"hearth"
)

func (d *Data) prepareEnquiries(t *Tables) {
	discussions := slices.Clone(t.Strategy)
	slices.SortFunc(discussions, func(a, b StrategyDiscussion) int { return cmp.Or(a.Held.DaysSince(b.Held), cmp.Compare(a.ID, b.ID)) })
	for _, s := range discussions {
		both := s.Agencies.Has("police") && (s.Agencies.Has("health") || s.Agencies.Has("gp"))
		d.strategy = append(d.strategy, stratItem{person: s.Person, held: s.Held, policeAndHealth: both})
	}
	members := map[hearth.ID][]S47Member{}
	for _, m := range t.S47Household {
		members[m.Enquiry] = append(members[m.Enquiry], m)
	}
	household := map[hearth.ID][]HouseholdMember{}
	for _, h := range t.Household {
		household[h.Person] = append(household[h.Person], h)
	}
	for _, s := range t.S47 {
		d.s47Starts = append(d.s47Starts, dated{s.Person, s.Start})
		if !s.End.IsZero() {
			d.s47Ended = append(d.s47Ended, s47Item{person: s.Person, end: s.End, gp: s.GP == Yes,
				household: everyMemberConsidered(s, members[s.ID], household[s.Person])})
		}
	}
	d.prepareICPC(t, discussions)
}

// prepareICPC times each initial conference that followed an enquiry as the duty does: the clock starts
// at the strategy discussion the enquiry names, or at a later one of its referral held on or before the
// enquiry began (the latest), or at the enquiry's start when it has none (history from an earlier
// system). The conference is the initial conference that names the enquiry, or else the referral's first
// initial conference on or after the enquiry began that names none. Transfer-in conferences follow no
// enquiry here and have no such clock.
func (d *Data) prepareICPC(t *Tables, discussions []StrategyDiscussion) {
	byEpisode := map[hearth.ID][]StrategyDiscussion{}
	byID := map[hearth.ID]StrategyDiscussion{}
	for _, s := range discussions {
		byEpisode[s.Episode] = append(byEpisode[s.Episode], s)
		byID[s.ID] = s
	}
	// The initial conferences that could meet an enquiry, each list in date order: by the enquiry they
	// name, and (naming none) by their referral.
	namedConfs := map[hearth.ID][]hearth.Date{}
	unnamed := map[hearth.ID][]hearth.Date{}
	for _, c := range t.Conferences {
		switch {
		case !c.Initial || c.TransferIn:
		case c.Enquiry != 0:
			namedConfs[c.Enquiry] = append(namedConfs[c.Enquiry], c.Date)
		default:
			unnamed[c.Episode] = append(unnamed[c.Episode], c.Date)
		}
	}
	for _, dates := range namedConfs {
		slices.SortFunc(dates, func(a, b hearth.Date) int { return a.DaysSince(b) })
	}
	for _, dates := range unnamed {
		slices.SortFunc(dates, func(a, b hearth.Date) int { return a.DaysSince(b) })
	}
	for _, e := range t.S47 {
		start := e.Start
		named, hasNamed := byID[e.Strategy]
		if hasNamed {
			start = named.Held
		}
		for _, s := range byEpisode[e.Episode] {
			if !s.Held.After(e.Start) && (!hasNamed || !s.Held.Before(start)) {
				start, hasNamed = s.Held, true
			}
		}
		var held hearth.Date
		if dates := namedConfs[e.ID]; len(dates) > 0 {
			held = dates[0]
		} else {
			i, _ := slices.BinarySearchFunc(unnamed[e.Episode], e.Start, func(a, b hearth.Date) int { return a.DaysSince(b) })
			if i < len(unnamed[e.Episode]) {
				held = unnamed[e.Episode][i]
			}
		}
		if !held.IsZero() {
			d.icpc.add(e.Person, start, held, d.ts.ICPC, d.ts)
		}
	}
}

// everyMemberConsidered reports whether an enquiry considered every member of the child's household:
// each person who lived with the child at any time during the enquiry (to its end) has a row saying they
// were considered, and no member the enquiry found was left unconsidered. An enquiry that records no
// household member at all has not shown that it considered anyone, so it does not count.
func everyMemberConsidered(s S47Enquiry, rows []S47Member, household []HouseholdMember) bool {
	if len(rows) == 0 {
		return false
	}
	considered := make(map[hearth.ID]bool, len(rows))
	for _, r := range rows {
		if !r.Considered {
			return false
		}
		considered[r.Member] = true
	}
	for _, h := range household {
		if h.Member == s.Person {
			continue
		}
		lived := (h.Start.IsZero() || !h.Start.After(s.End)) && (h.End.IsZero() || !h.End.Before(s.Start))
		if lived && !considered[h.Member] {
			return false
		}
	}
	return true
}
