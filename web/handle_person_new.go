package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
)

// addPersonPolicy is who may add a person: the roles that record work with children. Read-only and
// organisation-wide roles (analysts, inspectors, senior leaders, quality assurance) find people but do
// not create them.
var addPersonPolicy = Roles(hearth.RolePractitioner, hearth.RolePersonalAdviser, hearth.RoleTeamManager, hearth.RoleFrontDoor)

// personNewData is the add-a-person page's own data.
type personNewData struct {
	Ethnicities frontdoor.CodeList
	Sexes       frontdoor.CodeList
	Genders     frontdoor.CodeList
	// Duplicates are the people already recorded who may be this person. While there are any the page
	// asks the user to confirm that none of them is the person before it creates a new record.
	Duplicates []store.PersonMatch
	// Checked holds the ids of the duplicates shown, so that a confirmation covers exactly the people
	// the user was shown: if the details change and someone new matches, they are shown again.
	Checked string
	// Added is the id of the person just added, for the link to their record.
	Added hearth.ID
}

func (s *Server) personNewPage(r *http.Request, form *Form, data *personNewData) *Page {
	data.Ethnicities, data.Sexes, data.Genders = frontdoor.Ethnicities, frontdoor.Sexes, frontdoor.Genders
	p := s.newPage(r, "Add a person")
	p.Form, p.Data = form, data
	return p
}

// handleNewPersonForm shows the add-a-person form, and after an addition a link to the new record. What
// was typed before a session ended (a draft) is put back into the form, so it is not lost even with
// JavaScript off.
func (s *Server) handleNewPersonForm(w http.ResponseWriter, r *http.Request) {
	data := &personNewData{}
	form := NewForm(nil)
	p := s.personNewPage(r, form, data)
	if id, err := strconv.ParseInt(r.URL.Query().Get("added"), 10, 64); err == nil && id > 0 {
		data.Added = hearth.ID(id)
		p.Notice = s.takeNotice(r)
	} else if values, _, ok := s.restoreDraft(r); ok {
		for _, k := range personFields {
			if k != "confirm" && k != "checked" { // a confirmation is given for the people shown, not carried over
				form.Values.Set(k, values.Get(k))
			}
		}
	}
	s.render(w, r, http.StatusOK, "person_new", p)
}

// personFields are the fields of the add-a-person form, kept as typed when the form is shown again.
var personFields = []string{"forename", "surname", "dob-day", "dob-month", "dob-year", "expected-day", "expected-month",
	"expected-year", "sex", "gender", "ethnicity", "nhs", "la_child_id", "confirm", "checked"}

// handleNewPerson checks the details, then looks for people already recorded who may be this person
// (store.DB.PossibleDuplicates: the same identifiers, or a like name with the same or no date of birth).
// A child recorded twice has two half-records and neither tells the whole story, so when anyone matches
// the form is shown again with them listed, and the person is created only once the user confirms that
// none of those shown is the person.
func (s *Server) handleNewPerson(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
		return
	}
	form := NewForm(url.Values{})
	for _, k := range personFields {
		form.Values.Set(k, strings.TrimSpace(r.PostForm.Get(k)))
	}
	data := &personNewData{}
	person, ok := readPerson(form, s.today())
	if !ok {
		s.render(w, r, http.StatusUnprocessableEntity, "person_new", s.personNewPage(r, form, data))
		return
	}
	u := userOf(r)
	dups, err := s.db.PossibleDuplicates(r.Context(), actorOf(*u), person)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if len(dups) > 0 {
		ids := make([]string, len(dups))
		for i, d := range dups {
			ids[i] = strconv.FormatInt(int64(d.PersonID), 10)
		}
		shown := strings.Split(form.Value("checked"), ",")
		allShown := true
		for _, id := range ids {
			allShown = allShown && slices.Contains(shown, id)
		}
		if !allShown || form.Value("confirm") != "none" {
			data.Duplicates, data.Checked = dups, strings.Join(ids, ",")
			form.Values.Set("checked", data.Checked)
			if allShown {
				form.Add("confirm", "Open the record of the person if they are listed, or confirm that none of these is the person")
			} else {
				form.Values.Del("confirm") // a confirmation given for other people does not carry over
			}
			s.render(w, r, http.StatusOK, "person_new", s.personNewPage(r, form, data))
			return
		}
	}
	if err := s.db.Insert(r.Context(), actorOf(*u), &person); err != nil {
		switch code := hearth.ErrorCode(err); {
		case code == hearth.ECONFLICT && !person.LAChildID.IsZero():
			// The LA child ID is the one unique column a person has; the duplicate check shows whose it is.
			form.Add("la_child_id", "Another person already has this LA child ID")
		case code == hearth.EINVALID || code == hearth.ECONFLICT:
			form.Add("forename", hearth.ErrorMessage(err))
		}
		if !form.Valid() {
			s.render(w, r, http.StatusUnprocessableEntity, "person_new", s.personNewPage(r, form, data))
			return
		}
		s.serverError(w, r, err)
		return
	}
	if err := s.db.DeleteDraft(r.Context(), u.ID, r.URL.Path); err != nil {
		s.log.Warn("could not delete the draft of a saved form", "path", r.URL.Path, "err", err)
	}
	s.setNotice(r, strings.TrimSpace(person.Forename+" "+person.Surname)+" has been added to Hearth")
	s.redirect(w, r, "/people/new?added="+strconv.FormatInt(person.ID, 10))
}

