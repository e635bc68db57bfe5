// Package measure is Hearth's catalogue of performance measures: each figure leaders, the corporate
// parenting panel, the DfE and Ofsted ask for, defined once in code and computed from the record as at
// any date, traceable to the children behind it.
//
// A measure is computed over plain Go values loaded once (Tables, filled by store.DB.LoadMeasureTables),
// never by SQL of its own, so that the whole catalogue as at one date, or as at each of 24 month ends,
// costs a few scans of memory and no database round trips, and so that every measure can be tested on
// hand-built records without a database. New prepares the loaded rows once: it works out every due date
// through the duty definitions (package duty, handed over as Timescales), so that a timescale is defined
// in one place and the worker's list of what is due and the timeliness measures never disagree.
//
// # Using it from a page
//
// Loading reads about a million rows for a large authority (seconds); computing the whole catalogue from
// the loaded data takes milliseconds. So a server loads once and shares the result (the web application
// keeps one snapshot, web/measures_snapshot.go), loading with the organisation's duties:
//
//	rows, err := db.DutySettings(ctx)
//	settings, err := duty.FromStored(rows) // a refused stored setting keeps its default: log err, go on
//	data, err := db.LoadMeasures(ctx, settings.MeasureTimescales(calendar.England()))
//
// Then, for a page:
//
//	measure.Catalogue()                                      // every *Measure in display order
//	m, ok := measure.Lookup(id)                              // one, by its stable id
//	p := measure.PeriodEnding(asAt, measure.TwelveMonths)    // the 12 months to the date (or OneMonth)
//	r := data.Compute(m, p, measure.Options{})               // Numerator, Denominator, Value, Spread, Breakdown
//	all := data.All(asAt, measure.TwelveMonths, measure.Options{})
//	trend := data.Trend(m, asAt, 24, measure.TwelveMonths)   // 24 Results, oldest first, Period.To each month end
//	r = data.Compute(m, p, measure.Options{IDs: true})       // drill-down: NumeratorIDs, DenominatorIDs
//	r = measure.ForRole(r, actor.Role)                       // panel members: no ids, small numbers suppressed
//
//	targets, err := db.Targets(ctx, asAt)                    // map[measure id]Target as at the date
//	rag := targets[m.ID].RAG(m, r)                           // when present: Green, Amber, Red or NoRAG
//	notes, err := db.Commentary(ctx, asAt)                   // map[measure id]Commentary, latest version for the month
//	history, err := db.CommentaryHistory(ctx, m.ID, asAt)    // every version, oldest first
//	c, err := db.AddCommentary(ctx, actor, m.ID, asAt, text, basedOn) // ECONFLICT when someone wrote since
//	t, err := db.SetTarget(ctx, actor, measure.Target{MeasureID: m.ID, Value: 85, Tolerance: 5, From: from})
//	pop, err := db.ChildPopulation(ctx)                      // and db.SetChildPopulation
//
// Who may drill down to children is the web application's decision under the access rules, and each
// drill-down is a read of those children to audit; a Result only carries the ids. A rate per 10,000
// children has no DenominatorIDs: its denominator is the population, not children in the record. Data is
// read-only once made, so one value serves any number of requests at once.
//
// # The parts
//
//   - Catalogue and Lookup: the definitions (id, title, plain-English definition, numerator and
//     denominator in words, which way is better, unit, the latest England figure with its source).
//   - Tables and New: the loaded rows and the prepared Data.
//   - care.go: the measures of children looked after, missing children and care leavers, and the rules
//     the duty package shares with them (NewCarers, NextVisit, SchoolYears, Birthday, LeaverOf,
//     KeepInTouchUntil), so that a visit or a pathway plan review is due on the same day in a worker's
//     list and in a figure.
//   - Data.Compute, Data.All, Data.Trend: results for a period, as at a date, or over a run of month ends.
//   - Result: numerator, denominator, value (always Scale × numerator ÷ denominator), the spread of
//     working days taken for timeliness measures, a breakdown (partner checks by agency) and, when asked
//     for, the person ids behind the numerator and denominator.
//   - ForPanel and ForRole: small numbers suppressed for panel members, who see figures only.
//   - Target and RAG: "what good looks like", set by the organisation, and how a value compares.
//   - Commentary: an analyst's note on a measure for a month, versioned, never overwritten.
//
// Nothing here writes the record. Targets, commentary and the child population are kept by the store
// (store/measures.go) in append-only tables of their own (migration 00006).
package measure
