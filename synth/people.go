package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"hearth"
)

// A household is the unit a journey happens to: one or two adults and their children. The front door
// hears about one child or several; each child it hears about becomes a child of the record (with an LA
// child id), and everyone in the household becomes a person row because assessments and enquiries must
// consider every member of the household. People who never come near children's services are not made:
// the authority's child population only sets the rates.

// member is one person of a household.
type member struct {
	p       *hearth.Person
	child   bool
	adult   int // 1 for the main carer (usually the mother), 2 for the second adult
	partner bool
	birth   hearth.Date
	sex     string
	// For children: the journey so far.
	subject   bool
	busyUntil hearth.Date // the day after the child's open episode ends; the reference date + 1 while open
	lastRef   hearth.Date
	cpPlans   int
	inCare    bool
	careDone  bool
	home      hearth.Postcode
	rows      childRows // the rows a breach may be injected into
}

// childRows keeps pointers to a child's rows of the kinds the CIN census checks, for breach injection.
type childRows struct {
	episodes    []*cinEpisodeRef
	assessments []*assessmentRef
	cpPlans     []*cpPlanRef
	care        [][]any
}

// household is a family and the rows made for it, which are written once the whole journey is known:
// people first, then everything that refers to them.
type household struct {
	id       int64
	r        *rand.Rand
	members  []*member
	postcode hearth.Postcode
	lines    string
	surname  string
	people   []any
	rows     []any
	// firstUser is the user who recorded the family's first contact, and so its people.
	firstUser hearth.ID
	// known: a child of the family has been referred before; hadCP: one has had a child protection plan.
	known, hadCP bool
}

func (h *household) add(rows ...any) { h.rows = append(h.rows, rows...) }

// children returns the children of the household.
func (h *household) children() []*member {
	var out []*member
	for _, m := range h.members {
		if m.child {
			out = append(out, m)
		}
	}
	return out
}

// others returns everyone in the household but m.
func (h *household) others(m *member) []*member {
	out := make([]*member, 0, len(h.members)-1)
	for _, o := range h.members {
		if o != m {
			out = append(out, o)
		}
	}
	return out
}

// newHousehold makes a household whose index child is age years old on day when. uasc makes a household
// of one unaccompanied young person.
func (g *gen) newHousehold(r *rand.Rand, hhID int64, indexAge int, when hearth.Date, uasc bool) *household {
	h := &household{id: hhID, r: r, surname: pickName(r, surnames), postcode: randomPostcode(r), lines: randomAddressLines(r)}
	// The index child's birthday, then siblings spaced around them.
	indexBirth := when.AddDays(-(indexAge*365 + r.IntN(365)))
	if indexAge == 0 {
		indexBirth = when.AddDays(-r.IntN(300) - 1)
	}
	n := 1
	if !uasc {
		n = householdChildren.pick(r)
	}
	births := []hearth.Date{indexBirth}
	for len(births) < n {
		// Siblings are one to six years apart, older or younger, and born by the first contact.
		gap := between(r, 380, 2200)
		b := births[r.IntN(len(births))]
		if chance(r, 0.5) {
			b = b.AddDays(gap)
		} else {
			b = b.AddDays(-gap)
		}
		if b.After(when) || when.DaysSince(b) > 17*365 {
			if len(births) > 1 || r.IntN(4) == 0 {
				break
			}
			continue
		}
		births = append(births, b)
	}
	eldest := births[0]
	for _, b := range births {
		if b.Before(eldest) {
			eldest = b
		}
	}
	for _, b := range births {
		sex := "2"
		if chance(r, 0.52) || (uasc && chance(r, 0.93)) {
			sex = "1"
		}
		m := &member{child: true, birth: b, sex: sex}
		surname := h.surname
		if chance(r, 0.15) {
			surname = pickName(r, surnames)
		}
		m.p = &hearth.Person{Forename: childName(r, sex), Surname: surname, BirthDate: b, Sex: sex, Gender: sex}
		h.members = append(h.members, m)
	}
	if !uasc {
		// The main carer (the mother in most households), then a second adult in about 60%: the
		// father, or in some households a partner who is not the children's parent.
		motherBirth := eldest.AddDays(-between(r, 17*365, 38*365))
		mum := &member{adult: 1, birth: motherBirth, sex: "2"}
		mum.p = &hearth.Person{Forename: pickName(r, womensNames), Surname: h.surname, BirthDate: motherBirth, Sex: "2", Gender: "2"}
		h.members = append(h.members, mum)
		if chance(r, 0.6) {
			dadBirth := motherBirth.AddDays(-between(r, -3*365, 8*365))
			dad := &member{adult: 2, birth: dadBirth, sex: "1", partner: chance(r, 0.25)}
			surname := h.surname
			if dad.partner {
				surname = pickName(r, surnames)
			}
			dad.p = &hearth.Person{Forename: pickName(r, mensNames), Surname: surname, BirthDate: dadBirth, Sex: "1", Gender: "1"}
			h.members = append(h.members, dad)
		}
	}
	for _, m := range h.members {
		m.home = h.postcode
		m.p.ID = g.ids.next("person")
		m.p.Ethnicity = "" // set below, shared by the family
	}
	eth := ethnicities.pick(r)
	for _, m := range h.members {
		m.p.Ethnicity = eth
		if m.child && eth != "REFU" && eth != "NOBT" && chance(r, 0.05) {
			m.p.Ethnicity = ethnicities.pick(r)
		}
	}
	return h
}

