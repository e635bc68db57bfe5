package store

import (
	"context"
	"fmt"
	"strings"

	"hearth/care"
)

// PostcodeDistricts returns the districts of the outward codes given that the organisation has recorded
// (postcode_districts), keyed by outward code, so that a placement form can work out the placement's
// location and distance from home (care.Locate) from the two postcodes typed into it.
func (db *DB) PostcodeDistricts(ctx context.Context, outwards ...string) (map[string]care.PostcodeDistrict, error) {
	out := map[string]care.PostcodeDistrict{}
	var args []any
	for _, o := range outwards {
		if o != "" {
			args = append(args, o)
		}
	}
	if len(args) == 0 {
		return out, nil
	}
	rows, err := rowsWhere[care.PostcodeDistrict](ctx, db,
		"WHERE record_status = 'active' AND outward IN (?"+strings.Repeat(", ?", len(args)-1)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("reading postcode districts: %w", err)
	}
	for _, d := range rows {
		out[d.Outward] = d
	}
	return out, nil
}
