package web

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// svgShape is the part of the chart's SVG the tests look at.
type svgShape struct {
	XMLName   xml.Name `xml:"svg"`
	Role      string   `xml:"role,attr"`
	Title     string   `xml:"title"`
	Desc      string   `xml:"desc"`
	Polylines []struct {
		Points string `xml:"points,attr"`
	} `xml:"polyline"`
	Circles []struct {
		CY    string `xml:"cy,attr"`
		Title string `xml:"title"`
	} `xml:"circle"`
	Lines []struct {
		Dash string `xml:"stroke-dasharray,attr"`
		Y1   string `xml:"y1,attr"`
	} `xml:"line"`
}

func parseChart(t *testing.T, c trendChart) svgShape {
	t.Helper()
	var s svgShape
	if err := xml.Unmarshal([]byte(renderTrendChart(c)), &s); err != nil {
		t.Fatalf("the chart is not well-formed SVG: %v\n%s", err, renderTrendChart(c))
	}
	return s
}

func months(values ...float64) []trendPoint {
	var out []trendPoint
	for i, v := range values {
		p := trendPoint{Label: fmt.Sprintf("M%d", i+1), Value: v}
		if v < 0 {
			p = trendPoint{Label: p.Label, Missing: true}
		}
		out = append(out, p)
	}
	return out
}

func TestTrendChartDrawsEveryMonthWithAValueAndBreaksAtMissingOnes(t *testing.T) {
	s := parseChart(t, trendChart{Title: "Assessments within 45 working days", Unit: "%",
		Points: months(80, 82.5, -1, 90, 91), Target: 85, HasTarget: true})
	if s.Role != "img" || s.Title != "Assessments within 45 working days" {
		t.Errorf("role %q title %q: the chart must be an image with its title", s.Role, s.Title)
	}
	if len(s.Polylines) != 2 {
		t.Fatalf("%d lines, want 2: the line must break at the missing third month", len(s.Polylines))
	}
	if got := len(strings.Fields(s.Polylines[0].Points)) + len(strings.Fields(s.Polylines[1].Points)); got != 4 {
		t.Errorf("%d points drawn, want the 4 months with a value", got)
	}
	if len(s.Circles) != 4 || s.Circles[1].Title != "M2: 82.5%" {
		t.Errorf("circles %+v: each month with a value needs a marker titled with its month and value", s.Circles)
	}
	dashed := 0
	for _, l := range s.Lines {
		if l.Dash != "" {
			dashed++
		}
	}
	if dashed != 1 {
		t.Errorf("%d dashed lines, want the one target line", dashed)
	}
	for _, want := range []string{"M1: 80%", "M5: 91%", "target, shown dashed, is 85%"} {
		if !strings.Contains(s.Desc, want) {
			t.Errorf("description %q does not say %q", s.Desc, want)
		}
	}
}

func TestTrendChartPutsHigherValuesHigherUp(t *testing.T) {
	s := parseChart(t, trendChart{Title: "Referrals per 10,000", Points: months(10, 40)})
	var y1, y2 float64
	fmt.Sscan(s.Circles[0].CY, &y1)
	fmt.Sscan(s.Circles[1].CY, &y2)
	if !(y2 < y1) {
		t.Errorf("the larger value is drawn at y=%v, the smaller at y=%v: SVG's y grows downwards", y2, y1)
	}
}

func TestTrendChartWithNoFiguresSaysSo(t *testing.T) {
	s := parseChart(t, trendChart{Title: "Empty", Points: months(-1, -1)})
	if len(s.Polylines) != 0 || len(s.Circles) != 0 {
		t.Errorf("drew %d lines and %d markers for months without figures", len(s.Polylines), len(s.Circles))
	}
	if !strings.Contains(s.Desc, "No month") {
		t.Errorf("description %q should say no month has a figure", s.Desc)
	}
}

func TestChartNiceMaxIsRoundAndAboveEveryValue(t *testing.T) {
	for _, tc := range []struct {
		values []float64
		unit   string
		want   float64
	}{
		{[]float64{3, 7}, "", 10},
		{[]float64{12}, "", 20},
		{[]float64{230}, "", 250},
		{[]float64{61, 97}, "%", 100},
		{[]float64{0.4}, "", 0.5},
		{[]float64{0}, "", 1},
	} {
		if got := chartNiceMax(trendChart{Points: months(tc.values...), Unit: tc.unit}); got != tc.want {
			t.Errorf("values %v unit %q: axis top %v, want %v", tc.values, tc.unit, got, tc.want)
		}
	}
}

func TestChartIDIsAnIDFromTheTitle(t *testing.T) {
	if got := chartID("Re-referrals within 12 months (%)"); got != "chart-re-referrals-within-12-months" {
		t.Errorf("chartID = %q", got)
	}
}
