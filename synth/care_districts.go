package synth

import (
	"math"
	"strconv"

	"hearth"
	"hearth/care"
)

// careDistrictCentre is where the synthetic authority's own area is placed on the British National Grid.
// The postcode areas are made up (see careAreas), so this is no real place's position either; it only
// has to lie in Great Britain for the grid to make sense.
var careDistrictCentre = [2]float64{450000, 250000}

// careDistricts returns the postcode districts of the synthetic authority and the made-up areas around
// it (careAreas): each area's centre lies at the middle of its range of distances from home, on a bearing
// of its own, with its districts on a ring of 3 km around that centre (the own area's on a ring of 5 km),
// so that a placement recorded in the web application is located and measured as the generated ones are.
func careDistricts() []care.PostcodeDistrict {
	var out []care.PostcodeDistrict
	for i, a := range careAreas {
		miles, ring := (a.lo+a.hi)/2, 3000.0
		if i == 0 {
			miles, ring = 0, 5000
		}
		bearing := float64(i) * 2 * math.Pi / float64(len(careAreas))
		cx := careDistrictCentre[0] + miles*1609.344*math.Sin(bearing)
		cy := careDistrictCentre[1] + miles*1609.344*math.Cos(bearing)
		for k := 1; k <= a.district; k++ {
			angle := float64(k) * 2 * math.Pi / float64(a.district)
			out = append(out, care.PostcodeDistrict{Outward: a.prefix + strconv.Itoa(k), LACode: a.la, OwnArea: i == 0,
				Easting: math.Round(cx + ring*math.Sin(angle)), Northing: math.Round(cy + ring*math.Cos(angle))})
		}
	}
	return out
}

// addCareDistricts adds careDistricts to the rows the generator writes, as an organisation records the
// districts its children live and are placed in. They are recorded by Hearth itself at the start of the
// history, so that the same seed gives the same rows on both engines.
func (g *gen) addCareDistricts() {
	at := g.from.Time()
	for _, d := range careDistricts() {
		d.Record = hearth.Record{ID: g.ids.next("postcode_districts"), Version: 1, Status: hearth.StatusActive,
			RecordedAt: at, RecordedBy: hearth.SystemUserID}
		g.out.add(&d)
	}
}
