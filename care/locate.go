package care

import (
	"math"
	"regexp"

	"hearth"
)

// PostcodeDistrict is where one postcode district (the outward code of a postcode, such as SL1) lies: the
// local authority area it is in, whether that is the organisation's own area, and its centre on the
// British National Grid. The SSDA903 derives a placement's location (PL_LOCATION, PL_LA) and its distance
// from home (PL_DISTANCE) from the two postcodes; a district's centre is accurate to a mile or two, which
// is what those items and the "more than 20 miles from home" measure need, and the table stays small
// enough for an organisation to keep for the districts its children live and are placed in.
type PostcodeDistrict struct {
	hearth.Record
	Outward  string  `db:"outward,notnull,unique" doc:"The postcode district: the outward code of a postcode, such as SL1 or SW1A"`
	LACode   string  `db:"la_code,notnull" dfe:"SSDA903 Episodes.PL_LA (derived from the placement postcode's district)" doc:"The ONS code of the local authority area the district is in, such as E06000039; where a district straddles a boundary, the authority most of it is in"`
	OwnArea  bool    `db:"own_area" dfe:"SSDA903 Episodes.PL_LOCATION (derived: IN when the placement postcode's district is in the organisation's own area)" doc:"True when the district is in the organisation's own local authority area"`
	Easting  float64 `db:"easting" doc:"The district's centre, in metres east on the British National Grid"`
	Northing float64 `db:"northing" doc:"The district's centre, in metres north on the British National Grid"`
}

// outwardCode is the shape of an outward code (see hearth.ParsePostcode).
var outwardCode = regexp.MustCompile(`^[A-Z]{1,2}[0-9][0-9A-Z]?$`)

// Validate checks the district has an outward code of the right shape, an authority code and a centre
// on the grid (Great Britain lies within 700 km east and 1,300 km north of its origin).
func (d PostcodeDistrict) Validate() error {
	c := check{what: "postcode district (postcode_districts)"}
	if !outwardCode.MatchString(d.Outward) {
		c.add("outward", "%q is not the first part of a postcode, such as SL1 or SW1A", d.Outward)
	}
	if !reference.MatchString(d.LACode) {
		c.add("la_code", "%q is not a local authority code (capital letters and digits only)", d.LACode)
	}
	if d.Easting < 0 || d.Easting > 700000 {
		c.add("easting", "%g metres is not an easting in Great Britain (0 to 700,000)", d.Easting)
	}
	if d.Northing < 0 || d.Northing > 1300000 {
		c.add("northing", "%g metres is not a northing in Great Britain (0 to 1,300,000)", d.Northing)
	}
	return c.err()
}

// Location is what the SSDA903 derives from a placement's postcode and the child's home postcode.
type Location struct {
	// Location is IN or OUT (PL_LOCATION), LA the placement's authority (PL_LA); both empty when the
	// placement's district is not known.
	Location, LA string
	// Miles is the straight-line distance from home to the placement to a tenth of a mile (PL_DISTANCE),
	// and Measured is false when it could not be worked out (either district not known, or either
	// postcode not recorded).
	Miles    float64
	Measured bool
}

// metresPerMile is the international mile.
const metresPerMile = 1609.344

// Locate works out a placement's location and distance from home from the districts of the two
// postcodes, looked up with district (which reports false for a district it does not know). Two postcodes
// in the same district are measured as the same place, 0 miles apart: a district is a few miles across, so
// nothing finer can be said from it.
func Locate(home, placement hearth.Postcode, district func(outward string) (PostcodeDistrict, bool)) Location {
	var out Location
	if placement.IsZero() {
		return out
	}
	pl, ok := district(placement.Outward())
	if !ok {
		return out
	}
	out.LA, out.Location = pl.LACode, "OUT"
	if pl.OwnArea {
		out.Location = "IN"
	}
	if home.IsZero() {
		return out
	}
	h, ok := district(home.Outward())
	if !ok {
		return out
	}
	m := math.Hypot(pl.Easting-h.Easting, pl.Northing-h.Northing) / metresPerMile
	out.Miles, out.Measured = math.Round(m*10)/10, true
	return out
}