// maxNameLength is the longest forename or surname the form takes: longer than any real name, short
// enough that the box cannot be used to store a note.
const maxNameLength = 100

// readPerson checks the form's details and returns the person they describe, adding an error to the
// form for each field that is wrong.
func readPerson(form *Form, today hearth.Date) (hearth.Person, bool) {
	p := hearth.Person{IsChild: true, Forename: form.Value("forename"), Surname: form.Value("surname"),
		Sex: form.Value("sex"), Gender: form.Value("gender"), Ethnicity: form.Value("ethnicity")}
	switch {
	case p.Forename == "" && p.Surname == "":
		form.Add("forename", "Enter the person's forename, or their surname if the forename is not known")
	case utf8.RuneCountInString(p.Forename) > maxNameLength:
		form.Add("forename", "Forename must be 100 characters or fewer")
	}
	if utf8.RuneCountInString(p.Surname) > maxNameLength {
		form.Add("surname", "Surname must be 100 characters or fewer")
	}
	dob, msg := dateInput(form.Values, "dob", "Date of birth")
	if msg != "" {
		form.Add("dob-day", msg)
	} else if dob.After(today) {
		form.Add("dob-day", "Date of birth must be today or in the past; for an unborn child, enter the expected date of birth")
	}
	expected, msg := dateInput(form.Values, "expected", "Expected date of birth")
	if msg != "" {
		form.Add("expected-day", msg)
	}
	if dob.IsZero() && expected.IsZero() && form.Error("dob-day") == "" && form.Error("expected-day") == "" {
		form.Add("dob-day", "Enter the date of birth, or the expected date of birth of an unborn child")
	}
	if !dob.IsZero() && !expected.IsZero() {
		form.Add("expected-day", "Enter a date of birth or an expected date of birth, not both")
	}
	p.BirthDate, p.ExpectedBirthDate = dob, expected
	if p.Sex != "" && !frontdoor.Sexes.Has(p.Sex) {
		form.Add("sex", "Select the person's sex")
	}
	if p.Gender != "" && !frontdoor.Genders.Has(p.Gender) {
		form.Add("gender", "Select the person's gender")
	}
	if p.Ethnicity != "" && !frontdoor.Ethnicities.Has(p.Ethnicity) {
		form.Add("ethnicity", "Select the person's ethnicity from the list")
	}
	if id := form.Value("la_child_id"); id != "" {
		la, err := hearth.ParseLAChildID(id)
		if err != nil {
			form.Add("la_child_id", hearth.ErrorMessage(err))
		}
		p.LAChildID = la
	}
	if nhs := form.Value("nhs"); nhs != "" {
		n, err := hearth.ParseNHSNumber(nhs)
		if err != nil {
			form.Add("nhs", hearth.ErrorMessage(err))
		}
		p.NHSNumber = n
	}
	return p, form.Valid()
}
