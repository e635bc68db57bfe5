package ssda903

import (
	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/workforce"
)

// Record is what the SSDA903 return is made from: the rows of the case record that feed it, for the
// whole authority, as the store reads them once (store.DB.LoadSSDA903). Only rows that stand are given
// (none recorded in error). Export turns it into the return of any collection year, and Import's
// counterpart in the store turns a return back into rows of these types, so the mapping both ways is
// tested without a database.
type Record struct {
	Children           []hearth.Person // every child with an episode of care or a care leaver row
	Episodes           []care.Episode
	Reviews            []care.Review
	UASC               []care.UASC
	Health             []care.HealthAssessment
	Immunisations      []care.Immunisations
	SDQs               []care.SDQ
	SubstanceMisuse    []care.SubstanceMisuse
	Convictions        []care.Conviction
	PreviousPermanence []care.PreviousPermanence
	PlacedForAdoption  []care.PlacedForAdoption
	Adoptions          []care.Adoption
	DoLo               []care.DeprivationOfLiberty
	Missing            []exploitation.MissingEpisode
	CareLeavers        []leaving.CareLeaver
	CareLeaverStatus   []leaving.Status
	// SocialWorkers are the allocations of the children with role social_worker.
	SocialWorkers []workforce.Allocation
	// Registrations holds each worker's SW_ID, by worker id: their Social Work England registration, or XX
	// and their staff id when they have none.
	Registrations map[hearth.ID]string
	// ChildrenBorn holds, for each child who is a parent (the first person of a relationships row of kind
	// parent), the dates of birth of their children: the SSDA903 MOTHER and MC_DOB.
	ChildrenBorn map[hearth.ID][]hearth.Date
}

// byPerson groups rows by their child, keeping the order given.
func byPerson[T any](rows []T, person func(*T) hearth.ID) map[hearth.ID][]*T {
	m := make(map[hearth.ID][]*T)
	for i := range rows {
		p := person(&rows[i])
		m[p] = append(m[p], &rows[i])
	}
	return m
}
