// Package care holds the record of children looked after by the local authority: the SSDA903 episodes
// (legal status and placement), reviews, unaccompanied asylum-seeking status, health, SDQ scores,
// substance misuse, convictions, adoption and previous permanence, deprivation of liberty orders and
// personal education plans, with the DfE code lists they use.
//
// Every item of the SSDA903 return's Header, Episodes, UASC, Reviews, AD1, PlacedAdoption, PrevPerm, OC2
// and DoLO tables, and of Ofsted Annex A lists 8, 10 and 11, is stored here once or derived from what is
// stored here (statutory visits and care plans are in the protection area's visits and plans tables). The
// package has no SQL and no HTTP: it defines the rows, checks each row on its own (Validate) and holds the
// pure rules that read a child's care history, such as Periods.
package care
