// Package leaving holds the record of young people leaving care: their leaving care category (eligible,
// relevant, former relevant or qualifying) and the rule that works it out from their care history, what
// is known of them at each point (in touch, activity, accommodation), their contacts with their personal
// adviser, needs assessments and pathway plans.
//
// Every item of the SSDA903 OC3 table and of Ofsted Annex A List 9 is stored here or derived from what is
// stored here and in package care; the personal adviser and team come from the workforce allocations. The
// package has no SQL and no HTTP.
package leaving
