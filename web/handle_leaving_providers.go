package web

import (
	"net/http"
	"strings"

	"hearth"
	"hearth/leaving"
)

// Semi-independent (supported) accommodation providers: the register of providers with their Ofsted
// registration and whether a contract is in place, and the authority's announced and unannounced visits
// to each. These pages hold no child's record, so they are routed by role: everyone who may see the care
// leavers list sees the providers; team managers add providers; personal advisers and managers record
// visits.

var (
	// providerRoles see the providers and their visits.
	providerRoles = careLeaverRoles
	// providerWriters add providers; visitWriters record visits.
	providerWriters = []hearth.Role{hearth.RoleTeamManager}
	visitWriters    = []hearth.Role{hearth.RoleTeamManager, hearth.RolePersonalAdviser}
)

// unannouncedWithin is how recent an unannounced visit should be: within the last year, so that every
// provider is seen at least once a year as young people live there.
const unannouncedWithinDays = 365

// providersData is the providers page's own data.
type providersData struct {
	Rows   []providerRow
	CanAdd bool
}

// providerRow is one provider as the register shows it.
type providerRow struct {
	Name, Href, Registration, Contract, LastVisit, LastUnannounced string
	NoContract, UnannouncedDue                                     bool
	Visits                                                         int
}

// handleProviders lists every semi-independent provider: its registration, contract, visits, and
// whether an unannounced visit is due.
func (s *Server) handleProviders(w http.ResponseWriter, r *http.Request) {
	providers, err := s.db.Providers(r.Context())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	u, today := userOf(r), s.today()
	data := providersData{CanAdd: contains(roleNames(providerWriters), string(u.Role))}
	for _, p := range providers {
		row := providerRow{Name: p.Name, Href: idPath("/leaving/providers", p.ID, ""), Registration: p.OfstedURN, Visits: p.Visits,
			LastVisit: longDate(p.LastVisit), LastUnannounced: longDate(p.LastUnannounced), Contract: contractWords(p.Provider, today)}
		row.NoContract = !p.Contract || (!p.ContractEnd.IsZero() && p.ContractEnd.Before(today))
		row.UnannouncedDue = p.LastUnannounced.IsZero() || today.DaysSince(p.LastUnannounced) > unannouncedWithinDays
		data.Rows = append(data.Rows, row)
	}
	page := s.newPage(r, "Semi-independent providers")
	page.Data, page.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "leaving_providers", page)
}

// contractWords says whether a contract is in place on the day, and until when.
func contractWords(p leaving.Provider, today hearth.Date) string {
	switch {
	case !p.Contract:
		return "No contract"
	case !p.ContractEnd.IsZero() && p.ContractEnd.Before(today):
		return "Contract ended " + longDate(p.ContractEnd)
	case !p.ContractEnd.IsZero():
		return "In place until " + longDate(p.ContractEnd)
	}
	return "In place"
}

func (s *Server) handleProviderNewForm(w http.ResponseWriter, r *http.Request) {
	form := NewForm(nil)
	s.keptDraft(r, form, nil)
	s.renderProviderNew(w, r, http.StatusOK, form)
}

// handleProviderNew adds a provider: a name, and contract dates only with a contract, in order.
func (s *Server) handleProviderNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	form := NewForm(r.PostForm)
	p := &leaving.Provider{
		Name:      textValue(form, "name", "Enter the provider's name", true),
		Postcode:  strings.ToUpper(textValue(form, "postcode", "", false)),
		OfstedURN: textValue(form, "urn", "", false),
		Notes:     textValue(form, "notes", "", false),
	}
	if contract := yesNoValue(form, "contract", "Select yes if a contract is in place", true); contract != nil && *contract {
		p.Contract = true
		p.ContractStart = requiredDate(form, "start", "The date the contract began", false)
		p.ContractEnd = requiredDate(form, "end", "The date the contract ends", false)
		notBefore(form, "end", p.ContractEnd, p.ContractStart, "The contract cannot end before it began ("+longDate(p.ContractStart)+")")
	}
	if form.Valid() {
		if err := p.Validate(); err != nil {
			form.Add("name", hearth.ErrorMessage(err))
		} else if err := s.db.Insert(r.Context(), actorOf(*userOf(r)), p); err != nil && !saveProblem(form, "name", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderProviderNew(w, r, status, form) }, "The provider is added", idPath("/leaving/providers", p.ID, ""))
}

func (s *Server) renderProviderNew(w http.ResponseWriter, r *http.Request, status int, form *Form) {
	b := fields{form}
	page := s.newPage(r, "Add a semi-independent provider")
	page.Form = form
	page.Data = formPage{Caption: "Semi-independent providers", Heading: "Add a semi-independent provider", Action: "/leaving/providers/new",
		Submit: "Add the provider", Cancel: "/leaving/providers",
		Fields: []field{
			b.text("name", "The provider's name", ""),
			b.text("postcode", "Postcode", "Of the accommodation, or the provider's office"),
			b.text("urn", "Ofsted unique reference number", "Supported accommodation for 16 and 17 year olds must be registered with Ofsted"),
			b.yesNo("contract", "Is a contract in place?", "Or a framework agreement the provider is on", []field{
				b.date("start", "The date the contract began", "For example, 1 4 2025"),
				b.date("end", "The date the contract ends", "Leave empty if it has no end date"),
			}, nil),
			b.textarea("notes", "About the accommodation", "Shared house or self-contained flats, and whom it is for", 3),
		}}
	s.render(w, r, status, "protection_form", page)
}

