package synth

import (
	"testing"

	"hearth"
	"hearth/care"
)

// TestCareDistrictsMatchTheAreas checks that a placement located from the synthetic districts lies where
// the generator puts its placements: in the own area within its range of distances, and in each other
// area within that area's range (rounded), from any home in the own area.
func TestCareDistrictsMatchTheAreas(t *testing.T) {
	byOutward := map[string]care.PostcodeDistrict{}
	for _, d := range careDistricts() {
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		if _, dup := byOutward[d.Outward]; dup {
			t.Fatalf("district %s twice", d.Outward)
		}
		byOutward[d.Outward] = d
	}
	lookup := func(o string) (care.PostcodeDistrict, bool) { d, ok := byOutward[o]; return d, ok }
	pc := func(s string) hearth.Postcode {
		p, err := hearth.ParsePostcode(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	home := pc("HE3 4AB")
	for i, a := range careAreas {
		loc := care.Locate(home, pc(a.prefix+"2 1AA"), lookup)
		if loc.LA != a.la || (loc.Location == "IN") != (i == 0) || !loc.Measured {
			t.Errorf("%s: located %+v", a.prefix, loc)
		}
		if i > 0 && (loc.Miles < a.lo-4 || loc.Miles > a.hi) {
			t.Errorf("%s: %g miles from home, want within %g to %g", a.prefix, loc.Miles, a.lo, a.hi)
		}
		if i == 0 && loc.Miles > a.hi {
			t.Errorf("own area: %g miles from home, want at most %g", loc.Miles, a.hi)
		}
	}
}
