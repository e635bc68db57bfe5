// Package measure is Hearth's catalogue of performance measures: each figure leaders, the corporate
// parenting panel, the DfE and Ofsted ask for, defined once in code and computed from the record as at
// any date, traceable to the children behind it.
//
// A measure is computed over plain Go values loaded once (Tables, filled by store.LoadMeasureTables),
// never by SQL of its own, so that the whole catalogue as at one date, or as at each of 24 month ends,
// costs a few scans of memory and no database round trips, and so that every measure can be tested on
// hand-built records without a database. New prepares the loaded rows once: it works out every due
// date through the duty definitions (package duty), so that a timescale is defined in one place and the
// worker's list of what is due and the timeliness measures can never disagree.
//
// The parts:
//
//   - Catalogue and Lookup: the definitions (id, title, plain-English definition, numerator and
//     denominator in words, which way is better, unit, the latest England figure with its source).
//   - Tables and New: the loaded rows and the prepared Data.
//   - Data.Compute, Data.All, Data.Trend: results as at a date or over a run of month ends.
//   - Result: numerator, denominator, value (always Scale × numerator ÷ denominator), the spread of
//     working days taken for timeliness measures, and, when asked for, the person ids behind the
//     numerator and denominator for drill-down.
//   - ForPanel: small numbers suppressed for panel members, who see figures only.
//   - Target and RAG: "what good looks like", set by the organisation, and how a value compares.
//   - Commentary: an analyst's note on a measure for a month, versioned, never overwritten.
//
// Nothing here writes the record. Targets, commentary and the child population are kept by the store
// (store/measures.go) in tables of their own.
package measure
