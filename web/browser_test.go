package web_test

// The browser test harness: the real server on a free port, over a small synthetic authority made once
// per test binary, driven by Debian's Chromium through chromedp, with axe-core run on every page a test
// visits. Browser tests live in *_browser_test.go files and call newTab, signInAs and visit.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
	"hearth/synth"
	"hearth/web"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// browserPassword is the password of the demo accounts the browser tests sign in with.
const browserPassword = "browser-test-password"

// browserEnv is what every browser test shares: the server and a running Chromium.
type browserEnv struct {
	base string
	// quickBase is a second server on the same database whose sessions time out after a few seconds,
	// for the idle warning.
	quickBase string
	db        *store.DB
	browser   context.Context // the Chromium process; each test opens a tab in it
	accounts  map[hearth.Role]hearth.User
}

var (
	envOnce sync.Once
	env     *browserEnv
	envErr  error
	envStop []func()
)

// TestMain stops the shared server and browser and removes the synthetic authority after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(envStop) - 1; i >= 0; i-- {
		envStop[i]()
	}
	os.Exit(code)
}

// browserTest returns the shared environment, making it on first use, or skips the test when Chromium
// is not installed (and fails it under HEARTH_TEST_REQUIRE=all).
func browserTest(t *testing.T) *browserEnv {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		storetest.SkipOrFail(t, "browser tests need Chromium at %s (apt-get install chromium)", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser tests are not run with -short")
	}
	envOnce.Do(func() { env, envErr = startBrowserEnv() })
	if envErr != nil {
		t.Fatal(envErr)
	}
	return env
}

// startBrowserEnv generates the small synthetic authority into a temporary folder, adds the demo
// accounts, starts the server as hearth demo would, and starts Chromium.
func startBrowserEnv() (*browserEnv, error) {
	dir, err := os.MkdirTemp("", "hearth-browser-test-")
	if err != nil {
		return nil, err
	}
	envStop = append(envStop, func() { os.RemoveAll(dir) })
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "hearth.db"))
	if err != nil {
		return nil, err
	}
	envStop = append(envStop, func() { db.Close() })
	if _, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 1, Years: 6}); err != nil {
		return nil, fmt.Errorf("generating the synthetic authority: %w", err)
	}
	users, err := synth.EnsureDemoAccounts(ctx, db, browserPassword, time.Now())
	if err != nil {
		return nil, err
	}
	e := &browserEnv{db: db, accounts: map[hearth.Role]hearth.User{}}
	cfg := web.Config{OrgName: "Synthetic Children's Services", Demo: true, DemoPassword: browserPassword,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, u := range users {
		e.accounts[u.Role] = u
		cfg.DemoAccounts = append(cfg.DemoAccounts, web.DemoAccount{Email: u.Email, Role: u.Role})
	}
	s, err := web.New(cfg, db)
	if err != nil {
		return nil, err
	}
	addTestForm(s)
	srv := httptest.NewServer(s)
	envStop = append(envStop, srv.Close)
	e.base = srv.URL

	quick := cfg
	quick.IdleTimeout, quick.IdleWarning = quickIdle, quickWarning
	qs, err := web.New(quick, db)
	if err != nil {
		return nil, err
	}
	qsrv := httptest.NewServer(qs)
	envStop = append(envStop, qsrv.Close)
	e.quickBase = qsrv.URL

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox, // the tests may run as root in CI, where Chromium's sandbox cannot start
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	if err := chromedp.Do(browser); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	envStop = append(envStop, cancelAlloc, cancelBrowser)
	e.browser = browser
	return e, nil
}

// tab is one browser tab of a test, with its own cookies (a new browser context), and the server.
type tab struct {
	t   *testing.T
	env *browserEnv
	ctx context.Context
}

// newTab opens a tab in a fresh browser context (no cookies shared with other tests) for the test, which
// may take two minutes: a busy machine takes a second or more per page with axe-core.
func newTab(t *testing.T) *tab {
	t.Helper()
	return newLongTab(t, 2*time.Minute)
}

