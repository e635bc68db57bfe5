package measure

import (
	"context"
	"sync"
	"time"
)

// Cache holds one loaded Data for the pages that show measures, so that they share the cost of loading
// (seconds for a large authority) and a page costs only the computing (milliseconds). Data older than
// MaxAge is reloaded by the first request that finds it so; while it reloads, other requests are given
// the data they already had rather than waiting, and only a request that finds no data at all waits. Only
// one load runs at a time.
type Cache struct {
	// Load loads the data, usually store.DB.LoadMeasures with the organisation's duties.
	Load func(ctx context.Context) (*Data, error)
	// MaxAge is how old the data may be before it is reloaded.
	MaxAge time.Duration
	// Now returns the time; nil means time.Now. Tests set it.
	Now func() time.Time

	mu      sync.Mutex
	data    *Data
	at      time.Time
	loading chan struct{} // closed when the running load ends; nil when none runs
	err     error         // the last load's error, given to those who waited for it
}

// Get returns the data and when it was loaded. A request with no data yet waits for the load (or for
// its context); its error is the load's.
func (c *Cache) Get(ctx context.Context) (*Data, time.Time, error) {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	c.mu.Lock()
	if c.data != nil && now().Sub(c.at) < c.MaxAge {
		d, at := c.data, c.at
		c.mu.Unlock()
		return d, at, nil
	}
	if c.loading == nil {
		c.loading = make(chan struct{})
		go c.reload(now)
	}
	loading, d, at := c.loading, c.data, c.at
	c.mu.Unlock()
	if d != nil {
		return d, at, nil // stale but usable while the reload runs
	}
	select {
	case <-loading:
	case <-ctx.Done():
		return nil, time.Time{}, ctx.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.data, c.at, c.err
}

// reload runs one load, detached from any request's context so that a request that gives up does not
// cancel a load others are waiting for.
func (c *Cache) reload(now func() time.Time) {
	started := now()
	d, err := c.Load(context.Background())
	c.mu.Lock()
	defer c.mu.Unlock()
	c.err = err
	if err == nil {
		c.data, c.at = d, started
	}
	close(c.loading)
	c.loading = nil
}

// Invalidate makes the next Get reload, for after something that changes the figures at once (such as a
// new child population).
func (c *Cache) Invalidate() {
	c.mu.Lock()
	c.at = time.Time{}
	c.mu.Unlock()
}
