package synth

// The looked-after part of a child's journey: a period of care as SSDA903 episodes, with its reviews,
// visits, health, education, care plan, adoption, unaccompanied status and deprivation of liberty, and the
// missing episodes (missing.go) and leaving care (leaving.go) that follow from it. The rest of the package
// decides who comes into care and when, and calls careHook; everything a period of care makes is returned as
// rows, each taking its id from the run's idSource, and every random choice comes from the child's own
// generator, so the same seed makes the same rows.
//
// Figures used here and in missing.go and leaving.go (docs/synthetic-data.md copies this list). "CLA 2024"
// is the DfE's "Children looked after in England including adoptions", reporting year 2024 (year ending 31
// March 2024), with the table or data set named. "Checked" marks a figure read from the published table
// while writing this; "approximate" one recalled from the publication and rounded, to be checked against the
// table before it is quoted; "assumption" one with no national statistic behind it. "Model" gives what
// TestCareCalibration measures (20,000 periods of care, ages and UASC share of CLA 2024 starts), so the two
// can be compared.
//
//   - Children looked after at 31 March 2024: 83,630, 70 per 10,000 children (CLA 2024 headline; checked).
//     With about 33,000 starts a year (CLA 2024, approximate) the mean period of care is about 2.5 years.
//     Model: 2.57 years of starts looked after at the reference date; periods ending in the year have a
//     median of about a year (quartiles 4 months and 2.6 years).
//   - Legal status at 31 March (CLA 2024 "CLA on 31 March by characteristics", approximate): care orders about
//     77% (most of them full care orders C2, interim C1 about 12%), section 20 (V2) about 18%, placement
//     orders (E1) about 4%, police protection, emergency orders and youth justice statuses under 1% each.
//     Care proceedings take about 40 weeks (MoJ Family Court Statistics Quarterly 2024, care and supervision
//     cases, approximate), after which an interim care order (C1) becomes a full care order (C2) or a
//     placement order (E1), or care ends. About 1 start in 8 is under police protection (L1, 1 to 3 days) or
//     an emergency protection order (L2, 3 to 15 days) (assumption). Model: C2 58%, C1 15%, V2 21%, E1 5%.
//   - Placement at 31 March (CLA 2024, approximate): foster placements about 68% (about a fifth of them with
//     relatives or friends, U1 to U3), children's homes (K2) about 11%, supported accommodation (H5, 16 and
//     over only) about 7%, placed with parents (P1) about 6%, placed for adoption about 2%, secure homes and
//     other residential settings about 2%. Model: foster 71%, K2 12%, H5 8%, P1 6%, adoption 2%.
//   - Placement moves (CLA 2024 "placement stability", approximate): 68% of children looked after at 31 March
//     had one placement in the year, 21% two, 10% three or more; here a move comes after an exponential time
//     with a mean of 950 days (foster, under 10), 650 (10 to 15), 550 (16 and 17), 420 (children's home), 480
//     (supported accommodation), 120 (secure), 1,400 (kinship), and 3 first placements in 10 are emergency
//     placements of about 5 weeks (assumption). A foster placement in a long-term plan is confirmed as
//     long-term fostering with the same carers (U6 to U4, RNE T) after 9 to 24 months in 6 cases in 10
//     (assumption). 1 long placement in 20 is interrupted by a temporary one: carers' holiday (T3), hospital
//     (T1) or a short stay (T4) (assumption).
//   - Why a placement ended (CLA 2024 "Reason for placement change during the year of CLA by
//     characteristics", 66,070 changes; checked): implementation of the care plan 31%, change in the status
//     of a placement only 24%, other 22%, carer requested because of the child's behaviour 8%, carer
//     requested for other reasons 6%, child requested 3%, standards of care, resignation or closure,
//     allegation, responsible authority 1% each, approval removed and custody under 0.5%. Here planned moves
//     are CARPL, status changes PLACE, and unplanned moves draw from the rest.
//   - Placement location (CLA 2024 and "Children looked after: a focus on placement location" 2024,
//     approximate): a little over half inside the authority's boundary. Own-provision placements (PR1) are
//     always inside it (SSDA903 rule 1015); distances are 0.4 to 9 miles inside, up to 280 outside (none over
//     350: rule 454); none for unaccompanied children (rule 406).
//   - Reason care ceased (CLA 2024 "CLA ceasing during the year", approximate): returned home (E4A, E4B)
//     about 25%, special guardianship (E45 to E48) about 12%, adopted (E11, E12) about 9% (2,960 adoptions),
//     independent living (E5, E6) about 8 to 10%, staying put at 18 (E17) about 5%, child arrangements
//     orders (E41) about 4%, other reasons (E8, two thirds of them on the 18th birthday) about 20%, care taken
//     over by another authority (E3), custody (E9), remand ended (E14), adult social care (E7) about 1% each,
//     died (E2) and moved abroad (E16) rare. The pathway weights (carePathWeights) and the reasons at 18 are
//     tuned to these. Model: home 30%, E8 24%, independent 11%, special guardianship 11%, adopted 8%, E17
//     4%, E13 4%, E41 3%, E3 2%, E14, E15, E7 1% each.
//   - Adoption (CLA 2024 adoption tables, approximate): the agency decision 2 to 12 weeks before the final
//     hearing, the placement order at it, matching 2 to 9 months later, placed within six weeks of matching,
//     the adoption order 5 to 12 months after placement (on average about 1 year 10 months from entering
//     care); about 1 decision in 8 reversed (RD1 to RD4, and RD2 when the court refuses the order); about 1
//     adopted child in 5 adopted by their foster carers (A5, from fostering for adoption U5 or long-term
//     carers); adopters 87% couples (married different-sex 60%, unmarried 12%, same-sex 15%), 13% single
//     (assumption shares).
//   - Unaccompanied asylum-seeking children (CLA 2024, approximate): about 7,400 at 31 March 2024 (9%), over
//     90% boys, most 16 or 17 at entry. A child is one when careInput.CategoryOfNeed is N8 and they are 12
//     or over. About 1 in 12 is transferred under the National Transfer Scheme (E3) within 3 months, 1 in 20
//     found by age assessment to be an adult (E15), 1 in 25 goes missing and does not return (E8); the rest
//     leave care at 18 (assumptions). Asylum decisions after 6 to 18 months: refugee 55%, leave as a UASC 20%,
//     refused 15%, other 10% (assumption).
//   - Category of need when the caller gives no SSDA903 code (CLA 2024 children starting, approximate): N1
//     55%, N5 14%, N8 13%, N4 8%, N2 4%, N3 3%, N6 2%, N7 1%.
//   - Statutory reviews (timescales.md, regulation 33): 20 working days, 3 months, then 6 months; 90% on
//     time, the rest 1 to 30 days late (assumption: review timeliness is no longer published nationally).
//     Participation of children 4 and over (assumption, from local returns): PN1 45%, PN2 10%, PN3 3%, PN4
//     4%, PN5 15%, PN6 16%, PN7 7%; PN0 under 4 (rules 440 and 441).
//   - Statutory visits (regulation 28): within a week of each placement with new carers, then at most 6
//     weeks apart in its first year, then 3-monthly in long-term fostering (U1, U4); 88% on time, the child
//     seen 97%, seen alone (4 and over) 75% (assumptions).
//   - Health (CLA 2024 "CLA for 12 months, conviction and health outcomes"): development assessments of
//     under-fives up to date 88% (checked: 5,980 of 6,820); annual health assessment about 91%, dental
//     check about 80%, immunisations up to date about 84%, SDQ score for about 80% of those 4 to 16 with an
//     average of about 14, substance misuse about 3% (here 6% a year of those 13 and over), convicted or
//     cautioned about 2% of those 10 and over (here 3.5% a year at 14 to 17, 1.2% at 10 to 13) (approximate).
//     Initial health assessment within 20 working days 65% (assumption: not published); reviews every 6
//     months under 5 and 12 months from 5, 88% on time; a check missed or refused 7% (assumption).
//   - Personal education plans (DfE guidance 2018, timescales.md): the first within 20 school days (80%,
//     assumption), then one a term (92% of terms, assumption); post-16 plans for 60% (assumption).
//   - Deprivation of liberty orders: about 1,200 applications a year in England (Nuffield Family Justice
//     Observatory monitoring of the national DoL court, 2023 to 2024, approximate); here 4% of children's
//     home placements of young people 12 and over lasting two months or more, inside the placement (only K2:
//     rules 707, 709, 710).
//   - Previous permanence (SSDA903 PrevPerm, for periods starting from 1 April 2016; assumption from local
//     returns): none (Z1) 93%, special guardianship 3%, child arrangements order 1.5%, adoption 1%, not
//     known 1.5%.
//   - Missing (missing.go; CLA 2024 "CLA who were missing from placement", checked: 83,920 missing incidents
//     in 2024, 55% by young people 16 and over, 44% by those 10 to 15, under 0.5% under 10; 2022: 12,150
//     children, 11% of children looked after, 76,890 incidents, from a parliamentary answer of 2023, checked,
//     which also says 90% of incidents last 2 days or less). About two thirds of missing children go missing
//     more than once (Coram, from CLA 2018). Here a looked-after child goes missing in a year with chance
//     0.3% under 10, 7% at 10 to 12, 24% at 13 to 15, 26% at 16 and 17, then once (35%) or 2 plus about 7
//     more times; away without authorisation 12% of incidents (assumption). Model: 11.2% of children looked
//     after in the year go missing. Children in need not looked after (assumption, police data show most
//     missing children go missing from home): 0.2%, 2%, 7%, 6% a year by the same ages, about 2.3 episodes
//     each. Return home interviews (assumptions: no national statistic): offered after 92% of episodes, 85%
//     of offers within 48 hours; accepted 2 times in 3; held for 95% of acceptances, 75% of them within 72
//     hours of the return.
//   - Care leavers (leaving.go; CLA 2024 "Care leavers aged 17 to 21", approximate): in touch about 92% of
//     those 19 to 21, in education, employment or training about 56%, in suitable accommodation about 88%,
//     bed and breakfast under 1%. Here around each birthday: in touch 95.5% (then NO 2%, REFU 1.5%, NREQ 1%
//     for good); RHOM for 1 in 5 who went home at 16 or 17, after six months; activity and accommodation by
//     age (see leaving.go); 2% of other accommodation unsuitable; most who stayed put at 18 (E17) live with
//     their former carers (Z1). Model: of 19 to 21 year olds, in touch 91%, in education, employment or
//     training 59%, in suitable accommodation 86%; 34% of periods of care make a care leaver. Pathway plan
//     within 3 months of becoming eligible 80%, reviews at most 6 months apart 85%, personal adviser
//     contacts 10 to 42 days apart 70%, 43 to 70 days 22%, longer 8% (assumptions; Slough's standard is 6
//     weeks).

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/care"
	"hearth/exploitation"
	"hearth/leaving"
	"hearth/protection"
)