// newLongTab is newTab for a test that walks many pages, whose tab may take up to timeout.
func newLongTab(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	e := browserTest(t)
	ctx, cancel := chromedp.NewContext(e.browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(cancelTimeout)
	return &tab{t: t, env: e, ctx: ctx}
}

// do runs chromedp steps in the tab, failing the test on error.
func (tb *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// get runs one chromedp action that returns a value in the tab, failing the test on error.
func get[T any](tb *tab, what string, action chromedp.Action[T]) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, action)
	if err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// eval evaluates a JavaScript expression in the page and returns its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	return get(tb, "evaluating "+expr, chromedp.Evaluate[T](expr))
}

// waitToLeave waits, after a form is sent, until the tab has left the page whose path ends with suffix
// and the next page has loaded, for pages that share an element id with the form, where waiting for the
// element would return before the form's page has gone. Reading the page fails while it is replaced, so
// each failure is only a reason to look again.
func (tb *tab) waitToLeave(suffix string) {
	tb.t.Helper()
	for range 200 {
		state, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.pathname + " " + document.readyState`))
		if err == nil && !strings.HasSuffix(strings.Fields(state)[0], suffix) && strings.HasSuffix(state, " complete") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tb.t.Fatalf("the page ending %s was not left within 10 seconds", suffix)
}

// visit opens a path, waits for the page, and checks it with axe-core.
func (tb *tab) visit(path string) {
	tb.t.Helper()
	tb.do("opening "+path, chromedp.Navigate(tb.env.base+path), chromedp.WaitReady(chromedp.CSS("body")))
	tb.checkAccessibility()
}

// text returns the text of the first element matching sel.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	return strings.TrimSpace(get(tb, "reading "+sel, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible)))
}

// path returns the path of the page the tab shows.
func (tb *tab) path() string {
	tb.t.Helper()
	return eval[string](tb, `location.pathname + location.search`)
}

// signInAs signs in with the demo account of role and waits for the home page.
func (tb *tab) signInAs(role hearth.Role) hearth.User {
	tb.t.Helper()
	return tb.signInAt(tb.env.base, role)
}

// signInAt signs in to the server at base.
func (tb *tab) signInAt(base string, role hearth.Role) hearth.User {
	tb.t.Helper()
	u, ok := tb.env.accounts[role]
	if !ok {
		tb.t.Fatalf("no demo account for %s", role)
	}
	tb.do("signing in as "+string(role),
		chromedp.Navigate(base+"/sign-in"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), u.Email),
		chromedp.SendKeys(chromedp.ID("password"), browserPassword),
		chromedp.Click(chromedp.CSS(`form[action="/sign-in"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`.hearth-identity`)),
	)
	return u
}

// axeSource is axe-core's script, read from node_modules at test time (make assets installs it).
var axeSource = sync.OnceValues(func() (string, error) {
	_, file, _, _ := goruntime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "node_modules", "axe-core", "axe.min.js"))
	return string(b), err
})

// axeViolation is one rule axe-core found broken, with the elements that break it.
type axeViolation struct {
	ID          string `json:"id"`
	Impact      string `json:"impact"`
	Description string `json:"description"`
	HelpURL     string `json:"helpUrl"`
	Nodes       []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// checkAccessibility runs axe-core on the page (WCAG 2.2 A and AA and axe's best practices) and fails the
// test listing every violation. The script is evaluated through the DevTools protocol, which the page's
// Content-Security-Policy does not restrict, so the policy need not be loosened for tests.
func (tb *tab) checkAccessibility() {
	tb.t.Helper()
	src, err := axeSource()
	if err != nil {
		storetest.SkipOrFail(tb.t, "axe-core is not installed (run make assets): %v", err)
	}
	if !get(tb, "loading axe-core", chromedp.Evaluate[bool](src+";\ntypeof axe === 'object'")) {
		tb.t.Fatal("axe-core did not load")
	}
	run := `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
		.then(r => JSON.stringify(r.violations))`
	out := get(tb, "running axe-core", chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
	var violations []axeViolation
	if err := json.Unmarshal([]byte(out), &violations); err != nil {
		tb.t.Fatalf("reading axe-core's answer: %v", err)
	}
	if len(violations) == 0 {
		return
	}
	var b strings.Builder
	for _, v := range violations {
		fmt.Fprintf(&b, "\n  %s (%s): %s %s", v.ID, v.Impact, v.Description, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n    %v %s", n.Target, n.HTML)
		}
	}
	tb.t.Errorf("%s has %d accessibility violations:%s", tb.path(), len(violations), b.String())
}
