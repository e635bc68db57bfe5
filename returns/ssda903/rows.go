package ssda903

import "hearth"

// The row types hold each value as read, named by the DfE's column name, and each date parsed once
// (fields ending in Date; the zero Date when the value is blank or not a valid dd/mm/yyyy date, so a rule
// about a date's format compares the string and the parsed value). Each has a constructor from its
// values in the DfE's column order (tableSpec.columns) and a values method that gives them back in that
// order, which is all the reader and writer need.

// HeaderRow is one child: the Header table.
type HeaderRow struct {
	CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB string
	DOBDate, MC_DOBDate                          hearth.Date
	// UASC is the child's UASC flag as the XML form gives it in the HEADER (UASCGiven says whether the
	// return had one). The CSV form has no such column: there the flag is whether the child has a row in
	// the UASC table (uascFlag), so the rules about the flag can only find something in an XML return.
	UASC      string
	UASCGiven bool
}

func newHeader(v []string) HeaderRow {
	return HeaderRow{CHILD: v[0], SEX: v[1], DOB: v[2], ETHNIC: v[3], UPN: v[4], MOTHER: v[5], MC_DOB: v[6],
		DOBDate: ParseDate(v[2]), MC_DOBDate: ParseDate(v[6])}
}

func (r *HeaderRow) values() []string {
	return []string{r.CHILD, r.SEX, r.DOB, r.ETHNIC, r.UPN, r.MOTHER, r.MC_DOB}
}

// EpisodeRow is one episode of care: a stretch during which the legal status and placement stayed the
// same.
type EpisodeRow struct {
	CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN string
	DECOMDate, DECDate                                                                                        hearth.Date
}

func newEpisode(v []string) EpisodeRow {
	return EpisodeRow{CHILD: v[0], DECOM: v[1], RNE: v[2], LS: v[3], CIN: v[4], PLACE: v[5], PLACE_PROVIDER: v[6],
		DEC: v[7], REC: v[8], REASON_PLACE_CHANGE: v[9], HOME_POST: v[10], PL_POST: v[11], URN: v[12],
		DECOMDate: ParseDate(v[1]), DECDate: ParseDate(v[7])}
}

func (r *EpisodeRow) values() []string {
	return []string{r.CHILD, r.DECOM, r.RNE, r.LS, r.CIN, r.PLACE, r.PLACE_PROVIDER, r.DEC, r.REC, r.REASON_PLACE_CHANGE, r.HOME_POST, r.PL_POST, r.URN}
}

// ReviewRow is one statutory review of a looked-after child.
type ReviewRow struct {
	CHILD, DOB, REVIEW, REVIEW_CODE string
	DOBDate, REVIEWDate             hearth.Date
}

func newReview(v []string) ReviewRow {
	return ReviewRow{CHILD: v[0], DOB: v[1], REVIEW: v[2], REVIEW_CODE: v[3], DOBDate: ParseDate(v[1]), REVIEWDate: ParseDate(v[2])}
}

func (r *ReviewRow) values() []string { return []string{r.CHILD, r.DOB, r.REVIEW, r.REVIEW_CODE} }

// UASCRow is a child who is or was an unaccompanied asylum-seeking child, with the date that ceased.
type UASCRow struct {
	CHILD, SEX, DOB, DUC string
	DOBDate, DUCDate     hearth.Date
}

func newUASC(v []string) UASCRow {
	return UASCRow{CHILD: v[0], SEX: v[1], DOB: v[2], DUC: v[3], DOBDate: ParseDate(v[2]), DUCDate: ParseDate(v[3])}
}

func (r *UASCRow) values() []string { return []string{r.CHILD, r.SEX, r.DOB, r.DUC} }

// OC2Row is the outcomes of a child looked after continuously for 12 months at 31 March.
type OC2Row struct {
	CHILD, DOB, SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK,
	HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED string
	DOBDate hearth.Date
}

func newOC2(v []string) OC2Row {
	return OC2Row{CHILD: v[0], DOB: v[1], SDQ_SCORE: v[2], SDQ_REASON: v[3], CONVICTED: v[4], HEALTH_CHECK: v[5],
		IMMUNISATIONS: v[6], TEETH_CHECK: v[7], HEALTH_ASSESSMENT: v[8], SUBSTANCE_MISUSE: v[9],
		INTERVENTION_RECEIVED: v[10], INTERVENTION_OFFERED: v[11], DOBDate: ParseDate(v[1])}
}

func (r *OC2Row) values() []string {
	return []string{r.CHILD, r.DOB, r.SDQ_SCORE, r.SDQ_REASON, r.CONVICTED, r.HEALTH_CHECK, r.IMMUNISATIONS,
		r.TEETH_CHECK, r.HEALTH_ASSESSMENT, r.SUBSTANCE_MISUSE, r.INTERVENTION_RECEIVED, r.INTERVENTION_OFFERED}
}

// OC3Row is a care leaver's circumstances around their 17th to 21st birthday in the year.
type OC3Row struct {
	CHILD, DOB, IN_TOUCH, ACTIV, ACCOM string
	DOBDate                            hearth.Date
}

