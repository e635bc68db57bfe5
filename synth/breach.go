package synth

import (
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"hearth"
)

// With --errors RATE, a share of the children of the record are given one deliberate breach of a DfE
// validation rule each, chosen from rules whose summary makes the breach unambiguous, so that the
// validators can be shown to find exactly what was injected. Each is listed in the manifest.

// breachKind is one rule the generator knows how to break, and how.
type breachKind struct {
	rule, ret, table string
	// apply makes the breach in the child's rows if it can, and says what it did.
	apply func(g *gen, c *member) (string, bool)
}

var breachKinds = []breachKind{
	{"4220", "CIN", "ChildCharacteristics", func(g *gen, c *member) (string, bool) {
		c.p.Ethnicity = "XXXX"
		return "ethnicity set to XXXX, which is not a DfE ethnicity code", true
	}},
	{"8866", "CIN", "CINdetails", func(g *gen, c *member) (string, bool) {
		e := lastEpisode(c, func(e *cinEpisodeRef) bool { return true })
		if e == nil {
			return "", false
		}
		e.row.ReferralSource = "11"
		return fmt.Sprintf("referral of %s has referral source 11, which is not a code", e.row.ReferralDate), true
	}},
	{"8650", "CIN", "CINdetails", func(g *gen, c *member) (string, bool) {
		e := lastEpisode(c, func(e *cinEpisodeRef) bool { return !e.row.ReferralNFA })
		if e == nil {
			return "", false
		}
		e.row.PrimaryNeed = "N11"
		return fmt.Sprintf("referral of %s has primary need N11, which is not a code", e.row.ReferralDate), true
	}},
	{"8640", "CIN", "CINdetails", func(g *gen, c *member) (string, bool) {
		e := lastEpisode(c, func(e *cinEpisodeRef) bool { return !e.row.ClosureDate.IsZero() })
		if e == nil {
			return "", false
		}
		e.row.ClosureReason = "RC10"
		return fmt.Sprintf("episode closed on %s has reason for closure RC10, which is not a code", e.row.ClosureDate), true
	}},
	{"8630", "CIN", "CINdetails", func(g *gen, c *member) (string, bool) {
		e := lastEpisode(c, func(e *cinEpisodeRef) bool { return e.row.ReferralNFA })
		if e == nil {
			return "", false
		}
		e.row.ClosureDate = e.row.ReferralDate.AddDays(-2)
		return fmt.Sprintf("no-further-action referral of %s closed two days before it was made", e.row.ReferralDate), true
	}},
	{"1103", "CIN", "Assessments", func(g *gen, c *member) (string, bool) {
		a := lastAssessment(c, func(a *assessmentRef) bool { return true })
		if a == nil {
			return "", false
		}
		a.row.StartDate = a.epi.row.ReferralDate.AddDays(-3)
		return fmt.Sprintf("assessment starts %s, three days before the referral of %s", a.row.StartDate, a.epi.row.ReferralDate), true
	}},
	{"8608", "CIN", "Assessments", func(g *gen, c *member) (string, bool) {
		a := lastAssessment(c, func(a *assessmentRef) bool {
			return !a.row.AuthorisationDate.IsZero() && a.row.AuthorisationDate.After(a.row.StartDate.AddDays(2))
		})
		if a == nil {
			return "", false
		}
		a.row.AuthorisationDate = a.row.StartDate.AddDays(-1)
		a.row.InternalReviewDate, a.row.SeenDate = hearth.Date{}, hearth.Date{}
		a.row.ChildSeen = no()
		a.row.NotSeenReason = "Not seen."
		return fmt.Sprintf("assessment started %s was authorised the day before it started", a.row.StartDate), true
	}},
	{"8869", "CIN", "Assessments", func(g *gen, c *member) (string, bool) {
		a := lastAssessment(c, func(a *assessmentRef) bool {
			return !a.row.AuthorisationDate.IsZero() && len(a.row.Factors) > 0 && !a.row.Factors.Has("21")
		})
		if a == nil {
			return "", false
		}
		a.row.Factors = append(a.row.Factors, "21")
		return fmt.Sprintf("assessment authorised %s has factor 21 (no factors) with other factors", a.row.AuthorisationDate), true
	}},
	{"8898", "CIN", "Assessments", func(g *gen, c *member) (string, bool) {
		a := lastAssessment(c, func(a *assessmentRef) bool {
			return !a.row.AuthorisationDate.IsZero() && len(a.row.Factors) > 0 && !a.row.Factors.Has("21")
		})
		if a == nil {
			return "", false
		}
		a.row.Factors = append(a.row.Factors, a.row.Factors[0])
		return fmt.Sprintf("assessment authorised %s lists factor %s twice", a.row.AuthorisationDate, a.row.Factors[0]), true
	}},
	{"8905", "CIN", "ChildProtectionPlans", func(g *gen, c *member) (string, bool) {
		p := lastPlan(c, func(p *cpPlanRef) bool { return true })
		if p == nil {
			return "", false
		}
		p.row.InitialCategory = "XYZ"
		return fmt.Sprintf("CP plan started %s has initial category XYZ", p.row.StartDate), true
	}},
	{"2885", "CIN", "ChildProtectionPlans", func(g *gen, c *member) (string, bool) {
		p := lastPlan(c, func(p *cpPlanRef) bool {
			return len(p.reviews) > 0 && p.reviews[0].ConferenceDate.After(p.row.StartDate.AddDays(2)) &&
				(p.row.EndDate.IsZero() || p.row.EndDate.After(p.row.StartDate.AddDays(2)))
		})
		if p == nil {
			return "", false
		}
		p.row.StartDate = p.row.StartDate.AddDays(1)
		return fmt.Sprintf("CP plan starts %s, the day after its initial conference", p.row.StartDate), true
	}},
	{"8875", "CIN", "Section47", func(g *gen, c *member) (string, bool) {
		p := lastPlan(c, func(p *cpPlanRef) bool { return p.initial.S47EnquiryID != 0 })
		if p == nil {
			return "", false
		}
		day := p.initial.ConferenceDate
		for day.Time().Weekday() != time.Saturday {
			day = day.AddDays(-1)
		}
		p.initial.ConferenceDate = day
		p.row.StartDate = day
		return fmt.Sprintf("initial conference (and plan start) moved to Saturday %s", day), true
	}},
	{"8841", "CIN", "ChildProtectionPlans", func(g *gen, c *member) (string, bool) {
		p := lastPlan(c, func(p *cpPlanRef) bool { return len(p.reviews) > 0 })
		if p == nil {
			return "", false
		}
		p.reviews[0].ConferenceDate = p.row.StartDate
		return fmt.Sprintf("first review of the CP plan started %s held on the day it started", p.row.StartDate), true
	}},
	{"8925", "CIN", "ChildProtectionPlans", func(g *gen, c *member) (string, bool) {
		p := lastPlan(c, func(p *cpPlanRef) bool { return !p.row.EndDate.IsZero() })
		if p == nil {
			return "", false
		}
		p.row.EndDate = p.row.StartDate.AddDays(-1)
		return fmt.Sprintf("CP plan started %s ends the day before it started", p.row.StartDate), true
	}},
}