// careInput is what the rest of the package knows about a child entering care: who they are, when care
// starts, the reference date after which nothing is made, the workers (professionals ids) and the user who
// records everything.
//
// A child is an unaccompanied asylum-seeking child when CategoryOfNeed is N8 (absent parenting, the
// category the DfE asks for UASC) and they are 12 or over at Start; pass N8 for every UASC and avoid it for
// other children of that age. A CategoryOfNeed that is not an SSDA903 code (empty, or the CIN census's N9 and
// N0) is replaced by one drawn from the national distribution. HomePostcode is the child's home, from which
// placement distances are measured; it may be zero (a UASC has none, and one is drawn for others).
// PersonalAdviser is the care leaver's personal adviser from CareLeaverFrom (16 or over); when it is zero
// the social worker is recorded in their place, so choose one for any child who may be 16 by the
// reference date.
type careInput struct {
	PersonID         hearth.ID
	LAChildID        hearth.LAChildID
	BirthDate        hearth.Date
	Sex              string // SSDA903 SEX: 1 male, 2 female
	CategoryOfNeed   string
	Start            hearth.Date
	Reference        hearth.Date
	SocialWorker     hearth.ID
	ReviewingOfficer hearth.ID
	PersonalAdviser  hearth.ID
	RecordedBy       hearth.ID // a users id
	HomePostcode     hearth.Postcode
	CINEpisodeID     hearth.ID
}

// careOutcome is what a period of care made. End is the day the child ceased to be looked after, zero when
// they are still looked after at the reference date. CareLeaver is true when the young person was an
// eligible, relevant or former relevant child on some day up to the reference date; CareLeaverFrom is the
// day they became an eligible child (or, for one who left care before it, the day they became relevant),
// the day from which to allocate their personal adviser.
type careOutcome struct {
	Rows           []any
	End            hearth.Date
	CareLeaver     bool
	CareLeaverFrom hearth.Date
}

func init() {
	careHook = makeCare
	breachHook = careBreach
}

// careOwnLA is the ONS code given to the synthetic authority's own area in Episodes.PL_LA. No authority has
// it. careAreas lists it first, with the made-up areas around it.
const careOwnLA = "E06000999"

// careArea is a postcode area with its local authority and how far (miles) its placements lie from the
// child's home. The letters are not Royal Mail postcode areas, so no synthetic postcode is a real address;
// HE is the synthetic authority's own area (see postcodeOutward).
type careArea struct {
	prefix   string
	la       string
	lo, hi   float64
	district int // districts run from 1 to this
}

var careAreas = [...]careArea{
	{"HE", careOwnLA, 0.4, 9, 12},
	{"HB", "E06000998", 6, 22, 9},
	{"HC", "E10000998", 10, 35, 9},
	{"HF", "E08000998", 18, 60, 9},
	{"HK", "E06000997", 40, 130, 9},
	{"HL", "E10000997", 100, 280, 9},
}

// careProvider is an organisation that provides placements: a fostering service, a children's home, a
// secure home, a supported accommodation provider, an adoption agency. Foster carers are approved by one;
// their placements carry its Ofsted URN.
type careProvider struct {
	name string
	urn  string
	code string // SSDA903 PLACE_PROVIDER
	area int    // index into careAreas; 0 is the authority's own area
}

var (
	careFostering = []careProvider{
		{"Hearthton Fostering Service", "SC900101", "PR1", 0}, {"Hearthton Fostering Service", "SC900101", "PR1", 0},
		{"Hearthton Fostering Service", "SC900101", "PR1", 0}, {"Hearthton Fostering Service", "SC900101", "PR1", 0},
		{"Oakridge Foster Care", "SC900215", "PR4", 0}, {"Brightwater Fostering", "SC900211", "PR4", 1},
		{"Kinfield Foster Care", "SC900212", "PR4", 2}, {"Northway Families", "SC900213", "PR4", 3},
		{"Haven Fostering Partnership", "SC900214", "PR5", 1}, {"Harbour Fostering", "SC900216", "PR4", 4},
		{"Brightwater Fostering", "SC900211", "PR4", 2}, {"Neighbouring Council Fostering", "SC900301", "PR2", 1},
	}
	careKinship = careProvider{"Hearthton Fostering Service (connected person carers)", "SC900101", "PR1", 0}
	careHomes   = []careProvider{
		{"Elm House (Hearthton children's home)", "SC900401", "PR1", 0}, {"Willow Lodge", "SC900411", "PR4", 0},
		{"Ashgrove House", "SC900412", "PR4", 1}, {"Meadowbank", "SC900413", "PR4", 2},
		{"Riverside Care", "SC900414", "PR4", 3}, {"The Beacon", "SC900415", "PR4", 4},
		{"Highmoor House", "SC900416", "PR4", 5}, {"St Anne's", "SC900417", "PR5", 2},
	}
	careSecure = []careProvider{
		{"Hollins Secure Children's Home", "SC900501", "PR2", 3}, {"Aldgate Secure Unit", "SC900502", "PR2", 5},
	}
	careSupported = []careProvider{
		{"Hearthton Young People's Service", "SC900601", "PR1", 0}, {"Stepping Stones Supported Living", "SC900611", "PR4", 0},
		{"Pathways Housing", "SC900612", "PR5", 1}, {"Next Steps", "SC900613", "PR4", 2},
	}
	careParentChild = careProvider{"Family Assessment Centre", "SC900701", "PR4", 1}
	careYOI         = careProvider{"Young offender institution", "", "PR3", 5}
	careAdoption    = []careProvider{
		{"Hearthton Adoption (regional adoption agency)", "XXXXXXX", "PR1", 0},
		{"Adopt Northway (regional adoption agency)", "XXXXXXX", "PR2", 2},
		{"Family Futures Adoption", "XXXXXXX", "PR5", -1},
	}
)

// Pathways: how a period of care goes and ends.
const (
	cpShort  = iota // days or weeks: police protection, a short section 20 stay, then home
	cpHome          // months: returned home after section 20 or care proceedings
	cpSGO           // special guardianship order, at the end of proceedings or later
	cpCAO           // child arrangements order
	cpAdopt         // placement order and adoption
	cpLong          // long-term care, usually to 18
	cpRemand        // remanded to local authority accommodation
	cpOther         // care taken over by another authority, moved abroad, adult care, died, other
	cpUASC          // unaccompanied asylum-seeking child
	cpCount
)

// carePathWeights are the chances of each pathway (in the order above, to cpOther) by age at entry: under
// 1, 1 to 4, 5 to 9, 10 to 15, 16 and 17. They are tuned so that the reasons care ceases, the stock of
// children looked after and its legal statuses match CLA 2024 (see the notes at the top).
var carePathWeights = [5][cpUASC]float64{
	{0.08, 0.16, 0.22, 0.03, 0.36, 0.13, 0, 0.02},
	{0.10, 0.21, 0.22, 0.04, 0.24, 0.17, 0, 0.02},
	{0.12, 0.28, 0.18, 0.05, 0.03, 0.32, 0, 0.02},
	{0.20, 0.28, 0.06, 0.03, 0, 0.37, 0.04, 0.02},
	{0.25, 0.22, 0.01, 0, 0, 0.45, 0.05, 0.02},
}

// Code distributions used below.
var (
	careNeeds = newDist([]weighted{{"N1", 55}, {"N5", 14}, {"N4", 8}, {"N8", 13}, {"N2", 4}, {"N3", 3}, {"N6", 2}, {"N7", 1}})
	// careShortREC: how a short stay ends.
	careShortREC = newDist([]weighted{{"E4A", 36}, {"E4B", 25}, {"E13", 6}, {"E8", 33}})
	careHomeV2   = newDist([]weighted{{"E4A", 62}, {"E4B", 30}, {"E13", 8}})
	careHomeCO   = newDist([]weighted{{"E4A", 88}, {"E13", 8}, {"E4B", 4}})
	careOtherREC = newDist([]weighted{{"E3", 45}, {"E8", 40}, {"E16", 5}, {"E7", 5}, {"E2", 5}})
	// At 18, by the last placement.
	care18Foster = newDist([]weighted{{"E17", 36}, {"E8", 35}, {"E5", 15}, {"E4A", 6}, {"E13", 3}, {"E7", 3}, {"E6", 2}})
	care18Resid  = newDist([]weighted{{"E8", 55}, {"E5", 25}, {"E4A", 8}, {"E7", 7}, {"E6", 5}})
	care18Supp   = newDist([]weighted{{"E8", 52}, {"E5", 33}, {"E6", 8}, {"E4A", 7}})
	care18Par    = newDist([]weighted{{"E4A", 80}, {"E8", 20}})
	care18UASC   = newDist([]weighted{{"E8", 55}, {"E5", 30}, {"E6", 5}, {"E17", 10}})
	careEarly16  = newDist([]weighted{{"E5", 22}, {"E6", 4}, {"E4B", 22}, {"E4A", 22}, {"E13", 8}, {"E8", 22}})
	careEarlyU16 = newDist([]weighted{{"E4A", 35}, {"E4B", 20}, {"E13", 10}, {"E41", 10}, {"E8", 25}})
	careSGOKin   = newDist([]weighted{{"E45", 85}, {"E47", 15}})
	careSGOFost  = newDist([]weighted{{"E46", 30}, {"E47", 55}, {"E48", 15}})
	careSGOOther = newDist([]weighted{{"E47", 75}, {"E48", 25}})
	// Why a placement ended, for unplanned moves (CLA 2024, placement changes, without the planned ones).
	careMoveReasons = newDist([]weighted{{"OTHER", 30}, {"CARPL", 25}, {"CREQB", 15}, {"CREQO", 12}, {"CHILD", 7},
		{"LAREQ", 3}, {"STAND", 2}, {"CLOSE", 2}, {"ALLEG", 2}, {"APPRR", 1}, {"CUSTOD", 1}})
	careParticipation = newDist([]weighted{{"PN1", 45}, {"PN2", 10}, {"PN3", 3}, {"PN4", 4}, {"PN5", 15}, {"PN6", 16}, {"PN7", 7}})
	careSDQReasons    = newDist([]weighted{{"SDQ2", 15}, {"SDQ3", 10}, {"SDQ4", 55}, {"SDQ5", 20}})
	carePrevPerm      = newDist([]weighted{{"Z1", 93}, {"P2", 3}, {"P3", 1.5}, {"P1", 1}, {"P4", 1.5}})
	careRDReasons     = newDist([]weighted{{"RD1", 30}, {"RD3", 50}, {"RD4", 20}})
	careUASC16        = newDist([]weighted{{"H5", 45}, {"U6", 45}, {"K2", 10}})
	careImmigration   = newDist([]weighted{{"refugee", 55}, {"humanitarian_protection", 5}, {"uasc_leave", 20},
		{"refused", 12}, {"appeal_rights_exhausted", 3}, {"discretionary_leave", 5}})
)

// careLS is a legal status from a date until the next one (or the end of the period).
type careLS struct {
	from hearth.Date
	code string
}

// carePlace is a placement from a date until the next one (or the end of the period). Consecutive
// placements with the same carer number are the same carers (an RNE T or U change), and a temporary
// placement always has carers of its own.
type carePlace struct {
	from      hearth.Date
	typ       string
	prov      *careProvider
	provName  string
	urn       string
	post      hearth.Postcode
	loc, la   string
	miles     float64
	carer     int
	endReason string      // REASON_PLACE_CHANGE when the child moves on from it
	convertAt hearth.Date // when it becomes a long-term placement with the same carers (U6 to U4, U3 to U1)
	settled   bool        // planned to last until care ends: no unplanned moves
}

// careForced is a planned change of placement: to parents, to kinship carers, to adopters, to supported
// accommodation.
type careForced struct {
	at   hearth.Date
	kind int
}

const (
	cfParents = iota
	cfKinship
	cfAdoption
	cfSupported
)

