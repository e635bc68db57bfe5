package web

import (
	"fmt"
	"net/http"
	"time"

	"hearth"
	"hearth/store"
)

// dataQualityRuleData is the list of the children one rule finds something about.
type dataQualityRuleData struct {
	Return        *returnFindings
	Rule, Message string
	LoadedAt      time.Time
	Findings      int
	Unlinked      int // findings about a row with no child the record knows (a blank CHILD)
	Counted       store.CountedChildren
	Pages         pagination
}

// handleDataQualityRule lists the children a rule finds something about, each linked to their record,
// where the rule's finding is shown at the child's part of the return. Only the children within the
// user's reach are listed, with a count of the rest; the listing is audited (store.ChildrenCounted).
func (s *Server) handleDataQualityRule(w http.ResponseWriter, r *http.Request) {
	rf, snap, ok := s.dataQualityReturn(w, r)
	if !ok {
		return
	}
	code := r.PathValue("rule")
	data := dataQualityRuleData{Return: rf, Rule: code, LoadedAt: snap.LoadedAt}
	var ids []hearth.ID
	for _, f := range rf.Report.Findings {
		if f.Rule != code {
			continue
		}
		data.Message = f.Message
		data.Findings++
		if id, ok := rf.PersonOf[f.Child]; ok && f.Child != "" {
			ids = append(ids, id)
		} else {
			data.Unlinked++
		}
	}
	if data.Findings == 0 {
		s.errorPage(w, r, http.StatusNotFound, "This rule finds nothing in the return", "Go back to Data quality to see the rules that do.")
		return
	}
	u := userOf(r)
	n, page := pageNumber(r)
	what := fmt.Sprintf("the children rule %s finds something about in the %s", code, rf.Title())
	var err error
	data.Counted, err = s.db.ChildrenCounted(r.Context(), actorOf(*u), subjectOf(*u), s.today(), ids, what, page)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Pages = newPagination(r, n, data.Counted.Total)
	p := s.newPage(r, fmt.Sprintf("Data quality: rule %s", code))
	p.Data = data
	s.render(w, r, http.StatusOK, "data_quality_rule", p)
}
