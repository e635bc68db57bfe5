package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"

	"hearth"
)

// TestBrowserPerformanceFromCatalogueToChildren walks the Performance area as an analyst on the
// synthetic authority: the catalogue, one measure's trend chart and table, and the children behind its
// numerator, each page checked with axe. It changes nothing, so the other browser tests are unaffected.
func TestBrowserPerformanceFromCatalogueToChildren(t *testing.T) {
	tb := newTab(t)
	tb.signInAs(hearth.RoleAnalyst)
	tb.visit("/performance")
	if rows := eval[int](tb, `document.querySelectorAll('table.hearth-performance tbody tr').length`); rows < 20 {
		t.Errorf("the catalogue shows %d measures, want every one", rows)
	}
	tb.do("opening a measure", chromedp.Click(chromedp.CSS(`a[href^="/performance/assessments-45wd"]`)),
		chromedp.WaitVisible(chromedp.CSS("svg.app-trend-chart")))
	tb.checkAccessibility()
	if n := eval[int](tb, `document.querySelectorAll('svg.app-trend-chart circle').length`); n == 0 {
		t.Error("the trend chart draws no month")
	}
	if h := tb.text("h1"); h != "Assessments completed within 45 working days" {
		t.Errorf("measure page heading %q", h)
	}
	tb.do("opening the numerator's children", chromedp.Click(chromedp.CSS(`a[href*="/children?"][href*="part=numerator"]`)),
		chromedp.WaitVisible(chromedp.CSS("h1")))
	tb.checkAccessibility()
	if h := tb.text("h1"); h != "The children in the numerator" {
		t.Errorf("drill-down heading %q", h)
	}
}
