package web

import (
	"context"

	"hearth/calendar"
	"hearth/measure"
)

// measureSnapshot is the record as the measures read it (measure.Data), loaded once and shared by every
// Performance page (snapshot.go).
type measureSnapshot = snapshot[*measure.Data]

// measures returns the current snapshot of the record for the Performance pages.
func (s *Server) measures(ctx context.Context) (*measureSnapshot, error) {
	return s.measureCache.get(ctx)
}

// readMeasures reads the record for the measures, with the organisation's duty settings, so "on time" in
// a measure means what it means on each worker's list.
func (s *Server) readMeasures(ctx context.Context) (*measure.Data, error) {
	settings, err := s.dutySettings(ctx)
	if err != nil {
		return nil, err
	}
	return s.db.LoadMeasures(ctx, settings.MeasureTimescales(calendar.England()))
}