// careGen makes one period of care.
type careGen struct {
	r   *rand.Rand
	ids idSource
	in  careInput

	birth, start, end, ref hearth.Date
	last                   hearth.Date // the last day anything is recorded: the day before care ends, or the reference date
	b10, b14, b16, b18     hearth.Date
	age                    int
	path                   int
	rec                    string // reason the period ends; "" until settled
	at18                   bool   // the period ends on the 18th birthday
	uasc                   bool
	need                   string
	home                   hearth.Postcode
	pa                     hearth.ID // the personal adviser, or the social worker when none was given

	ls      []careLS
	pl      []carePlace
	forced  []careForced
	carers  int
	p1From  hearth.Date // placed with parents from
	kinship bool        // special guardianship or adoption by kinship foster carers
	// Adoption.
	adm, admCeased, matched, placedAdopt hearth.Date
	admReason                            string
	adoptSameCarer                       bool

	lastReview hearth.Date // the latest statutory review held

	eps  []care.Episode
	rows []any
}

// makeCare is careHook: it makes one period of care starting on in.Start.
func makeCare(r *rand.Rand, ids idSource, in careInput) careOutcome {
	g := &careGen{r: r, ids: ids, in: in, birth: in.BirthDate, start: in.Start, ref: in.Reference}
	if g.start.Before(g.birth) {
		g.start = g.birth
	}
	g.b10, g.b14 = careBirthday(g.birth, 10), careBirthday(g.birth, 14)
	g.b16, g.b18 = careBirthday(g.birth, 16), careBirthday(g.birth, 18)
	if g.birth.IsZero() || g.start.IsZero() || g.start.After(g.ref) || !g.start.Before(g.b18) {
		return careOutcome{}
	}
	g.age = g.birth.AgeOn(g.start)
	g.need = in.CategoryOfNeed
	if !care.CategoriesOfNeed.Has(g.need) {
		g.need = careNeeds.pick(r)
	}
	g.uasc = g.need == "N8" && g.age >= 12
	g.home = in.HomePostcode
	g.pa = in.PersonalAdviser
	if g.pa == 0 {
		g.pa = in.SocialWorker
	}
	if g.home.IsZero() && !g.uasc {
		g.home = carePostcode(r, 0, hearth.Postcode{})
	}
	g.rows = make([]any, 0, 48)
	g.plan()
	g.planPlacements()
	g.settleReason()
	g.buildEpisodes()
	g.last = g.end.AddDays(-1)
	if g.ref.Before(g.last) {
		g.last = g.ref
	}
	g.emergencyRows()
	g.reviews()
	g.carePlan()
	g.visits()
	g.health()
	g.education()
	g.uascRow()
	g.adoptionRows()
	g.previousPermanence()
	g.deprivationOfLiberty()
	g.rows = missingRows(r, ids, g.rows, in.PersonID, g.birth, g.start, g.last, g.ref, in.RecordedBy, true)
	out := careOutcome{End: g.end}
	if g.ref.Before(g.end) {
		out.End = hearth.Date{}
	}
	out.CareLeaverFrom = g.leaving()
	out.CareLeaver = !out.CareLeaverFrom.IsZero()
	out.Rows = g.rows
	return out
}

// careBirthday returns the day someone born on birth turns years old, 29 February counting as 1 March in
// common years (as hearth.Date.AgeOn does).
func careBirthday(birth hearth.Date, years int) hearth.Date {
	return hearth.NewDate(birth.Year()+years, birth.Month(), birth.Day())
}

