package web

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
)

// trendPoint is one month of a measure's trend. Missing months (no denominator yet, or a figure
// suppressed for the viewer) break the line rather than being drawn as zero, which would be a figure
// nobody computed.
type trendPoint struct {
	Label   string // e.g. "Mar 2026"
	Value   float64
	Missing bool
}

// trendChart is a measure's monthly trend as the Performance pages draw it: the values, and the
// organisation's target as a dashed line when one is set.
type trendChart struct {
	Title     string
	Unit      string // shown after each value, e.g. "%"
	Points    []trendPoint
	Target    float64
	HasTarget bool
}

// The chart's geometry, in SVG user units; the SVG scales to its container's width.
const (
	chartWidth   = 640.0
	chartHeight  = 260.0
	chartLeft    = 48.0
	chartRight   = 12.0
	chartTop     = 12.0
	chartBottom  = 40.0
	chartYTicks  = 4
	chartLabelEv = 3 // label every third month, so 24 months fit without overlap
)

// renderTrendChart draws the trend as an SVG line chart, server-side so it works without JavaScript and
// prints. It is an image to assistive technology (role="img") with a title and a description that say
// what the line shows in words; the table beside it on the page carries every value, so nothing is only
// in the picture. Colours are GOV.UK's, and the target is told apart from the values by its dashes as
// well as its colour.
func renderTrendChart(c trendChart) template.HTML {
	var b strings.Builder
	top := chartNiceMax(c)
	plotW := chartWidth - chartLeft - chartRight
	plotH := chartHeight - chartTop - chartBottom
	x := func(i int) float64 {
		if len(c.Points) < 2 {
			return chartLeft + plotW/2
		}
		return chartLeft + plotW*float64(i)/float64(len(c.Points)-1)
	}
	y := func(v float64) float64 { return chartTop + plotH*(1-v/top) }

	fmt.Fprintf(&b, `<svg class="app-trend-chart" viewBox="0 0 %g %g" role="img" aria-labelledby="%s-title %s-desc" xmlns="http://www.w3.org/2000/svg">`,
		chartWidth, chartHeight, chartID(c.Title), chartID(c.Title))
	fmt.Fprintf(&b, `<title id="%s-title">%s</title>`, chartID(c.Title), template.HTMLEscapeString(c.Title))
	fmt.Fprintf(&b, `<desc id="%s-desc">%s</desc>`, chartID(c.Title), template.HTMLEscapeString(chartDescription(c)))

	for i := 0; i <= chartYTicks; i++ {
		v := top * float64(i) / chartYTicks
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#b1b4b6" stroke-width="1"/>`,
			chartLeft, y(v), chartWidth-chartRight, y(v))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" font-size="12" fill="#0b0c0c">%s</text>`,
			chartLeft-6, y(v)+4, template.HTMLEscapeString(formatChartValue(v)))
	}
	for i, p := range c.Points {
		if i%chartLabelEv != 0 && i != len(c.Points)-1 {
			continue
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="12" fill="#0b0c0c">%s</text>`,
			x(i), chartHeight-chartBottom+18, template.HTMLEscapeString(p.Label))
	}
	if c.HasTarget {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4"/>`,
			chartLeft, y(c.Target), chartWidth-chartRight, y(c.Target))
	}
	for _, run := range chartRuns(c.Points) {
		var pts []string
		for _, i := range run {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(c.Points[i].Value)))
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#1d70b8" stroke-width="3"/>`, strings.Join(pts, " "))
	}
	for i, p := range c.Points {
		if p.Missing {
			continue
		}
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3.5" fill="#1d70b8"><title>%s: %s%s</title></circle>`,
			x(i), y(p.Value), template.HTMLEscapeString(p.Label), formatChartValue(p.Value), template.HTMLEscapeString(c.Unit))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// chartRuns splits the months into runs of consecutive months that have a value, so the line breaks at
// a missing month.
func chartRuns(points []trendPoint) [][]int {
	var runs [][]int
	var run []int
	for i, p := range points {
		if p.Missing {
			if len(run) > 0 {
				runs = append(runs, run)
			}
			run = nil
			continue
		}
		run = append(run, i)
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

// chartNiceMax is the top of the value axis: above every value and the target, rounded up to 1, 2, 2.5
// or 5 times a power of ten so the gridlines fall on round numbers; 100 for percentages near the top.
func chartNiceMax(c trendChart) float64 {
	hi := 0.0
	for _, p := range c.Points {
		if !p.Missing && p.Value > hi {
			hi = p.Value
		}
	}
	if c.HasTarget && c.Target > hi {
		hi = c.Target
	}
	if hi <= 0 || math.IsNaN(hi) || math.IsInf(hi, 0) {
		return 1
	}
	if c.Unit == "%" && hi <= 100 && hi > 50 {
		return 100
	}
	mag := math.Pow(10, math.Floor(math.Log10(hi)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if hi <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// chartDescription says in words what the chart shows: the span, the first and latest values, and the
// target, for people who cannot see the line.
func chartDescription(c trendChart) string {
	var first, last *trendPoint
	for i := range c.Points {
		if c.Points[i].Missing {
			continue
		}
		if first == nil {
			first = &c.Points[i]
		}
		last = &c.Points[i]
	}
	if first == nil {
		return "No month in this period has a figure."
	}
	s := fmt.Sprintf("Monthly values from %s to %s. %s: %s%s. %s: %s%s.", c.Points[0].Label, c.Points[len(c.Points)-1].Label,
		first.Label, formatChartValue(first.Value), c.Unit, last.Label, formatChartValue(last.Value), c.Unit)
	if c.HasTarget {
		s += fmt.Sprintf(" The target, shown dashed, is %s%s.", formatChartValue(c.Target), c.Unit)
	}
	return s + " The table gives every month's figure."
}

// formatChartValue prints a value with at most one decimal place, without a trailing ".0".
func formatChartValue(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return strings.TrimSuffix(s, ".0")
}

// chartID makes an id for the chart's title and description from its title, so two charts on one page
// do not share ids.
func chartID(title string) string {
	var b strings.Builder
	b.WriteString("chart-")
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// countWords writes a whole number with its thousands separated by commas: 34098 is "34,098".
func countWords(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}
