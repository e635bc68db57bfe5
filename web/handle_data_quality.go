package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"hearth/returns"
)

// dataQualityData is the data quality page: what the DfE's rules find in one collection year's SSDA903
// return made from the record, rule by rule.
type dataQualityData struct {
	Year     int
	YearName string           // "2025/26"
	Years    []collectionYear // the years there is a return for, this year first
	AsAt     string
	LoadedAt time.Time
	Report   returns.Report
	Rules    []ruleFindings
	Children int // how many children have at least one finding
}

// collectionYear is a collection year and its name, such as 2026 and "2025/26".
type collectionYear struct {
	Year int
	Name string
}

func yearName(y int) string { return fmt.Sprintf("%d/%02d", y-1, y%100) }

// ruleFindings is one rule's line on the page.
type ruleFindings struct {
	Rule, Message      string
	Findings, Children int
}

// handleDataQuality lists every rule that finds something in the year's return, with how many rows and
// children, each linked to the children it is about: the list an analyst works through with the teams
// long before the return is due, instead of in the weeks after 31 March.
func (s *Server) handleDataQuality(w http.ResponseWriter, r *http.Request) {
	yf, snap, ok := s.dataQualityYear(w, r)
	if !ok {
		return
	}
	data := dataQualityData{Year: yf.Year, YearName: yearName(yf.Year), AsAt: yf.AsAt.UK(), LoadedAt: snap.LoadedAt, Report: yf.Report}
	for _, y := range snap.Data.Years {
		data.Years = append(data.Years, collectionYear{y.Year, yearName(y.Year)})
	}
	all := map[string]bool{}
	var children map[string]bool
	for i, f := range yf.Report.Findings {
		if i == 0 || f.Rule != yf.Report.Findings[i-1].Rule {
			data.Rules = append(data.Rules, ruleFindings{Rule: f.Rule, Message: f.Message})
			children = map[string]bool{}
		}
		last := &data.Rules[len(data.Rules)-1]
		last.Findings++
		if f.Child != "" && !children[f.Child] {
			children[f.Child] = true
			last.Children++
		}
		all[f.Child] = true
	}
	data.Children = len(all)
	p := s.newPage(r, "Data quality: the "+data.YearName+" SSDA903 return")
	p.Data = data
	s.render(w, r, http.StatusOK, "data_quality", p)
}

// dataQualityYear reads the year asked for (this collection year when none is) and the snapshot of
// findings; it answers the request itself when it cannot.
func (s *Server) dataQualityYear(w http.ResponseWriter, r *http.Request) (*yearFindings, *snapshot[*dataQuality], bool) {
	snap, err := s.returnsCache.get(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return nil, nil, false
	}
	if len(snap.Data.Years) == 0 {
		s.errorPage(w, r, http.StatusOK, "There is no return to check yet", "Hearth has the DfE's rules from the 2024/25 collection year.")
		return nil, nil, false
	}
	year := snap.Data.Years[0].Year
	if q := r.URL.Query().Get("year"); q != "" {
		y, err := strconv.Atoi(q)
		if err != nil {
			s.errorPage(w, r, http.StatusBadRequest, "The year could not be read", "Go back to Data quality and choose one of the years listed.")
			return nil, nil, false
		}
		year = y
	}
	yf, ok := snap.Data.year(year)
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "There is no return for that year", "Go back to Data quality and choose one of the years listed.")
		return nil, nil, false
	}
	return yf, snap, true
}
