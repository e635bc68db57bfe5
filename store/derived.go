package store

import "path"

// derivedItems says how each DfE and Ofsted return item that is not a column of its own is worked out from
// the record. Items that are columns are named in the columns' dfe tags; docs/data-model.md lists both.
// An Item may use * for any run of characters (path.Match), as in "SSDA903 */CHILD".
var derivedItems = []struct{ Item, From string }{
	{"SSDA903 *.CHILD", "person.la_child_id of the child the row belongs to"},
	{"SSDA903 *.DOB", "person.birth_date of the child the row belongs to"},
	{"SSDA903 UASC.SEX", "person.sex of the child"},
	{"SSDA903 Header.MOTHER", "1 when the child is the first person of a relationships row of kind parent (she is a mother), 0 otherwise (recorded for girls only)"},
	{"SSDA903 Header.MC_DOB", "person.birth_date of the related person of that relationships row (the mother's child)"},
	{"Annex A List 10 Family identifier", "household_members.family_id of the child, shared by siblings placed together"},
	{"CIN Collection", "the export: always CIN"},
	{"CIN Year", "the export: the collection year asked for"},
	{"CIN ReferenceDate", "the export: 31 March of the collection year"},
	{"CIN SourceLevel", "the export: L (local authority)"},
	{"CIN LEA", "the export: the organisation's three-digit LA code from its configuration"},
	{"CIN SoftwareCode", "the export: Hearth"},
	{"CIN Release", "the export: Hearth's version"},
	{"CIN SerialNo", "the export: a serial number counted per export"},
	{"CIN DateTime", "the export: when the file was made"},
	{"Annex A List * Child Unique ID", "person.la_child_id"},
	{"Annex A List * Gender", "person.gender mapped to Annex A's a) Male, b) Female, c) Not stated/recorded, d) Neither"},
	{"Annex A List * Ethnicity", "person.ethnicity"},
	{"Annex A List * Date of Birth", "person.birth_date (expected_birth_date for an unborn child)"},
	{"Annex A List * Age", "whole years from person.birth_date to the date the list is made"},
	{"Annex A List * Age of Child (Years)", "whole years from person.birth_date to the date the list is made"},
	{"Annex A List * Does the Child have a Disability", "person.disabilities holds any code other than NONE"},
	{"Annex A List * Disability", "person.disabilities holds any code other than NONE"},
	{"Annex A List * Allocated Team", "department.name of the team of the child's current involvements row with role social_worker (personal_adviser for care leavers)"},
	{"Annex A List * Allocated Worker", "professionals.name of the child's current involvements row with role social_worker (personal_adviser for care leavers)"},
	{"Annex A List 3 Number of Referrals in Last 12 Months", "count of the child's cin_episodes with referral_date in the 12 months before the referral"},
	{"Annex A List 5 Number of Section 47 Enquiries in the last 12 months", "count of the child's s47_enquiry rows with start_date in the 12 months before the list date"},
	{"Annex A List 5 Number of ICPCs in the last 12 months", "count of the child's cp_conferences of kind initial in the 12 months before the list date"},
}

// derivedFrom returns how item is derived, or "".
func derivedFrom(item string) string {
	for _, d := range derivedItems {
		if ok, _ := path.Match(d.Item, item); ok {
			return d.From
		}
	}
	return ""
}
