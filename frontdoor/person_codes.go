package frontdoor

// The code lists of a person's own details. They live here, beside the other front door lists, because
// the front door is where most people are first recorded; the person row itself is in the root package,
// which holds no code lists.

// Ethnicities is the DfE ethnicity list shared by the SSDA903 (Header.ETHNIC), the CIN census (Ethnicity)
// and Annex A, with the CIN census descriptions.
var Ethnicities = CodeList{
	{"WBRI", "White British"},
	{"WIRI", "White Irish"},
	{"WIRT", "Traveller of Irish heritage"},
	{"WOTH", "Any other White background"},
	{"WROM", "Gypsy/Roma"},
	{"MWBC", "White and Black Caribbean"},
	{"MWBA", "White and Black African"},
	{"MWAS", "White and Asian"},
	{"MOTH", "Any other mixed background"},
	{"AIND", "Indian"},
	{"APKN", "Pakistani"},
	{"ABAN", "Bangladeshi"},
	{"AOTH", "Any other Asian background"},
	{"BCRB", "Caribbean"},
	{"BAFR", "African"},
	{"BOTH", "Any other Black background"},
	{"CHNE", "Chinese"},
	{"OOTH", "Any other ethnic group"},
	{"REFU", "Refused"},
	{"NOBT", "Information not yet obtained"},
}

// Sexes is the SSDA903 Header.SEX list.
var Sexes = CodeList{
	{"1", "Male"},
	{"2", "Female"},
}

// Genders is the CIN census GenderCurrent list.
var Genders = CodeList{
	{"1", "Male"},
	{"2", "Female"},
	{"0", "Not known"},
	{"9", "Not stated"},
}
