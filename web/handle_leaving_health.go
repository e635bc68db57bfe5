package web

import (
	"net/http"
	"strconv"

	"hearth/leaving"
)

// The health history written with a care leaver: what they need to know about their health as a child,
// in a copy they keep. It is written (or brought up to date) as a new version, printed for the young
// person, and the day a copy was given to them is recorded.

func (s *Server) handleLeavingHealthNewForm(w http.ResponseWriter, r *http.Request) {
	v, ok := s.openLeaving(w, r, "health history form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "written", v.today)
	s.keptDraft(r, form, nil)
	s.renderLeavingHealthNew(w, r, http.StatusOK, v, form)
}

// handleLeavingHealthNew records a health history: the date (not in the future), whether the young person
// took part, and their health as a child at least; a copy given is dated no earlier than it was written.
func (s *Server) handleLeavingHealthNew(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, ok := s.openLeaving(w, r, "health history form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	h := &leaving.HealthHistory{PersonID: v.rec.Person.ID, WorkerID: v.u.WorkerID,
		Date:            pastDate(form, "written", "The date it was written", true, v.today),
		Health:          textValue(form, "health", "Enter the young person's health as a child", true),
		Emotional:       textValue(form, "emotional", "", false),
		Medication:      textValue(form, "medication", "", false),
		Immunisations:   textValue(form, "immunisations", "", false),
		Registrations:   textValue(form, "registrations", "", false),
		Family:          textValue(form, "family", "", false),
		YoungPersonSays: textValue(form, "words", "", false),
		SharedDate:      pastDate(form, "given", "The date a copy was given", false, v.today),
	}
	if with := yesNoValue(form, "with", "Select yes if the young person helped write it", true); with != nil {
		h.WithYoungPerson = *with
	}
	notBefore(form, "given", h.SharedDate, h.Date, "A copy cannot be given before it was written ("+longDate(h.Date)+")")
	if !s.insertChecked(w, r, v, form, "health", h) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingHealthNew(w, r, status, v, form) },
		"The health history is recorded. Print a copy for the young person.", idPath(v.childBase()+"/leaving/health-histories", h.ID, ""))
}

