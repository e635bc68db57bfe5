package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"hearth"
	"hearth/duty"
	"hearth/store"
)

// The organisation's settings of the duties: an administrator sees every timescale with where it comes
// from, and may change one for local practice (a national timescale only to a stricter one) with a
// reason. Every change is kept (store.DB.DutySettingHistory), so the timescales in force on any date can
// be told.

// adminDutyRow is one duty on the settings page.
type adminDutyRow struct {
	ID, Title, Timescale, Starts, Basis string
	National, Default                   bool
	// Set says who set a local timescale, when and why.
	Set string
}

// adminDutiesData is the settings page's data.
type adminDutiesData struct {
	Duties  []adminDutyRow
	DueSoon string
	History []adminDutyChange
}

// adminDutyChange is one change in the history.
type adminDutyChange struct {
	When, Who, What, Why string
}

// handleAdminDuties lists the duties as set, with the history of changes.
func (s *Server) handleAdminDuties(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	settings, err := s.dutySettings(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	history, err := s.db.DutySettingHistory(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	latest := map[string]store.DutySetting{}
	for _, h := range history { // newest first
		if _, ok := latest[h.Duty]; !ok {
			latest[h.Duty] = h
		}
	}
	var data adminDutiesData
	for _, d := range settings.All() {
		row := adminDutyRow{ID: string(d.ID), Title: d.Title, Timescale: d.Timescale(), Starts: d.Starts, Basis: d.Basis,
			National: d.Regulation, Default: d.Default}
		if h, ok := latest[string(d.ID)]; ok && !d.Default {
			row.Set = fmt.Sprintf("Set by %s on %s: %s", h.SetByName, longMoment(h.SetAt), h.Reason)
		}
		data.Duties = append(data.Duties, row)
	}
	data.DueSoon = workingDays(settings.DueSoon())
	for _, h := range history {
		c := adminDutyChange{When: longMoment(h.SetAt), Who: h.SetByName, Why: h.Reason, What: dutyName(settings, h.Duty) + ": back to the default"}
		if h.Amount > 0 {
			u, _ := duty.ParseUnit(h.Unit)
			c.What = fmt.Sprintf("%s: %d %s", dutyName(settings, h.Duty), h.Amount, u)
		}
		data.History = append(data.History, c)
	}
	p := s.newPage(r, "Duties and timescales")
	p.Data, p.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "admin_duties", p)
}

// dutyName is a duty's title, or "Due soon" for that setting.
func dutyName(s duty.Settings, id string) string {
	if id == duty.DueSoonSetting {
		return "Due soon"
	}
	if d := s.Get(duty.ID(id)); d.ID != "" {
		return d.Title
	}
	return id
}

// adminDutyData is the form to change one duty, or the due soon setting.
type adminDutyData struct {
	ID, Title, Timescale, Basis string
	National, DueSoon           bool
	F                           fdForm
	Units                       []choice
}

// loadDutyOfPath reads the duty of the path, answering 404 itself; the due soon setting is a duty here.
func (s *Server) loadDutyOfPath(w http.ResponseWriter, r *http.Request, settings duty.Settings) (adminDutyData, bool) {
	id := r.PathValue("duty")
	if id == duty.DueSoonSetting {
		return adminDutyData{ID: id, Title: "Due soon", Timescale: workingDays(settings.DueSoon()), DueSoon: true,
			Basis: "How many working days before its due date an item shows as due soon on the lists"}, true
	}
	d := settings.Get(duty.ID(id))
	if d.ID == "" {
		s.notFound(w, r)
		return adminDutyData{}, false
	}
	data := adminDutyData{ID: id, Title: d.Title, Timescale: d.Timescale(), Basis: d.Basis, National: d.Regulation}
	for _, u := range duty.Units {
		if u.Timed() && !strings.HasPrefix(id, "mash-check") {
			continue
		}
		data.Units = append(data.Units, choice{Value: u.Code(), Label: strings.ToUpper(u.String()[:1]) + u.String()[1:]})
	}
	return data, true
}

// handleAdminDutyForm shows the form to change a duty's timescale.
func (s *Server) handleAdminDutyForm(w http.ResponseWriter, r *http.Request) {
	settings, err := s.dutySettings(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data, ok := s.loadDutyOfPath(w, r, settings)
	if !ok {
		return
	}
	form := NewForm(url.Values{})
	if data.DueSoon {
		form.Values.Set("amount", strconv.Itoa(settings.DueSoon()))
	} else {
		d := settings.Get(duty.ID(data.ID))
		form.Values.Set("amount", strconv.Itoa(d.Amount))
		form.Values.Set("unit", d.Unit.Code())
	}
	s.renderAdminDuty(w, r, http.StatusOK, data, form)
}

func (s *Server) renderAdminDuty(w http.ResponseWriter, r *http.Request, status int, data adminDutyData, form *Form) {
	data.F = fdForm{form}
	p := s.newPage(r, "Change: "+data.Title)
	p.Form, p.Data = form, data
	s.render(w, r, status, "admin_duty", p)
}

// handleAdminDuty records a change of a duty's timescale, or puts it back to its default (the button
// named default), with the reason. The duty package decides whether the timescale is allowed.
func (s *Server) handleAdminDuty(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	ctx := r.Context()
	settings, err := s.dutySettings(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data, ok := s.loadDutyOfPath(w, r, settings)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	reason := requiredText(form, "reason", "Enter why the timescale is changing, such as the decision that agreed it")
	change := store.DutySetting{Duty: data.ID, Reason: reason}
	if form.Value("default") == "" {
		amount, err := strconv.Atoi(strings.TrimSpace(form.Value("amount")))
		if err != nil || amount < 1 {
			form.Add("amount", "Enter the timescale as a whole number, such as 10")
		}
		unit := duty.WorkingDays
		if !data.DueSoon {
			if unit, err = duty.ParseUnit(form.Value("unit")); err != nil {
				form.Add("unit", "Select the unit of the timescale")
			}
		}
		if form.Valid() {
			// The same rules as when the settings are read back: refused here, at the field.
			check := settings
			if data.DueSoon {
				err = check.SetDueSoon(amount)
			} else {
				err = check.Override(duty.ID(data.ID), amount, unit)
			}
			if err != nil {
				form.Add("amount", hearth.ErrorMessage(err))
			}
		}
		change.Amount, change.Unit = amount, unit.Code()
	}
	if !form.Valid() {
		s.renderAdminDuty(w, r, http.StatusUnprocessableEntity, data, form)
		return
	}
	if _, err := s.db.SetDuty(ctx, actorOf(*userOf(r)), change); err != nil {
		s.serverError(w, r, fmt.Errorf("setting duty %s: %w", data.ID, err))
		return
	}
	s.setNotice(r, data.Title+" has been changed")
	s.redirect(w, r, "/admin/duties")
}
