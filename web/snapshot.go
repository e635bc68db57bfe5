package web

import (
	"context"
	"sync"
	"time"
)

// snapshot is something read from the whole record (such as the measures' data or the returns'
// findings), shared by every page that shows it: reading it takes seconds for a large authority, using it
// milliseconds. LoadedAt is shown on the pages, so a reader knows how fresh their figures are.
type snapshot[T any] struct {
	Data     T
	LoadedAt time.Time
}

// snapshots holds the current snapshot of one kind. The first request loads it and others wait for that
// load; once the snapshot is older than maxAge the next request starts a reload in the background and is
// answered from the old one, so no reader waits for a reload.
type snapshots[T any] struct {
	what string                               // what is read, for the log: "the measures"
	read func(ctx context.Context) (T, error) // reads a fresh snapshot's data
	now  func() time.Time                     // the server's clock
	age  func() time.Duration                 // how old a snapshot may grow
	log  func(msg string, args ...any)        // logs a failed reload

	mu        sync.Mutex
	current   *snapshot[T]
	loading   chan struct{} // closed when the load under way ends; nil when none is
	loadErr   error
	reloading bool
}

// get returns the current snapshot, loading it if there is none yet.
func (c *snapshots[T]) get(ctx context.Context) (*snapshot[T], error) {
	c.mu.Lock()
	if cur := c.current; cur != nil {
		if c.now().Sub(cur.LoadedAt) > c.age() && !c.reloading {
			c.reloading = true
			go c.reload()
		}
		c.mu.Unlock()
		return cur, nil
	}
	if c.loading == nil {
		c.loading = make(chan struct{})
		go c.load(c.loading)
	}
	wait := c.loading
	c.mu.Unlock()
	select {
	case <-wait:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current == nil {
		return nil, c.loadErr
	}
	return c.current, nil
}

// load makes the first snapshot, with a context of its own so that a reader who gives up does not
// cancel the load others wait for.
func (c *snapshots[T]) load(done chan struct{}) {
	snap, err := c.readNow()
	c.mu.Lock()
	c.current, c.loadErr, c.loading = snap, err, nil
	c.mu.Unlock()
	close(done)
}

// reload replaces the snapshot with a fresh one; on failure the old one stays and the failure is logged.
func (c *snapshots[T]) reload() {
	snap, err := c.readNow()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reloading = false
	if err != nil {
		c.log("reloading "+c.what, "err", err)
		return
	}
	c.current = snap
}

func (c *snapshots[T]) readNow() (*snapshot[T], error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	at := c.now()
	data, err := c.read(ctx)
	if err != nil {
		return nil, err
	}
	return &snapshot[T]{Data: data, LoadedAt: at}, nil
}

// wire gives a snapshot cache what it takes from the server: its clock, the age a snapshot may reach
// (Config.MeasuresMaxAge) and its log.
func (c *snapshots[T]) wire(s *Server) {
	c.now = s.now
	c.age = func() time.Duration { return s.cfg.MeasuresMaxAge }
	c.log = s.log.Error
}
