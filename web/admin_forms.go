package web

import (
	"context"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
)

// The user administration pages share these: the choices of role and team, reading the account fields
// of a form, and the account's end date as a date input.

// roleChoice is one role in a form's list, as people say it.
type roleChoice struct {
	Value, Label string
}

// roleChoices lists every role a person can be given, in the order hearth.Roles gives them.
func roleChoices() []roleChoice {
	out := make([]roleChoice, len(hearth.Roles))
	for i, r := range hearth.Roles {
		out[i] = roleChoice{Value: string(r), Label: RoleLabel(r)}
	}
	return out
}

// accountFields are what an administrator sets on an account, read from a form and checked.
type accountFields struct {
	Role    hearth.Role
	TeamID  hearth.ID
	Worker  hearth.Worker // zero when the account belongs to no worker
	Expires time.Time     // the start of the day the account stops working, in England; zero for none
	Agency  string        // the partner agency a partner agency account answers for; "" for other roles
}

// readAccountFields checks the role, team, staff ID and end date of an account form, adding an error to
// form for each problem. An inspector's account must have an end date, because an inspection is for a
// set period (access.Subject.Ended treats an inspector with none as already ended).
func (s *Server) readAccountFields(ctx context.Context, form *Form, teams []store.TeamSummary) (accountFields, error) {
	var f accountFields
	role, err := hearth.ParseRole(form.Value("role"))
	if err != nil {
		form.Add("role", "Select the account's role")
	}
	f.Role = role
	if v := form.Value("team"); v != "" {
		for _, t := range teams {
			if idString(t.ID) == v {
				f.TeamID = t.ID
			}
		}
		if f.TeamID == 0 {
			form.Add("team", "Select a team from the list")
		}
	} else if f.Role == hearth.RoleTeamManager {
		// A manager manages a team: without one they could allocate no child and see no team caseload.
		form.Add("team", "Select the team the manager manages")
	}
	if staff := strings.TrimSpace(form.Value("staff")); staff != "" {
		w, err := s.db.WorkerByStaffID(ctx, staff)
		switch {
		case hearth.ErrorCode(err) == hearth.ENOTFOUND:
			form.Add("staff", "There is no worker with the staff ID "+staff+": check it, or leave it empty")
		case err != nil:
			return f, err
		default:
			f.Worker = w
		}
	}
	// A partner agency account answers the MASH requests of one agency (access.CanAnswerMASHCheck); the
	// agency of any other role would mean nothing, so it is dropped.
	if f.Role == hearth.RolePartnerAgency {
		if f.Agency = form.Value("agency"); !frontdoor.Agencies.Has(f.Agency) {
			f.Agency = ""
			form.Add("agency", "Select the partner agency whose MASH requests the account answers")
		}
	}
	ends := requiredDate(form, "expires", "The date the account stops working", false)
	switch {
	case form.Error("expires-day") != "":
	case ends.IsZero() && f.Role == hearth.RoleInspector:
		form.Add("expires-day", "Enter the date the inspector's access ends: inspector accounts are for a set period")
	case !ends.IsZero():
		t := ends.Time()
		f.Expires = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, londonTime)
	}
	return f, nil
}

// checkNameAndEmail checks a new account's name and email address, so each problem is shown against its
// field (the store checks them again).
func checkNameAndEmail(form *Form) {
	if strings.TrimSpace(form.Value("name")) == "" {
		form.Add("name", "Enter the person's full name")
	}
	email := strings.TrimSpace(form.Value("email"))
	if a, err := mail.ParseAddress(email); email == "" {
		form.Add("email", "Enter the person's work email address")
	} else if err != nil || a.Name != "" || a.Address != email {
		form.Add("email", "Enter an email address in the correct format, like sam.patel@example.org")
	}
}

// expiresDate returns the date an account stops working, in England, as the end date input shows it.
func expiresDate(t time.Time) hearth.Date {
	if t.IsZero() {
		return hearth.Date{}
	}
	return hearth.DateOf(t.In(londonTime))
}

// idString writes an id as a form value.
func idString(id hearth.ID) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// agencyChoices lists the partner agencies an account may answer for.
func agencyChoices() []choice { return codeChoices(frontdoor.Agencies, false) }
