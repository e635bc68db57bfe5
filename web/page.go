package web

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"hearth"
)

// Page is what every template gets: the parts of the layout (organisation, signed-in user, navigation,
// idle timeout) and the page's own Data. Handlers make one with s.newPage and fill Data and Form.
type Page struct {
	Title     string
	OrgName   string
	Path      string
	User      *hearth.User
	RoleLabel string
	Nav       []NavItem
	// Form holds a form's values and errors; the layout puts "Error: " before the title when it has
	// errors, and the error-summary partial lists them.
	Form *Form
	// Notice is a success or information message shown once at the top of the page.
	Notice string
	Demo   bool
	// IdleSeconds is how long the session has before its idle timeout, and WarnSeconds how long before
	// that app.js warns; both 0 when no one is signed in.
	IdleSeconds int
	WarnSeconds int
	Data        any
}

// NavItem is one link of the service navigation.
type NavItem struct {
	Label   string
	Href    string
	Current bool
}

// newPage returns the layout's data for a request.
func (s *Server) newPage(r *http.Request, title string) *Page {
	p := &Page{Title: title, OrgName: s.cfg.OrgName, Path: r.URL.Path, Demo: s.cfg.Demo}
	st := sessionOf(r)
	if st == nil {
		return p
	}
	p.User = &st.User
	p.RoleLabel = RoleLabel(st.User.Role)
	now := s.now()
	idle := s.cfg.IdleTimeout - now.Sub(st.Session.LastSeenAt)
	if left := st.Session.ExpiresAt.Sub(now); left < idle {
		idle = left
	}
	p.IdleSeconds = int(max(idle, 0) / time.Second)
	p.WarnSeconds = int(s.cfg.IdleWarning / time.Second)
	subj := subjectOf(st.User)
	for _, rt := range s.routes {
		if rt.Nav == "" || rt.Method != http.MethodGet || !rt.Policy.Allows(subj, now) {
			continue
		}
		href := strings.TrimSuffix(rt.Pattern, "{$}")
		current := r.URL.Path == href || (href != "/" && strings.HasPrefix(r.URL.Path, href+"/"))
		p.Nav = append(p.Nav, NavItem{Label: rt.Nav, Href: href, Current: current})
	}
	return p
}

// Form is a submitted form as a page shows it back: what was typed, and an error per field. A page with
// errors shows the error summary (every error, linking to its field) and each field keeps its value.
type Form struct {
	Values url.Values
	Errors []FieldError
}

// FieldError is one field's error. Field is the input's id, which the error summary links to.
type FieldError struct {
	Field   string
	Message string
}

// NewForm returns a form holding values (which may be nil).
func NewForm(values url.Values) *Form {
	if values == nil {
		values = url.Values{}
	}
	return &Form{Values: values}
}

// Add records an error for a field.
func (f *Form) Add(field, message string) { f.Errors = append(f.Errors, FieldError{field, message}) }

// Valid reports whether the form has no errors.
func (f *Form) Valid() bool { return len(f.Errors) == 0 }

// Error returns the first error of a field, or "".
func (f *Form) Error(field string) string {
	for _, e := range f.Errors {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// Value returns what was typed in a field.
func (f *Form) Value(field string) string { return f.Values.Get(field) }

// roleLabels are the roles as people say them.
var roleLabels = map[hearth.Role]string{
	hearth.RolePractitioner:     "Practitioner",
	hearth.RolePersonalAdviser:  "Personal adviser",
	hearth.RoleTeamManager:      "Team manager",
	hearth.RoleFrontDoor:        "Front door",
	hearth.RoleReviewingOfficer: "Reviewing officer or conference chair",
	hearth.RoleVirtualSchool:    "Virtual school",
	hearth.RoleQuality:          "Quality assurance",
	hearth.RoleAnalyst:          "Performance analyst",
	hearth.RoleSeniorLeader:     "Senior leader",
	hearth.RolePanelMember:      "Panel member",
	hearth.RolePartnerAgency:    "Partner agency",
	hearth.RoleInspector:        "Inspector",
	hearth.RoleAdministrator:    "Administrator",
	hearth.RoleSystem:           "Hearth",
}

// RoleLabel returns a role as people say it, such as "Team manager".
func RoleLabel(r hearth.Role) string {
	if l, ok := roleLabels[r]; ok {
		return l
	}
	return string(r)
}
