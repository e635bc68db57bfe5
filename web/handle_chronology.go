package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"hearth/access"
	"hearth/chronology"
	"hearth/summary"
)

// chronologyData is the chronology page's own data.
type chronologyData struct {
	Header  childHeader
	Summary summary.Summary
	Events  []chronology.Event
	// Total is how many events the record holds before the filter.
	Total int
	Kinds []kindOption
	// Filtered is true when a filter is applied, so the page says so and offers to clear it.
	Filtered  bool
	ClearHref string
	// PrintedAt and Showing are for the printed copy, which must say when it was made and what it
	// leaves out, because a printed chronology travels (to conferences, to court) without its filter.
	PrintedAt time.Time
	Showing   string
}

// kindOption is one checkbox of the filter by kind.
type kindOption struct {
	Kind    chronology.Kind
	Label   string
	Checked bool
}

// handleChronology is the child's chronology: every recorded event in date order, as an MOJ timeline,
// filtered by kind and by a date range. It is worked out from the record at every reading (the
// chronology package), so it is never out of date; rows recorded in error stay in it, struck through,
// with the reason. The filter is a GET form, so a filtered chronology can be bookmarked and works with
// JavaScript off; an impossible date is refused with the error summary and what was typed kept.
func (s *Server) handleChronology(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form := NewForm(url.Values{})
	for _, k := range []string{"from-day", "from-month", "from-year", "to-day", "to-month", "to-year"} {
		form.Values.Set(k, strings.TrimSpace(q.Get(k)))
	}
	var f chronology.Filter
	var msg string
	if f.From, msg = dateInput(form.Values, "from", "The from date"); msg != "" {
		form.Add("from-day", msg)
	}
	if f.To, msg = dateInput(form.Values, "to", "The to date"); msg != "" {
		form.Add("to-day", msg)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		form.Add("to-day", "The to date must be the same as or after the from date")
	}
	kinds := q["kind"]
	var options []kindOption
	for _, k := range chronology.Kinds {
		checked := slices.Contains(kinds, string(k.Kind))
		if checked {
			f.Kinds = append(f.Kinds, k.Kind)
		}
		options = append(options, kindOption{Kind: k.Kind, Label: k.Label, Checked: checked})
	}

	rec, facts, ok := s.openChildPage(w, r, "chronology")
	if !ok {
		return
	}
	ctx, u := r.Context(), userOf(r)
	names, err := s.db.NamesFor(ctx, rec)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	whoLooked := access.CanSeeWhoLooked(subjectOf(*u), facts, s.now())
	events := chronology.Of(rec, names)
	data := &chronologyData{Summary: summary.Of(rec, names, nil, s.today()), Total: len(events), Kinds: options,
		ClearHref: pathOf(rec.Person.ID) + "/chronology"}
	data.Header = newChildHeader(&data.Summary, childTabs(rec.Person.ID, "Chronology", whoLooked))
	data.PrintedAt, data.Showing = s.now(), describeFilter(f)
	status := http.StatusOK
	if form.Valid() {
		data.Events = f.Apply(events)
		data.Filtered = len(f.Kinds) > 0 || !f.From.IsZero() || !f.To.IsZero()
	} else {
		// A filter that cannot be applied shows nothing rather than everything, so no one mistakes the
		// whole chronology for the part they asked for.
		status = http.StatusUnprocessableEntity
		data.Filtered = true
	}
	p := s.newPage(r, childTitle(data.Summary.Name, "chronology"))
	p.Form, p.Data = form, data
	s.render(w, r, status, "chronology", p)
}

// describeFilter says in words which events a filter keeps, for the printed copy.
func describeFilter(f chronology.Filter) string {
	what := "every kind of event"
	if len(f.Kinds) > 0 {
		labels := make([]string, len(f.Kinds))
		for i, k := range f.Kinds {
			labels[i] = k.Label()
		}
		what = strings.Join(labels, ", ")
	}
	switch {
	case !f.From.IsZero() && !f.To.IsZero():
		return what + ", from " + longDate(f.From) + " to " + longDate(f.To)
	case !f.From.IsZero():
		return what + ", from " + longDate(f.From)
	case !f.To.IsZero():
		return what + ", up to " + longDate(f.To)
	}
	return what + ", from the first to the latest"
}