func (s *Server) renderLeavingHealthNew(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	page := formPage{Caption: "Leaving care", Heading: "Write the health history", Action: v.childBase() + "/leaving/health-histories/new",
		Submit: "Save the health history", Cancel: v.childBase(),
		Intro: []string{"Write it with the young person, in words they will understand when a doctor asks about their childhood. Each version is kept."},
		Fields: []field{
			b.date("written", "The date it was written", "For example, 27 3 2026"),
			b.yesNo("with", "Did the young person help write it?", "", nil, nil),
			b.textarea("health", "Their health as a child", "Illnesses, injuries, operations, conditions and disabilities, and their treatment", 6),
			b.textarea("emotional", "Emotional and mental health", "And the support they had", 4),
			b.textarea("medication", "Medication and allergies", "", 3),
			b.textarea("immunisations", "Immunisations", "Those they had, and any still due", 3),
			b.textarea("registrations", "GP, dentist and optician", "Who they are registered with, and how to register with new ones", 3),
			b.textarea("family", "Family health history", "What is known of their family's health that matters to them", 3),
			b.words("words", "What the young person wants to say or know", "In their own words"),
			b.date("given", "The date a copy was given to the young person, if it has been", "Leave empty until it is"),
		}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// openHealth opens the record and the health history in the path, answering 404 for one that is not the
// young person's. A posted form saves against the version it was opened on.
func (s *Server) openHealth(w http.ResponseWriter, r *http.Request, purpose string, change bool) (*protectionView, leaving.HealthHistory, bool) {
	v, ok := s.openLeaving(w, r, purpose, change)
	if !ok {
		return nil, leaving.HealthHistory{}, false
	}
	h, ok := findRow[leaving.HealthHistory](v.rec, r, "health")
	if !ok {
		s.notFound(w, r)
		return nil, h, false
	}
	if n, err := strconv.Atoi(r.PostFormValue("version")); err == nil && r.Method == http.MethodPost && n > 0 {
		h.Version = n
	}
	return v, h, true
}

// healthFacts are a health history's parts, as its page and its printed copy show them.
func healthFacts(h leaving.HealthHistory) []fact {
	return []fact{
		{Key: "My health as a child", Lines: paragraphs(h.Health)},
		{Key: "Emotional and mental health", Lines: paragraphs(h.Emotional)},
		{Key: "Medication and allergies", Lines: paragraphs(h.Medication)},
		{Key: "Immunisations", Lines: paragraphs(h.Immunisations)},
		{Key: "GP, dentist and optician", Lines: paragraphs(h.Registrations)},
		{Key: "Family health history", Lines: paragraphs(h.Family)},
		{Key: "What I want to say or know", Lines: paragraphs(h.YoungPersonSays)},
	}
}

// handleLeavingHealth shows a health history, with its printed copy and whether one was given.
func (s *Server) handleLeavingHealth(w http.ResponseWriter, r *http.Request) {
	v, h, ok := s.openHealth(w, r, "health history", false)
	if !ok {
		return
	}
	base := idPath(v.childBase()+"/leaving/health-histories", h.ID, "")
	page := recordPage{Caption: "Leaving care", Heading: "Health history of " + longDate(h.Date)}
	if h.SharedDate.IsZero() {
		page.Status, page.StatusColour = "Not yet given to the young person", "yellow"
	} else {
		page.Status, page.StatusColour = "Given to the young person on "+longDate(h.SharedDate), "green"
	}
	with := "No"
	if h.WithYoungPerson {
		with = "Yes"
	}
	page.Sections = []section{{Title: "The history", Facts: append([]fact{
		{Key: "Written", Value: longDate(h.Date)}, {Key: "By", Value: v.names.Worker(h.WorkerID)}, {Key: "With the young person", Value: with},
	}, healthFacts(h)...)}}
	page.Buttons = []link{{Text: "Print a copy for the young person", Href: base + "/print", Secondary: true}}
	if v.canRecord && h.SharedDate.IsZero() {
		page.Buttons = append([]link{{Text: "Record that a copy was given", Href: base + "/given"}}, page.Buttons...)
	}
	s.renderProtectionRecord(w, r, v, "leaving_health_histories", h.Record, page)
}

func (s *Server) handleLeavingHealthGivenForm(w http.ResponseWriter, r *http.Request) {
	v, h, ok := s.openHealth(w, r, "health history form", true)
	if !ok {
		return
	}
	form := NewForm(nil)
	setDate(form, "given", v.today)
	s.renderLeavingHealthGiven(w, r, http.StatusOK, v, h, form)
}

// handleLeavingHealthGiven records the day a copy was given to the young person: not in the future, not
// before it was written.
func (s *Server) handleLeavingHealthGiven(w http.ResponseWriter, r *http.Request) {
	if !s.readLongForm(w, r) {
		return
	}
	v, h, ok := s.openHealth(w, r, "health history form", true)
	if !ok {
		return
	}
	form := NewForm(r.PostForm)
	before := h
	h.SharedDate = pastDate(form, "given", "The date the copy was given", true, v.today)
	notBefore(form, "given", h.SharedDate, h.Date, "A copy cannot be given before it was written ("+longDate(h.Date)+")")
	if !s.amendChecked(w, r, v, form, "given-day", &h, "A copy given to the young person") {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderLeavingHealthGiven(w, r, status, v, before, form) },
		"The copy given is recorded", idPath(v.childBase()+"/leaving/health-histories", h.ID, ""))
}

func (s *Server) renderLeavingHealthGiven(w http.ResponseWriter, r *http.Request, status int, v *protectionView, h leaving.HealthHistory, form *Form) {
	b := fields{form}
	base := idPath(v.childBase()+"/leaving/health-histories", h.ID, "")
	page := formPage{Caption: "Health history of " + longDate(h.Date), Heading: "Record that a copy was given", Action: base + "/given",
		Submit: "Save", Cancel: base, Hidden: []hidden{versionField(h.Version)},
		Fields: []field{b.date("given", "The date the copy was given to the young person", "For example, 27 3 2026")}}
	s.renderProtectionForm(w, r, status, v, form, page)
}

// healthPrint is the health history as the young person keeps it (templates/leaving_health_print.tmpl).
type healthPrint struct {
	Back, Name, Born, Written, Printed string
	Facts                              []fact
}

// handleLeavingHealthPrint shows the health history on a plain page, for the young person to keep.
func (s *Server) handleLeavingHealthPrint(w http.ResponseWriter, r *http.Request) {
	v, h, ok := s.openHealth(w, r, "health history to print", false)
	if !ok {
		return
	}
	page := s.newPage(r, childTitle(v.sum.Name, "health history to print"))
	page.Data = healthPrint{Back: idPath(v.childBase()+"/leaving/health-histories", h.ID, ""), Name: v.sum.Name,
		Born: longDate(v.rec.Person.BirthDate), Written: longDate(h.Date), Printed: longDate(v.today), Facts: healthFacts(h)}
	s.render(w, r, http.StatusOK, "leaving_health_print", page)
}
