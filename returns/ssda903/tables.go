package ssda903

// Table is one table of the SSDA903 return.
type Table int

// The tables of the return, in the order the DfE lists them.
const (
	Header Table = iota
	Episodes
	Reviews
	UASC
	OC2
	OC3
	AD1
	PlacedAdoption
	PrevPerm
	Missing
	SocialWorker
	DoLo
	numTables
)

// Tables lists every table.
var Tables = []Table{Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SocialWorker, DoLo}

// tableSpec is what the reader and writer know of a table: its name, the file name the writer gives it
// and its columns in the DfE's order. Optional columns are not needed to recognise a file as this table.
type tableSpec struct {
	name     string
	file     string
	columns  []string
	optional map[string]bool
}

var specs = [numTables]tableSpec{
	Header:         {name: "Header", file: "header.csv", columns: []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"}},
	Episodes:       {name: "Episodes", file: "episodes.csv", columns: []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"}},
	Reviews:        {name: "Reviews", file: "reviews.csv", columns: []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"}},
	UASC:           {name: "UASC", file: "uasc.csv", columns: []string{"CHILD", "SEX", "DOB", "DUC"}},
	OC2:            {name: "OC2", file: "oc2.csv", columns: []string{"CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}},
	OC3:            {name: "OC3", file: "oc3.csv", columns: []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"}},
	AD1:            {name: "AD1", file: "ad1.csv", columns: []string{"CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}},
	PlacedAdoption: {name: "PlacedAdoption", file: "placed_for_adoption.csv", columns: []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}},
	PrevPerm:       {name: "PrevPerm", file: "previous_permanence.csv", columns: []string{"CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"}},
	Missing:        {name: "Missing", file: "missing.csv", columns: []string{"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}},
	SocialWorker:   {name: "SWEpisodes", file: "sw_episodes.csv", columns: []string{"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"}},
	DoLo:           {name: "DoLo", file: "dolo.csv", columns: []string{"CHILD", "DOB", "DOLO_START", "DOLO_END"}, optional: map[string]bool{"DOB": true}},
}

// String is the table's name as the DfE's validation messages give it.
func (t Table) String() string { return specs[t].name }

// Columns returns the table's columns in the DfE's order.
func (t Table) Columns() []string { return specs[t].columns }

// File is the file name the writer gives the table.
func (t Table) File() string { return specs[t].file }

// TableNamed returns the table with the name or file name given (case-insensitive, so "episodes",
// "Episodes" and "episodes.csv" all name Episodes).
func TableNamed(name string) (Table, bool) {
	for _, t := range Tables {
		s := specs[t]
		if equalFold(name, s.name) || equalFold(name, s.file) || equalFold(name, s.file[:len(s.file)-4]) {
			return t, true
		}
	}
	return 0, false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