// headerBreaches are SSDA903 Header rules, for children who were looked after.
var headerBreaches = []breachKind{
	{"103", "SSDA903", "Header", func(g *gen, c *member) (string, bool) {
		c.p.Ethnicity = "XXXX"
		return "ethnicity set to XXXX, which is not a DfE ethnicity code (also CIN rule 4220)", true
	}},
	{"101", "SSDA903", "Header", func(g *gen, c *member) (string, bool) {
		c.p.Sex = "3"
		return "sex set to 3, which is not an SSDA903 sex code", true
	}},
}

func lastEpisode(c *member, ok func(*cinEpisodeRef) bool) *cinEpisodeRef {
	for i := len(c.rows.episodes) - 1; i >= 0; i-- {
		if ok(c.rows.episodes[i]) {
			return c.rows.episodes[i]
		}
	}
	return nil
}

func lastAssessment(c *member, ok func(*assessmentRef) bool) *assessmentRef {
	for i := len(c.rows.assessments) - 1; i >= 0; i-- {
		if ok(c.rows.assessments[i]) {
			return c.rows.assessments[i]
		}
	}
	return nil
}

func lastPlan(c *member, ok func(*cpPlanRef) bool) *cpPlanRef {
	for i := len(c.rows.cpPlans) - 1; i >= 0; i-- {
		if ok(c.rows.cpPlans[i]) {
			return c.rows.cpPlans[i]
		}
	}
	return nil
}

// maybeBreach gives each child of the record in the household, with probability ErrorRate, one breach.
func (g *gen) maybeBreach(h *household) {
	if g.opts.ErrorRate <= 0 {
		return
	}
	for _, c := range h.members {
		if !c.subject {
			continue
		}
		// A stream of its own, so that asking for errors never changes the rest of the authority.
		r := newRand(g.opts.Seed^0x5eed, uint64(c.p.ID))
		if !chance(r, g.opts.ErrorRate) {
			continue
		}
		g.breachChild(r, c)
	}
}

func (g *gen) breachChild(r interface {
	IntN(int) int
	Float64() float64
}, c *member) {
	if len(c.rows.care) > 0 && r.Float64() < 0.5 {
		if breachHook != nil && r.Float64() < 0.7 {
			var all []any
			for _, rows := range c.rows.care {
				all = append(all, rows...)
			}
			if b, ok := breachHook(newRand(uint64(c.p.ID), 903), all); ok {
				b.Child = c.p.LAChildID
				if b.Return == "" {
					b.Return = "SSDA903"
				}
				g.breaches = append(g.breaches, b)
				return
			}
		}
		k := headerBreaches[r.IntN(len(headerBreaches))]
		if detail, ok := k.apply(g, c); ok {
			g.breaches = append(g.breaches, Breach{Child: c.p.LAChildID, Rule: k.rule, Return: k.ret, Table: k.table, Detail: detail})
			if k.rule == "103" {
				g.breaches = append(g.breaches, Breach{Child: c.p.LAChildID, Rule: "4220", Return: "CIN", Table: "ChildCharacteristics", Detail: detail})
			}
			return
		}
	}
	start := r.IntN(len(breachKinds))
	for i := range breachKinds {
		k := breachKinds[(start+i)%len(breachKinds)]
		if k.rule == "4220" && len(c.rows.care) > 0 {
			continue // the same change breaks the SSDA903 Header too; headerBreaches lists both
		}
		if detail, ok := k.apply(g, c); ok {
			g.breaches = append(g.breaches, Breach{Child: c.p.LAChildID, Rule: k.rule, Return: k.ret, Table: k.table, Detail: detail})
			return
		}
	}
}

// WriteManifest writes the injected breaches as CSV with the header child,return,rule,table,detail, one
// line per breach in the order they were made.
func (s *Summary) WriteManifest(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"child", "return", "rule", "table", "detail"}); err != nil {
		return err
	}
	for _, b := range s.Breaches {
		if err := cw.Write([]string{b.Child.String(), b.Return, b.Rule, b.Table, b.Detail}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