// careAddWD returns the n-th working day after d, counting weekdays only where the calendar's bank holidays
// do not reach (a period of care that began before 2015).
func careAddWD(d hearth.Date, n int) hearth.Date {
	if t, err := calendar.England().AddWorkingDays(d.Time(), n); err == nil {
		return hearth.DateOf(t)
	}
	for n > 0 {
		d = d.AddDays(1)
		if wd := d.Time().Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return d
}

// careMin and careMax return the earlier and later of two dates.
func careMin(a, b hearth.Date) hearth.Date {
	if b.Before(a) {
		return b
	}
	return a
}

func careMax(a, b hearth.Date) hearth.Date {
	if b.After(a) {
		return b
	}
	return a
}

// record returns the common columns of a new row of table about the day d: recorded that day or up to
// three days later (never after the reference date), during office hours.
func (g *careGen) record(table string, d hearth.Date) hearth.Record {
	return hearth.Record{ID: g.ids.next(table), Version: 1, Status: hearth.StatusActive,
		RecordedAt: careStamp(g.r, d, g.ref), RecordedBy: g.in.RecordedBy}
}

// latest returns the latest of the dates that is not zero and not after the reference date: the day a row
// with an end (an episode, an order) was last brought up to date.
func (g *careGen) latest(ds ...hearth.Date) hearth.Date {
	var l hearth.Date
	for _, d := range ds {
		if !d.IsZero() && !d.After(g.ref) && d.After(l) {
			l = d
		}
	}
	return l
}

// careStamp returns a moment during office hours on d or up to three days after it, but not after ref.
func careStamp(r *rand.Rand, d, ref hearth.Date) time.Time {
	if r.IntN(10) < 3 {
		if late := d.AddDays(1 + r.IntN(3)); !late.After(ref) {
			d = late
		}
	}
	return d.Time().Add(time.Duration(8*60+r.IntN(10*60)) * time.Minute)
}

// lsAt returns the legal status on day d.
func (g *careGen) lsAt(d hearth.Date) string {
	code := g.ls[0].code
	for _, s := range g.ls[1:] {
		if d.Before(s.from) {
			break
		}
		code = s.code
	}
	return code
}

// addLS starts legal status code on day from; a status starting the same day as the one before replaces it.
func (g *careGen) addLS(from hearth.Date, code string) {
	if n := len(g.ls); n > 0 {
		if !g.ls[n-1].from.Before(from) {
			g.ls[n-1].code = code
			return
		}
		if g.ls[n-1].code == code {
			return
		}
	}
	g.ls = append(g.ls, careLS{from, code})
}

// emergency starts the period under police protection or an emergency protection order with chance p, and
// returns the day the next legal status begins.
func (g *careGen) emergency(p float64) hearth.Date {
	if !chance(g.r, p) {
		return g.start
	}
	if chance(g.r, 0.75) {
		g.addLS(g.start, "L1")
		return g.start.AddDays(between(g.r, 1, 3))
	}
	g.addLS(g.start, "L2")
	return g.start.AddDays(between(g.r, 3, 15))
}

// hearing returns the day of the final hearing of care proceedings that began on from.
func (g *careGen) hearing(from hearth.Date) hearth.Date {
	w := 40 + 12*g.r.NormFloat64()
	w = math.Max(16, math.Min(90, w))
	return from.AddDays(int(w * 7))
}

// courtRoute puts the child under an interim care order from m and a full care order from the final
// hearing, if care lasts that long.
func (g *careGen) courtRoute(m hearth.Date) {
	g.addLS(m, "C1")
	if p := g.hearing(m); p.Before(g.end) {
		g.addLS(p, "C2")
	}
}

// plan chooses the pathway and sets the legal statuses, the end of the period and (for most pathways) the
// reason it ends.
func (g *careGen) plan() {
	r := g.r
	band := 4
	switch {
	case g.age < 1:
		band = 0
	case g.age < 5:
		band = 1
	case g.age < 10:
		band = 2
	case g.age < 16:
		band = 3
	}
	g.path = cpUASC
	if !g.uasc {
		w := carePathWeights[band]
		total := 0.0
		for _, x := range w {
			total += x
		}
		u := r.Float64() * total
		for i, x := range w {
			if u < x {
				g.path = i
				break
			}
			u -= x
		}
		if g.path == cpUASC {
			g.path = cpLong
		}
	}
	if g.path == cpRemand && !g.start.After(g.b10.AddDays(365)) {
		g.path = cpShort
	}
	g.ls = make([]careLS, 0, 6)
	s := g.start
	switch g.path {
	case cpShort:
		x := r.Float64()
		switch {
		case g.age >= 11 && x < 0.12:
			g.addLS(s, "J2")
			g.end = s.AddDays(between(r, 1, 2))
			g.rec = "E8"
			if chance(r, 0.5) {
				g.rec = "E4B"
			}
		case x < 0.45:
			g.addLS(s, "L1")
			d := s.AddDays(between(r, 1, 3))
			g.end = d
			if chance(r, 0.5) {
				g.addLS(d, "V2")
				g.end = d.AddDays(between(r, 4, 50))
			}
		case x < 0.55:
			g.addLS(s, "L2")
			d := s.AddDays(between(r, 3, 15))
			g.end = d
			if chance(r, 0.6) {
				g.addLS(d, "V2")
				g.end = d.AddDays(between(r, 7, 50))
			}
		default:
			g.addLS(s, "V2")
			g.end = s.AddDays(between(r, 2, 60))
		}
		if g.rec == "" {
			g.rec = careShortREC.pick(r)
		}
	case cpHome:
		dur := int(270 * math.Exp(0.7*r.NormFloat64()))
		g.end = s.AddDays(max(45, dur))
		if chance(r, 0.55) {
			g.courtRoute(g.emergency(0.2))
		} else {
			g.addLS(s, "V2")
			if chance(r, 0.15) {
				if c1 := s.AddDays(between(r, 30, 180)); c1.Before(g.end) {
					g.courtRoute(c1)
				}
			}
		}
		if code := g.ls[len(g.ls)-1].code; code == "C1" || code == "C2" {
			g.rec = careHomeCO.pick(r)
			if chance(r, 0.6) {
				g.p1From = careMax(g.end.AddDays(-between(r, 60, 400)), g.courtFrom().AddDays(7))
			}
		} else {
			g.rec = careHomeV2.pick(r)
		}
	case cpSGO, cpCAO:
		m := g.emergency(0.2)
		if chance(r, 0.25) {
			g.addLS(m, "V2")
			m = m.AddDays(between(r, 30, 120))
		}
		g.addLS(m, "C1")
		p := g.hearing(m)
		g.end = p
		if g.path == cpSGO && chance(r, 0.4) || g.path == cpCAO && chance(r, 0.15) {
			g.addLS(p, "C2")
			g.end = p.AddDays(between(r, 180, 1400))
		}
		if g.path == cpCAO {
			g.rec = "E41"
			if chance(r, 0.25) {
				g.p1From = careMax(g.end.AddDays(-between(r, 30, 120)), m.AddDays(7))
			}
		} else {
			g.kinship = chance(r, 0.55)
		}
	case cpAdopt:
		m := g.emergency(0.15)
		if chance(r, 0.15) {
			g.addLS(m, "V2")
			m = m.AddDays(between(r, 20, 90))
		}
		g.addLS(m, "C1")
		p := g.hearing(m)
		g.adm = p.AddDays(-between(r, 14, 84))
		g.adm = careMin(careMax(g.adm, g.start.AddDays(14)), p)
		g.adoptSameCarer = chance(r, 0.2)
		switch x := r.Float64(); {
		case x < 0.04: // the court refused a placement order; the child goes to relatives
			g.admCeased, g.admReason = p, "RD2"
			g.end = p
			g.path, g.kinship = cpSGO, chance(r, 0.6)
		case x < 0.16: // the decision is later reversed
			g.addLS(p, "E1")
			g.admCeased = p.AddDays(between(r, 240, 720))
			g.admReason = careRDReasons.pick(r)
			g.addLS(g.admCeased.AddDays(between(r, 0, 60)), "C2")
			if chance(r, 0.3) {
				g.end = g.admCeased.AddDays(between(r, 365, 1100))
				g.path = cpSGO
			} else {
				g.end, g.at18 = g.b18, true
				g.path = cpLong
			}
		default:
			g.addLS(p, "E1")
			g.matched = p.AddDays(between(r, 60, 270))
			g.placedAdopt = g.matched.AddDays(between(r, 7, 42))
			g.end = g.placedAdopt.AddDays(between(r, 150, 365))
			g.rec = "E11"
			if chance(r, 0.45) {
				g.rec = "E12"
			}
		}
	case cpLong:
		g.end, g.at18 = g.b18, true
		m := g.emergency(0.1)
		if g.age < 10 && chance(r, 0.9) || g.age >= 10 && chance(r, 0.68) {
			g.courtRoute(m)
		} else {
			g.addLS(m, "V2")
			if chance(r, 0.25) {
				g.courtRoute(m.AddDays(between(r, 30, 180)))
			}
		}
		// Some children on a full care order live at home with their parents for years (placed with parents).
		if c2 := g.ls[len(g.ls)-1]; c2.code == "C2" && chance(r, 0.08) {
			g.p1From = c2.from.AddDays(between(r, 30, 365))
		}
		if span := g.b18.DaysSince(g.start); span > 730 && chance(r, 0.15) {
			g.end, g.at18 = g.start.AddDays(between(r, 365, span-1)), false
			if g.birth.AgeOn(g.end) >= 16 {
				g.rec = careEarly16.pick(r)
			} else {
				g.rec = careEarlyU16.pick(r)
			}
		}
	case cpRemand:
		g.addLS(s, "J1")
		g.end = s.AddDays(between(r, 14, 120))
		g.rec = "E14"
		if chance(r, 0.4) {
			g.rec = "E9"
		}
	case cpOther:
		g.end = s.AddDays(between(r, 30, 1100))
		if chance(r, 0.4) {
			g.addLS(s, "V2")
		} else {
			g.courtRoute(g.emergency(0.1))
		}
		g.rec = careOtherREC.pick(r)
		if g.rec == "E7" && g.birth.AgeOn(careMin(g.end, g.b18)) < 16 {
			g.rec = "E8"
		}
	case cpUASC:
		g.addLS(s, "V2")
		switch x := r.Float64(); {
		case x < 0.05:
			g.end, g.rec = s.AddDays(between(r, 20, 150)), "E15"
		case x < 0.13:
			g.end, g.rec = s.AddDays(between(r, 10, 90)), "E3"
		case x < 0.17:
			g.end, g.rec = s.AddDays(between(r, 30, 400)), "E8"
		default:
			g.end, g.at18 = g.b18, true
		}
	}
	// Nobody is looked after past their 18th birthday.
	if !g.end.Before(g.b18) {
		g.end, g.at18, g.rec = g.b18, true, ""
	}
	if !g.end.After(g.start) {
		g.end = g.start.AddDays(1)
	}
	// Statuses planned past the end never happen.
	n := 0
	for _, s := range g.ls {
		if s.from.Before(g.end) {
			g.ls[n] = s
			n++
		}
	}
	g.ls = g.ls[:n]
	if !g.p1From.IsZero() {
		if !g.p1From.After(g.start) || !g.p1From.Before(g.end) || !careCourtStatus(g.lsAt(g.p1From)) {
			g.p1From = hearth.Date{}
		}
	}
}

// courtFrom returns the day the first care order (interim or full) began, or the start of the period.
func (g *careGen) courtFrom() hearth.Date {
	for _, s := range g.ls {
		if careCourtStatus(s.code) {
			return s.from
		}
	}
	return g.start
}

// careCourtStatus reports whether a child with legal status code may be placed with parents (SSDA903 rule
// 378 forbids it under section 20).
func careCourtStatus(code string) bool { return code == "C1" || code == "C2" }

// planPlacements places the child at the start and walks through the period: unplanned moves, planned moves
// (to parents, kinship carers, adopters, supported accommodation), long-term fostering decisions and short
// temporary placements.
func (g *careGen) planPlacements() {
	r := g.r
	g.pl = make([]carePlace, 0, 8)
	g.forced = make([]careForced, 0, 4)
	if !g.p1From.IsZero() {
		g.forced = append(g.forced, careForced{g.p1From, cfParents})
	}
	if !g.placedAdopt.IsZero() && g.placedAdopt.Before(g.end) {
		g.forced = append(g.forced, careForced{g.placedAdopt, cfAdoption})
	}
	if g.path == cpSGO && g.kinship {
		if at := g.end.AddDays(-between(r, 60, 400)); at.After(g.start.AddDays(7)) {
			g.forced = append(g.forced, careForced{at, cfKinship})
		}
	}
	if (g.path == cpLong || g.path == cpUASC || g.path == cpOther) && g.end.After(g.b16.AddDays(60)) && g.p1From.IsZero() && chance(r, 0.3) {
		at := careMax(g.b16, g.start.AddDays(30)).AddDays(between(r, 0, 400))
		if at.Before(g.end.AddDays(-30)) {
			g.forced = append(g.forced, careForced{at, cfSupported})
		}
	}
	// Sort the (at most four) planned moves by date.
	for i := 1; i < len(g.forced); i++ {
		for j := i; j > 0 && g.forced[j].at.Before(g.forced[j-1].at); j-- {
			g.forced[j], g.forced[j-1] = g.forced[j-1], g.forced[j]
		}
	}
	first := g.newPlace(g.start, g.initialType())
	if first.typ == "U5" {
		first.settled = true // fostering for adoption: the carers hope to adopt
	}
	g.pl = append(g.pl, first)
	emergency := first.typ != "P1" && first.typ != "U5" && chance(r, 0.3)
	fi := 0
	for {
		cur := g.pl[len(g.pl)-1]
		next, kind := g.end, -1 // -1 none, -2 unplanned move, -3 long-term decision
		if !cur.settled {
			mean := g.moveMean(cur)
			if emergency {
				mean, emergency = 35, false // an emergency placement: the child moves on within weeks
			}
			if at := cur.from.AddDays(1 + expDays(r, mean)); at.Before(next) {
				next, kind = at, -2
			}
		}
		if !cur.convertAt.IsZero() && cur.convertAt.Before(next) {
			next, kind = cur.convertAt, -3
		}
		if fi < len(g.forced) {
			at := careMax(g.forced[fi].at, cur.from.AddDays(1))
			if !at.After(next) {
				next, kind = at, g.forced[fi].kind
				fi++
			}
		}
		if kind == -1 || !next.Before(g.end) {
			break
		}
		switch kind {
		case -2:
			g.move(next, careMoveReasons.pick(r))
		case -3:
			g.sameCarers(next, careLongTerm(cur.typ), "PLACE")
		case cfParents:
			if cur.typ == "P1" {
				g.pl[len(g.pl)-1].settled = true
				continue
			}
			p := g.newPlace(next, "P1")
			p.settled = true
			g.push(p, "CARPL")
		case cfKinship:
			if !careKin(cur.typ) {
				p := g.newPlace(next, "U3")
				p.settled = true
				g.push(p, "CARPL")
			} else {
				g.pl[len(g.pl)-1].settled = true
			}
		case cfAdoption:
			if g.lsAt(next) != "E1" {
				g.adoptSameCarer = false
				continue
			}
			if g.adoptSameCarer && careFoster(cur.typ) {
				// Adopted by their foster carers: the same carers, now through an adoption agency.
				g.sameCarers(next, "A5", "PLACE")
				p := &g.pl[len(g.pl)-1]
				p.prov = &careAdoption[0]
				if p.loc != "IN" {
					p.prov = &careAdoption[2]
				}
				p.provName, p.urn = p.prov.name, p.prov.urn
			} else {
				g.adoptSameCarer = false
				g.push(g.newPlace(next, "A6"), "CARPL")
			}
			g.pl[len(g.pl)-1].settled = true
		case cfSupported:
			if cur.typ != "H5" && g.birth.AgeOn(next) >= 16 && g.lsAt(next) != "J1" {
				g.push(g.newPlace(next, "H5"), "CARPL")
			}
		}
	}
	g.registerSupported()
	g.temporaryPlacements()
}

// registerSupported splits a supported accommodation placement that ran through 28 October 2023, when such
// accommodation had to be registered with Ofsted, into the time before (no URN) and after (with the URN):
// the same carers, a change in the status of the placement only.
func (g *careGen) registerSupported() {
	for i := 0; i < len(g.pl); i++ {
		p := g.pl[i]
		end := g.end
		if i+1 < len(g.pl) {
			end = g.pl[i+1].from
		}
		if p.typ != "H5" || !p.from.Before(careH5URNFrom) || !end.After(careH5URNFrom) {
			continue
		}
		after := p
		after.from, after.urn = careH5URNFrom, p.prov.urn
		g.pl[i].endReason = "PLACE"
		g.pl = append(g.pl, carePlace{})
		copy(g.pl[i+2:], g.pl[i+1:])
		g.pl[i+1] = after
		i++
	}
}

// push ends the current placement for reason and starts p.
func (g *careGen) push(p carePlace, reason string) {
	g.pl[len(g.pl)-1].endReason = reason
	g.pl = append(g.pl, p)
}

// move is an unplanned move to new carers on at.
func (g *careGen) move(at hearth.Date, reason string) {
	// A custody move is not for children under 10 (SSDA903 rule 234, read on every episode of the placement).
	if reason == "CUSTOD" && g.birth.AgeOn(g.pl[len(g.pl)-1].from) < 10 || reason == "CHILD" && g.birth.AgeOn(at) < 8 {
		reason = "OTHER"
	}
	g.push(g.newPlace(at, g.moveType(at)), reason)
}

// sameCarers changes the current placement's type on at without changing the carers (RNE T).
func (g *careGen) sameCarers(at hearth.Date, typ, reason string) {
	p := g.pl[len(g.pl)-1]
	p.from, p.typ, p.convertAt = at, typ, hearth.Date{}
	g.push(p, reason)
}

// careLongTerm returns the long-term version of a foster placement type.
func careLongTerm(typ string) string {
	if careKin(typ) {
		return "U1"
	}
	return "U4"
}

func careKin(typ string) bool    { return typ == "U1" || typ == "U2" || typ == "U3" }
func careFoster(typ string) bool { return len(typ) == 2 && typ[0] == 'U' }

// moveMean returns the mean number of days before an unplanned move from placement p.
func (g *careGen) moveMean(p carePlace) float64 {
	age := g.birth.AgeOn(p.from)
	switch {
	case p.typ == "K1":
		return 120
	case p.typ == "R3":
		return 84
	case p.typ == "K2":
		return 420
	case p.typ == "H5":
		return 480
	case careKin(p.typ):
		return 1400
	case age < 10:
		return 950
	case age < 16:
		return 650
	}
	return 550
}

// initialType returns the type of the child's first placement.
func (g *careGen) initialType() string {
	r, age := g.r, g.age
	ls := g.ls[0].code
	switch g.path {
	case cpRemand:
		switch x := r.Float64(); {
		case x < 0.3:
			return "K1"
		case x < 0.55 && age >= 15 && g.in.Sex == "1":
			return "R5"
		case x < 0.8:
			return "K2"
		}
		return "U6"
	case cpAdopt:
		if g.adoptSameCarer && age < 2 && !g.placedAdopt.IsZero() {
			return "U5"
		}
		if chance(r, 0.9) {
			return "U6"
		}
		return "U3"
	case cpUASC:
		if age >= 16 {
			return careUASC16.pick(r)
		}
		if chance(r, 0.8) {
			return "U6"
		}
		return "K2"
	case cpSGO:
		if g.kinship && chance(r, 0.6) {
			return "U3"
		}
	}
	var t string
	switch x := r.Float64(); {
	case age < 1:
		t = pickOf(x, "U6", 0.62, "U3", 0.18, "R3", 0.07, "P1", 0.04)
	case age < 5:
		t = pickOf(x, "U6", 0.72, "U3", 0.22, "P1", 0.04, "U6", 0.02)
	case age < 10:
		t = pickOf(x, "U6", 0.70, "U3", 0.21, "K2", 0.05, "P1", 0.04)
	case age < 13:
		t = pickOf(x, "U6", 0.62, "U3", 0.15, "K2", 0.20, "P1", 0.03)
	case age < 16:
		t = pickOf(x, "U6", 0.50, "U3", 0.10, "K2", 0.37, "P1", 0.03)
	default:
		t = pickOf(x, "U6", 0.32, "U3", 0.08, "K2", 0.25, "H5", 0.35)
	}
	if t == "P1" && ls != "C1" {
		t = "U6"
	}
	return t
}

// pickOf returns the code whose cumulative weight first exceeds x; the last code when none does.
func pickOf(x float64, codeWeights ...any) string {
	acc := 0.0
	for i := 0; i+1 < len(codeWeights); i += 2 {
		acc += codeWeights[i+1].(float64)
		if x < acc {
			return codeWeights[i].(string)
		}
	}
	return codeWeights[len(codeWeights)-2].(string)
}

// moveType returns the type of a placement the child moves to, unplanned, on d.
func (g *careGen) moveType(d hearth.Date) string {
	age := g.birth.AgeOn(d)
	x := g.r.Float64()
	switch ls := g.lsAt(d); {
	case ls == "E1":
		return "U6"
	case ls == "J1":
		return pickOf(x, "K1", 0.3, "K2", 0.4, "U6", 0.3)
	case g.uasc:
		if age >= 16 {
			return pickOf(x, "H5", 0.65, "U6", 0.25, "K2", 0.10)
		}
		return pickOf(x, "U6", 0.8, "K2", 0.2)
	}
	switch {
	case age < 5:
		return pickOf(x, "U6", 0.82, "U3", 0.18)
	case age < 10:
		return pickOf(x, "U6", 0.74, "U3", 0.16, "U4", 0.04, "K2", 0.06)
	case age < 13:
		return pickOf(x, "U6", 0.62, "U3", 0.12, "U4", 0.04, "K2", 0.22)
	case age < 16:
		return pickOf(x, "U6", 0.45, "U3", 0.08, "K2", 0.44, "K1", 0.03)
	}
	return pickOf(x, "H5", 0.45, "K2", 0.25, "U6", 0.22, "U3", 0.08)
}

// newPlace makes a placement of type typ with new carers from day from.
func (g *careGen) newPlace(from hearth.Date, typ string) carePlace {
	r := g.r
	g.carers++
	p := carePlace{from: from, typ: typ, carer: g.carers}
	switch {
	case typ == "P1":
		p.post, p.loc, p.la = g.home, "IN", careOwnLA
		p.provName = "Parents"
		if p.post.IsZero() {
			p.post = carePostcode(r, 0, hearth.Postcode{})
		}
		if !p.post.IsZero() && p.post.Outward()[:2] != careAreas[0].prefix {
			p.loc, p.la = "OUT", careAreas[1].la
		}
		return p
	case careKin(typ):
		p.prov = &careKinship
		p.provName = careKinship.name
	case careFoster(typ):
		if typ == "U5" {
			p.prov = &careFostering[0]
		} else {
			p.prov = &careFostering[r.IntN(len(careFostering))]
		}
	case typ == "K2":
		p.prov = &careHomes[r.IntN(len(careHomes))]
	case typ == "K1":
		p.prov = &careSecure[r.IntN(len(careSecure))]
	case typ == "H5":
		p.prov = &careSupported[r.IntN(len(careSupported))]
	case typ == "R3":
		p.prov = &careParentChild
	case typ == "R5":
		p.prov = &careYOI
	case typ == "A5" || typ == "A6":
		p.prov = &careAdoption[r.IntN(len(careAdoption))]
	}
	area := 0
	if p.prov != nil {
		if p.provName == "" {
			p.provName = p.prov.name
		}
		area = p.prov.area
	}
	if area < 0 { // an agency whose adopters live anywhere
		area = 1 + r.IntN(len(careAreas)-1)
	}
	if p.prov != nil {
		p.urn = p.prov.urn
	}
	if typ == "H5" && from.Before(careH5URNFrom) {
		p.urn = "" // supported accommodation was registered with Ofsted only from 28 October 2023
	}
	p.post = carePostcode(r, area, g.home)
	g.locate(&p, area)
	// A foster placement in a long-term plan is confirmed as long-term fostering with the same carers after
	// a year or so (RNE T: U6 to U4, U3 to U1).
	if typ == "U6" || typ == "U3" {
		pc := 0.0
		switch g.path {
		case cpLong, cpUASC:
			pc = 0.6
		case cpSGO:
			pc = 0.2
		}
		if chance(r, pc) {
			p.convertAt = from.AddDays(between(r, 270, 730))
		}
	}
	return p
}

// locate sets a placement's location, authority and distance from its area.
func (g *careGen) locate(p *carePlace, area int) {
	a := careAreas[area]
	p.la, p.loc = a.la, "OUT"
	if area == 0 {
		p.loc = "IN"
	}
	if g.uasc {
		p.miles = 0 // the SSDA903 leaves the distance blank for unaccompanied children (rule 406)
		return
	}
	m := a.lo + (a.hi-a.lo)*g.r.Float64()*g.r.Float64()
	p.miles = math.Round(m*10) / 10
}

// carePostcode returns a postcode in area (an index of careAreas) that is not avoid.
func carePostcode(r *rand.Rand, area int, avoid hearth.Postcode) hearth.Postcode {
	a := careAreas[area]
	for {
		var b [8]byte
		n := copy(b[:], a.prefix)
		d := 1 + r.IntN(a.district)
		if d >= 10 {
			b[n] = byte('0' + d/10)
			n++
		}
		b[n] = byte('0' + d%10)
		b[n+1] = ' '
		b[n+2] = byte('0' + r.IntN(10))
		b[n+3] = postcodeLetters[r.IntN(len(postcodeLetters))]
		b[n+4] = postcodeLetters[r.IntN(len(postcodeLetters))]
		p, err := hearth.ParsePostcode(string(b[:n+5]))
		if err != nil {
			panic("synth: bad generated postcode " + string(b[:n+5]))
		}
		if p != avoid {
			return p
		}
	}
}

// temporaryPlacements interrupts a few long placements with a short temporary one (respite while the
// carers are away, a stay in hospital, a short break), after which the child returns to the same carers.
func (g *careGen) temporaryPlacements() {
	r := g.r
	for i := 0; i < len(g.pl); i++ {
		p := g.pl[i]
		end := g.end
		if i+1 < len(g.pl) {
			end = g.pl[i+1].from
		}
		if (!careFoster(p.typ) && p.typ != "K2") || end.DaysSince(p.from) < 60 || !chance(r, 0.05) {
			continue
		}
		typ, days := "T3", between(r, 3, 14)
		switch x := r.Float64(); {
		case x < 0.25:
			typ, days = "T1", between(r, 2, 20)
		case x < 0.4:
			typ, days = "T4", between(r, 1, 7)
		}
		s := p.from.AddDays(between(r, 14, end.DaysSince(p.from)-30))
		e := s.AddDays(days)
		if !e.Before(end.AddDays(-7)) || g.lsChangeIn(s, e) {
			continue
		}
		t := g.newPlace(s, typ)
		t.prov, t.provName, t.urn, t.convertAt = nil, careTempName(typ), "", hearth.Date{}
		back := p
		back.from = e
		g.pl[i].endReason = ""
		g.pl = append(g.pl, carePlace{}, carePlace{})
		copy(g.pl[i+3:], g.pl[i+1:])
		g.pl[i+1], g.pl[i+2] = t, back
		i += 2
	}
}

func careTempName(typ string) string {
	switch typ {
	case "T1":
		return "Hospital"
	case "T3":
		return "Respite foster carers"
	}
	return "Short-term carers"
}

// lsChangeIn reports whether the legal status changes on any day from s to e inclusive.
func (g *careGen) lsChangeIn(s, e hearth.Date) bool {
	for _, x := range g.ls[1:] {
		if !x.from.Before(s) && !x.from.After(e) {
			return true
		}
	}
	return false
}

// settleReason chooses the reason the period ends where it depends on the last placement: at 18, and for
// special guardianship.
func (g *careGen) settleReason() {
	last := g.pl[len(g.pl)-1].typ
	switch {
	case g.at18 && g.uasc:
		g.rec = care18UASC.pick(g.r)
		if g.rec == "E17" && !careFoster(last) {
			g.rec = "E5"
		}
	case g.at18:
		switch {
		case careFoster(last):
			g.rec = care18Foster.pick(g.r)
		case last == "H5":
			g.rec = care18Supp.pick(g.r)
		case last == "P1":
			g.rec = care18Par.pick(g.r)
		default:
			g.rec = care18Resid.pick(g.r)
		}
	case g.path == cpSGO:
		switch {
		case careKin(last):
			g.rec = careSGOKin.pick(g.r)
		case careFoster(last):
			g.rec = careSGOFost.pick(g.r)
		default:
			g.rec = careSGOOther.pick(g.r)
		}
	}
	if g.rec == "" {
		g.rec = "E8"
	}
	// Independent living is not for children under 14 (SSDA903 rule 387), nor adult care under 16 (389).
	if age := g.birth.AgeOn(g.end); (g.rec == "E5" || g.rec == "E6") && age < 14 || g.rec == "E7" && age < 16 {
		g.rec = "E8"
	}
}

// buildEpisodes merges the legal statuses and placements into SSDA903 episodes, cut at the reference date.
func (g *careGen) buildEpisodes() {
	g.eps = make([]care.Episode, 0, len(g.ls)+len(g.pl))
	i, j := 0, 0
	cur := g.start
	rne := care.RNEStarted
	for !cur.After(g.ref) {
		nextLS, nextPL := g.end, g.end
		if i+1 < len(g.ls) {
			nextLS = g.ls[i+1].from
		}
		if j+1 < len(g.pl) {
			nextPL = g.pl[j+1].from
		}
		next := careMin(nextLS, nextPL)
		p := &g.pl[j]
		e := care.Episode{
			PersonID: g.in.PersonID, PeriodStart: g.start, StartDate: cur, ReasonNewEpisode: rne,
			LegalStatus: g.ls[i].code, CategoryOfNeed: g.need, PlacementType: p.typ,
			ProviderName: p.provName, HomePostcode: g.home, PlacementPostcode: p.post,
			PlacementLocation: p.loc, PlacementLA: p.la, DistanceMiles: p.miles,
		}
		if p.prov != nil {
			e.PlacementProvider = p.prov.code
		}
		if p.typ == "P1" {
			e.PlacementProvider = "PR0"
		}
		e.URN = p.urn
		if next.After(g.ref) {
			g.eps = append(g.eps, e)
			break
		}
		e.EndDate = next
		if !next.Before(g.end) {
			e.ReasonCeased = g.rec
			g.eps = append(g.eps, e)
			break
		}
		e.ReasonCeased = care.RECContinues
		lsCh, plCh := next == nextLS, next == nextPL
		if lsCh {
			i++
		}
		if plCh {
			j++
			if !care.TemporaryPlacements[p.typ] && !care.TemporaryPlacements[g.pl[j].typ] {
				e.ReasonPlaceChange = p.endReason
				if e.ReasonPlaceChange == "" {
					e.ReasonPlaceChange = "OTHER"
				}
			}
		}
		same := plCh && g.pl[j].carer == p.carer
		switch {
		case lsCh && plCh && same:
			rne = care.RNELegalStatusSameCarer
		case lsCh && plCh:
			rne = care.RNELegalStatusAndPlacement
		case lsCh:
			rne = care.RNELegalStatus
		case same:
			rne = care.RNEPlacementSameCarer
		default:
			rne = care.RNEPlacement
		}
		g.eps = append(g.eps, e)
		cur = next
	}
	for k := range g.eps {
		e := &g.eps[k]
		e.Record = g.record("cla_episodes", g.latest(e.StartDate, e.EndDate))
		g.rows = append(g.rows, e)
	}
}

// careH5URNFrom is the day from which supported accommodation (H5) had to be registered with Ofsted, and so
// has a URN in the SSDA903.
var careH5URNFrom = hearth.NewDate(2023, time.October, 28)

// emergencyRows records police protection and emergency protection orders under which the child was
// accommodated (protection's emergency_protection_episodes, which Annex A List 7 reads).
func (g *careGen) emergencyRows() {
	for k, s := range g.ls {
		if s.code != "L1" && s.code != "L2" || s.from.After(g.ref) {
			continue
		}
		end := g.end
		if k+1 < len(g.ls) {
			end = g.ls[k+1].from
		}
		row := &protection.EmergencyProtection{PersonID: g.in.PersonID, CINEpisodeID: g.in.CINEpisodeID,
			Kind: protection.PolicePowers, StartDate: s.from, EndDate: end, LAAccommodated: true,
			Note: "Accommodated by the local authority"}
		if s.code == "L2" {
			row.Kind = protection.EmergencyProtectionOrder
		}
		if end.After(g.ref) {
			row.EndDate = hearth.Date{}
		}
		row.Record = g.record("emergency_protection_episodes", g.latest(s.from, row.EndDate))
		g.rows = append(g.rows, row)
	}
}

// permanencePlan returns the permanence plan a review on d confirms (Annex A List 8).
func (g *careGen) permanencePlan(d hearth.Date) string {
	switch {
	case !g.adm.IsZero() && !d.Before(g.adm) && (g.admCeased.IsZero() || d.Before(g.admCeased)):
		return "adoption"
	case g.path == cpShort || g.path == cpHome:
		return "return_to_family"
	case g.path == cpSGO || g.path == cpCAO:
		return "sgo_cao"
	case g.path == cpRemand || g.path == cpOther && g.rec != "E8":
		return "other"
	}
	switch p := g.placeAt(d); {
	case p.typ == "H5":
		return "supported_living"
	case p.typ == "K2" || p.typ == "K1":
		return "long_term_residential"
	}
	return "long_term_fostering"
}

// placeAt returns the placement on day d.
func (g *careGen) placeAt(d hearth.Date) carePlace {
	p := g.pl[0]
	for _, x := range g.pl[1:] {
		if d.Before(x.from) {
			break
		}
		p = x
	}
	return p
}

// reviews holds the statutory reviews: the first within 20 working days, the second within 3 months of
// it, then every 6 months; most on time, some late.
func (g *careGen) reviews() {
	r := g.r
	due := careAddWD(g.start, 20)
	prev := g.start
	n := 0
	for {
		held := due.AddDays(-between(r, 0, 7))
		if !chance(r, 0.9) {
			held = due.AddDays(between(r, 1, 30))
		}
		if !held.After(prev) {
			held = prev.AddDays(1)
		}
		if held.After(g.last) {
			return
		}
		code := "PN0"
		if g.birth.AgeOn(held) >= 4 {
			code = careParticipation.pick(r)
		}
		g.rows = append(g.rows, &care.Review{Record: g.record("cla_reviews", held), PersonID: g.in.PersonID,
			Date: held, Participation: code, ChairID: g.in.ReviewingOfficer, PermanencePlan: g.permanencePlan(held)})
		g.lastReview = held
		if n == 0 {
			due = held.AddMonths(3)
		} else {
			due = held.AddMonths(6)
		}
		prev = held
		n++
	}
}

// The views and observations a statutory visit records: a few plain sentences, chosen at random.
var (
	careViews = []string{
		"Says they are happy where they are living and gets on well with their carers.",
		"Wants to see their mum more often and asked about family time at the weekend.",
		"Said school is going better and they have made a new friend.",
		"Did not want to talk much today; said things are okay.",
		"Worried about moving again and asked what will happen at the review.",
		"Enjoys football club and wants to keep going.",
	}
	careObservations = []string{
		"Warm interactions observed between the child and carers. Room seen, personal and well kept.",
		"Carers report settled routines; no concerns about care. Discussed contact arrangements.",
		"Child appeared tired; carers report poor sleep. Agreed referral to the LAC nurse.",
		"Placement stable. Carers asked for support with behaviour at bedtime; to be raised with the supervising social worker.",
		"Baby observed to be well cared for and meeting milestones; health visitor involved.",
	}
	careNotSeen = []string{"Child was out with friends at the agreed time", "Child declined to see the worker",
		"Child was unwell and asleep", "Carer cancelled on the day"}
)

// visits holds the statutory visits (regulation 28): within a week of each placement with new carers, every
// 6 weeks in its first year, then every 3 months in a long-term foster placement.
func (g *careGen) visits() {
	r := g.r
	visits := make([]protection.Visit, 0, g.last.DaysSince(g.start)/38+4)
	for k := 0; k < len(g.pl); k++ {
		p := g.pl[k]
		if care.TemporaryPlacements[p.typ] || p.from.After(g.last) {
			continue
		}
		if k > 0 && (g.pl[k-1].carer == p.carer || k > 1 && care.TemporaryPlacements[g.pl[k-1].typ] && g.pl[k-2].carer == p.carer) {
			continue // the same carers: the visiting clock carries on
		}
		// The stay with these carers lasts until a placement with other carers that is not temporary.
		end := g.end
		for m := k + 1; m < len(g.pl); m++ {
			if g.pl[m].carer != p.carer && !care.TemporaryPlacements[g.pl[m].typ] {
				end = g.pl[m].from
				break
			}
		}
		d := p.from.AddDays(between(r, 1, 7))
		if !chance(r, 0.88) {
			d = p.from.AddDays(between(r, 8, 21))
		}
		for d.Before(end) && !d.After(g.last) {
			v := protection.Visit{PersonID: g.in.PersonID, Kind: protection.VisitCLA, VisitDate: d,
				WorkerID: g.in.SocialWorker, Location: "placement"}
			switch x := r.IntN(100); {
			case x < 5:
				v.Location = "school"
			case x < 7:
				v.Location = "virtual"
			case x < 9:
				v.Location = "community"
			}
			seen := chance(r, 0.97) || v.Location == "virtual"
			v.ChildSeen = careBool(seen)
			if seen {
				alone := g.birth.AgeOn(d) >= 4 && chance(r, 0.75)
				v.SeenAlone = careBool(alone)
				if g.birth.AgeOn(d) >= 4 {
					v.ChildViews = careViews[r.IntN(len(careViews))]
				}
				v.Observations = careObservations[r.IntN(len(careObservations))]
			} else {
				v.NotSeenReason = careNotSeen[r.IntN(len(careNotSeen))]
			}
			visits = append(visits, v)
			longTerm := d.DaysSince(p.from) >= 365 && (g.placeAt(d).typ == "U1" || g.placeAt(d).typ == "U4")
			switch {
			case longTerm && chance(r, 0.88):
				d = d.AddDays(between(r, 60, 91))
			case longTerm:
				d = d.AddDays(between(r, 92, 120))
			case chance(r, 0.88):
				d = d.AddDays(between(r, 21, 42))
			default:
				d = d.AddDays(between(r, 43, 70))
			}
		}
	}
	for k := range visits {
		visits[k].Record = g.record("visits", visits[k].VisitDate)
		g.rows = append(g.rows, &visits[k])
	}
}

var (
	careTrue, careFalse = true, false
)

// careBool returns a pointer to a shared true or false, for the *bool columns (never written through).
func careBool(b bool) *bool {
	if b {
		return &careTrue
	}
	return &careFalse
}

// health holds the initial and review health assessments, dental checks, sight tests, development checks
// of under-fives, immunisation status, SDQs, substance misuse and convictions.
func (g *careGen) health() {
	r := g.r
	id := g.in.PersonID
	// Initial health assessment, then reviews 6-monthly under 5 and yearly from 5.
	d := careAddWD(g.start, between(r, 5, 20))
	if !chance(r, 0.65) {
		d = careAddWD(g.start, between(r, 21, 60))
	}
	kind, by := care.HealthInitial, "Community paediatrician"
	for !d.After(g.last) {
		outcome := "completed"
		if x := r.IntN(100); x < 4 && g.birth.AgeOn(d) >= 12 {
			outcome = "refused"
		} else if x < 7 {
			outcome = "not_attended"
		}
		g.rows = append(g.rows, &care.HealthAssessment{Record: g.record("cla_health", d), PersonID: id, Kind: kind,
			Date: d, Outcome: outcome, ByWhom: by})
		if outcome != "completed" {
			d = d.AddDays(between(r, 30, 60))
			continue
		}
		g.rows = append(g.rows, &care.Immunisations{Record: g.record("cla_immunisations", d), PersonID: id, Date: d,
			UpToDate: chance(r, 0.84)})
		months := 12
		if g.birth.AgeOn(d) < 5 {
			months = 6
		}
		due := d.AddMonths(months)
		d = due.AddDays(-between(r, 0, 30))
		if !chance(r, 0.88) {
			d = due.AddDays(between(r, 1, 90))
		}
		kind, by = care.HealthReview, "Looked-after children's nurse"
	}
	// Dental checks from the first birthday, about yearly.
	for d := careMax(g.start, careBirthday(g.birth, 1)).AddDays(between(r, 30, 150)); !d.After(g.last); d = d.AddDays(between(r, 180, 420)) {
		g.checkup(d, care.HealthDental, "Community dental practice")
	}
	// Development checks of under-fives, about yearly.
	for d := g.start.AddDays(between(r, 30, 120)); !d.After(g.last) && g.birth.AgeOn(d) < 5; d = d.AddDays(between(r, 300, 400)) {
		g.checkup(d, care.HealthSurveillance, "Health visitor")
	}
	// Sight tests every two years for some children of 4 and over.
	if chance(r, 0.6) {
		for d := careMax(g.start, careBirthday(g.birth, 4)).AddDays(between(r, 120, 500)); !d.After(g.last); d = d.AddDays(between(r, 600, 800)) {
			g.checkup(d, care.HealthOptician, "High street optician")
		}
	}
	// Strengths and Difficulties Questionnaires for ages 4 to 16, yearly: never more than 365 days apart, so
	// that a child looked after for a whole collection year has one in it (SSDA903 rule 186).
	for d := g.start.AddDays(between(r, 60, 300)); !d.After(g.last); d = d.AddDays(between(r, 300, 365)) {
		if age := g.birth.AgeOn(d); age < 4 || age > 16 {
			continue
		}
		s := &care.SDQ{Record: g.record("sdq_scores", d), PersonID: id, Date: d}
		if chance(r, 0.8) {
			score := int(math.Round(14 + 6.5*r.NormFloat64()))
			score = max(0, min(40, score))
			s.Score = &score
		} else {
			s.Reason = careSDQReasons.pick(r)
			if s.Reason == "SDQ5" && g.birth.AgeOn(d) < 11 {
				s.Reason = "SDQ2"
			}
		}
		g.rows = append(g.rows, s)
	}
	// Substance misuse (13 and over) and convictions or cautions (10 and over), year by year.
	for y := g.start; !y.After(g.last); y = y.AddDays(365) {
		d := y.AddDays(r.IntN(365))
		if d.After(g.last) {
			continue
		}
		age := g.birth.AgeOn(d)
		if age >= 13 && chance(r, 0.06) {
			s := &care.SubstanceMisuse{Record: g.record("cla_substance_misuse", d), PersonID: id, Date: d,
				Substance: careSubstances[r.IntN(len(careSubstances))]}
			switch x := r.IntN(100); {
			case x < 55:
				s.InterventionOffered, s.InterventionReceived = careBool(true), careBool(true)
			case x < 90:
				s.InterventionOffered, s.InterventionReceived = careBool(true), careBool(false)
			default:
				s.InterventionOffered, s.InterventionReceived = careBool(false), careBool(false)
			}
			g.rows = append(g.rows, s)
		}
		p := 0.0
		switch {
		case age >= 14:
			p = 0.035
		case age >= 10:
			p = 0.012
		}
		if p > 0 && chance(r, p) {
			c := &care.Conviction{Record: g.record("cla_convictions", d), PersonID: id, Date: d,
				Kind:    pickOf(r.Float64(), "conviction", 0.4, "youth_caution", 0.35, "youth_conditional_caution", 0.25),
				Offence: careOffences[r.IntN(len(careOffences))], OffenceDate: d.AddDays(-between(r, 14, 120))}
			if c.OffenceDate.Before(g.start) {
				c.OffenceDate = hearth.Date{}
			}
			g.rows = append(g.rows, c)
		}
	}
}

var (
	careSubstances = []string{"Cannabis", "Alcohol and cannabis", "Nitrous oxide", "Cocaine", "Ketamine"}
	careOffences   = []string{"Theft from a shop", "Criminal damage", "Common assault", "Possession of cannabis",
		"Possession of a bladed article", "Assault on an emergency worker", "Robbery"}
)

// checkup records a dental, development or sight check on d: completed mostly, sometimes missed or refused.
func (g *careGen) checkup(d hearth.Date, kind, by string) {
	outcome := "completed"
	if x := g.r.IntN(100); x < 5 {
		outcome = "not_attended"
	} else if x < 8 && g.birth.AgeOn(d) >= 12 {
		outcome = "refused"
	}
	g.rows = append(g.rows, &care.HealthAssessment{Record: g.record("cla_health", d), PersonID: g.in.PersonID,
		Kind: kind, Date: d, Outcome: outcome, ByWhom: by})
}

// The attendees of personal education plan meetings: a few shared lists (rows never change them).
var carePEPAttendees = []hearth.Codes{
	{"child", "carer", "social_worker", "designated_teacher"},
	{"carer", "social_worker", "designated_teacher"},
	{"child", "carer", "social_worker", "designated_teacher", "virtual_school"},
	{"carer", "social_worker", "designated_teacher", "virtual_school"},
	{"child", "carer", "social_worker", "designated_teacher", "iro"},
	{"child", "carer", "parent", "social_worker", "designated_teacher"},
}

var careSchools = []string{"Hearthton Primary School", "St Mary's CE Primary School", "Riverside Academy",
	"Hearthton High School", "Oakfield Community College", "Northgate Academy", "Hearthton College"}

// education holds personal education plans for children of school age: the first within 20 school days,
// then one each term; post-16 plans for most young people in education.
func (g *careGen) education() {
	r := g.r
	post16 := chance(r, 0.6)
	inSchool := func(d hearth.Date) bool {
		y := d.Year()
		if d.Month() < time.September {
			y--
		}
		a := g.birth.AgeOn(hearth.NewDate(y, time.August, 31))
		return a >= 4 && (a <= 15 || post16 && a <= 17)
	}
	school := careSchools[r.IntN(len(careSchools))]
	d := careAddWD(g.start, between(r, 10, 20))
	if !chance(r, 0.8) {
		d = careAddWD(g.start, between(r, 21, 45))
	}
	for !d.After(g.last) {
		if inSchool(d) {
			a := carePEPAttendees[r.IntN(len(carePEPAttendees))]
			if g.birth.AgeOn(d) < 8 && a[0] == "child" {
				a = carePEPAttendees[1]
			}
			g.rows = append(g.rows, &care.PersonalEducationPlan{Record: g.record("peps", d), PersonID: g.in.PersonID,
				Date: d, Attendees: a, School: school})
		}
		// The next term: autumn (September to December), spring (January to March), summer (April to July).
		y := d.Year()
		var from, to hearth.Date
		switch m := d.Month(); {
		case m >= time.September:
			from, to = hearth.NewDate(y+1, time.January, 8), hearth.NewDate(y+1, time.March, 25)
		case m <= time.March:
			from, to = hearth.NewDate(y, time.April, 20), hearth.NewDate(y, time.July, 15)
		default:
			from, to = hearth.NewDate(y, time.September, 15), hearth.NewDate(y, time.December, 10)
		}
		d = from.AddDays(r.IntN(to.DaysSince(from) + 1))
		if !chance(r, 0.92) {
			// This term's meeting did not happen; the next one will.
			d = d.AddDays(100)
		}
	}
}

// The words of a care plan by pathway: what we are worried about, what happens if it does not work, and the
// child's own words.
var careWords = [cpCount][3]string{
	cpShort:  {"Accommodated for a short time while it is made safe for the child to go home.", "If home is not safe, the child stays looked after and care proceedings are considered.", "I want to go home."},
	cpHome:   {"Neglect and parental substance misuse. The plan is for the child to return home once the parents complete the work agreed with them.", "If the parents cannot make and keep the changes, the plan will be permanence away from home.", "I miss my mum and want to go home but I like it here too."},
	cpSGO:    {"The child cannot live safely with their parents. Family members have been assessed as special guardians.", "If the assessment of the family members is negative, the plan will be long-term fostering.", "I want to live with my nan."},
	cpCAO:    {"The child cannot live safely with one parent; the other parent is being assessed to care for them.", "If the assessment is negative, the plan will be special guardianship or long-term fostering.", "I want to live with my dad."},
	cpAdopt:  {"The child cannot live safely with their birth family, who have been assessed; the plan is adoption.", "If adopters cannot be found within twelve months, the plan will be long-term fostering.", ""},
	cpLong:   {"The child cannot live safely at home. The plan is for them to stay with their carers until they are grown up.", "If the placement breaks down, a new long-term placement will be found, keeping the child at their school.", "I want to stay here and see my brother every week."},
	cpRemand: {"Remanded to local authority accommodation while criminal proceedings are decided.", "If remand ends, plan for a return home with support from the youth justice service.", "I just want this to be over."},
	cpOther:  {"Looked after while the family's situation is assessed and a plan made.", "If the situation does not improve, care proceedings will be considered.", "I want to know what is happening."},
	cpUASC:   {"Arrived in the UK alone and claimed asylum. Needs a safe home, English lessons, education and help with the asylum claim.", "If the age assessment finds them to be an adult, they will be referred to adult services and the Home Office.", "I want to go to college and be safe here."},
}

// carePlanActions are the actions of a care plan: what, who, how success will be known, and when (days
// after the plan).
var carePlanActions = [...]struct {
	action, who, measure string
	days                 int
	worker               bool
}{
	{"Arrange the initial health assessment", "Social worker", "Health assessment held within 20 working days", 20, true},
	{"Agree family time arrangements with parents and carers", "Social worker", "Family time happening as agreed, recorded at each visit", 28, true},
	{"Hold the personal education plan meeting", "Designated teacher and virtual school", "PEP in place with targets agreed", 35, false},
	{"Complete life story work with the child", "Social worker and carers", "Life story book started and shared with the child", 180, true},
	{"Refer to the child and adolescent mental health service", "Social worker", "Referral accepted and first appointment offered", 60, true},
	{"Carers to complete training on therapeutic parenting", "Foster carers", "Training completed and strategies used at home", 120, false},
}

// carePlan records the child's care plan (plans kind care) with its actions: agreed within days of coming
// into care and re-agreed at each review (its agreed date is the latest).
func (g *careGen) carePlan() {
	r := g.r
	agreed := g.start.AddDays(between(r, 2, 10))
	if agreed.After(g.last) {
		return
	}
	w := careWords[g.path]
	plan := &protection.Plan{PersonID: g.in.PersonID, Kind: protection.PlanCare, AgreedDate: agreed,
		Summary: w[0], Contingency: w[1], ChildWords: w[2]}
	if g.age < 4 {
		plan.ChildWords = ""
	}
	if g.lastReview.After(agreed) {
		plan.AgreedDate = g.lastReview // re-agreed at the latest review
	}
	plan.Record = g.record("plans", plan.AgreedDate)
	g.rows = append(g.rows, plan)
	n := between(r, 3, 5)
	k := r.IntN(len(carePlanActions))
	for i := 0; i < n; i++ {
		a := carePlanActions[(k+i)%len(carePlanActions)]
		due := agreed.AddDays(a.days)
		act := &protection.PlanAction{PersonID: g.in.PersonID, PlanID: plan.ID, Action: a.action, Who: a.who,
			DueDate: due, SuccessMeasure: a.measure, Status: protection.ActionOpen}
		if a.worker {
			act.WorkerID = g.in.SocialWorker
		}
		switch {
		case !due.After(g.last) && chance(r, 0.75):
			act.Status = protection.ActionCompleted
			act.CompletedDate = careMin(due.AddDays(between(r, -14, 21)), g.last)
			if act.CompletedDate.Before(agreed) {
				act.CompletedDate = agreed
			}
			act.Progress = "Done."
		case !due.After(g.last) && chance(r, 0.4):
			act.Status = protection.ActionNotCompleted
			act.Progress = "Not done by the date agreed; raised at the review."
		case !agreed.AddDays(14).After(g.last):
			act.Status = protection.ActionInProgress
		}
		act.Record = g.record("plan_actions", g.latest(agreed, act.CompletedDate))
		g.rows = append(g.rows, act)
	}
}

// uascRow records an unaccompanied asylum-seeking child's status: from the start of care until their 18th
// birthday (DUC), or until an age assessment found them to be an adult.
func (g *careGen) uascRow() {
	if !g.uasc {
		return
	}
	r := g.r
	u := &care.UASC{PersonID: g.in.PersonID, StartDate: g.start, ImmigrationStatus: "claim_pending",
		HomeOfficeReference: fmt.Sprintf("U%07d", r.IntN(10_000_000))}
	if decided := g.start.AddDays(between(r, 180, 540)); !decided.After(g.ref) {
		u.ImmigrationStatus = careImmigration.pick(r)
	}
	if !g.b18.After(g.ref) {
		u.CeasedDate = g.b18
	}
	if g.rec == "E15" && !g.end.After(g.ref) {
		u.CeasedDate = g.end
	}
	u.Record = g.record("uasc", g.latest(g.start, u.CeasedDate))
	g.rows = append(g.rows, u)
}

// careAdopters are the SSDA903 AD1 descriptions of adopters (number, sex, legal status) with their weights
// (approximate, CLA 2024 adoption tables: most adopters are married different-sex couples; about 1 in 7
// adoptions is by a same-sex couple and about 1 in 8 by a single adopter).
var careAdopters = [...]struct {
	n       int
	sex, ls string
	w       float64
}{
	{2, "MF", "L11", 60}, {2, "MF", "L3", 12}, {2, "FF", "L12", 5}, {2, "MM", "L12", 4}, {2, "FF", "L2", 2},
	{2, "MM", "L2", 2}, {2, "FF", "L4", 1}, {2, "MM", "L4", 1}, {1, "F1", "L0", 11}, {1, "M1", "L0", 2},
}

// adoptionRows records the decision that the child should be placed for adoption (and its reversal), and
// what followed it: fostering for adoption, matching, and the AD1 items about the adopters once the child
// is adopted.
func (g *careGen) adoptionRows() {
	if g.adm.IsZero() || g.adm.After(g.ref) {
		return
	}
	r := g.r
	pfa := &care.PlacedForAdoption{PersonID: g.in.PersonID, DecisionDate: g.adm}
	if !g.admCeased.IsZero() && !g.admCeased.After(g.ref) {
		pfa.CeasedDate, pfa.CeasedReason = g.admCeased, g.admReason
	}
	pfa.Record = g.record("placed_for_adoption", g.latest(g.adm, pfa.CeasedDate))
	g.rows = append(g.rows, pfa)
	var ffa hearth.Date
	for _, p := range g.pl {
		if p.typ == "U5" && !p.from.After(g.ref) {
			ffa = careMax(p.from.AddDays(-between(r, 0, 7)), g.start)
			break
		}
	}
	matched := g.matched
	if matched.After(g.ref) {
		matched = hearth.Date{}
	}
	if matched.IsZero() && ffa.IsZero() {
		return
	}
	a := &care.Adoption{PersonID: g.in.PersonID, DecisionID: pfa.ID, FFADecisionDate: ffa, MatchedDate: matched,
		WorkerID: g.in.SocialWorker}
	at := careMax(careMax(g.adm, ffa), matched)
	if (g.rec == "E11" || g.rec == "E12") && !g.end.After(g.ref) {
		total := 0.0
		for _, x := range careAdopters {
			total += x.w
		}
		u := r.Float64() * total
		k := 0
		for ; k < len(careAdopters)-1 && u >= careAdopters[k].w; k++ {
			u -= careAdopters[k].w
		}
		x := careAdopters[k]
		a.ByFosterCarers = careBool(g.pl[len(g.pl)-1].typ == "A5")
		a.NumberOfAdopters, a.AdopterSex, a.AdopterLegalStatus = x.n, x.sex, x.ls
		at = g.end
	}
	a.Record = g.record("permanence", at)
	g.rows = append(g.rows, a)
}

// carePermLAs are the authorities where a previous permanence order was made: a few DfE local authority
// numbers, 999 (not known) and the other UK nations.
var carePermLAs = []string{"999", "999", "999", "825", "302", "886", "350", "330", "876", "938", "WAL", "SCO"}

// previousPermanence records, for a period of care starting on or after 1 April 2016, whether the child
// had a permanence order before it (SSDA903 PrevPerm).
func (g *careGen) previousPermanence() {
	if g.start.Before(hearth.NewDate(2016, time.April, 1)) {
		return
	}
	r := g.r
	p := &care.PreviousPermanence{PersonID: g.in.PersonID, PeriodStart: g.start, Option: carePrevPerm.pick(r)}
	if p.Option == "P1" || p.Option == "P2" || p.Option == "P3" {
		span := g.start.DaysSince(g.birth) - 60
		if span > 30 {
			d := g.birth.AddDays(30 + r.IntN(span-30))
			p.OrderDate, p.OrderDateKnown = d, "day"
			switch x := r.IntN(10); {
			case x < 2:
				if m := hearth.NewDate(d.Year(), d.Month(), 1); !m.Before(g.birth) {
					p.OrderDate, p.OrderDateKnown = m, "month"
				}
			case x < 3:
				if y := hearth.NewDate(d.Year(), time.January, 1); !y.Before(g.birth) {
					p.OrderDate, p.OrderDateKnown = y, "year"
				}
			}
			p.LACode = carePermLAs[r.IntN(len(carePermLAs))]
		}
	}
	if p.Option == "P4" {
		// P4 says the kind of order is not known, but rule 630 still asks for the order's authority and
		// date: not known (999), and the year (or, in the year care began, the month) midway between
		// birth and this period of care, so the date read as late as it can be is still before care
		// (rule 632). No draw is made, so the rest of the record is as it was.
		if span := g.start.DaysSince(g.birth); span > 400 {
			mid := g.birth.AddDays(span / 2)
			p.LACode = "999"
			p.OrderDate, p.OrderDateKnown = hearth.NewDate(mid.Year(), time.January, 1), "year"
			if mid.Year() == g.start.Year() {
				p.OrderDate, p.OrderDateKnown = hearth.NewDate(mid.Year(), mid.Month(), 1), "month"
			}
		} else {
			p.Option = "Z1"
		}
	}
	p.Record = g.record("cla_previous_permanence", g.start)
	g.rows = append(g.rows, p)
}

// deprivationOfLiberty records, for a very few young people of 12 and over in a children's home, a court
// order authorising the deprivation of their liberty there. The order starts after the placement does and
// ends before it does (SSDA903 rules 707, 709 and 710 allow a DoLO only in a K2 placement).
func (g *careGen) deprivationOfLiberty() {
	r := g.r
	for k := 0; k < len(g.pl); k++ {
		p := g.pl[k]
		if p.typ != "K2" || (k > 0 && g.pl[k-1].carer == p.carer) || g.birth.AgeOn(p.from) < 12 {
			continue
		}
		end := g.end
		for m := k + 1; m < len(g.pl); m++ {
			if g.pl[m].carer != p.carer {
				end = g.pl[m].from
				break
			}
		}
		// A temporary placement in the middle would leave the home: keep the order within the first stay.
		if k+1 < len(g.pl) && g.pl[k+1].from.Before(end) {
			end = g.pl[k+1].from
		}
		if end.DaysSince(p.from) < 60 || !chance(r, 0.04) {
			continue
		}
		start := p.from.AddDays(between(r, 1, 30))
		stop := careMin(start.AddDays(between(r, 90, 270)), end.AddDays(-1))
		if !stop.After(start) || start.After(g.last) {
			continue
		}
		d := &care.DeprivationOfLiberty{PersonID: g.in.PersonID, StartDate: start, EndDate: stop,
			Court: "High Court (Family Division)", ReviewDue: start.AddMonths(3)}
		if stop.After(g.ref) {
			d.EndDate = hearth.Date{}
		}
		d.Record = g.record("dolo", g.latest(start, d.EndDate))
		g.rows = append(g.rows, d)
	}
}

// inEngland is the day in England of a moment, as the returns give it.
func inEngland(t time.Time) hearth.Date { return hearth.DateOf(t.In(london)) }

var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("synth: the Europe/London time zone is missing: " + err.Error())
	}
	return loc
}()

