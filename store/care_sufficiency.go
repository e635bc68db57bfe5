package store

import (
	"context"
	"fmt"

	"hearth"
)

// Sufficiency is where the children looked after on a date are placed: how many in and out of the
// authority's area, of each placement type, and in each band of distance from home. A commissioner reads
// it to see which placements the area lacks; it holds counts, never children.
type Sufficiency struct {
	On    hearth.Date
	Total int
	// ByLocation counts by PL_LOCATION (IN, OUT, or "" when not worked out).
	ByLocation map[string]int
	// ByType counts by placement type, each split by location.
	ByType map[string]map[string]int
	// ByDistance counts by DistanceBands' index, or -1 when the distance was not measured.
	ByDistance map[int]int
}

// DistanceBands are the upper bounds, in miles, of the bands of distance from home the sufficiency view
// counts: up to 5, 10, 20 (the DfE's "more than 20 miles" line) and 50 miles, and beyond.
var DistanceBands = []float64{5, 10, 20, 50}

// PlacementSufficiency counts the children looked after on the date by where they are placed, in one
// grouped query over the episodes in force that day.
func (db *DB) PlacementSufficiency(ctx context.Context, on hearth.Date) (Sufficiency, error) {
	s := Sufficiency{On: on, ByLocation: map[string]int{}, ByType: map[string]map[string]int{}, ByDistance: map[int]int{}}
	d := db.Engine.arg(on)
	band := "CASE WHEN placement_location IS NULL OR home_postcode IS NULL THEN -1"
	for i, b := range DistanceBands {
		band += fmt.Sprintf(" WHEN distance_miles <= %g THEN %d", b, i)
	}
	band += fmt.Sprintf(" ELSE %d END", len(DistanceBands))
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT placement_type, COALESCE(placement_location, ''), `+band+`, COUNT(*)
		FROM cla_episodes WHERE record_status = 'active' AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
		GROUP BY placement_type, COALESCE(placement_location, ''), `+band), d, d)
	if err != nil {
		return s, fmt.Errorf("counting where the children looked after on %s are placed: %w", on, err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, loc string
		var b, n int
		if err := rows.Scan(&typ, &loc, &b, &n); err != nil {
			return s, err
		}
		s.Total += n
		s.ByLocation[loc] += n
		if s.ByType[typ] == nil {
			s.ByType[typ] = map[string]int{}
		}
		s.ByType[typ][loc] += n
		s.ByDistance[b] += n
	}
	return s, rows.Err()
}
