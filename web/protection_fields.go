package web

import (
	"strings"
	"unicode/utf8"

	"hearth"
	"hearth/frontdoor"
)

// The protection pathway's forms (assessments, strategy discussions, section 47 enquiries, conferences,
// plans, core groups and visits) are many short pages of the same few GOV.UK components. Rather than
// writing each component out by hand in a template per page, a handler lists its fields here, in Go, and
// one template (protection_form.tmpl, with the "protection-field" partial) draws them: the markup of a
// radio or a date is then written once, with its error message, hint and ids as the Design System wants
// them, and a handler reads as the list of questions it asks.

// field is one question of a form: a text box, a text area, a GOV.UK date input, a time, radios,
// checkboxes or a select. Name is the input's name and id (a date's boxes are NAME-day, NAME-month and
// NAME-year); Error is what the form's errors hold for it, shown above the input.
type field struct {
	Kind    string // text, textarea, date, time, radios, checkboxes, select
	Name    string
	Label   string
	Hint    string
	Error   string
	Value   string
	Options []option
	Rows    int
	// Words marks a text area for the child's own words, which the page shows with a hint to quote them.
	Words bool
	// Inline puts short radios (yes and no) side by side.
	Inline           bool
	Day, Month, Year string
}

// option is one radio, checkbox or select option. Reveal holds the questions that follow when it is
// chosen, shown after the group with When ("If yes") at the start of each one's hint.
type option struct {
	ID      string
	Value   string
	Label   string
	Hint    string
	Checked bool
	When    string
	Reveal  []field
}

// HintID is the id of a field's hint, for aria-describedby.
func (f field) HintID() string { return f.Name + "-hint" }

// ErrorID is the id of a field's error message, for aria-describedby.
func (f field) ErrorID() string { return f.Name + "-error" }

// DescribedBy is the aria-describedby of a field: its hint and its error, when it has them.
func (f field) DescribedBy() string {
	var ids []string
	if f.Hint != "" {
		ids = append(ids, f.HintID())
	}
	if f.Error != "" {
		ids = append(ids, f.ErrorID())
	}
	return strings.Join(ids, " ")
}

// fields builds the fields of a form from what was typed into it and its errors.
type fields struct{ f *Form }

func (b fields) text(name, label, hint string) field {
	return field{Kind: "text", Name: name, Label: label, Hint: hint, Error: b.f.Error(name), Value: b.f.Value(name)}
}

func (b fields) textarea(name, label, hint string, rows int) field {
	return field{Kind: "textarea", Name: name, Label: label, Hint: hint, Error: b.f.Error(name), Value: b.f.Value(name), Rows: rows}
}

// words is a text area for the child's own words.
func (b fields) words(name, label, hint string) field {
	fl := b.textarea(name, label, hint, 5)
	fl.Words = true
	return fl
}

// date is a GOV.UK date input; its error is kept under NAME-day, as the shared date input's is.
func (b fields) date(name, legend, hint string) field {
	return field{Kind: "date", Name: name, Label: legend, Hint: hint, Error: b.f.Error(name + "-day"),
		Day: b.f.Value(name + "-day"), Month: b.f.Value(name + "-month"), Year: b.f.Value(name + "-year")}
}

// clock is a time of day typed as HH:MM.
func (b fields) clock(name, label, hint string) field {
	fl := b.text(name, label, hint)
	fl.Kind = "time"
	return fl
}

// radios is one choice of opts; the first radio's id is the field's name, so the error summary's link
// lands on it.
func (b fields) radios(name, legend, hint string, opts []option) field {
	v := b.f.Value(name)
	for i := range opts {
		opts[i].ID = optionID(name, i, opts[i].Value)
		opts[i].Checked = opts[i].Value == v && v != ""
		followUps(&opts[i])
	}
	return field{Kind: "radios", Name: name, Label: legend, Hint: hint, Error: b.f.Error(name), Value: v, Options: opts}
}

// checkboxes is any number of opts.
func (b fields) checkboxes(name, legend, hint string, opts []option) field {
	chosen := b.f.Values[name]
	for i := range opts {
		opts[i].ID = optionID(name, i, opts[i].Value)
		for _, c := range chosen {
			opts[i].Checked = opts[i].Checked || c == opts[i].Value
		}
	}
	return field{Kind: "checkboxes", Name: name, Label: legend, Hint: hint, Error: b.f.Error(name), Options: opts}
}

// yesNo is a yes or no question, with the questions that follow each answer revealed under it.
func (b fields) yesNo(name, legend, hint string, ifYes, ifNo []field) field {
	fl := b.radios(name, legend, hint, []option{{Value: "yes", Label: "Yes", When: "If yes", Reveal: ifYes}, {Value: "no", Label: "No", When: "If no", Reveal: ifNo}})
	fl.Inline = true
	return fl
}

