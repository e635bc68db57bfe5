package care

import (
	"strings"
	"testing"

	"hearth"
)

// districts is a hand-built table: SL1 and SL2 in the organisation's own area 3 km apart east to west,
// RG1 in another authority 30 km east and 40 km north of SL1 (50 km, 31.1 miles).
func districts(outward string) (PostcodeDistrict, bool) {
	d, ok := map[string]PostcodeDistrict{
		"SL1": {Outward: "SL1", LACode: "E06000039", OwnArea: true, Easting: 497000, Northing: 180000},
		"SL2": {Outward: "SL2", LACode: "E06000039", OwnArea: true, Easting: 494000, Northing: 180000},
		"RG1": {Outward: "RG1", LACode: "E06000038", Easting: 527000, Northing: 220000},
	}[outward]
	return d, ok
}

func postcode(t *testing.T, s string) hearth.Postcode {
	t.Helper()
	p, err := hearth.ParsePostcode(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLocate(t *testing.T) {
	for _, c := range []struct {
		name, home, placement string
		want                  Location
	}{
		{"inside the area, measured between districts", "SL1 1AA", "SL2 5XY", Location{Location: "IN", LA: "E06000039", Miles: 1.9, Measured: true}},
		{"outside the area", "SL1 1AA", "RG1 2BB", Location{Location: "OUT", LA: "E06000038", Miles: 31.1, Measured: true}},
		{"the same district is no distance", "SL1 1AA", "SL1 9ZZ", Location{Location: "IN", LA: "E06000039", Miles: 0, Measured: true}},
		{"an unknown placement district says nothing", "SL1 1AA", "ZE1 0AA", Location{}},
		{"an unknown home district gives the location but no distance", "ZE1 0AA", "RG1 2BB", Location{Location: "OUT", LA: "E06000038"}},
		{"no home postcode gives the location but no distance", "", "SL2 5XY", Location{Location: "IN", LA: "E06000039"}},
		{"no placement postcode says nothing", "SL1 1AA", "", Location{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var home, pl hearth.Postcode
			if c.home != "" {
				home = postcode(t, c.home)
			}
			if c.placement != "" {
				pl = postcode(t, c.placement)
			}
			if got := Locate(home, pl, districts); got != c.want {
				t.Errorf("Locate(%q, %q) = %+v, want %+v", c.home, c.placement, got, c.want)
			}
		})
	}
}

func TestPostcodeDistrictValidate(t *testing.T) {
	good := PostcodeDistrict{Outward: "SW1A", LACode: "E09000033", Easting: 529000, Northing: 179000}
	if err := good.Validate(); err != nil {
		t.Fatalf("a good district was refused: %v", err)
	}
	for name, d := range map[string]PostcodeDistrict{
		"outward":  {Outward: "SW1A 1", LACode: "E09000033", Easting: 1, Northing: 1},
		"la_code":  {Outward: "SW1A", LACode: "e09", Easting: 1, Northing: 1},
		"easting":  {Outward: "SW1A", LACode: "E09000033", Easting: -5, Northing: 1},
		"northing": {Outward: "SW1A", LACode: "E09000033", Easting: 1, Northing: 2e6},
	} {
		err := d.Validate()
		if err == nil || !strings.Contains(hearth.ErrorMessage(err), name+":") {
			t.Errorf("%s: got %v, want a problem with %s", name, err, name)
		}
	}
}
