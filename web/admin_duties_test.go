package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth/store/storetest"
)

func TestAdminDuties(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newWorkWorld(t, a)
		b := a.signedIn(w.admin.Email)

		res := b.get("/admin/duties")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Initial child protection conference") ||
			!strings.Contains(res.Body, "15 working days") || !strings.Contains(res.Body, "No timescale has been changed") {
			t.Fatalf("status %d:\n%s", res.StatusCode, res.Body)
		}

		t.Run("a local timescale is changed with a reason, and the change is kept", func(t *testing.T) {
			res := b.post("/admin/duties/core-group", url.Values{"amount": {"4"}, "unit": {"weeks"}, "reason": {"Agreed at the safeguarding board"}})
			if res.StatusCode != http.StatusSeeOther {
				t.Fatalf("status %d:\n%s", res.StatusCode, res.Body)
			}
			page := b.get("/admin/duties").Body
			for _, s := range []string{"4 weeks", "Core group meeting: 4 weeks", "Agreed at the safeguarding board", ">Local<"} {
				if !strings.Contains(page, s) {
					t.Errorf("the page does not say %q", s)
				}
			}
		})
		t.Run("a national timescale is not loosened, and the refusal is at the field", func(t *testing.T) {
			res := b.post("/admin/duties/icpc", url.Values{"amount": {"20"}, "unit": {"working_days"}, "reason": {"More time"}})
			if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="amount-error"`) ||
				!strings.Contains(res.Body, "may be made shorter, not longer") || !strings.Contains(res.Body, `value="20"`) {
				t.Errorf("status %d:\n%s", res.StatusCode, res.Body)
			}
		})
		t.Run("each mistake is at its field", func(t *testing.T) {
			res := b.post("/admin/duties/cp-visit", url.Values{"amount": {"ten"}, "unit": {""}})
			for _, id := range []string{"amount-error", "reason-error"} {
				if !strings.Contains(res.Body, `id="`+id+`"`) {
					t.Errorf("no %s", id)
				}
			}
			if res := b.post("/admin/duties/cp-visit", url.Values{"amount": {"4"}, "unit": {"hours"}, "reason": {"x"}}); res.StatusCode != http.StatusUnprocessableEntity {
				t.Errorf("a visit in hours: status %d", res.StatusCode)
			}
			if res := b.get("/admin/duties/no-such-duty"); res.StatusCode != http.StatusNotFound {
				t.Errorf("unknown duty: status %d", res.StatusCode)
			}
		})
		t.Run("back to the default, and due soon", func(t *testing.T) {
			b.post("/admin/duties/core-group", url.Values{"default": {"1"}, "reason": {"Back to six weeks"}})
			b.post("/admin/duties/due-soon", url.Values{"amount": {"5"}, "reason": {"A week's notice"}})
			page := b.get("/admin/duties").Body
			for _, s := range []string{"Core group meeting: back to the default", "5 working days before the due date", "Due soon: 5 working days"} {
				if !strings.Contains(page, s) {
					t.Errorf("the page does not say %q", s)
				}
			}
		})
		t.Run("only administrators", func(t *testing.T) {
			if res := a.signedIn(w.manager.Email).get("/admin/duties"); res.StatusCode != http.StatusForbidden {
				t.Errorf("a team manager got %d", res.StatusCode)
			}
		})
	})
}
