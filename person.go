package hearth

import "time"

// Person is anyone the record is about: a child, a parent, a carer or another household member. Children
// and adults are one table because people move between those places in each other's records (a care leaver
// becomes a parent) and a duplicate check must look across all of them. SSD object: ssd_person.
type Person struct {
	Record
	LAChildID         LAChildID `db:"la_child_id,unique" ssd:"pers_legacy_id" dfe:"SSDA903 Header.CHILD; CIN LAchildID; Annex A Child Unique ID" doc:"The authority's child identifier used in the statutory returns (unique among children)"`
	IsChild           bool      `db:"is_child" doc:"True for children and young people known to children's services as the subject of a record, false for adults who appear only as relatives, carers or household members"`
	Forename          string    `db:"forename,notnull" ssd:"pers_forename" doc:"First name"`
	Surname           string    `db:"surname,notnull" ssd:"pers_surname" doc:"Family name"`
	OtherNames        string    `db:"other_names" doc:"Previous or alternative names, for search"`
	BirthDate         Date      `db:"birth_date" ssd:"pers_dob" dfe:"SSDA903 Header.DOB; CIN PersonBirthDate; Annex A Date of birth" doc:"Date of birth"`
	ExpectedBirthDate Date      `db:"expected_birth_date" ssd:"pers_expected_dob" dfe:"CIN ExpectedPersonBirthDate" doc:"Expected date of birth of an unborn child"`
	Sex               string    `db:"sex" codes:"sex" ssd:"pers_sex" dfe:"SSDA903 Header.SEX (1 male, 2 female)" doc:"Sex as recorded for the SSDA903: 1 male, 2 female"`
	Gender            string    `db:"gender" codes:"gender" ssd:"pers_gender" dfe:"CIN GenderCurrent (1 male, 2 female, 0 not known, 9 not stated)" doc:"Gender as recorded for the CIN census"`
	Ethnicity         string    `db:"ethnicity" codes:"ethnicity" ssd:"pers_ethnicity" dfe:"SSDA903 Header.ETHNIC; CIN Ethnicity; Annex A Ethnicity" doc:"DfE ethnicity code, e.g. WBRI"`
	Disabilities      Codes     `db:"disabilities" codes:"disability" ssd:"ssd_disability.disa_disability_code" dfe:"CIN Disability; Annex A Disability" doc:"CIN census disability codes, space separated (NONE when the child has none)"`
	DeathDate         Date      `db:"death_date" ssd:"pers_death_date" dfe:"CIN PersonDeathDate" doc:"Date of death"`
	NHSNumber         NHSNumber `db:"nhs_number" ssd:"pers_common_child_id" doc:"NHS number (modulus 11 checked)"`
	UPN               UPN       `db:"upn" ssd:"ssd_linked_identifiers (Unique Pupil Number)" dfe:"SSDA903 Header.UPN; CIN UPN" doc:"Unique Pupil Number (check letter validated)"`
	FormerUPN         UPN       `db:"former_upn" dfe:"CIN FormerUPN" doc:"An earlier Unique Pupil Number"`
	UPNUnknown        string    `db:"upn_unknown" codes:"upn_unknown" ssd:"pers_upn_unknown" dfe:"CIN UPNunknown; SSDA903 Header.UPN (UN1-UN10)" doc:"Why the UPN is not known (UN1 to UN7)"`
	Nationality       string    `db:"nationality" ssd:"pers_nationality" doc:"Country of origin, recorded for unaccompanied asylum-seeking children"`
	Restricted        bool      `db:"restricted" doc:"The record is sealed: open only to named people; anyone else must give a logged reason"`
}

// Address is where a person lived over a period. Postcodes feed the SSDA903 HOME_POST and distance
// measures. SSD object: ssd_address.
type Address struct {
	Record
	PersonID  ID       `db:"person_id,notnull" ref:"person" ssd:"addr_person_id" doc:"The person who lived there"`
	Kind      string   `db:"address_type" ssd:"addr_address_type" doc:"home, placement, temporary, care_leaver, other"`
	Lines     string   `db:"address_lines" ssd:"addr_address_json" doc:"The address lines, one per line"`
	Postcode  Postcode `db:"postcode" ssd:"addr_address_postcode" dfe:"SSDA903 Episodes.HOME_POST; Annex A" doc:"Postcode"`
	StartDate Date     `db:"start_date,notnull" ssd:"addr_address_start_date" doc:"From"`
	EndDate   Date     `db:"end_date" ssd:"addr_address_end_date" doc:"To (empty while current)"`
}

