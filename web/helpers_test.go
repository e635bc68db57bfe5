package web_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/web"
)

// testPassword is every test account's password.
const testPassword = "correct horse battery"

// clock is a fake clock tests move forward by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// app is a running server on a real SQLite database with a fake clock.
type app struct {
	t     *testing.T
	db    *store.DB
	clock *clock
	srv   *httptest.Server
	cfg   web.Config
	web   *web.Server
}

// newApp starts the web application on a fresh SQLite database.
func newApp(t *testing.T, configure ...func(*web.Config)) *app {
	t.Helper()
	return newAppAt(t, func(_ string, cfg *web.Config) {
		for _, f := range configure {
			f(cfg)
		}
	})
}

// newAppAt is newApp for configuration that needs the server's own address (base, such as
// http://127.0.0.1:PORT), like an OpenID Connect redirect URL.
func newAppAt(t *testing.T, configure func(base string, cfg *web.Config)) *app {
	t.Helper()
	return newAppAtDSN(t, storetest.SQLiteDSN(t), configure)
}

// newAppOn starts the web application on the database dsn (for tests that run on both engines through
// storetest.ForEachEngine).
func newAppOn(t *testing.T, dsn string) *app {
	t.Helper()
	return newAppAtDSN(t, dsn, func(string, *web.Config) {})
}

// newAppAtDSN is newAppAt on the database dsn.
func newAppAtDSN(t *testing.T, dsn string, configure func(base string, cfg *web.Config)) *app {
	t.Helper()
	db := storetest.Open(t, dsn)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	db.Now = c.Now
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	cfg := web.Config{OrgName: "Testshire Children's Services", Now: c.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	configure(base, &cfg)
	s, err := web.New(cfg, db)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(s)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return &app{t: t, db: db, clock: c, srv: srv, cfg: cfg, web: s}
}

// addUser creates an account with testPassword.
func (a *app) addUser(email string, role hearth.Role, edit ...func(*hearth.User)) *hearth.User {
	a.t.Helper()
	u := &hearth.User{Name: "Test " + string(role), Email: email, Role: role, Active: true, PasswordHash: auth.HashPassword(testPassword)}
	for _, f := range edit {
		f(u)
	}
	if err := a.db.Insert(context.Background(), hearth.System, u); err != nil {
		a.t.Fatal(err)
	}
	return u
}

// browser is a client with its own cookies that does not follow redirects, so tests see each answer.
type browser struct {
	a      *app
	client *http.Client
}

func (a *app) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{a: a, client: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

// response is an answer with its body read.
type response struct {
	*http.Response
	Body string
}

func (b *browser) do(req *http.Request) response {
	b.a.t.Helper()
	res, err := b.client.Do(req)
	if err != nil {
		b.a.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return response{res, string(body)}
}

func (b *browser) get(path string) response {
	b.a.t.Helper()
	req, _ := http.NewRequest("GET", b.a.srv.URL+path, nil)
	return b.do(req)
}

func (b *browser) post(path string, form url.Values, headers ...string) response {
	b.a.t.Helper()
	req, _ := http.NewRequest("POST", b.a.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return b.do(req)
}

// signIn signs in and fails the test unless it worked.
func (b *browser) signIn(email string) {
	b.a.t.Helper()
	res := b.post("/sign-in", url.Values{"email": {email}, "password": {testPassword}})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
		b.a.t.Fatalf("signing in as %s: %d %s\n%s", email, res.StatusCode, res.Header.Get("Location"), res.Body)
	}
}

// auditCount returns how many audit_log rows have the action.
func (a *app) auditCount(action string) int {
	a.t.Helper()
	var n int
	if err := a.db.SQL().QueryRow("SELECT COUNT(*) FROM audit_log WHERE action = ?", action).Scan(&n); err != nil {
		a.t.Fatal(err)
	}
	return n
}
