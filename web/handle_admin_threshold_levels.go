package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth"
	"hearth/frontdoor"
)

// The levels of the threshold document are the organisation's own: an administrator names, describes,
// orders and retires them here. A level is never deleted, because decided contacts keep its code; each
// change keeps the earlier words in the row's history.

// thresholdLevelsData is the list of levels with the form to add one.
type thresholdLevelsData struct {
	Levels []frontdoor.ThresholdLevel
	F      fdForm
}

// handleThresholdLevels lists the threshold levels with the form to add one.
func (s *Server) handleThresholdLevels(w http.ResponseWriter, r *http.Request) {
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderThresholdLevels(w, r, http.StatusOK, form)
}

// renderThresholdLevels shows the levels and the add form.
func (s *Server) renderThresholdLevels(w http.ResponseWriter, r *http.Request, status int, form *Form) {
	levels, err := s.db.ThresholdLevels(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if form.Value("position") == "" {
		form.Values.Set("position", strconv.Itoa(len(levels)+1))
	}
	p := s.newPage(r, "Threshold levels")
	p.Form, p.Data, p.Notice = form, thresholdLevelsData{Levels: levels, F: fdForm{form}}, s.takeNotice(r)
	s.render(w, r, status, "admin_threshold_levels", p)
}

// readThresholdLevel reads the label, description and position of a level form into l.
func readThresholdLevel(form *Form, l *frontdoor.ThresholdLevel) {
	l.Label = requiredText(form, "label", "Enter the level's name as the threshold document gives it")
	if utf8.RuneCountInString(l.Label) > 200 {
		form.Add("label", "The name must be 200 characters or fewer")
	}
	l.Description = optionalText(form, "description")
	n, err := strconv.Atoi(strings.TrimSpace(form.Value("position")))
	if err != nil || n < 1 || n > 99 {
		form.Add("position", "Enter the level's place in the list as a whole number from 1 to 99")
	}
	l.Position = n
}

// handleThresholdLevelNew adds a level, in use.
func (s *Server) handleThresholdLevelNew(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	form := NewForm(r.PostForm)
	l := frontdoor.ThresholdLevel{Code: strings.TrimSpace(form.Value("code")), InUse: true}
	if l.Code == "" {
		form.Add("code", "Enter a short code for the level, like level_5")
	} else if err := (frontdoor.ThresholdLevel{Code: l.Code, Label: "x"}).Validate(); err != nil {
		form.Add("code", "The code must be lower-case letters, digits and underscores, starting with a letter, like level_5")
	}
	readThresholdLevel(form, &l)
	if form.Valid() {
		if err := s.db.Insert(r.Context(), actorOf(*userOf(r)), &l); err != nil {
			if hearth.ErrorCode(err) != hearth.ECONFLICT {
				s.serverError(w, r, fmt.Errorf("adding threshold level %s: %w", l.Code, err))
				return
			}
			form.Add("code", "There is already a level with the code "+l.Code)
		}
	}
	if !form.Valid() {
		s.renderThresholdLevels(w, r, http.StatusUnprocessableEntity, form)
		return
	}
	s.dropDraft(r)
	s.setNotice(r, l.Label+" has been added")
	s.redirect(w, r, "/admin/threshold-levels")
}

// thresholdLevelData is the form to change a level.
type thresholdLevelData struct {
	Level frontdoor.ThresholdLevel
	F     fdForm
	InUse []choice
}

// loadThresholdLevel reads the level of the path, answering 404 itself.
func (s *Server) loadThresholdLevel(w http.ResponseWriter, r *http.Request) (frontdoor.ThresholdLevel, bool) {
	var l frontdoor.ThresholdLevel
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return l, false
	}
	if err := s.db.Get(r.Context(), actorOf(*userOf(r)), id, &l); err != nil {
		if hearth.ErrorCode(err) == hearth.ENOTFOUND {
			s.notFound(w, r)
		} else {
			s.serverError(w, r, err)
		}
		return l, false
	}
	return l, true
}

// handleThresholdLevelForm shows the form to change a level's name, description, place and whether it
// is in use.
func (s *Server) handleThresholdLevelForm(w http.ResponseWriter, r *http.Request) {
	l, ok := s.loadThresholdLevel(w, r)
	if !ok {
		return
	}
	form := NewForm(url.Values{"label": {l.Label}, "description": {l.Description}, "position": {strconv.Itoa(l.Position)},
		"in_use": {strconv.FormatBool(l.InUse)}, "version": {strconv.Itoa(l.Version)}})
	s.keptDraft(r, form, func(d url.Values) bool { return d.Get("version") == form.Value("version") })
	s.renderThresholdLevel(w, r, http.StatusOK, l, form)
}

// renderThresholdLevel shows the change form.
func (s *Server) renderThresholdLevel(w http.ResponseWriter, r *http.Request, status int, l frontdoor.ThresholdLevel, form *Form) {
	p := s.newPage(r, "Change "+l.Label)
	p.Form, p.Data = form, thresholdLevelData{Level: l, F: fdForm{form}, InUse: []choice{
		{Value: "true", Label: "In use", Hint: "Contacts can be decided at this level."},
		{Value: "false", Label: "No longer used", Hint: "Contacts decided at it keep it; new decisions cannot use it."},
	}}
	s.render(w, r, status, "admin_threshold_level", p)
}

// handleThresholdLevel changes a level as an amendment with the reason, based on the version the
// administrator saw.
func (s *Server) handleThresholdLevel(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	l, ok := s.loadThresholdLevel(w, r)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	changed := l
	readThresholdLevel(form, &changed)
	switch form.Value("in_use") {
	case "true", "false":
		changed.InUse = form.Value("in_use") == "true"
	default:
		form.Add("in_use", "Select whether the level is in use")
	}
	reason := requiredText(form, "reason", "Enter why the level is changing, so the history says why")
	version, err := strconv.Atoi(form.Value("version"))
	if err != nil {
		form.Add("reason", "The form was missing the level's version: open it again and make the change")
	}
	if !form.Valid() {
		s.renderThresholdLevel(w, r, http.StatusUnprocessableEntity, l, form)
		return
	}
	changed.Version = version
	if err := s.db.Amend(r.Context(), actorOf(*userOf(r)), &changed, reason); err != nil {
		if hearth.ErrorCode(err) == hearth.ECONFLICT {
			form.Add("reason", hearth.ErrorMessage(err))
			s.renderThresholdLevel(w, r, http.StatusConflict, l, form)
			return
		}
		s.serverError(w, r, fmt.Errorf("changing threshold level %d: %w", l.ID, err))
		return
	}
	s.dropDraft(r)
	s.setNotice(r, changed.Label+" has been changed")
	s.redirect(w, r, "/admin/threshold-levels")
}