// makeSubject makes a child of the household a child of the record: an LA child id, an NHS number, a UPN
// or the reason there is none, and disabilities.
func (g *gen) makeSubject(h *household, m *member) {
	if m.subject {
		return
	}
	r := h.r
	m.subject = true
	g.childSeq++
	la, err := hearth.ParseLAChildID(fmt.Sprintf("C%07d", g.childSeq))
	if err != nil {
		panic(err)
	}
	p := m.p
	p.LAChildID = la
	p.IsChild = true
	g.nhsSeq++
	p.NHSNumber = hearth.GenerateNHSNumber(uint64(g.nhsSeq))
	age := m.birth.AgeOn(g.ref)
	switch {
	case age >= 5 && chance(r, 0.95):
		g.upnSeq++
		est, serial := (g.upnSeq/1000)%10000, g.upnSeq%1000
		year := m.birth.Year() + 4 + r.IntN(2)
		p.UPN = hearth.GenerateUPN(synthLACode, est, year%100, serial)
	case age >= 5:
		// Not UN4 (UPN not yet obtained): a child who comes into care must not keep it past a week
		// (SSDA903 rule 210), and a child of five or more known to the authority for long has had time.
		p.UPNUnknown = []string{"UN3", "UN5"}[r.IntN(2)]
	case age >= 3:
		p.UPNUnknown = "UN6"
	default:
		p.UPNUnknown = "UN2"
	}
	p.Disabilities = hearth.Codes{"NONE"}
}

// synthLACode is the local authority number in synthetic UPNs: 001, one of the DfE's pseudo-LA numbers
// (001 to 005), which the CIN census accepts in a UPN (rule 1530) and which is no local authority's own
// number (those start at 201), so a synthetic UPN cannot be taken for a real authority's pupil.
const synthLACode = 1

// setDisabled records a child's disabilities: one to three codes.
func setDisabled(r *rand.Rand, p *hearth.Person) {
	n := 1
	if chance(r, 0.35) {
		n = 2 + r.IntN(2)
	}
	codes := hearth.Codes{}
	for len(codes) < n {
		c := disabilityCodes.pick(r)
		if !codes.Has(c) {
			codes = append(codes, c)
		}
	}
	p.Disabilities = codes
}

// finishHousehold writes the household's people, relationships, household membership and addresses,
// ahead of the journey rows. Only adults and children who are part of the story are written: every member
// of a household with a child of the record.
func (g *gen) finishHousehold(h *household, recordedBy hearth.ID) {
	r := h.r
	first := h.members[0].birth
	for _, m := range h.members {
		if m.birth.Before(first) {
			first = m.birth
		}
	}
	known := g.ref // the day the family was first known, for recorded_at
	for _, m := range h.members {
		if m.subject && !m.lastRef.IsZero() && m.lastRef.Before(known) {
			known = m.lastRef
		}
	}
	for _, m := range h.members {
		m.p.Record = g.record(m.p.ID, known, recordedBy, r)
		h.people = append(h.people, m.p)
	}
	// Relationships: each adult to each child, and siblings to each other.
	for _, a := range h.members {
		if a.child {
			continue
		}
		for _, c := range h.members {
			if !c.child || !c.subject {
				continue
			}
			kind, pr := "parent", true
			if a.partner {
				kind, pr = "step_parent", false
			} else if a.adult == 2 && chance(r, 0.2) {
				pr = false
			}
			h.people = append(h.people, &hearth.Relationship{Record: g.record(g.ids.next("relationships"), known, recordedBy, r),
				PersonID: a.p.ID, RelatedPersonID: c.p.ID, Kind: kind, ParentalResponsibility: pr})
		}
	}
	kids := h.children()
	for i, a := range kids {
		for _, b := range kids[i+1:] {
			if !a.subject && !b.subject {
				continue
			}
			h.people = append(h.people, &hearth.Relationship{Record: g.record(g.ids.next("relationships"), known, recordedBy, r),
				PersonID: a.p.ID, RelatedPersonID: b.p.ID, Kind: "sibling"})
		}
	}
	// Household membership, from the point of view of each child of the record.
	for _, c := range kids {
		if !c.subject {
			continue
		}
		for _, o := range h.others(c) {
			start := c.birth
			if o.birth.After(start) {
				start = o.birth
			}
			h.people = append(h.people, &hearth.HouseholdMember{Record: g.record(g.ids.next("household_members"), known, recordedBy, r),
				PersonID: c.p.ID, MemberID: o.p.ID, FamilyID: h.id, StartDate: start})
		}
	}
	// Addresses of the children of the record.
	for _, m := range h.members {
		if !m.subject {
			continue
		}
		start := m.birth
		h.people = append(h.people, &hearth.Address{Record: g.record(g.ids.next("address"), known, recordedBy, r),
			PersonID: m.p.ID, Kind: "home", Lines: h.lines, Postcode: h.postcode, StartDate: start})
	}
}

// record returns the Record of a new row recorded on day d by user: at a plausible moment of the
// working day, derived from the date so the same seed always gives the same timestamps.
func (g *gen) record(id hearth.ID, d hearth.Date, user hearth.ID, r *rand.Rand) hearth.Record {
	return hearth.Record{ID: id, Version: 1, Status: hearth.StatusActive, RecordedAt: workingMoment(d, r), RecordedBy: user}
}

// systemRecord is the Record of a row the system user recorded when the authority was set up.
func (g *gen) systemRecord(id hearth.ID) hearth.Record {
	return hearth.Record{ID: id, Version: 1, Status: hearth.StatusActive,
		RecordedAt: g.historyStart().Time().Add(-24 * time.Hour).Add(8 * time.Hour), RecordedBy: hearth.SystemUserID}
}

// workingMoment returns a moment of the working day d (08:30 to 17:30 UTC, to the minute).
func workingMoment(d hearth.Date, r *rand.Rand) time.Time {
	return d.Time().Add(time.Duration(510+r.IntN(540)) * time.Minute)
}
