package store

import (
	"context"
	"database/sql"
	"fmt"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/returns/cin"
	"hearth/returns/ssda903"
	"hearth/workforce"
)

// SSDA903Of gives what the SSDA903 return is made from for one child, from their loaded record: the same
// rows LoadSSDA903 reads for the whole authority (those that stand), so the checks on a child's record
// page are the checks of the return. It reads the registrations of the child's social workers and the
// births of the child's own children, which are not part of the child's rows.
func (db *DB) SSDA903Of(ctx context.Context, rec *ChildRecord) (*ssda903.Record, error) {
	out := &ssda903.Record{
		Children:           []hearth.Person{rec.Person},
		Episodes:           standing(Rows[care.Episode](rec), func(r *care.Episode) hearth.Record { return r.Record }),
		Reviews:            standing(Rows[care.Review](rec), func(r *care.Review) hearth.Record { return r.Record }),
		UASC:               standing(Rows[care.UASC](rec), func(r *care.UASC) hearth.Record { return r.Record }),
		Health:             standing(Rows[care.HealthAssessment](rec), func(r *care.HealthAssessment) hearth.Record { return r.Record }),
		Immunisations:      standing(Rows[care.Immunisations](rec), func(r *care.Immunisations) hearth.Record { return r.Record }),
		SDQs:               standing(Rows[care.SDQ](rec), func(r *care.SDQ) hearth.Record { return r.Record }),
		SubstanceMisuse:    standing(Rows[care.SubstanceMisuse](rec), func(r *care.SubstanceMisuse) hearth.Record { return r.Record }),
		Convictions:        standing(Rows[care.Conviction](rec), func(r *care.Conviction) hearth.Record { return r.Record }),
		PreviousPermanence: standing(Rows[care.PreviousPermanence](rec), func(r *care.PreviousPermanence) hearth.Record { return r.Record }),
		PlacedForAdoption:  standing(Rows[care.PlacedForAdoption](rec), func(r *care.PlacedForAdoption) hearth.Record { return r.Record }),
		Adoptions:          standing(Rows[care.Adoption](rec), func(r *care.Adoption) hearth.Record { return r.Record }),
		DoLo:               standing(Rows[care.DeprivationOfLiberty](rec), func(r *care.DeprivationOfLiberty) hearth.Record { return r.Record }),
		Missing:            standing(Rows[exploitation.MissingEpisode](rec), func(r *exploitation.MissingEpisode) hearth.Record { return r.Record }),
		CareLeavers:        standing(Rows[leaving.CareLeaver](rec), func(r *leaving.CareLeaver) hearth.Record { return r.Record }),
		CareLeaverStatus:   standing(Rows[leaving.Status](rec), func(r *leaving.Status) hearth.Record { return r.Record }),
		Registrations:      map[hearth.ID]string{},
		ChildrenBorn:       map[hearth.ID][]hearth.Date{},
	}
	for _, a := range standing(Rows[workforce.Allocation](rec), func(r *workforce.Allocation) hearth.Record { return r.Record }) {
		if a.Role == workforce.RoleSocialWorker {
			out.SocialWorkers = append(out.SocialWorkers, a)
		}
	}
	for _, a := range out.SocialWorkers {
		if _, done := out.Registrations[a.WorkerID]; done {
			continue
		}
		var reg sql.NullString
		err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT swe_registration FROM professionals WHERE id = ?`), a.WorkerID).Scan(&reg)
		if err != nil && !isNoRows(err) {
			return nil, fmt.Errorf("reading the registration of worker %d: %w", a.WorkerID, err)
		}
		if reg.String != "" {
			out.Registrations[a.WorkerID] = reg.String
		}
	}
	for _, r := range standing(Rows[hearth.Relationship](rec), func(r *hearth.Relationship) hearth.Record { return r.Record }) {
		if r.Kind != "parent" || r.PersonID != rec.Person.ID {
			continue
		}
		var born hearth.Date
		err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT birth_date FROM person WHERE id = ? AND birth_date IS NOT NULL`), r.RelatedPersonID).Scan(&born)
		if err != nil && !isNoRows(err) {
			return nil, fmt.Errorf("reading the birth of person %d: %w", r.RelatedPersonID, err)
		}
		if !born.IsZero() {
			out.ChildrenBorn[rec.Person.ID] = append(out.ChildrenBorn[rec.Person.ID], born)
		}
	}
	return out, nil
}

// standing keeps the rows that stand: those not marked recorded in error.
func standing[T any](rows []T, record func(*T) hearth.Record) []T {
	var out []T
	for i := range rows {
		if record(&rows[i]).Status == hearth.StatusActive {
			out = append(out, rows[i])
		}
	}
	return out
}

// CINOf gives what the CIN census is made from for one child, from their loaded record: the same rows
// LoadCIN reads for the whole authority (those that stand). lea is the authority's DfE number.
func CINOf(rec *ChildRecord, lea string) *cin.Record {
	return &cin.Record{
		LEA:         lea,
		Children:    []hearth.Person{rec.Person},
		Episodes:    standing(Rows[frontdoor.CINEpisode](rec), func(r *frontdoor.CINEpisode) hearth.Record { return r.Record }),
		Assessments: standing(Rows[protection.Assessment](rec), func(r *protection.Assessment) hearth.Record { return r.Record }),
		CINPlans:    standing(Rows[protection.CINPlan](rec), func(r *protection.CINPlan) hearth.Record { return r.Record }),
		S47s:        standing(Rows[protection.S47Enquiry](rec), func(r *protection.S47Enquiry) hearth.Record { return r.Record }),
		CPPlans:     standing(Rows[protection.CPPlan](rec), func(r *protection.CPPlan) hearth.Record { return r.Record }),
		Conferences: standing(Rows[protection.Conference](rec), func(r *protection.Conference) hearth.Record { return r.Record }),
	}
}
