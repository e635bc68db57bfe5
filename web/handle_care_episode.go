package web

import (
	"net/http"
	"strconv"
	"strings"

	"hearth"
	"hearth/care"
	"hearth/frontdoor"
	"hearth/store"
)

// Children looked after: each change of legal status or placement is an SSDA903 episode. Starting a
// period of care, a change (which ends the current episode with X1 and starts the next on the same day)
// and ending care are forms of the child's record (handle_care_start.go, handle_care_change.go,
// handle_care_end.go); this file holds what they share and the page of one episode.

// careWriters are the roles that record a child's care: the child's social worker and their manager.
// Reviewing officers record reviews, not episodes; read-only roles see the episodes on the record.
var careWriters = []hearth.Role{hearth.RolePractitioner, hearth.RoleTeamManager}

// recordCare is the policy of the episode forms.
var recordCare = Roles(careWriters...)

// mayRecordCare reports whether the user of v may record a child's episodes: a care role that
// access.CanChangeChild allows.
func (s *Server) mayRecordCare(v *protectionView) bool {
	return mayRecordAs(careWriters, *v.u, v.facts, s.now())
}

// standingEpisodes returns the child's episodes not recorded in error, oldest first.
func standingEpisodes(rec *store.ChildRecord) []care.Episode {
	var out []care.Episode
	for _, e := range store.Rows[care.Episode](rec) {
		if active(e) {
			out = append(out, e)
		}
	}
	for i := 1; i < len(out); i++ { // insertion sort: a child has a handful of episodes
		for j := i; j > 0 && out[j].StartDate.Before(out[j-1].StartDate); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// openCareEpisode returns the episode that has not ended (the child is looked after now), if any.
func openCareEpisode(rec *store.ChildRecord) (care.Episode, bool) {
	eps := standingEpisodes(rec)
	for i := len(eps) - 1; i >= 0; i-- {
		if eps[i].EndDate.IsZero() {
			return eps[i], true
		}
	}
	return care.Episode{}, false
}

// lastCareEnd returns the day the child last ceased to be looked after (zero when they never have):
// a new period of care cannot start before it.
func lastCareEnd(rec *store.ChildRecord) hearth.Date {
	var end hearth.Date
	for _, e := range standingEpisodes(rec) {
		if e.Ceased() && e.EndDate.After(end) {
			end = e.EndDate
		}
	}
	return end
}

// uascOn reports whether the child was an unaccompanied asylum-seeking child on day d: the SSDA903 then
// leaves the placement distance blank (rule 406).
func uascOn(rec *store.ChildRecord, d hearth.Date) bool {
	for _, u := range store.Rows[care.UASC](rec) {
		if active(u) && !u.StartDate.After(d) && (u.CeasedDate.IsZero() || u.CeasedDate.After(d)) {
			return true
		}
	}
	return false
}

// placementFields are the questions about a placement that starting care and a change of placement both
// ask.
func placementFields(b fields) []field {
	return []field{
		b.choose("placement-type", "Placement type", "The SSDA903 placement type (PLACE)", "Select the placement type", codeSelectOptions(care.PlacementTypes)),
		b.radios("placement-provider", "Placement provider", "Who provides the placement (PLACE_PROVIDER). Not for temporary placements (T0 to T4) or Z1.", codeOptions(care.PlacementProviders, true)),
		b.text("provider-name", "The carers, home or organisation", "For example, the foster carers' names or the children's home"),
		b.text("urn", "Ofsted unique reference number (URN)", "For example, SC123456; XXXXXXX for an adoption placement; leave empty where there is none"),
		b.text("placement-postcode", "Postcode of the placement", "For example, SL1 1AA. The placement's location and distance from home are worked out from it"),
	}
}

// codeSelectOptions is a DfE code list as the options of a select, each showing its code and meaning, because
// a select option cannot carry a hint.
func codeSelectOptions(list frontdoor.CodeList, except ...string) []option {
	var out []option
	for _, c := range list {
		if !contains(except, c.Code) {
			out = append(out, option{Value: c.Code, Label: c.Code + ": " + c.Description})
		}
	}
	return out
}

// readPlacement reads the placement questions into e (type, provider, name, URN and postcode).
func readPlacement(form *Form, e *care.Episode) {
	e.PlacementType = codeValue(form, "placement-type", care.PlacementTypes, "Select the placement type", true)
	e.PlacementProvider = codeValue(form, "placement-provider", care.PlacementProviders, "Select who provides the placement", false)
	e.ProviderName = textValue(form, "provider-name", "", false)
	e.URN = strings.ToUpper(strings.TrimSpace(form.Value("urn")))
	e.PlacementPostcode = postcodeValue(form, "placement-postcode", false)
	if e.PlacementType == "" || e.PlacementProvider != "" {
		return
	}
	if !care.TemporaryPlacements[e.PlacementType] && e.PlacementType != "Z1" {
		form.Add("placement-provider", "Select who provides the placement: every placement except a temporary one (T0 to T4) or Z1 has a provider")
	}
}

// postcodeValue reads a postcode box: zero when empty (an error when required), and the postcode's own
// explanation when it is not a postcode.
func postcodeValue(form *Form, name string, required bool) hearth.Postcode {
	v := strings.TrimSpace(form.Value(name))
	if v == "" {
		if required {
			form.Add(name, "Enter the postcode")
		}
		return hearth.Postcode{}
	}
	p, err := hearth.ParsePostcode(v)
	if err != nil {
		form.Add(name, hearth.ErrorMessage(err))
	}
	return p
}

// locate works out the SSDA903 placement location, authority and distance from home of e from its
// postcodes and the districts the organisation has recorded. For an unaccompanied asylum-seeking child
// the distance is left blank, as the return requires.
func (s *Server) locate(r *http.Request, rec *store.ChildRecord, e *care.Episode) error {
	known, err := s.db.PostcodeDistricts(r.Context(), e.HomePostcode.Outward(), e.PlacementPostcode.Outward())
	if err != nil {
		return err
	}
	loc := care.Locate(e.HomePostcode, e.PlacementPostcode, func(o string) (care.PostcodeDistrict, bool) {
		d, ok := known[o]
		return d, ok
	})
	e.PlacementLocation, e.PlacementLA, e.DistanceMiles = loc.Location, loc.LA, loc.Miles
	if uascOn(rec, e.StartDate) {
		e.DistanceMiles = 0
	}
	return nil
}

// episodeFieldOf maps the columns care.Episode.Validate names to the form's fields, so that each
// problem the record's rules find is shown at the question it is about.
var episodeFieldOf = map[string]string{
	"start_date": "start-day", "period_start": "start-day", "end_date": "end-day",
	"reason_new_episode": "rne", "legal_status": "legal-status", "category_of_need": "category-of-need",
	"placement_type": "placement-type", "placement_provider": "placement-provider", "urn": "urn",
	"placement_postcode": "placement-postcode", "home_postcode": "home-postcode",
	"reason_ceased": "reason-ceased", "reason_place_change": "reason-place-change",
	"placement_la": "placement-postcode", "placement_location": "placement-postcode", "distance_miles": "placement-postcode",
}

// episodeProblems puts each problem care.Episode.Validate found at its field (fallback for a column the
// form does not ask about), through the leaving care forms' problemsAt, and reports whether there were
// any.
func episodeProblems(form *Form, e care.Episode, fallback string) bool {
	err := e.Validate()
	if err == nil {
		return false
	}
	problemsAt(form, err, episodeFieldOf, fallback)
	return true
}

// handleCareEpisode shows one episode of care with every SSDA903 item and its meaning.
func (s *Server) handleCareEpisode(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openProtection(w, r, "care episode", false)
	if !ok {
		return
	}
	e, ok := findRow[care.Episode](v.rec, r, "episode")
	if !ok {
		s.notFound(w, r)
		return
	}
	page := recordPage{Caption: "Episode of care", Heading: "Episode from " + longDate(e.StartDate)}
	switch {
	case e.EndDate.IsZero():
		page.Status, page.StatusColour = "Current", "green"
	case e.Ceased():
		page.Status, page.StatusColour = "Ceased to be looked after", "grey"
	default:
		page.Status, page.StatusColour = "Ended: a new episode began", "grey"
	}
	page.Sections = []section{
		{Title: "The episode", Facts: []fact{
			{Key: "Period of care began", Value: longDate(e.PeriodStart)},
			{Key: "Episode began (DECOM)", Value: longDate(e.StartDate)},
			{Key: "Reason for new episode (RNE)", Value: codeMeaning(care.ReasonsNewEpisode, e.ReasonNewEpisode)},
			{Key: "Legal status (LS)", Value: codeMeaning(care.LegalStatuses, e.LegalStatus)},
			{Key: "Category of need (CIN)", Value: codeMeaning(care.CategoriesOfNeed, e.CategoryOfNeed)},
			{Key: "Episode ended (DEC)", Value: dateOrNot(e.EndDate, "Continuing")},
			{Key: "Reason episode ceased (REC)", Value: codeMeaning(care.ReasonsCeased, e.ReasonCeased)},
			{Key: "Reason for placement change", Value: codeMeaning(care.ReasonsPlaceChange, e.ReasonPlaceChange)},
		}},
		{Title: "The placement", Facts: placementFacts(e, uascOn(v.rec, e.StartDate))},
	}
	if e.EndDate.IsZero() && s.mayRecordCare(v) {
		page.Buttons = []link{{Text: "Record a change of legal status or placement", Href: v.childBase() + "/care/change"},
			{Text: "End care", Href: v.childBase() + "/care/end", Secondary: true}}
	}
	s.renderProtectionRecord(w, r, v, "cla_episodes", e.Record, page)
}

// placementFacts are an episode's placement items with their meanings, and its location and distance
// from home as worked out from the postcodes.
func placementFacts(e care.Episode, uasc bool) []fact {
	where := "Not worked out: the placement postcode's district is not among those Hearth knows"
	if e.PlacementPostcode.IsZero() {
		where = "Not worked out: no placement postcode is recorded"
	}
	if e.PlacementLocation != "" {
		where = codeMeaning(care.PlacementLocations, e.PlacementLocation) + ", in authority " + e.PlacementLA
	}
	return []fact{
		{Key: "Placement type (PLACE)", Value: codeMeaning(care.PlacementTypes, e.PlacementType)},
		{Key: "Provider (PLACE_PROVIDER)", Value: codeMeaning(care.PlacementProviders, e.PlacementProvider)},
		{Key: "Carers, home or organisation", Value: e.ProviderName},
		{Key: "Ofsted URN", Value: e.URN},
		{Key: "Placement postcode", Value: e.PlacementPostcode.String()},
		{Key: "Home postcode", Value: e.HomePostcode.String()},
		{Key: "In or out of the authority", Value: where},
		{Key: "Distance from home", Value: distanceWords(e, uasc)},
	}
}

// distanceWords says how far the placement is from home, or why that is not known. uasc is whether the
// child was an unaccompanied asylum-seeking child when the episode began, for whom no distance is given.
func distanceWords(e care.Episode, uasc bool) string {
	switch {
	case uasc:
		return "Not given for an unaccompanied asylum-seeking child"
	case e.PlacementLocation == "" || e.HomePostcode.IsZero():
		return "Not worked out"
	case e.DistanceMiles == 0:
		return "Under a mile (in the home's postcode district)"
	}
	return strconv.FormatFloat(e.DistanceMiles, 'f', 1, 64) + " miles"
}

// dateOrNot is a long date, or words when it is not recorded.
func dateOrNot(d hearth.Date, none string) string {
	if d.IsZero() {
		return none
	}
	return longDate(d)
}

// careOpener opens the record of the child in the path for a form, or answers and reports false:
// openCare for the forms of the child's care, openEducation for the education forms.
type careOpener func(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, bool)

// openCare opens the record for a form of the child's care: a role that records this work and
// access.CanChangeChild, or 403.
func (s *Server) openCare(w http.ResponseWriter, r *http.Request, purpose string) (*protectionView, bool) {
	return s.openProtection(w, r, purpose, true)
}

// careFormGet shows a new form of the child's care with its date field set to today, anything prefill
// puts in, and any draft put back over them.
func (s *Server) careFormGet(w http.ResponseWriter, r *http.Request, open careOpener, purpose, dateField string,
	render func(http.ResponseWriter, *http.Request, int, *protectionView, *Form), prefill ...func(*protectionView, *Form)) {
	v, ok := open(w, r, purpose)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, dateField, v.today)
	for _, f := range prefill {
		f(v, form)
	}
	s.keptDraft(r, form, nil)
	render(w, r, http.StatusOK, v, form)
}

// careFormPost reads a posted form of the child's care and opens the record for it, reporting false when
// it has answered.
func (s *Server) careFormPost(w http.ResponseWriter, r *http.Request, open careOpener, purpose string) (*protectionView, *Form, bool) {
	if !s.readLongForm(w, r) {
		return nil, nil, false
	}
	v, ok := open(w, r, purpose)
	if !ok {
		return nil, nil, false
	}
	return v, NewForm(r.PostForm), true
}

// postedEpisodeForm begins a posted form that ends the current episode (a change, or ending care): the
// episode carries the version the form was opened on, so a change made since is refused rather than
// overwritten; without a current episode the form is shown again with 409 and nothing is saved.
func (s *Server) postedEpisodeForm(w http.ResponseWriter, r *http.Request, purpose string,
	render func(http.ResponseWriter, *http.Request, int, *protectionView, *Form)) (*protectionView, care.Episode, *Form, bool) {
	v, form, ok := s.careFormPost(w, r, s.openCare, purpose)
	if !ok {
		return nil, care.Episode{}, nil, false
	}
	cur, open := openCareEpisode(v.rec)
	if !open {
		render(w, r, http.StatusConflict, v, form)
		return nil, care.Episode{}, nil, false
	}
	if n, err := parseVersion(form); err == nil && n > 0 {
		cur.Version = n
	}
	return v, cur, form, true
}

// saveCareRow ends a form that adds one row to the child's care record: the row is checked and written
// once the form is valid, and the person is taken back to the looked-after part of the record with
// notice; a form with problems is drawn again by render with what was typed.
func (s *Server) saveCareRow(w http.ResponseWriter, r *http.Request, v *protectionView, form *Form, field string, row checkedRow, notice string,
	render func(http.ResponseWriter, *http.Request, int, *protectionView, *Form)) {
	if !s.insertChecked(w, r, v, form, field, row) {
		return
	}
	s.formDone(w, r, form, func(status int) { render(w, r, status, v, form) }, notice, v.childBase()+"#looked-after")
}

// currentEpisodeFacts are what a form that ends the current episode shows of it: since when the child has
// been looked after, and the episode's legal status and placement.
func currentEpisodeFacts(cur care.Episode) []fact {
	return []fact{
		{Key: "Looked after since", Value: longDate(cur.PeriodStart)},
		{Key: "Current episode began", Value: longDate(cur.StartDate)},
		{Key: "Legal status", Value: codeMeaning(care.LegalStatuses, cur.LegalStatus)},
		{Key: "Placement", Value: codeMeaning(care.PlacementTypes, cur.PlacementType)},
		{Key: "Carers, home or organisation", Value: cur.ProviderName},
	}
}