func newOC3(v []string) OC3Row {
	return OC3Row{CHILD: v[0], DOB: v[1], IN_TOUCH: v[2], ACTIV: v[3], ACCOM: v[4], DOBDate: ParseDate(v[1])}
}

func (r *OC3Row) values() []string { return []string{r.CHILD, r.DOB, r.IN_TOUCH, r.ACTIV, r.ACCOM} }

// AD1Row is a child adopted in the year: the adoption's dates and the adopters.
type AD1Row struct {
	CHILD, DOB, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR string
	DOBDate, DATE_INTDate, DATE_MATCHDate                                           hearth.Date
}

func newAD1(v []string) AD1Row {
	return AD1Row{CHILD: v[0], DOB: v[1], DATE_INT: v[2], DATE_MATCH: v[3], FOSTER_CARE: v[4], NB_ADOPTR: v[5],
		SEX_ADOPTR: v[6], LS_ADOPTR: v[7], DOBDate: ParseDate(v[1]), DATE_INTDate: ParseDate(v[2]), DATE_MATCHDate: ParseDate(v[3])}
}

func (r *AD1Row) values() []string {
	return []string{r.CHILD, r.DOB, r.DATE_INT, r.DATE_MATCH, r.FOSTER_CARE, r.NB_ADOPTR, r.SEX_ADOPTR, r.LS_ADOPTR}
}

// PlacedAdoptionRow is a decision that a child should be placed for adoption, and its end.
type PlacedAdoptionRow struct {
	CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED string
	DOBDate, DATE_PLACEDDate, DATE_PLACED_CEASEDDate                  hearth.Date
}

func newPlacedAdoption(v []string) PlacedAdoptionRow {
	return PlacedAdoptionRow{CHILD: v[0], DOB: v[1], DATE_PLACED: v[2], DATE_PLACED_CEASED: v[3], REASON_PLACED_CEASED: v[4],
		DOBDate: ParseDate(v[1]), DATE_PLACEDDate: ParseDate(v[2]), DATE_PLACED_CEASEDDate: ParseDate(v[3])}
}

func (r *PlacedAdoptionRow) values() []string {
	return []string{r.CHILD, r.DOB, r.DATE_PLACED, r.DATE_PLACED_CEASED, r.REASON_PLACED_CEASED}
}

// PrevPermRow is a child's previous permanence option before this period of care.
type PrevPermRow struct {
	CHILD, DOB, PREV_PERM, LA_PERM, DATE_PERM string
	DOBDate                                   hearth.Date
}

func newPrevPerm(v []string) PrevPermRow {
	return PrevPermRow{CHILD: v[0], DOB: v[1], PREV_PERM: v[2], LA_PERM: v[3], DATE_PERM: v[4], DOBDate: ParseDate(v[1])}
}

func (r *PrevPermRow) values() []string {
	return []string{r.CHILD, r.DOB, r.PREV_PERM, r.LA_PERM, r.DATE_PERM}
}

// MissingRow is one episode of a looked-after child missing (M) or away from placement without
// authorisation (A).
type MissingRow struct {
	CHILD, DOB, MISSING, MIS_START, MIS_END string
	DOBDate, MIS_STARTDate, MIS_ENDDate     hearth.Date
}

func newMissing(v []string) MissingRow {
	return MissingRow{CHILD: v[0], DOB: v[1], MISSING: v[2], MIS_START: v[3], MIS_END: v[4],
		DOBDate: ParseDate(v[1]), MIS_STARTDate: ParseDate(v[3]), MIS_ENDDate: ParseDate(v[4])}
}

func (r *MissingRow) values() []string {
	return []string{r.CHILD, r.DOB, r.MISSING, r.MIS_START, r.MIS_END}
}

// SocialWorkerRow is one episode of a social worker allocated to a looked-after child.
type SocialWorkerRow struct {
	CHILD, DOB, SW_ID, SW_DECOM, SW_DEC, SW_REASON string
	DOBDate, SW_DECOMDate, SW_DECDate              hearth.Date
}

func newSocialWorker(v []string) SocialWorkerRow {
	return SocialWorkerRow{CHILD: v[0], DOB: v[1], SW_ID: v[2], SW_DECOM: v[3], SW_DEC: v[4], SW_REASON: v[5],
		DOBDate: ParseDate(v[1]), SW_DECOMDate: ParseDate(v[3]), SW_DECDate: ParseDate(v[4])}
}

func (r *SocialWorkerRow) values() []string {
	return []string{r.CHILD, r.DOB, r.SW_ID, r.SW_DECOM, r.SW_DEC, r.SW_REASON}
}

// DoLoRow is a deprivation of liberty order of a looked-after child (from 2026/27).
type DoLoRow struct {
	CHILD, DOB, DOLO_START, DOLO_END      string
	DOBDate, DOLO_STARTDate, DOLO_ENDDate hearth.Date
}

func newDoLo(v []string) DoLoRow {
	return DoLoRow{CHILD: v[0], DOB: v[1], DOLO_START: v[2], DOLO_END: v[3],
		DOBDate: ParseDate(v[1]), DOLO_STARTDate: ParseDate(v[2]), DOLO_ENDDate: ParseDate(v[3])}
}

func (r *DoLoRow) values() []string { return []string{r.CHILD, r.DOB, r.DOLO_START, r.DOLO_END} }