// careBreach is breachHook: it makes exactly one SSDA903 validation rule fail in a child's care rows, on
// the latest row the rule can be broken on (so that it shows in the latest return the row is in), and says
// which. Only rules whose check is plain and that touch no other rule are used:
//
//	167  Reviews REVIEW_CODE not a valid code (a review of a child aged 4 or over, so 440 and 441 stay quiet)
//	1009 Episodes REASON_PLACE_CHANGE not a valid code (an episode that already has a reason)
//	567  Missing MIS_END before MIS_START (an episode not starting on 1 April, so MIS_END stays in the year)
//	631  PrevPerm PREV_PERM not a valid code (a row with no order date or authority)
//	131  OC3 IN_TOUCH not a valid code (a care leaver status that is in touch)
//
// It returns false when none applies.
func careBreach(r *rand.Rand, rows []any) (Breach, bool) {
	type cand struct {
		i int
		d hearth.Date
	}
	// The latest candidate row of each rule, in the order of the list above.
	var best [5]cand
	for k := range best {
		best[k].i = -1
	}
	note := func(rule, i int, d hearth.Date) {
		if best[rule].i < 0 || !d.Before(best[rule].d) {
			best[rule] = cand{i, d}
		}
	}
	for i, row := range rows {
		switch x := row.(type) {
		case *care.Review:
			// Generated reviews give PN0 exactly to children under 4, so any other code is of a child 4 or over.
			if x.Participation != "PN0" {
				note(0, i, x.Date)
			}
		case *care.Episode:
			if x.ReasonPlaceChange != "" && !x.EndDate.IsZero() {
				note(1, i, x.EndDate)
			}
		case *exploitation.MissingEpisode:
			d := inEngland(x.StartTime)
			if !x.EndTime.IsZero() && !(d.Month() == time.April && d.Day() == 1) {
				note(2, i, d)
			}
		case *care.PreviousPermanence:
			if x.OrderDate.IsZero() && x.LACode == "" {
				note(3, i, x.PeriodStart)
			}
		case *leaving.Status:
			if x.InTouch == "YES" {
				note(4, i, x.Date)
			}
		}
	}
	// Choose among the rules that apply, at random.
	var avail [5]int
	n := 0
	for k, c := range best {
		if c.i >= 0 {
			avail[n] = k
			n++
		}
	}
	if n == 0 {
		return Breach{}, false
	}
	c := best[avail[r.IntN(n)]]
	b := Breach{Return: "SSDA903"}
	switch row := rows[c.i].(type) {
	case *care.Review:
		b.Rule, b.Table = "167", "Reviews"
		b.Detail = fmt.Sprintf("REVIEW_CODE of the review on %s changed from %s to PN8, which is not a participation code", row.Date.UK(), row.Participation)
		row.Participation = "PN8"
	case *care.Episode:
		b.Rule, b.Table = "1009", "Episodes"
		b.Detail = fmt.Sprintf("REASON_PLACE_CHANGE of the episode from %s to %s changed from %s to MOVED, which is not a reason for placement change", row.StartDate.UK(), row.EndDate.UK(), row.ReasonPlaceChange)
		row.ReasonPlaceChange = "MOVED"
	case *exploitation.MissingEpisode:
		b.Rule, b.Table = "567", "Missing"
		// The return gives the days in England of the moments, so the day before is counted there.
		end := row.StartTime.Add(-20 * time.Hour)
		if inEngland(end) == inEngland(row.StartTime) {
			end = row.StartTime.Add(-24 * time.Hour)
		}
		b.Detail = fmt.Sprintf("MIS_END of the missing episode starting %s set to %s, the day before it started", inEngland(row.StartTime).UK(), inEngland(end).UK())
		row.EndTime = end
	case *care.PreviousPermanence:
		b.Rule, b.Table = "631", "PrevPerm"
		b.Detail = fmt.Sprintf("PREV_PERM of the period of care starting %s changed from %s to P9, which is not a previous permanence code", row.PeriodStart.UK(), row.Option)
		row.Option = "P9"
	case *leaving.Status:
		b.Rule, b.Table = "131", "OC3"
		b.Detail = fmt.Sprintf("IN_TOUCH of the care leaver status of %s changed from YES to YESS, which is not an in-touch code", row.Date.UK())
		row.InTouch = "YESS"
	}
	return b, true
}
