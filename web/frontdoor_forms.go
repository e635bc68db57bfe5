package web

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"hearth"
	"hearth/frontdoor"
)

// The front door's forms are drawn from a few partials (templates/partials_frontdoor.tmpl): radios,
// checkboxes, a select, a text box, a text area and a date with a time. fdForm makes the data of each from
// the form being shown, so that every field shows what was typed and its own error the same way.

// fdForm is a Form with the field builders the front door's templates call.
type fdForm struct{ *Form }

// choice is one option of radios, checkboxes or a select.
type choice struct {
	Value, Label, Hint string
	Checked            bool
}

// choiceField is a group of radios or checkboxes, or a select.
type choiceField struct {
	Name, Legend, Hint, Error string
	Options                   []choice
	// Multiple makes checkboxes rather than radios.
	Multiple bool
	// Empty is a select's first option, with no value, such as "Select a source".
	Empty string
}

// textField is a text box or text area.
type textField struct {
	Name, Label, Hint, Error, Value string
	Rows                            int    // a text area's rows; 0 for a text box
	Width                           string // a text box's GOV.UK width class suffix, such as "20" or "one-half"
}

// momentField is a date input and a time box.
type momentField struct {
	Date                        DateField
	TimeName, TimeError, TimeAt string
}

// codeChoices turns a code list into choices, each labelled with its meaning. withCode puts the DfE code
// after the meaning, as "Schools (2A)", for the lists whose codes people also know.
func codeChoices(list frontdoor.CodeList, withCode bool) []choice {
	out := make([]choice, len(list))
	for i, c := range list {
		out[i] = choice{Value: c.Code, Label: c.Description}
		if withCode {
			out[i].Label += " (" + c.Code + ")"
		}
	}
	return out
}

// Radios returns a group of radios; the options come checked as the form holds them.
func (f fdForm) Radios(name, legend, hint string, options []choice) choiceField {
	return f.choices(name, legend, hint, options, false)
}

// Checkboxes returns a group of checkboxes.
func (f fdForm) Checkboxes(name, legend, hint string, options []choice) choiceField {
	return f.choices(name, legend, hint, options, true)
}

// Select returns a select with an empty first option.
func (f fdForm) Select(name, label, hint, empty string, options []choice) choiceField {
	c := f.choices(name, label, hint, options, false)
	c.Empty = empty
	return c
}

func (f fdForm) choices(name, legend, hint string, options []choice, multiple bool) choiceField {
	c := choiceField{Name: name, Legend: legend, Hint: hint, Error: f.Error(name), Multiple: multiple}
	chosen := f.Values[name]
	for _, o := range options {
		o.Checked = slices.Contains(chosen, o.Value)
		c.Options = append(c.Options, o)
	}
	return c
}

// Text returns a text box.
func (f fdForm) Text(name, label, hint, width string) textField {
	return textField{Name: name, Label: label, Hint: hint, Error: f.Error(name), Value: f.Value(name), Width: width}
}

// TextArea returns a text area of rows lines.
func (f fdForm) TextArea(name, label, hint string, rows int) textField {
	return textField{Name: name, Label: label, Hint: hint, Error: f.Error(name), Value: f.Value(name), Rows: rows}
}

// Moment returns a date input and a time box for the moment NAME.
func (f fdForm) Moment(name, legend, hint string) momentField {
	return momentField{Date: f.DateField(name, legend, hint), TimeName: name + "-time", TimeError: f.Error(name + "-time"),
		TimeAt: f.Value(name + "-time")}
}

// requiredText reads a text area or box that must be filled in, adding message to the form when it is
// empty, and a length message when it is too long. It returns the text with its ends trimmed.
func requiredText(f *Form, name, message string) string {
	v := optionalText(f, name)
	if v == "" && f.Error(name) == "" {
		f.Add(name, message)
	}
	return v
}

// optionalText reads a text area or box that may be empty, refusing one longer than maxText (shared with
// the protection forms: a long account fits, a pasted document does not).
func optionalText(f *Form, name string) string {
	v := strings.TrimSpace(f.Value(name))
	if utf8.RuneCountInString(v) > maxText {
		f.Add(name, "Must be "+strconv.Itoa(maxText)+" characters or fewer")
	}
	return v
}

// requiredCode reads a radio or select that must hold a code of list, adding message to the form
// otherwise.
func requiredCode(f *Form, name string, list frontdoor.CodeList, message string) string {
	v := f.Value(name)
	if !list.Has(v) {
		f.Add(name, message)
		return ""
	}
	return v
}

// codesOf reads a group of checkboxes of list: each ticked code once, in the list's order. A value not in
// the list (a changed page or a hand-made request) adds message to the form.
func codesOf(f *Form, name string, list frontdoor.CodeList, message string) hearth.Codes {
	var out hearth.Codes
	for _, v := range f.Values[name] {
		if !list.Has(v) {
			f.Add(name, message)
			return nil
		}
	}
	for _, c := range list {
		if slices.Contains(f.Values[name], c.Code) {
			out = append(out, c.Code)
		}
	}
	return out
}

// idChoice reads a radio or select whose value is one of ids, returning 0 when nothing or something else
// was chosen.
func idChoice(f *Form, name string, ids []hearth.ID) hearth.ID {
	n, err := strconv.ParseInt(f.Value(name), 10, 64)
	if err != nil || !slices.Contains(ids, n) {
		return 0
	}
	return n
}