// providerData is a provider's page: what is known of it and every visit.
type providerData struct {
	Heading  string
	Facts    []fact
	Visits   [][]cell
	VisitURL string
}

// handleProvider shows a provider and the authority's visits to it, newest first.
func (s *Server) handleProvider(w http.ResponseWriter, r *http.Request) {
	p, ok := s.providerFromPath(w, r)
	if !ok {
		return
	}
	visits, err := s.db.ProviderVisits(r.Context(), p.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	workers := map[hearth.ID]bool{}
	for _, v := range visits {
		workers[v.WorkerID] = true
	}
	names, err := s.db.WorkerNames(r.Context(), workers)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	u := userOf(r)
	data := providerData{Heading: p.Name, Facts: []fact{
		{Key: "Contract", Value: contractWords(p, s.today())},
		{Key: "Ofsted reference", Value: p.OfstedURN},
		{Key: "Postcode", Value: p.Postcode},
		{Key: "About the accommodation", Lines: paragraphs(p.Notes)},
	}}
	for _, v := range visits {
		kind := tag{Text: "Announced", Colour: "grey"}
		if !v.Announced {
			kind = tag{Text: "Unannounced", Colour: "blue"}
		}
		colour := map[string]string{"good": "green", "improvements": "yellow", "concerns": "red"}[v.Outcome]
		data.Visits = append(data.Visits, []cell{{Text: longDate(v.Date), Tag: &kind}, {Text: names[v.WorkerID]},
			{Tag: &tag{Text: leaving.ProviderVisitOutcomes.Description(v.Outcome), Colour: colour}}, {Text: v.Findings}})
	}
	if contains(roleNames(visitWriters), string(u.Role)) {
		data.VisitURL = idPath("/leaving/providers", p.ID, "/visits/new")
	}
	page := s.newPage(r, p.Name)
	page.Data, page.Notice = data, s.takeNotice(r)
	s.render(w, r, http.StatusOK, "leaving_provider", page)
}

// providerFromPath reads the provider in the path, answering 404 when there is none.
func (s *Server) providerFromPath(w http.ResponseWriter, r *http.Request) (leaving.Provider, bool) {
	var p leaving.Provider
	id, ok := idParam(r, "provider")
	if !ok {
		s.notFound(w, r)
		return p, false
	}
	err := s.db.Get(r.Context(), actorOf(*userOf(r)), id, &p)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND || (err == nil && !active(p)) {
		s.notFound(w, r)
		return p, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return p, false
	}
	return p, true
}

func (s *Server) handleProviderVisitNewForm(w http.ResponseWriter, r *http.Request) {
	p, ok := s.providerFromPath(w, r)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "visited", s.today())
	s.keptDraft(r, form, nil)
	s.renderProviderVisitNew(w, r, http.StatusOK, p, form)
}

// handleProviderVisitNew records a visit to a provider: its date (not in the future), whether it was
// announced, what it found and the outcome. The visitor is the signed-in user's worker record.
func (s *Server) handleProviderVisitNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	p, ok := s.providerFromPath(w, r)
	if !ok {
		return
	}
	form, u := NewForm(r.PostForm), userOf(r)
	v := &leaving.ProviderVisit{ProviderID: p.ID, WorkerID: u.WorkerID,
		Date:     pastDate(form, "visited", "The date of the visit", true, s.today()),
		Outcome:  codeValue(form, "outcome", leaving.ProviderVisitOutcomes, "Select what the visit found", true),
		Findings: textValue(form, "findings", "Enter what the visit found", true)}
	if announced := yesNoValue(form, "announced", "Select yes if the provider knew of the visit beforehand", true); announced != nil {
		v.Announced = *announced
	}
	if u.WorkerID == 0 {
		form.Add("visited-day", "Your account is not linked to a worker record, so Hearth cannot record who visited. Ask an administrator to link it")
	}
	if form.Valid() {
		if err := v.Validate(); err != nil {
			form.Add("findings", hearth.ErrorMessage(err))
		} else if err := s.db.Insert(r.Context(), actorOf(*u), v); err != nil && !saveProblem(form, "findings", err) {
			s.serverError(w, r, err)
			return
		}
	}
	s.formDone(w, r, form, func(status int) { s.renderProviderVisitNew(w, r, status, p, form) }, "The visit is recorded", idPath("/leaving/providers", p.ID, ""))
}

func (s *Server) renderProviderVisitNew(w http.ResponseWriter, r *http.Request, status int, p leaving.Provider, form *Form) {
	b := fields{form}
	base := idPath("/leaving/providers", p.ID, "")
	page := s.newPage(r, "Record a visit to "+p.Name)
	page.Form = form
	page.Data = formPage{Caption: p.Name, Heading: "Record a visit", Action: base + "/visits/new", Submit: "Save the visit", Cancel: base,
		Fields: []field{
			b.date("visited", "The date of the visit", "For example, 27 3 2026"),
			b.yesNo("announced", "Did the provider know of the visit beforehand?", "Select no for an unannounced visit", nil, nil),
			b.radios("outcome", "What the visit found", "", codeOptions(leaving.ProviderVisitOutcomes, false)),
			b.textarea("findings", "What you saw and heard", "The accommodation, the support, and what young people said", 6),
		}}
	s.render(w, r, status, "protection_form", page)
}
