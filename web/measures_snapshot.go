package web

import (
	"context"
	"sync"
	"time"

	"hearth/calendar"
	"hearth/measure"
)

// measureSnapshot is the record as the measures read it (measure.Data), loaded once and shared by every
// Performance page: computing a measure over it takes milliseconds, reading it takes seconds for a large
// authority. LoadedAt is shown on every page, so a reader knows how fresh the figures are.
type measureSnapshot struct {
	Data     *measure.Data
	LoadedAt time.Time
}

// measureSnapshots holds the current snapshot. The first request loads it and others wait for that
// load; once the snapshot is older than maxAge the next request starts a reload in the background and
// is answered from the old one, so no reader waits for a reload.
type measureSnapshots struct {
	mu        sync.Mutex
	current   *measureSnapshot
	loading   chan struct{} // closed when the load under way ends; nil when none is
	loadErr   error
	reloading bool
}

// measures returns the current snapshot of the record for the Performance pages, loading it if there is
// none yet.
func (s *Server) measures(ctx context.Context) (*measureSnapshot, error) {
	m := &s.measureCache
	m.mu.Lock()
	if cur := m.current; cur != nil {
		if s.now().Sub(cur.LoadedAt) > s.cfg.MeasuresMaxAge && !m.reloading {
			m.reloading = true
			go s.reloadMeasures()
		}
		m.mu.Unlock()
		return cur, nil
	}
	if m.loading == nil {
		m.loading = make(chan struct{})
		go s.loadMeasures(m.loading)
	}
	wait := m.loading
	m.mu.Unlock()
	select {
	case <-wait:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.current == nil {
		return nil, m.loadErr
	}
	return m.current, nil
}

// loadMeasures makes the first snapshot, with a context of its own so that a reader who gives up does
// not cancel the load others wait for.
func (s *Server) loadMeasures(done chan struct{}) {
	snap, err := s.readMeasureSnapshot()
	m := &s.measureCache
	m.mu.Lock()
	m.current, m.loadErr, m.loading = snap, err, nil
	m.mu.Unlock()
	close(done)
}

// reloadMeasures replaces the snapshot with a fresh one; on failure the old one stays and the failure
// is logged.
func (s *Server) reloadMeasures() {
	snap, err := s.readMeasureSnapshot()
	m := &s.measureCache
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reloading = false
	if err != nil {
		s.log.Error("reloading the measures", "err", err)
		return
	}
	m.current = snap
}

// readMeasureSnapshot reads the record for the measures, with the organisation's duty settings, so
// "on time" in a measure means what it means on each worker's list.
func (s *Server) readMeasureSnapshot() (*measureSnapshot, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	at := s.now()
	settings, err := s.dutySettings(ctx)
	if err != nil {
		return nil, err
	}
	data, err := s.db.LoadMeasures(ctx, settings.MeasureTimescales(calendar.England()))
	if err != nil {
		return nil, err
	}
	return &measureSnapshot{Data: data, LoadedAt: at}, nil
}