// followUps puts an option's When at the start of the hint of each question that follows it, so the
// question says which answer it is for.
func followUps(o *option) {
	if o.When == "" {
		return
	}
	for i := range o.Reveal {
		h := o.When + "."
		if o.Reveal[i].Hint != "" {
			h += " " + o.Reveal[i].Hint
		}
		o.Reveal[i].Hint = h
	}
}

// choose is a select with a first, empty choice of none.
func (b fields) choose(name, label, hint, none string, opts []option) field {
	v := b.f.Value(name)
	all := append([]option{{Value: "", Label: none}}, opts...)
	for i := range all {
		all[i].Checked = all[i].Value == v
	}
	return field{Kind: "select", Name: name, Label: label, Hint: hint, Error: b.f.Error(name), Value: v, Options: all}
}

// optionID is the id of a radio or checkbox: the field's name for the first, so that the error summary
// links to it, and the name with the value after it for the others.
func optionID(name string, i int, value string) string {
	if i == 0 {
		return name
	}
	return name + "-" + strings.NewReplacer(" ", "-", "_", "-").Replace(strings.ToLower(value))
}

// codeOptions returns a code list as options, each labelled with what the code means. dfe puts the code
// itself in the hint, for the DfE's lists, whose codes people also know by heart.
func codeOptions(list frontdoor.CodeList, dfe bool, except ...string) []option {
	var out []option
	for _, c := range list {
		if contains(except, c.Code) {
			continue
		}
		o := option{Value: c.Code, Label: c.Description}
		if dfe {
			o.Hint = "DfE code " + c.Code
		}
		out = append(out, o)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// maxText is the longest text any box of these forms takes: far longer than any assessment's analysis,
// short enough that a box cannot be used to fill the database.
const maxText = 20000

// textValue reads a text box or area, trimmed, adding "Enter ..." when required and empty, and an error
// when it is too long.
func textValue(f *Form, name, missing string, required bool) string {
	v := strings.TrimSpace(f.Value(name))
	switch {
	case v == "" && required:
		f.Add(name, missing)
	case utf8.RuneCountInString(v) > maxText:
		f.Add(name, "This must be 20,000 characters or fewer")
	}
	return v
}

// yesNoValue reads a yes or no question: nil when it is not answered (with missing added when it is
// required).
func yesNoValue(f *Form, name, missing string, required bool) *bool {
	switch f.Value(name) {
	case "yes":
		v := true
		return &v
	case "no":
		v := false
		return &v
	case "":
		if required {
			f.Add(name, missing)
		}
		return nil
	}
	f.Add(name, missing)
	return nil
}

// yesNoString writes a *bool back into a form as yes, no or nothing.
func yesNoString(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "yes"
	}
	return "no"
}

// codeValue reads one code of list; missing is the message when it is required and not chosen, or not
// one of the list.
func codeValue(f *Form, name string, list frontdoor.CodeList, missing string, required bool) string {
	v := f.Value(name)
	if (v == "" && required) || (v != "" && !list.Has(v)) {
		f.Add(name, missing)
		return ""
	}
	return v
}

// codesValue reads checkboxes of codes of list, in the list's order.
func codesValue(f *Form, name string, list frontdoor.CodeList, missing string, required bool) hearth.Codes {
	chosen := f.Values[name]
	var out hearth.Codes
	for _, c := range list {
		if contains(chosen, c.Code) {
			out = append(out, c.Code)
		}
	}
	if len(out) != len(chosen) || (required && len(out) == 0) {
		f.Add(name, missing)
	}
	return out
}

// pastDate reads a GOV.UK date input that must be today or earlier: a date in the future is refused at
// the field, because nothing in these records can have happened yet.
func pastDate(f *Form, name, label string, required bool, today hearth.Date) hearth.Date {
	d := requiredDate(f, name, label, required)
	if !d.IsZero() && d.After(today) {
		f.Add(name+"-day", label+" must be today or in the past")
	}
	return d
}

// notBefore refuses a date before earliest at the field, with message, when both are known and the field
// has no error yet.
func notBefore(f *Form, name string, d, earliest hearth.Date, message string) {
	if !d.IsZero() && !earliest.IsZero() && d.Before(earliest) && f.Error(name+"-day") == "" {
		f.Add(name+"-day", message)
	}
}

// setDate writes a date into a date input of a form, when the form has nothing typed there yet.
func setDate(f *Form, name string, d hearth.Date) {
	if f.Value(name+"-day") == "" && f.Value(name+"-month") == "" && f.Value(name+"-year") == "" {
		dateInputValues(f.Values, name, d)
	}
}
