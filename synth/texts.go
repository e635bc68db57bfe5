package synth

import (
	"math/rand/v2"

	"hearth"
)

// The words of the record: short, plausible sentences of the kind practitioners write, chosen at random.
// They are there so that pages and exports look like a real record, not to be read as case notes.

func sourceDetail(r *rand.Rand, source string) string {
	switch sourceGroup(source) {
	case "police":
		return "Police public protection unit"
	case "school":
		return []string{"Hearthton Primary School", "St Mary's Church of England School", "Hearthton Academy", "Oakfield Community College"}[r.IntN(4)]
	case "health":
		return []string{"Health visiting team", "Hearthton Hospital emergency department", "School nursing service", "Hearth Road Surgery"}[r.IntN(4)]
	}
	return ""
}

var contactSummaries = map[string]string{
	"domestic_abuse":              "Police attended a domestic incident at the home; the child was present.",
	"neglect":                     "Concerns about the child's hygiene, attendance and the state of the home.",
	"physical_abuse":              "The child has an unexplained bruise and said a parent hit them.",
	"sexual_abuse":                "The child made a disclosure of sexual harm at school.",
	"emotional_abuse":             "The child is withdrawn and describes being shouted at and belittled at home.",
	"child_sexual_exploitation":   "The child has been seen with older adults and has unexplained gifts.",
	"child_criminal_exploitation": "The child was found far from home carrying cash and two phones.",
	"missing":                     "The child was reported missing overnight and returned the next day.",
	"parental_mental_health":      "A parent's mental health has deteriorated and they are struggling to care for the children.",
	"parental_substance_misuse":   "A parent was found under the influence while caring for the children.",
	"parenting_capacity":          "The family is struggling with routines, boundaries and basic care.",
	"child_mental_health":         "The child has expressed thoughts of self-harm and low mood.",
	"self_harm":                   "The child attended hospital after self-harming.",
	"child_substance_misuse":      "The child was found drunk in a park late at night.",
	"child_behaviour":             "Escalating aggression at home; parents asking for help.",
	"child_disability":            "Parents of a disabled child asking for support with care at home.",
	"online_harm":                 "The child has been sharing images with an adult met online.",
	"housing":                     "The family faces eviction and may become homeless.",
	"financial_hardship":          "The family has no money for food or heating.",
	"other":                       "Concerns about the child's welfare raised by a professional.",
}

func contactSummary(reason string) string {
	if s, ok := contactSummaries[reason]; ok {
		return s
	}
	return contactSummaries["other"]
}

func agencyName(agency string) string {
	switch agency {
	case "police":
		return "Hearthshire Police"
	case "health":
		return "Hearthton NHS Trust"
	case "education":
		return "Hearthton Education Service"
	case "gp":
		return "Hearth Road Surgery"
	}
	return "Partner agency"
}

func agencyResponse(r *rand.Rand, agency string) string {
	switch agency {
	case "police":
		return []string{"Two domestic incidents at the address in the last year; no convictions.", "No information held.", "Father known for violence; bail conditions ended last month."}[r.IntN(3)]
	case "health":
		return []string{"Missed immunisations and two missed appointments.", "Up to date with health checks.", "Mother under the perinatal mental health team."}[r.IntN(3)]
	case "education":
		return []string{"Attendance 82%; often late and hungry.", "Attendance good; no concerns in school.", "Recently excluded for a fixed period."}[r.IntN(3)]
	}
	return []string{"Registered with the practice; no concerns noted.", "Parent treated for depression; child last seen six months ago."}[r.IntN(2)]
}

func childViews(r *rand.Rand, age int) string {
	if age < 8 {
		return []string{"I like it when Mummy plays with me.", "I don't like the shouting.", "I want my own bed.", "I'm happy at nursery."}[r.IntN(4)]
	}
	return []string{
		"I just want things to be calm at home.",
		"I don't want to move schools.",
		"I want to see my dad more.",
		"Nobody listens to me at home.",
		"I'm fine, I don't need a social worker.",
		"I feel safer when my mum's partner isn't there.",
	}[r.IntN(6)]
}

func assessmentAnalysis(factors hearth.Codes, inNeed bool) string {
	if !inNeed {
		return "The family's needs can be met by universal services; no role for children's social care."
	}
	if len(factors) > 2 {
		return "Several risks together: the child's needs are not being met and support is needed to keep them safe."
	}
	return "The child is in need of support to meet their developmental needs; parents engaging."
}

func s47Analysis(conclusion string) string {
	switch conclusion {
	case "substantiated_continuing_risk":
		return "Concerns substantiated; the child remains at risk of significant harm. Initial conference to be convened."
	case "substantiated_no_continuing_risk":
		return "Concerns substantiated; protective action taken and the risk is now managed under a child in need plan."
	}
	return "Concerns not substantiated; the explanation given is consistent with what was found."
}

func participation(r *rand.Rand, age int) string {
	if age < 4 {
		return "PN0"
	}
	return []string{"PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN1", "PN6"}[r.IntN(9)]
}

func coreGroupAttendees(r *rand.Rand, age int) hearth.Codes {
	out := hearth.Codes{"social_worker", "parent_carer", "health"}
	if age >= 4 {
		out = append(out, "education")
	}
	if chance(r, 0.3) {
		out = append(out, "police")
	}
	if age >= 12 && chance(r, 0.3) {
		out = append(out, "child")
	}
	return out
}

func planSummary(r *rand.Rand, kind string) string {
	if kind == "cp" {
		return []string{
			"We are worried that the children are not safe when the adults argue and fight. Mum and Dad need to keep the children away from violence.",
			"We are worried that the children are not being fed, kept clean or taken to school. The home needs to be safe and clean and the children at school every day.",
			"We are worried that drinking and drug use mean the adults cannot look after the children safely.",
		}[r.IntN(3)]
	}
	return []string{
		"The family need help with routines and the child's behaviour at home.",
		"Support for the child's disability and short breaks for the family.",
		"Help for Mum with her mental health so she can meet the children's needs.",
	}[r.IntN(3)]
}

func planContingency(r *rand.Rand, kind string) string {
	if chance(r, 0.2) {
		return "To be agreed." // as inspectors often find: a contingency in name only
	}
	if kind == "cp" {
		return "If the children are not safe or the plan is not followed, the local authority will seek legal advice about care proceedings (Public Law Outline)."
	}
	return "If things do not improve within three months, a strategy discussion will consider whether the child is at risk of significant harm."
}

var actions = []struct{ action, who, measure string }{
	{"Attend the domestic abuse programme", "Dad", "Completes all 12 sessions; no police call-outs to the home"},
	{"Take the children to school every day", "Mum", "Attendance above 95% each half term"},
	{"Register with the GP and attend health appointments", "Mum", "All appointments attended; immunisations up to date"},
	{"Visit the child at home, seeing them alone", "Social worker", "Child seen alone at every visit"},
	{"Refer Mum to the adult mental health service", "Social worker", "Mum has an appointment and attends it"},
	{"Provide a weekly parenting session", "Family support worker", "Parents show a bedtime routine kept for four weeks"},
	{"Complete a direct work session on the child's wishes and feelings", "Social worker", "Child's words recorded in the plan"},
	{"Check on the child's wellbeing in school each week", "School designated safeguarding lead", "Weekly check recorded and shared with the core group"},
	{"Engage with the drug and alcohol service and test", "Mum", "Negative tests for three months"},
}

func planAction(r *rand.Rand) (string, string, string) {
	a := actions[r.IntN(len(actions))]
	return a.action, a.who, a.measure
}
