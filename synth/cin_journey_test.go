package synth

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
)

// cinSink keeps the rows the CIN census is made from, by CIN episode, as the generator makes them.
type cinSink struct {
	discard
	people   map[hearth.ID]*hearth.Person
	episodes []*frontdoor.CINEpisode
	rows     map[hearth.ID]*cinSinkRows // by episode
}

type cinSinkRows struct {
	assessments []*protection.Assessment
	cinPlans    []*protection.CINPlan
	s47s        []*protection.S47Enquiry
	cpPlans     []*protection.CPPlan
	conferences []*protection.Conference
}

func (s *cinSink) of(episode hearth.ID) *cinSinkRows {
	if s.rows[episode] == nil {
		s.rows[episode] = &cinSinkRows{}
	}
	return s.rows[episode]
}

func (s *cinSink) add(row any) {
	s.discard.add(row)
	switch v := row.(type) {
	case *hearth.Person:
		s.people[v.ID] = v
	case *frontdoor.CINEpisode:
		s.episodes = append(s.episodes, v)
	case *protection.Assessment:
		s.of(v.CINEpisodeID).assessments = append(s.of(v.CINEpisodeID).assessments, v)
	case *protection.CINPlan:
		s.of(v.CINEpisodeID).cinPlans = append(s.of(v.CINEpisodeID).cinPlans, v)
	case *protection.S47Enquiry:
		s.of(v.CINEpisodeID).s47s = append(s.of(v.CINEpisodeID).s47s, v)
	case *protection.CPPlan:
		if !v.OtherLA {
			s.of(v.CINEpisodeID).cpPlans = append(s.of(v.CINEpisodeID).cpPlans, v)
		}
	case *protection.Conference:
		s.of(v.CINEpisodeID).conferences = append(s.of(v.CINEpisodeID).conferences, v)
	}
}

// cinDisabilityCodes is the CIN census Disability code list (shared/reference/cin-census-elements.tsv).
var cinDisabilityCodes = strings.Fields("NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA")

// TestCINJourneysAreCoherent makes the small authority's whole history, every year of it and not only
// those the CIN census validates, and checks each CIN episode against what the census's rules ask of a
// journey: nothing dated after the episode closed (rule 8565), no enquiry, conference or plan on an
// episode closed RC8 (2990), plans that end after they start (4011, 8925), nothing after the child's 18th
// birthday, and children's disability codes and UPNs the census accepts (8540, 1530).
func TestCINJourneysAreCoherent(t *testing.T) {
	if testing.Short() {
		t.Skip("not in -short")
	}
	for _, seed := range []uint64{1, 2} {
		s := &cinSink{people: map[hearth.ID]*hearth.Person{}, rows: map[hearth.ID]*cinSinkRows{}}
		if _, err := generateTo(context.Background(), s, Options{Size: Small, Seed: seed, ReferenceDate: testRef}); err != nil {
			t.Fatal(err)
		}
		var problems []string
		for _, e := range s.episodes {
			p := s.people[e.PersonID]
			for _, msg := range cinEpisodeProblems(e, p, s.of(e.ID)) {
				problems = append(problems, fmt.Sprintf("child %s, episode referred %s: %s", p.LAChildID, e.ReferralDate, msg))
			}
		}
		for _, p := range s.people {
			for _, code := range p.Disabilities {
				if !slices.Contains(cinDisabilityCodes, code) {
					problems = append(problems, fmt.Sprintf("child %s: disability code %q is not a CIN census code", p.LAChildID, code))
				}
			}
			if upn := p.UPN.String(); upn != "" && upn[1:4] != "001" {
				problems = append(problems, fmt.Sprintf("child %s: UPN %s is not of the pseudo-LA 001", p.LAChildID, upn))
			}
		}
		for i, msg := range problems {
			if i == 20 {
				t.Errorf("seed %d: ... %d problems in all", seed, len(problems))
				break
			}
			t.Errorf("seed %d: %s", seed, msg)
		}
		if len(s.episodes) < 5000 {
			t.Errorf("seed %d: %d CIN episodes: not a small authority's history", seed, len(s.episodes))
		}
	}
}

// cinEpisodeProblems lists what is incoherent in one CIN episode of child p.
func cinEpisodeProblems(e *frontdoor.CINEpisode, p *hearth.Person, rows *cinSinkRows) []string {
	var out []string
	closed := e.ClosureDate
	adult := p.BirthDate.AddMonths(18 * 12)
	late := func(what string, d hearth.Date) {
		if d.IsZero() {
			return
		}
		if !closed.IsZero() && d.After(closed) {
			out = append(out, fmt.Sprintf("%s %s after the closure on %s", what, d, closed))
		}
		if d.After(adult) {
			out = append(out, fmt.Sprintf("%s %s after the 18th birthday on %s", what, d, adult))
		}
	}
	late("closure", closed)
	for _, a := range rows.assessments {
		late("assessment start", a.StartDate)
		late("assessment authorisation", a.AuthorisationDate)
		if len(a.Factors) > 1 && a.Factors.Has(protection.FactorNone) {
			out = append(out, fmt.Sprintf("assessment factors %v: no factors (21) with others", a.Factors))
		}
	}
	for _, s := range rows.s47s {
		late("enquiry start", s.StartDate)
		late("enquiry end", s.EndDate)
	}
	for _, c := range rows.conferences {
		if c.Kind == protection.ConferenceInitial {
			late("initial conference", c.ConferenceDate)
		}
	}
	for _, pl := range rows.cinPlans {
		late("CIN plan start", pl.StartDate)
		late("CIN plan end", pl.EndDate)
		if !pl.EndDate.IsZero() && pl.EndDate.Before(pl.StartDate) {
			out = append(out, fmt.Sprintf("CIN plan ends %s before it starts %s", pl.EndDate, pl.StartDate))
		}
	}
	for _, pl := range rows.cpPlans {
		late("CP plan end", pl.EndDate)
		if !pl.EndDate.IsZero() && pl.EndDate.Before(pl.StartDate) {
			out = append(out, fmt.Sprintf("CP plan ends %s before it starts %s", pl.EndDate, pl.StartDate))
		}
	}
	if e.ClosureReason == "RC8" && (len(rows.s47s) > 0 || len(rows.cpPlans) > 0 || len(rows.cinPlans) > 0 || len(rows.conferences) > 0) {
		out = append(out, "closed RC8 (no further action after assessment) with an enquiry, a conference or a plan")
	}
	return out
}
