package measure_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"hearth/measure"
)

func TestCacheLoadsOnceAndServesStaleDataWhileReloading(t *testing.T) {
	var loads atomic.Int32
	release := make(chan struct{})
	now := time.Date(2025, 4, 1, 9, 0, 0, 0, time.UTC)
	c := &measure.Cache{
		MaxAge: 10 * time.Minute,
		Now:    func() time.Time { return now },
		Load: func(ctx context.Context) (*measure.Data, error) {
			n := loads.Add(1)
			if n > 1 {
				<-release // the second load is slow
			}
			return measure.New(&measure.Tables{}, measure.ChildPopulation{Count: int(n)}, timescales())
		},
	}
	ctx := context.Background()
	d1, at, err := c.Get(ctx)
	if err != nil || d1.Population().Count != 1 || !at.Equal(now) {
		t.Fatalf("first Get = %v, %v, %v", d1, at, err)
	}
	if d, _, _ := c.Get(ctx); d != d1 || loads.Load() != 1 {
		t.Fatalf("a fresh Get loaded again (%d loads)", loads.Load())
	}
	now = now.Add(11 * time.Minute)
	// Stale: the reload starts, and meanwhile every request gets the data it had, without waiting.
	for i := 0; i < 3; i++ {
		if d, _, err := c.Get(ctx); d != d1 || err != nil {
			t.Fatalf("during the reload Get = %v, %v", d, err)
		}
	}
	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for {
		d, _, _ := c.Get(ctx)
		if d.Population().Count == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the reload never arrived")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if n := loads.Load(); n != 2 {
		t.Errorf("%d loads, want 2: one reload however many requests found the data stale", n)
	}
}

func TestCacheGivesTheLoadErrorToThoseWhoWaited(t *testing.T) {
	failed := errors.New("the database is down")
	c := &measure.Cache{MaxAge: time.Minute, Load: func(context.Context) (*measure.Data, error) { return nil, failed }}
	if _, _, err := c.Get(context.Background()); !errors.Is(err, failed) {
		t.Errorf("Get = %v, want the load's error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	block := &measure.Cache{MaxAge: time.Minute, Load: func(context.Context) (*measure.Data, error) { select {} }}
	if _, _, err := block.Get(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled wait = %v", err)
	}
}
