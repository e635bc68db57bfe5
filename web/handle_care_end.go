package web

import (
	"net/http"

	"hearth/care"
)

// Ending care ends the current episode with the reason the child ceased to be looked after (REC, any code
// but X1, which means a new episode began).

func (s *Server) handleCareEndForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "care end form", "end", s.renderCareEnd)
}

// handleCareEnd records that the child ceased to be looked after. The end cannot be before the current
// episode began or in the future.
func (s *Server) handleCareEnd(w http.ResponseWriter, r *http.Request) {
	v, cur, form, ok := s.postedEpisodeForm(w, r, "care end form", s.renderCareEnd)
	if !ok {
		return
	}
	cur.EndDate = pastDate(form, "end", "The date the child ceased to be looked after", true, v.today)
	notBefore(form, "end", cur.EndDate, cur.StartDate, "The date the child ceased to be looked after must be on or after the current episode began ("+longDate(cur.StartDate)+")")
	cur.ReasonCeased = codeValue(form, "reason-ceased", care.ReasonsCeased, "Select why the child ceased to be looked after", true)
	if cur.ReasonCeased == care.RECContinues {
		form.Add("reason-ceased", "X1 means a new episode began: record a change of legal status or placement instead")
	}
	if !s.saveEpisodes(w, r, v, form, &cur, nil) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCareEnd(w, r, status, v, form) },
		"The child ceased to be looked after on "+longDate(cur.EndDate), idPath(v.childBase()+"/care/episodes", cur.ID, ""))
}

func (s *Server) renderCareEnd(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	cur, open := openCareEpisode(v.rec)
	page := formPage{Caption: "Looked after", Heading: "End care", Action: v.childBase() + "/care/end",
		Submit: "Record that the child ceased to be looked after", Cancel: v.childBase(),
		Fields: []field{
			b.date("end", "The date the child ceased to be looked after", "For example, 27 3 2026"),
			b.choose("reason-ceased", "Why the child ceased to be looked after", "The reason episode ceased (REC)", "Select the reason", codeSelectOptions(care.ReasonsCeased, care.RECContinues)),
		}}
	if open {
		page.Hidden, page.Facts = []hidden{versionField(cur.Version)}, currentEpisodeFacts(cur)
	} else {
		page.Closed = "The child is not looked after now."
		page.CancelText = "Back to the record"
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}
