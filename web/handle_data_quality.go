package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// dataQualityData is the data quality page: what the DfE's rules find in one return of one collection
// year made from the record, rule by rule.
type dataQualityData struct {
	Return   *returnFindings
	Choices  []returnChoice // every return and year there is, to move between them
	AsAt     string
	LoadedAt time.Time
	Rules    []ruleFindings
	Children int // how many children have at least one finding
}

// returnChoice is a return and year the page can show, with its link.
type returnChoice struct {
	Title, Href string
	Current     bool
}

func yearName(y int) string { return fmt.Sprintf("%d/%02d", y-1, y%100) }

// ruleFindings is one rule's line on the page.
type ruleFindings struct {
	Rule, Message      string
	Findings, Children int
}

// handleDataQuality lists every rule that finds something in a return, with how many rows and children,
// each linked to the children it is about: the list an analyst works through with the teams long before
// the return is due, instead of in the weeks after 31 March.
func (s *Server) handleDataQuality(w http.ResponseWriter, r *http.Request) {
	rf, snap, ok := s.dataQualityReturn(w, r)
	if !ok {
		return
	}
	data := dataQualityData{Return: rf, AsAt: rf.AsAt.UK(), LoadedAt: snap.LoadedAt}
	for i := range snap.Data.Returns {
		c := &snap.Data.Returns[i]
		data.Choices = append(data.Choices, returnChoice{Title: c.Title(), Current: c == rf,
			Href: fmt.Sprintf("/data-quality?return=%s&year=%d", c.Return, c.Year)})
	}
	all := map[string]bool{}
	var children map[string]bool
	findings := rf.Report.Findings
	for i, f := range findings {
		if i == 0 || f.Rule != findings[i-1].Rule {
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
	p := s.newPage(r, "Data quality: the "+rf.Title())
	p.Data = data
	s.render(w, r, http.StatusOK, "data_quality", p)
}

// dataQualityReturn reads the return and year asked for (this year's SSDA903 when none is) and the
// snapshot of findings; it answers the request itself when it cannot.
func (s *Server) dataQualityReturn(w http.ResponseWriter, r *http.Request) (*returnFindings, *snapshot[*dataQuality], bool) {
	snap, err := s.returnsCache.get(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return nil, nil, false
	}
	if len(snap.Data.Returns) == 0 {
		s.errorPage(w, r, http.StatusOK, "There is no return to check yet", "Hearth has the DfE's rules from the 2024/25 collection year.")
		return nil, nil, false
	}
	q := r.URL.Query()
	ret, year := snap.Data.Returns[0].Return, snap.Data.Returns[0].Year
	if v := q.Get("return"); v != "" {
		ret = v
	}
	if v := q.Get("year"); v != "" {
		y, err := strconv.Atoi(v)
		if err != nil {
			s.errorPage(w, r, http.StatusBadRequest, "The year could not be read", "Go back to Data quality and choose one of the returns listed.")
			return nil, nil, false
		}
		year = y
	}
	rf, ok := snap.Data.find(ret, year)
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "There is no such return", "Go back to Data quality and choose one of the returns listed.")
		return nil, nil, false
	}
	return rf, snap, true
}
