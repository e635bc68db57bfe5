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
	"strconv"
	"testing"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/web"
)

// BenchmarkProtectionPages measures, one request at a time, the pages of the protection pathway over
// the synthetic authority: the child's record page (which now lists the protection records), a child
// protection plan's page, an assessment's page and a section 47 enquiry's page, read by a senior leader,
// and saving a visit, posted by a practitioner of the team that holds the child. Each child is a different
// one, so no page is served from a warm record. It reports the median and 99th percentile.
//
// Saving writes to the database: with HEARTH_BENCH_DB, give it a copy (cp /tmp/large.db /tmp/x.db).
func BenchmarkProtectionPages(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	s, err := web.New(web.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, db)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	leader := signedInClient(b, db, srv.URL, hearth.RoleSeniorLeader, 0, 0)

	plans := childIDs(b, db, `SELECT person_id * 1000000 + id FROM plans WHERE kind = 'cp' AND id % 7 = 0 ORDER BY id LIMIT 2000`)
	assessments := childIDs(b, db, `SELECT person_id * 1000000 + id FROM cin_assessments WHERE id % 7 = 0 ORDER BY id LIMIT 2000`)
	enquiries := childIDs(b, db, `SELECT person_id * 1000000 + id FROM s47_enquiry WHERE id % 3 = 0 ORDER BY id LIMIT 2000`)
	split := func(n hearth.ID) (hearth.ID, hearth.ID) { return n / 1000000, n % 1000000 }
	for _, page := range []struct {
		name string
		ids  []hearth.ID
		path func(child, row hearth.ID) string
	}{
		{"record", plans, func(c, _ hearth.ID) string { return fmt.Sprintf("/children/%d", c) }},
		{"plan", plans, func(c, r hearth.ID) string { return fmt.Sprintf("/children/%d/plans/%d", c, r) }},
		{"assessment", assessments, func(c, r hearth.ID) string { return fmt.Sprintf("/children/%d/assessments/%d", c, r) }},
		{"s47", enquiries, func(c, r hearth.ID) string { return fmt.Sprintf("/children/%d/s47-enquiries/%d", c, r) }},
	} {
		b.Run(page.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			for i := 0; b.Loop(); i++ {
				child, row := split(page.ids[i%len(page.ids)])
				start := time.Now()
				get(b, leader, srv.URL+page.path(child, row))
				times = append(times, time.Since(start))
			}
			report(b, times)
		})
	}

	// Saving a visit: a practitioner of the team holding each child of an open plan.
	type holder struct{ child, worker, team hearth.ID }
	var holders []holder
	rows, err := db.SQL().QueryContext(ctx, `SELECT a.person_id, a.worker_id, a.team_id FROM involvements a
		JOIN cp_plans p ON p.person_id = a.person_id AND p.end_date IS NULL
		WHERE a.end_date IS NULL AND a.role = 'social_worker' ORDER BY a.person_id LIMIT 200`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var h holder
		if err := rows.Scan(&h.child, &h.worker, &h.team); err != nil {
			b.Fatal(err)
		}
		holders = append(holders, h)
	}
	rows.Close()
	if len(holders) == 0 {
		b.Fatal("no child on an open plan has a social worker")
	}
	clients := map[hearth.ID]*http.Client{}
	b.Run("save-visit", func(b *testing.B) {
		times := make([]time.Duration, 0, b.N)
		today := time.Now()
		for i := 0; b.Loop(); i++ {
			h := holders[i%len(holders)]
			c, ok := clients[h.worker]
			if !ok {
				c = signedInClient(b, db, srv.URL, hearth.RolePractitioner, h.team, h.worker)
				clients[h.worker] = c
			}
			form := url.Values{"kind": {"cp"}, "location": {"home"}, "seen": {"yes"}, "alone": {"yes"},
				"visited-day": {strconv.Itoa(today.Day())}, "visited-month": {strconv.Itoa(int(today.Month()))}, "visited-year": {strconv.Itoa(today.Year())},
				"views": {"Things are better at home."}, "observations": {"Calm; the child showed me their room."}}
			start := time.Now()
			res, err := c.PostForm(fmt.Sprintf("%s/children/%d/visits/new", srv.URL, h.child), form)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusSeeOther {
				b.Fatalf("saving a visit for child %d: %s", h.child, res.Status)
			}
			times = append(times, time.Since(start))
		}
		report(b, times)
	})
}

// signedInClient adds an account with role (in team, as worker) and returns a client signed in with it.
func signedInClient(b *testing.B, db *store.DB, base string, role hearth.Role, team, worker hearth.ID) *http.Client {
	b.Helper()
	u := &hearth.User{Name: "Bench " + string(role), Email: fmt.Sprintf("bench.%s.%d@example.org", role, time.Now().UnixNano()), Role: role,
		TeamID: team, WorkerID: worker, Active: true, PasswordHash: auth.HashPassword("bench-password")}
	if err := db.Insert(context.Background(), hearth.System, u); err != nil {
		b.Fatal(err)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.PostForm(base+"/sign-in", url.Values{"email": {u.Email}, "password": {"bench-password"}})
	if err != nil || res.StatusCode != http.StatusSeeOther {
		b.Fatalf("signing in: %v %v", res.Status, err)
	}
	res.Body.Close()
	return c
}

// get asks for a page and fails the benchmark unless it answers 200.
func get(b *testing.B, c *http.Client, u string) {
	b.Helper()
	res, err := c.Get(u)
	if err != nil {
		b.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Fatalf("%s: %s", u, res.Status)
	}
}
