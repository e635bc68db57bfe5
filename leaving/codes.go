package leaving

import "hearth/frontdoor"

// Leaving care categories (CareLeaver.Category), under the Children Act 1989 as amended by the Children
// (Leaving Care) Act 2000, and the Care Leavers (England) Regulations 2010.
const (
	NotCareLeaver  = ""                // none of the categories applies
	Eligible       = "eligible"        // section 19B of Schedule 2: aged 16 or 17 and still looked after
	Relevant       = "relevant"        // section 23A: aged 16 or 17, was eligible, no longer looked after
	FormerRelevant = "former_relevant" // section 23C: aged 18 to 24, was eligible or relevant
	Qualifying     = "qualifying"      // section 24: aged 16 to 20, looked after after 16 (or before an SGO) but none of the above
)

// EligibilityCategories is the list of leaving care categories, with the Annex A List 9 "Eligibility
// Category" letter where Annex A has one (eligible children are still looked after and appear in List 8).
var EligibilityCategories = frontdoor.CodeList{
	{Code: Eligible, Description: "Eligible child: aged 16 or 17, looked after for at least 13 weeks since the age of 14 including time after 16, and still looked after"},
	{Code: Relevant, Description: "a) Relevant child: aged 16 or 17, was an eligible child, and is no longer looked after"},
	{Code: FormerRelevant, Description: "b) Former relevant child: aged 18 to 24, and was an eligible or relevant child at 18"},
	{Code: Qualifying, Description: "c) Qualifying care leaver: aged 16 to 20, looked after at some time after 16 (or immediately before a special guardianship order) but not eligible or relevant"},
}

// InTouchCodes is the SSDA903 OC3 IN_TOUCH code list.
var InTouchCodes = frontdoor.CodeList{
	{Code: "YES", Description: "Yes, the authority is in touch with the young person"},
	{Code: "NO", Description: "No, the authority is not in touch with the young person"},
	{Code: "DIED", Description: "The young person has died since leaving care"},
	{Code: "REFU", Description: "The young person refuses contact with the authority"},
	{Code: "NREQ", Description: "The young person no longer requires services"},
	{Code: "RHOM", Description: "The young person has returned home to live with parents or someone with parental responsibility for a continuous period of six months or more"},
}

// Activities is the SSDA903 OC3 ACTIV code list: the young person's main activity.
var Activities = frontdoor.CodeList{
	{Code: "F1", Description: "Full time in higher education (studies beyond A level)"},
	{Code: "P1", Description: "Part time in higher education"},
	{Code: "F2", Description: "Full time in education other than higher education"},
	{Code: "P2", Description: "Part time in education other than higher education"},
	{Code: "F4", Description: "Full time in an apprenticeship"},
	{Code: "P4", Description: "Part time in an apprenticeship"},
	{Code: "F5", Description: "Full time in training or employment (not an apprenticeship)"},
	{Code: "P5", Description: "Part time in training or employment (not an apprenticeship)"},
	{Code: "G4", Description: "Not in education, employment or training because of illness or disability"},
	{Code: "G5", Description: "Not in education, employment or training for other reasons"},
	{Code: "G6", Description: "Not in education, employment or training because of pregnancy or parenting"},
	{Code: "0", Description: "Not known: not in touch, died, or returned home for six months or more"},
}

// AccommodationTypes lists the kinds of accommodation of the SSDA903 OC3 ACCOM item, by the letter each
// code starts with (and the Annex A List 9 "Type of accommodation").
var AccommodationTypes = frontdoor.CodeList{
	{Code: "B", Description: "With parents or relatives"},
	{Code: "C", Description: "Community home or other residential care, such as an NHS establishment"},
	{Code: "D", Description: "Semi-independent or transitional accommodation (such as a supported hostel or trainer flat), or self-contained accommodation with specialist personal support or floating support"},
	{Code: "E", Description: "Supported lodgings: usually in a family home, where the adults of the host family give formal advice and support"},
	{Code: "G", Description: "Gone abroad"},
	{Code: "H", Description: "Deported"},
	{Code: "K", Description: "Ordinary lodgings, without formal support"},
	{Code: "R", Description: "Residence not known"},
	{Code: "S", Description: "No fixed abode or homeless"},
	{Code: "T", Description: "Foyer or similar supported accommodation combining accommodation with education, training or employment"},
	{Code: "U", Description: "Independent living, such as a tenancy of a flat, house or bedsit (including council or housing association tenancies and college or university accommodation), including flat sharing"},
	{Code: "V", Description: "Emergency accommodation, such as a night shelter, direct access or emergency hostel"},
	{Code: "W", Description: "Bed and breakfast"},
	{Code: "X", Description: "In custody"},
	{Code: "Y", Description: "Other accommodation"},
	{Code: "Z", Description: "With former foster carer(s), having stayed on after 18 with the carers who fostered them (staying put); not for 17-year-olds"},
}

// Accommodations is the SSDA903 OC3 ACCOM code list: the accommodation type letter followed by 1 when the
// accommodation is suitable or 2 when it is not (so W1 is suitable bed and breakfast, B2 unsuitable
// accommodation with parents or relatives), and 0 when the accommodation is not known because the
// authority is not in touch, the young person died or returned home for six months or more.
var Accommodations = accommodations()

func accommodations() frontdoor.CodeList {
	var l frontdoor.CodeList
	for _, t := range AccommodationTypes {
		l = append(l,
			frontdoor.Code{Code: t.Code + "1", Description: t.Description + ": suitable"},
			frontdoor.Code{Code: t.Code + "2", Description: t.Description + ": unsuitable"})
	}
	return append(l, frontdoor.Code{Code: "0", Description: "Not known: not in touch, died, or returned home for six months or more"})
}

// ContactMethods is the local code list of how a personal adviser and a young person were in contact.
var ContactMethods = frontdoor.CodeList{
	{Code: "face_to_face", Description: "In person"},
	{Code: "phone", Description: "By telephone"},
	{Code: "video", Description: "By video call"},
	{Code: "text", Description: "By text or instant message, with a reply"},
	{Code: "email", Description: "By email, with a reply"},
}

// CodeLists names each code list this package uses by the name its columns give in their codes tag.
var CodeLists = map[string]frontdoor.CodeList{
	"eligibility_category":   EligibilityCategories,
	"in_touch":               InTouchCodes,
	"activity":               Activities,
	"accommodation":          Accommodations,
	"contact_method":         ContactMethods,
	"adult_service":          AdultServices,
	"provider_visit_outcome": ProviderVisitOutcomes,
}
