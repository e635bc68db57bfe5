package synth

import (
	"math/rand/v2"
	"reflect"
	"sync"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// care hands child c, who starts to be looked after on day start, to the care part of the journey
// (careHook), allocates the child's social worker and reviewing officer in care and, for a care leaver,
// a personal adviser, and asks for missing episodes over the time in care. It returns the day care ended
// (zero while still looked after at the reference date); ok is false when there is no care part.
func (g *gen) care(h *household, c *member, epi *frontdoor.CINEpisode, start hearth.Date, need string, current *worker) (hearth.Date, bool) {
	if careHook == nil {
		return hearth.Date{}, false
	}
	r := h.r
	sw := g.wf.pick(poolInCare, start, hearth.Date{})
	iro := g.wf.pick(poolIRO, start, hearth.Date{})
	var pa *worker
	turns18 := c.birth.AddMonths(18 * 12)
	turns21 := c.birth.AddMonths(21 * 12)
	if paFrom := maxDate(start, turns18); !paFrom.After(g.ref) {
		pa = g.wf.pick(poolLeaving, paFrom, turns21)
	}
	recordedBy := sw.user
	if current != nil {
		recordedBy = current.user
	}
	in := careInput{
		PersonID: c.p.ID, LAChildID: c.p.LAChildID, BirthDate: c.birth, Sex: c.p.Sex, CategoryOfNeed: need,
		Start: start, Reference: g.ref, SocialWorker: sw.id, ReviewingOfficer: iro.id, RecordedBy: recordedBy,
		HomePostcode: c.home, CINEpisodeID: epi.ID,
	}
	if pa != nil {
		in.PersonalAdviser = pa.id
	}
	out := careHook(draw(r), g.ids, in)
	end, leaver := out.End, out.CareLeaver
	if !end.IsZero() && end.After(g.ref) {
		end = hearth.Date{}
	}
	c.inCare = end.IsZero()
	stamped := g.addCareRows(h, c, out.Rows, sw.user)
	c.rows.care = append(c.rows.care, stamped)
	g.allocateFirst(h, c, poolInCare, sw, start, end, epi.ID, "OTHERS")
	g.allocateFirst(h, c, poolIRO, iro, start, end, epi.ID, "")
	if leaver && pa != nil {
		paFrom := out.CareLeaverFrom
		if paFrom.IsZero() {
			paFrom = maxDate(end, start)
		}
		if paFrom.Before(turns21) && !paFrom.After(g.ref) {
			paEnd := turns21
			if paEnd.After(g.ref) {
				paEnd = hearth.Date{}
			}
			g.allocateFirst(h, c, poolLeaving, pa, paFrom, paEnd, 0, "")
		}
	}
	return end, true
}

// addCareRows adds rows made by the care, missing and leaving-care parts of a journey to the household,
// filling in recorded_at (from the row's first date, at a working hour) and recorded_by (user) where they
// left them empty. Rows given as values are turned into pointers so they can be filled in; the rows as
// added are returned.
func (g *gen) addCareRows(h *household, c *member, rows []any, user hearth.ID) []any {
	out := make([]any, 0, len(rows))
	for _, row := range rows {
		v := reflect.ValueOf(row)
		if v.Kind() != reflect.Pointer {
			p := reflect.New(v.Type())
			p.Elem().Set(v)
			v = p
			row = p.Interface()
		}
		elem := v.Elem()
		rec, ok := elem.Field(0).Addr().Interface().(*hearth.Record)
		if ok {
			if rec.RecordedAt.IsZero() {
				d := firstDateOf(elem)
				if d.IsZero() {
					d = g.ref
				}
				rec.RecordedAt = d.Time().Add(time.Duration(540+int(rec.ID%420)) * time.Minute)
			}
			if rec.RecordedBy == 0 {
				rec.RecordedBy = user
			}
		}
		h.add(row)
		out = append(out, row)
	}
	return out
}

var dateFields sync.Map // reflect.Type -> []int: the indexes of its Date and time fields, in order

// firstDateOf returns the first date recorded in a row: its first non-zero Date (or time) field after
// the Record.
func firstDateOf(v reflect.Value) hearth.Date {
	t := v.Type()
	idx, ok := dateFields.Load(t)
	if !ok {
		var list []int
		for i := 1; i < t.NumField(); i++ {
			switch t.Field(i).Type {
			case reflect.TypeOf(hearth.Date{}), reflect.TypeOf(time.Time{}):
				list = append(list, i)
			}
		}
		dateFields.Store(t, list)
		idx = list
	}
	for _, i := range idx.([]int) {
		switch f := v.Field(i).Interface().(type) {
		case hearth.Date:
			if !f.IsZero() {
				return f
			}
		case time.Time:
			if !f.IsZero() {
				return hearth.DateOf(f)
			}
		}
	}
	return hearth.Date{}
}

// Ages of children looked after on 31 March (CLA 2024, approximate: under 1 5%, 1 to 4 13%, 5 to 9 17%,
// 10 to 15 38%, 16 and over 27%).
var claAge = newBands([]band{{0, 0, 5}, {1, 4, 13}, {5, 9, 17}, {10, 15, 38}, {16, 17, 27}})

// stockHousehold makes a child who was already looked after when the history begins: the stock of
// children in care on its first day, with the referral and assessment that led there dated before it.
func (g *gen) stockHousehold(r *rand.Rand, hh int64) {
	if careHook == nil {
		return
	}
	age := claAge.pick(r)
	inCare := 1 + expDays(r, 800)
	if maxDays := age*365 + 200; inCare > maxDays {
		inCare = r.IntN(maxDays) + 1
	}
	if limit := g.from.DaysSince(g.earliest) - 90; inCare > limit {
		inCare = r.IntN(limit) + 1
	}
	t := g.from.AddDays(-inCare - 30)
	ageThen := max(age-(inCare+30)/365, 0)
	h := g.newHousehold(r, hh, ageThen, t, false)
	child := h.members[0]
	if child.birth.After(t) {
		t = child.birth.AddDays(between(r, 1, 30))
	}
	forced := eventPlan{care: true, inNeed: true}
	g.event(h, t, []*member{child}, &forced)
	if !child.inCare && child.busyUntil.Before(g.ref) && chance(r, 0.3) {
		g.familyJourney(h, child.busyUntil.AddDays(30+expDays(r, 300)))
	}
	g.flushHousehold(h)
}

var uascNationalities = newDist([]weighted{{"Afghanistan", 22}, {"Eritrea", 15}, {"Sudan", 14}, {"Iran", 10},
	{"Vietnam", 8}, {"Albania", 8}, {"Syria", 7}, {"Iraq", 6}, {"Ethiopia", 5}, {"Egypt", 5}})

var uascEthnicity = map[string]string{"Afghanistan": "AOTH", "Eritrea": "BAFR", "Sudan": "BAFR", "Iran": "OOTH",
	"Vietnam": "AOTH", "Albania": "WOTH", "Syria": "OOTH", "Iraq": "OOTH", "Ethiopia": "BAFR", "Egypt": "OOTH"}

// uascHousehold makes an unaccompanied asylum-seeking young person who arrives on day t: referred the
// same day and looked after from then.
func (g *gen) uascHousehold(r *rand.Rand, hh int64, t hearth.Date) {
	if careHook == nil {
		return
	}
	age := 16 + r.IntN(2)
	if chance(r, 0.25) {
		age = 13 + r.IntN(3)
	}
	h := g.newHousehold(r, hh, age, t, true)
	child := h.members[0]
	nat := uascNationalities.pick(r)
	child.p.Nationality = nat
	child.p.Ethnicity = uascEthnicity[nat]
	forced := eventPlan{care: true, inNeed: true, uasc: true}
	g.event(h, t, []*member{child}, &forced)
	g.flushHousehold(h)
}
