package bench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/web"
)

// BenchmarkWebPages serves the real web application in process and loads its pages with 50 concurrent
// signed-in clients, each asking for the next page as soon as the last one came back (as hey -c 50
// does), across many children rather than one. It reports the median and 99th percentile of each page.
// bench/webload.sh takes the recorded figures with hey against the real binary; this one is for
// profiling (-cpuprofile), since it runs the server in the benchmark's process.
func BenchmarkWebPages(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	u := &hearth.User{Name: "Bench Leader", Email: fmt.Sprintf("bench.%d@example.org", time.Now().UnixNano()), Role: hearth.RoleSeniorLeader,
		Active: true, PasswordHash: auth.HashPassword("bench-password")}
	if err := db.Insert(ctx, hearth.System, u); err != nil {
		b.Fatal(err)
	}
	s, err := web.New(web.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, db)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Transport: &http.Transport{MaxIdleConnsPerHost: 64},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(srv.URL+"/sign-in", url.Values{"email": {u.Email}, "password": {"bench-password"}})
	if err != nil || res.StatusCode != http.StatusSeeOther {
		b.Fatalf("signing in: %v %v", res.Status, err)
	}
	res.Body.Close()
	ids := childIDs(b, db, `SELECT p.id FROM person p WHERE p.is_child AND NOT p.restricted
		AND EXISTS (SELECT 1 FROM cin_episodes c WHERE c.person_id = p.id) AND p.id % 50 = 0 ORDER BY p.id LIMIT 2000`)
	for _, page := range []struct{ name, path string }{
		{"health", "/healthz"},
		{"record", "/children/%d"},
		{"chronology", "/children/%d/chronology"},
		{"search", "/people?name=smith"},
	} {
		b.Run(page.name, func(b *testing.B) {
			var mu sync.Mutex
			var times []time.Duration
			next := 0
			b.SetParallelism(25) // 50 clients on this machine's 2 processors
			b.RunParallel(func(pb *testing.PB) {
				var mine []time.Duration
				for pb.Next() {
					mu.Lock()
					id := ids[next%len(ids)]
					next++
					mu.Unlock()
					path := page.path
					if slices.Contains([]string{"record", "chronology"}, page.name) {
						path = fmt.Sprintf(page.path, id)
					}
					start := time.Now()
					res, err := client.Get(srv.URL + path)
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						b.Errorf("%s: %s", path, res.Status)
						return
					}
					mine = append(mine, time.Since(start))
				}
				mu.Lock()
				times = append(times, mine...)
				mu.Unlock()
			})
			report(b, times)
		})
	}
}