// Relationship links two people: a parent and a child, siblings, a carer. Each relationship is stored once,
// from PersonID to RelatedPersonID, and read in both directions. The SSDA903 MOTHER item and MC_DOB come
// from a "parent" relationship in which the looked-after young woman is the parent. SSD objects:
// ssd_family, ssd_mother.
type Relationship struct {
	Record
	PersonID               ID     `db:"person_id,notnull" ref:"person" ssd:"moth_person_id" doc:"The first person, e.g. the parent"`
	RelatedPersonID        ID     `db:"related_person_id,notnull" ref:"person" ssd:"moth_childs_person_id" doc:"The second person, e.g. the child"`
	Kind                   string `db:"kind,notnull" codes:"relationship" doc:"What the first person is to the second: parent, step_parent, carer, sibling, grandparent, other_relative, household_member"`
	ParentalResponsibility bool   `db:"parental_responsibility" doc:"The first person holds parental responsibility for the second"`
	StartDate              Date   `db:"start_date" doc:"From, when it began after birth"`
	EndDate                Date   `db:"end_date" doc:"To, when it ended"`
}

// HouseholdMember says that a person lived in a child's household over a period. Assessments and section
// 47 enquiries must consider every member of the household, so it is kept apart from relationships: a
// mother's new partner is a household member without being a relative. SSD object: ssd_family.
type HouseholdMember struct {
	Record
	PersonID  ID   `db:"person_id,notnull" ref:"person" ssd:"fami_person_id" doc:"The child whose household it is"`
	MemberID  ID   `db:"member_id,notnull" ref:"person" doc:"The person living in the household"`
	FamilyID  ID   `db:"family_id,null" ssd:"fami_family_id" doc:"A family group identifier shared by siblings' records"`
	StartDate Date `db:"start_date" doc:"From"`
	EndDate   Date `db:"end_date" doc:"To (empty while current)"`
}

// Team is a team or department of the organisation, such as "Assessment Team North". SSD object:
// ssd_department.
type Team struct {
	Record
	Name     string `db:"name,notnull" ssd:"dept_team_name" dfe:"Annex A Team" doc:"Team name"`
	Service  string `db:"service" doc:"front_door, assessment, child_protection, looked_after, leaving_care, disabled_children, adoption, other"`
	ParentID ID     `db:"parent_id" ref:"department" ssd:"dept_team_parent_id" doc:"The team or service this team is part of"`
}

// Worker is a member of staff who works with children: social workers, personal advisers, reviewing officers,
// managers. Agency staff and full-time equivalence feed the workforce figures. SSD object: ssd_professionals.
type Worker struct {
	Record
	StaffID         string  `db:"staff_id,notnull,unique" ssd:"prof_staff_id" doc:"Staff identifier, unique in the organisation"`
	Name            string  `db:"name,notnull" ssd:"prof_professional_name" dfe:"Annex A Allocated worker" doc:"Full name"`
	SWERegistration string  `db:"swe_registration" ssd:"prof_social_worker_registration_no" dfe:"SSDA903 SocialWorker.SW_ID (must begin SW)" doc:"Social Work England registration number, e.g. SW123456"`
	JobTitle        string  `db:"job_title" codes:"job_title" ssd:"prof_professional_job_title" doc:"social_worker, senior_social_worker, advanced_practitioner, team_manager, personal_adviser, reviewing_officer, conference_chair, family_support_worker"`
	TeamID          ID      `db:"team_id" ref:"department" ssd:"prof_professional_department" doc:"The team the worker belongs to"`
	Employment      string  `db:"employment,notnull" doc:"permanent or agency"`
	FTE             float64 `db:"fte" ssd:"prof_full_time_equivalency" doc:"Full-time equivalence, 0 to 1"`
	StartDate       Date    `db:"start_date" doc:"Joined the organisation"`
	EndDate         Date    `db:"end_date" doc:"Left the organisation"`
}

// User is an account that signs in to Hearth. A worker usually has one; partner agency staff, panel members
// and inspectors have accounts without being workers.
type User struct {
	Record
	Name         string    `db:"name,notnull" doc:"Full name"`
	Email        string    `db:"email,notnull,unique" doc:"Email address, unique; the sign-in name"`
	Role         Role      `db:"role,notnull" doc:"The user's role, which decides what they may see and do"`
	TeamID       ID        `db:"team_id" ref:"department" doc:"The user's team, for practitioners and managers"`
	WorkerID     ID        `db:"worker_id" ref:"professionals" doc:"The worker this account belongs to"`
	PasswordHash string    `db:"password_hash" doc:"argon2id hash of a local account's password; empty for OpenID Connect accounts"`
	Active       bool      `db:"active" doc:"False once the account is disabled"`
	ExpiresAt    time.Time `db:"expires_at" doc:"When the account stops working (inspectors)"`
}
