package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hearth"
)

// TestBrowserDataQualityFromRuleToChild walks the data quality pages as an analyst on the synthetic
// authority: the year's rules, the children of the first rule that finds something, and that child's
// record with the return checks, each page checked with axe (or, for a clean return, that the page says
// so). It changes nothing.
func TestBrowserDataQualityFromRuleToChild(t *testing.T) {
	tb := newLongTab(t, 4*60e9)
	tb.signInAs(hearth.RoleAnalyst)
	tb.visit("/data-quality")
	if h := tb.text("h1"); !strings.HasSuffix(h, "SSDA903 return") {
		t.Fatalf("data quality heading %q", h)
	}
	tb.checkAccessibility()
	if eval[int](tb, `document.querySelectorAll('a[href^="/data-quality/"]').length`) == 0 {
		// A clean return: the page must say so rather than show an empty table.
		if body := tb.text("main"); !strings.Contains(body, "find nothing to put right") {
			t.Errorf("no rule finds anything, but the page does not say so:\n%s", body)
		}
		return
	}
	tb.do("opening a rule's children", chromedp.Click(chromedp.CSS(`a[href^="/data-quality/"]`)),
		chromedp.WaitVisible(chromedp.CSS("h1")))
	tb.checkAccessibility()
	if eval[int](tb, `document.querySelectorAll('a[href$="#return-checks"]').length`) == 0 {
		// Other browser tests record children of their own, some without a local authority child id; a
		// rule that finds something only about them lists no child, and must say why.
		if body := tb.text("main"); !strings.Contains(body, "not linked to a record") && !strings.Contains(body, "outside the records your work reaches") {
			t.Fatalf("the rule's page lists no child and does not say why:\n%s", body)
		}
		return
	}
	tb.do("opening a child", chromedp.Click(chromedp.CSS(`a[href$="#return-checks"]`)),
		chromedp.WaitVisible(chromedp.CSS("#return-checks")))
	tb.checkAccessibility()
}
