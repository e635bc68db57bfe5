package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"hearth"
)

func TestAdminUsers(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	ctx := context.Background()
	b := a.browser()
	b.signIn("admin@example.org")

	t.Run("the list filters by role, team and status and shows no child data", func(t *testing.T) {
		res := b.get("/admin/users")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Priya Shah") || !strings.Contains(res.Body, "Mo East") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		res = b.get("/admin/users?role=team_manager")
		if !strings.Contains(res.Body, "Mo East") || strings.Contains(res.Body, "Priya Shah") || !strings.Contains(res.Body, "2 accounts") {
			t.Fatalf("filtered by role:\n%s", res.Body)
		}
		res = b.get(fmt.Sprintf("/admin/users?team=%d", w.west.ID))
		if !strings.Contains(res.Body, "1 account") || !strings.Contains(res.Body, "west@example.org") {
			t.Fatalf("filtered by team:\n%s", res.Body)
		}
		for _, path := range []string{"/admin/users", "/admin/teams", fmt.Sprintf("/admin/users/%d", w.practitioner.ID)} {
			page := b.get(path)
			for _, child := range []string{"Amara", "Bea Test", "Ben Test", "/children/"} {
				if strings.Contains(page.Body, child) {
					t.Errorf("%s shows child data: %q", path, child)
				}
			}
		}
	})

	t.Run("adding a user shows a one-time password once and audits the change", func(t *testing.T) {
		res := b.post("/admin/users/new", url.Values{"name": {"Nia Brook"}, "email": {"Nia.Brook@example.org"}, "role": {"practitioner"},
			"team": {strconv.FormatInt(w.east.ID, 10)}, "staff": {"100002"}, "signin": {"password"}})
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Account added") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		m := regexp.MustCompile(`id="one-time-password">([^<]+)<`).FindStringSubmatch(res.Body)
		if m == nil {
			t.Fatalf("no password shown:\n%s", res.Body)
		}
		u, err := a.db.UserByEmail(ctx, "nia.brook@example.org")
		if err != nil {
			t.Fatal(err)
		}
		if u.Role != hearth.RolePractitioner || u.TeamID != w.east.ID || u.WorkerID != w.tom.ID || !u.Active || u.PasswordHash == "" ||
			strings.Contains(u.PasswordHash, m[1]) {
			t.Fatalf("account %+v", u)
		}
		var n int
		if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'create' AND table_name = 'users' AND row_id = ?`,
			w.admin.ID, u.ID).Scan(&n); err != nil || n != 1 {
			t.Fatalf("creation audited %d times, %v", n, err)
		}
		// The one-time password signs the person in.
		nb := a.browser()
		if res := nb.post("/sign-in", url.Values{"email": {"nia.brook@example.org"}, "password": {m[1]}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("signing in with the one-time password: %d", res.StatusCode)
		}
		if res := nb.get("/caseload"); !strings.Contains(res.Body, "Ben Test") && !strings.Contains(res.Body, "0 children") {
			t.Errorf("the new account's caseload:\n%s", res.Body)
		}
	})

	t.Run("an OpenID Connect account gets no password", func(t *testing.T) {
		res := b.post("/admin/users/new", url.Values{"name": {"Ola Sso"}, "email": {"ola@example.org"}, "role": {"senior_leader"}, "signin": {"oidc"}})
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "OpenID Connect only") || strings.Contains(res.Body, "one-time-password") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if u, err := a.db.UserByEmail(ctx, "ola@example.org"); err != nil || u.PasswordHash != "" {
			t.Fatalf("account %+v, %v", u, err)
		}
	})

	t.Run("an inspector without an end date is refused with what was typed kept", func(t *testing.T) {
		res := b.post("/admin/users/new", url.Values{"name": {"Ivy Inspector"}, "email": {"ivy@ofsted.example"}, "role": {"inspector"}, "signin": {"password"}})
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"There is a problem", "Enter the date the inspector", `value="Ivy Inspector"`, `value="ivy@ofsted.example"`,
			`value="inspector" selected`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		if _, err := a.db.UserByEmail(ctx, "ivy@ofsted.example"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Fatalf("the inspector was added: %v", err)
		}
		res = b.post("/admin/users/new", url.Values{"name": {"Ivy Inspector"}, "email": {"ivy@ofsted.example"}, "role": {"inspector"}, "signin": {"password"},
			"expires-day": {"31"}, "expires-month": {"3"}, "expires-year": {"2026"}})
		if res.StatusCode != http.StatusOK {
			t.Fatalf("with an end date: %d\n%s", res.StatusCode, res.Body)
		}
		u, err := a.db.UserByEmail(ctx, "ivy@ofsted.example")
		london, _ := time.LoadLocation("Europe/London")
		if err != nil || u.ExpiresAt.IsZero() || u.ExpiresAt.In(london).Format("2006-01-02 15:04") != "2026-03-31 00:00" {
			t.Fatalf("inspector %+v, %v (the account should stop at the start of 31 March in England)", u.ExpiresAt, err)
		}
	})

	t.Run("a team manager needs a team", func(t *testing.T) {
		res := b.post("/admin/users/new", url.Values{"name": {"Max Manager"}, "email": {"max@example.org"}, "role": {"team_manager"}, "signin": {"oidc"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `href="#team">Select the team the manager manages`) {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a duplicate email and an unknown staff ID are shown against their fields", func(t *testing.T) {
		res := b.post("/admin/users/new", url.Values{"name": {"Copy"}, "email": {"priya@example.org"}, "role": {"practitioner"}, "signin": {"password"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `href="#email">There is already an account`) {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		res = b.post("/admin/users/new", url.Values{"name": {"Copy"}, "email": {"copy@example.org"}, "role": {"practitioner"}, "signin": {"password"}, "staff": {"NOPE"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `href="#staff">There is no worker with the staff ID NOPE`) {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("changing an account needs a reason, keeps the history and ends a disabled account's sessions", func(t *testing.T) {
		pb := a.browser()
		pb.signIn("priya@example.org")
		path := fmt.Sprintf("/admin/users/%d", w.practitioner.ID)
		form := b.get(path)
		if form.StatusCode != http.StatusOK || !strings.Contains(form.Body, `name="version" value="1"`) || !strings.Contains(form.Body, `value="100001"`) {
			t.Fatalf("status %d\n%s", form.StatusCode, form.Body)
		}
		change := url.Values{"version": {"1"}, "role": {"practitioner"}, "team": {strconv.FormatInt(w.east.ID, 10)}, "staff": {"100001"}, "active": {"false"}}
		res := b.post(path, change)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Enter why the account is changing") ||
			!strings.Contains(res.Body, `value="false" checked`) {
			t.Fatalf("without a reason: %d\n%s", res.StatusCode, res.Body)
		}
		change.Set("reason", "Left the authority")
		res = b.post(path, change)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if page := b.get(path); !strings.Contains(page.Body, "The account of Priya Shah has been changed") {
			t.Error("no success banner")
		}
		u, err := a.db.UserByID(ctx, w.practitioner.ID)
		if err != nil || u.Active || u.Version != 2 {
			t.Fatalf("account %+v, %v", u, err)
		}
		hist, err := a.db.History(ctx, "users", u.ID)
		if err != nil || len(hist) != 1 || hist[0].Reason != "Left the authority" {
			t.Fatalf("history %+v, %v", hist, err)
		}
		var n int
		if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'amend' AND table_name = 'users' AND row_id = ?`,
			w.admin.ID, u.ID).Scan(&n); err != nil || n != 1 {
			t.Fatalf("the change audited %d times, %v", n, err)
		}
		if res := pb.get("/caseload"); res.StatusCode != http.StatusSeeOther {
			t.Errorf("the disabled account's session still works: %d", res.StatusCode)
		}
		// A second change based on the old version is refused, not silently applied.
		res = b.post(path, change)
		if res.StatusCode != http.StatusConflict {
			t.Fatalf("a stale change: %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("an administrator cannot disable their own account", func(t *testing.T) {
		res := b.post(fmt.Sprintf("/admin/users/%d", w.admin.ID), url.Values{"version": {"1"}, "role": {"administrator"}, "active": {"false"},
			"reason": {"Trying it out"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "You cannot disable your own account") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a new one-time password signs the person out everywhere and keeps the old hash in the history", func(t *testing.T) {
		mb := a.browser()
		mb.signIn("manager@example.org")
		path := fmt.Sprintf("/admin/users/%d/password", w.manager.ID)
		if res := b.post(path, url.Values{}); res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `href="#password-reason"`) {
			t.Fatalf("without a reason: %d\n%s", res.StatusCode, res.Body)
		}
		res := b.post(path, url.Values{"password-reason": {"Forgot it after leave"}})
		m := regexp.MustCompile(`id="one-time-password">([^<]+)<`).FindStringSubmatch(res.Body)
		if res.StatusCode != http.StatusOK || m == nil || !strings.Contains(res.Body, "New password set") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if res := mb.get("/caseload"); res.StatusCode != http.StatusSeeOther {
			t.Errorf("the manager's session outlived the new password: %d", res.StatusCode)
		}
		if res := a.browser().post("/sign-in", url.Values{"email": {"manager@example.org"}, "password": {testPassword}}); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("the old password still works: %d", res.StatusCode)
		}
		if res := a.browser().post("/sign-in", url.Values{"email": {"manager@example.org"}, "password": {m[1]}}); res.StatusCode != http.StatusSeeOther {
			t.Errorf("the new password does not work: %d", res.StatusCode)
		}
		hist, err := a.db.History(ctx, "users", w.manager.ID)
		if err != nil || len(hist) != 1 || hist[0].Reason != "Forgot it after leave" {
			t.Fatalf("history %+v, %v", hist, err)
		}
		if res := b.post(fmt.Sprintf("/admin/users/%d/password", w.admin.ID), url.Values{"password-reason": {"My own one"}}); res.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("an administrator set their own password here: %d", res.StatusCode)
		}
	})

	t.Run("teams are added and renamed with history", func(t *testing.T) {
		res := b.post("/admin/teams", url.Values{"name": {"Leaving Care"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if page := b.get("/admin/teams"); !strings.Contains(page.Body, "Leaving Care") || !strings.Contains(page.Body, "The team Leaving Care has been added") {
			t.Fatalf("teams page:\n%s", page.Body)
		}
		if res := b.post("/admin/teams", url.Values{"name": {"child protection east"}}); res.StatusCode != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "There is already a team called") {
			t.Fatalf("a duplicate name: %d", res.StatusCode)
		}
		path := fmt.Sprintf("/admin/teams/%d", w.west.ID)
		if res := b.post(path, url.Values{"version": {"1"}, "name": {"Assessment North"}}); res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("a rename without a reason: %d", res.StatusCode)
		}
		if res := b.post(path, url.Values{"version": {"1"}, "name": {"Assessment North"}, "reason": {"Restructure"}}); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("rename: %d\n%s", res.StatusCode, res.Body)
		}
		team, err := a.db.TeamByID(ctx, w.west.ID)
		if err != nil || team.Name != "Assessment North" {
			t.Fatalf("team %+v, %v", team, err)
		}
		var n int
		if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND table_name = 'department'`, w.admin.ID).Scan(&n); err != nil || n != 2 {
			t.Fatalf("team changes audited %d times, %v", n, err)
		}
	})
}

func TestAdminPagesAreForAdministratorsOnly(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	for _, email := range []string{"priya@example.org", "manager@example.org", "qa@example.org"} {
		b := a.browser()
		b.signIn(email)
		for _, path := range []string{"/admin/users", "/admin/users/new", fmt.Sprintf("/admin/users/%d", w.admin.ID), "/admin/teams"} {
			if res := b.get(path); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s GET %s: %d", email, path, res.StatusCode)
			}
		}
		if res := b.post("/admin/users/new", url.Values{"name": {"X"}, "email": {"x@example.org"}, "role": {"administrator"}, "signin": {"password"}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("%s POST /admin/users/new: %d", email, res.StatusCode)
		}
	}

	t.Run("an administrator is refused caseloads and children's records", func(t *testing.T) {
		b := a.browser()
		b.signIn("admin@example.org")
		for _, path := range []string{"/caseload", "/teams", fmt.Sprintf("/teams/%d/caseload", w.east.ID),
			fmt.Sprintf("/teams/%d/allocate?child=%d", w.east.ID, w.ben.ID), fmt.Sprintf("/children/%d", w.amara.ID)} {
			res := b.get(path)
			if res.StatusCode != http.StatusForbidden {
				t.Errorf("GET %s: %d", path, res.StatusCode)
			}
			if strings.Contains(res.Body, "Amara") || strings.Contains(res.Body, "Ben Test") {
				t.Errorf("GET %s shows a child", path)
			}
		}
		home := b.get("/")
		if !strings.Contains(home.Body, `href="/admin/users"`) || strings.Contains(home.Body, `href="/caseload"`) {
			t.Errorf("the administrator's navigation:\n%s", home.Body)
		}
	})
}
