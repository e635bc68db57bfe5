package ssda903

import "testing"

// cohortEpisodes are episodes for the 2025/26 year (1 April 2025 to 31 March 2026) of children in and out
// of the cohort looked after continuously for 12 months: 1, 2, 4, 5 and 9 are in it; 3 was on a short-break
// status (V3), 6 left care in the year, 7 and 8 started care in the year, 10 left before it. Child 9 left
// care on 31 March itself, which still counts as the whole year.
const cohortEpisodes = `Episodes
CHILD,DECOM,DEC,LS,REC,RNE
1,01/03/2025,31/03/2026,C2,X1,L
2,01/03/2025,30/03/2026,C2,X1,L
3,01/03/2025,01/01/2026,V3,X1,L
4,01/02/2015,,C2,,L
5,01/03/2024,01/01/2026,C2,X1,L
5,01/01/2026,,C2,,L
6,01/03/2024,01/01/2026,C2,E11,L
6,01/01/2026,,C2,,L
7,01/03/2024,01/01/2026,C2,X1,L
7,01/01/2026,01/07/2026,C2,E11,S
8,01/01/2026,31/03/2044,C2,E11,S
9,01/03/2024,31/03/2026,C2,E11,L
10,01/01/2020,01/01/2025,C2,E11,L`

func TestContinuouslyLookedAfter(t *testing.T) {
	r := textReturn(t, cohortEpisodes)
	c := &Check{R: r, Year: 2026}
	want := map[string]bool{"1": true, "2": true, "3": false, "4": true, "5": true, "6": false, "7": false, "8": false, "9": true, "10": false, "11": false}
	for child, in := range want {
		if got := continuouslyLookedAfter(c, child); got != in {
			t.Errorf("child %s: continuously looked after = %v, want %v", child, got, in)
		}
	}
}

func TestRule157(t *testing.T) {
	near := "OC2\nCHILD,DOB,SDQ_SCORE,SDQ_REASON\n3,01/04/2015,,SDQ1\n4,02/04/2021,,SDQ1\n5,01/04/2009,,SDQ1\n9,01/01/2015,5,SDQ1\n1,01/01/2015,,SDQ2"
	testRule(t, "157",
		ruleCase{name: "outside the age band, out of the cohort or with a score passes", data: near + "\n\n" + cohortEpisodes},
		ruleCase{name: "SDQ1 for a child in the cohort aged 4 to 16 fires", data: near + "\n1,31/03/2010,,SDQ1\n2,01/04/2021,,SDQ1\n\n" + cohortEpisodes,
			want: []string{"OC2 5", "OC2 6"}},
	)
}

func TestRule158(t *testing.T) {
	testRule(t, "158",
		ruleCase{name: "offered blank when received, or not received, passes", data: "OC2\nCHILD,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n1,1,\n2,,1\n3,0,0"},
		ruleCase{name: "offered given although received fires", data: "OC2\nCHILD,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n1,1,\n2,1,1\n3,1,0\n4,0,1",
			want: []string{"OC2 1", "OC2 2"}},
	)
}

func TestRule159(t *testing.T) {
	data := "OC2\nCHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n1,1,1,\n2,1,0,0\n3,1,,\n4,,1,\n5,0,1,1"
	testRule(t, "159",
		ruleCase{name: "offered completed, or intervention received, passes", data: data},
		ruleCase{name: "misuse, not received and offered blank fires", data: data + "\n6,1,0,", want: []string{"OC2 5"}},
	)
}

func TestRule180(t *testing.T) {
	testRule(t, "180",
		ruleCase{name: "whole scores from 0 to 40 and blank pass", data: "OC2\nCHILD,SDQ_SCORE\n1,10\n2,0\n3,40\n4,20.0\n5,"},
		ruleCase{name: "scores out of range, fractions and words fire", data: "OC2\nCHILD,SDQ_SCORE\n1,10\n2,41\n3,58\n4,39.5\n5,XX\n6,-1",
			want: []string{"OC2 1", "OC2 2", "OC2 3", "OC2 4", "OC2 5"}},
	)
}

func TestRule181(t *testing.T) {
	cols := "OC2\nCHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
	testRule(t, "181",
		ruleCase{name: "0, 1 and blank pass", data: cols + "1,1,1,1,1,1,0,0,1\n2,,,,,,,,\n3,,,,0,1,0,1,"},
		ruleCase{name: "any other value fires", data: cols + "1,1,1,1,1,1,0,0,1\n2,2,2,,,,1,1,0\n3,,,,,,,,Y",
			want: []string{"OC2 1", "OC2 2"}},
	)
}

func TestRule182(t *testing.T) {
	cols := "OC2\nCHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
	testRule(t, "182",
		ruleCase{name: "all blank, or the core items complete, passes", data: cols + "1,,,,,,,,\n2,1,1,1,1,1,1,1,1\n3,1,1,1,1,,,,"},
		ruleCase{name: "other items with a core item missing fire", data: cols + "1,,,,,,,,\n2,,,,,1,,,\n3,,,,,,1,,\n4,1,1,1,,,,1,\n5,,,,,,,,1\n6,1,1,1,1,1,1,1,1\n7,,1,,1,1,1,1,1",
			want: []string{"OC2 1", "OC2 2", "OC2 3", "OC2 4", "OC2 6"}},
	)
}

func TestRule185(t *testing.T) {
	testRule(t, "185",
		ruleCase{name: "scores for the cohort pass", data: "OC2\nCHILD,SDQ_SCORE\n1,\n2,10\n9,12\n\n" + cohortEpisodes},
		ruleCase{name: "without an Episodes table nothing is flagged", data: "OC2\nCHILD,SDQ_SCORE\n999,10"},
		ruleCase{name: "scores outside the cohort fire", data: "OC2\nCHILD,SDQ_SCORE\n999,10\n1,\n2,10\n3,10\n8,10\n6,5\n\n" + cohortEpisodes,
			want: []string{"OC2 0", "OC2 3", "OC2 4", "OC2 5"}},
	)
}

func TestRule186(t *testing.T) {
	near := "OC2\nCHILD,DOB,SDQ_SCORE,SDQ_REASON\n4,31/03/2009,,\n5,02/04/2021,,\n9,01/01/2015,,SDQ2\n3,01/01/2015,,\n1,01/01/2015,12,"
	testRule(t, "186",
		ruleCase{name: "outside the ages, out of the cohort or with a score or reason passes", data: near + "\n\n" + cohortEpisodes},
		ruleCase{name: "no score and no reason for a 4 to 16 year old in the cohort fires", data: near + "\n1,01/04/2021,,\n2,01/04/2009,,\n\n" + cohortEpisodes,
			want: []string{"OC2 5", "OC2 6"}},
	)
}

func TestRule187(t *testing.T) {
	data := "AD1\nCHILD,DATE_INT\n1,\n6,01/01/2026\n\nOC3\nCHILD,IN_TOUCH\n2,\n8,YES\n\n" + cohortEpisodes
	testRule(t, "187",
		ruleCase{name: "adoption or care-leaver data outside the cohort passes", data: data},
		ruleCase{name: "adoption or care-leaver data in the cohort fires",
			data: "AD1\nCHILD,DATE_INT\n1,\n6,01/01/2026\n5,01/01/2026\n\nOC3\nCHILD,IN_TOUCH\n2,\n8,YES\n1,YES\n\n" + cohortEpisodes,
			want: []string{"AD1 2", "OC3 2"}},
	)
}

func TestRule188(t *testing.T) {
	data := "OC2\nCHILD,DOB,SDQ_SCORE,SDQ_REASON\n1,31/03/2022,10,\n2,01/01/2025,,\n3,not a date,10,\n4,01/01/2015,10,"
	testRule(t, "188",
		ruleCase{name: "4 by the year end, or nothing given, passes", data: data},
		ruleCase{name: "a score or reason for a child under 4 at the year end fires", data: data + "\n5,01/01/2025,10,\n6,01/04/2022,,SDQ1",
			want: []string{"OC2 4", "OC2 5"}},
	)
}

func TestRule189(t *testing.T) {
	data := "OC2\nCHILD,DOB,SDQ_SCORE,SDQ_REASON\n1,02/04/2008,10,\n2,31/03/2000,,\n3,01/01/2015,,SDQ2"
	testRule(t, "189",
		ruleCase{name: "under 17 at the start, or nothing given, passes", data: data},
		ruleCase{name: "a score or reason for a child 17 at the start fires", data: data + "\n4,01/04/2008,10,\n5,31/03/2000,,SDQ1",
			want: []string{"OC2 3", "OC2 4"}},
	)
}

func TestRule190(t *testing.T) {
	cols := "OC2\nCHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
	data := cols + "1,1,,,,,,,\n2,,,,,,,,\n3,,,,,,,,\n5,1,1,1,1,1,1,1,"
	testRule(t, "190",
		ruleCase{name: "items for the cohort, or none, pass", data: data + "\n\n" + cohortEpisodes},
		ruleCase{name: "any item outside the cohort fires", data: data + "\n999,1,,,,,,,\n8,,,,,,,,0\n\n" + cohortEpisodes,
			want: []string{"OC2 4", "OC2 5"}},
	)
}

func TestRule191(t *testing.T) {
	cols := "OC2\nCHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE\n"
	complete := cols + "1,1,1,1,0\n2,1,1,1,0\n4,0,0,0,0\n5,1,1,1,1\n9,1,1,1,1\n3,,,,"
	testRule(t, "191",
		ruleCase{name: "complete items for every child in the cohort pass", data: complete + "\n\n" + cohortEpisodes},
		ruleCase{name: "without an OC2 table nothing is flagged", data: cohortEpisodes},
		ruleCase{name: "missing items, or no OC2 row, for a child in the cohort fire",
			data: cols + "1,,1,1,0\n2,1,1,1,0\n5,1,,1,1\n3,,,,\n\n" + cohortEpisodes,
			want: []string{"OC2 0", "OC2 2", "Episodes 3", "Episodes 11"}},
	)
}

func TestRule192(t *testing.T) {
	data := "OC2\nCHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED\n1,0,0\n2,,\n3,0,1\n4,1,1\n5,1,0"
	testRule(t, "192",
		ruleCase{name: "received given for misuse passes", data: data},
		ruleCase{name: "misuse with received blank fires", data: data + "\n6,1,", want: []string{"OC2 5"}},
	)
}

func TestRule193(t *testing.T) {
	cols := "OC2\nCHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
	testRule(t, "193",
		ruleCase{name: "interventions only with misuse pass", data: cols + "1,,,\n2,1,1,\n3,1,0,1\n4,0,,"},
		ruleCase{name: "interventions without misuse fire", data: cols + "1,0,0,0\n2,,,\n3,0,1,1\n4,1,1,1\n5,,1,\n6,,,0\n7,0,,",
			want: []string{"OC2 0", "OC2 2", "OC2 4", "OC2 5"}},
	)
}

func TestRule196(t *testing.T) {
	testRule(t, "196",
		ruleCase{name: "SDQ1 to SDQ5 and blank pass", data: "OC2\nCHILD,SDQ_REASON\n1,SDQ2\n2,SDQ5\n3,"},
		ruleCase{name: "other codes fire", data: "OC2\nCHILD,SDQ_REASON\n1,SDQ2\n2,sdq2\n3,SDQ6", want: []string{"OC2 1", "OC2 2"}},
	)
}

func TestRule197B(t *testing.T) {
	near := "OC2\nCHILD,DOB,SDQ_SCORE,SDQ_REASON\n4,31/03/2008,,\n5,01/01/2015,,\n3,01/04/2021,,\n9,01/04/2021,10,\n2,01/04/2021,,SDQ1"
	testRule(t, "197B",
		ruleCase{name: "other ages, out of the cohort, or with a score or reason passes", data: near + "\n\n" + cohortEpisodes},
		ruleCase{name: "a child in the cohort turning 4 or 17 in the year with neither fires",
			data: near + "\n1,31/03/2009,,\n2,01/04/2021,,\n\n" + cohortEpisodes, want: []string{"OC2 5", "OC2 6"}},
	)
}

func TestRule197a(t *testing.T) {
	testRule(t, "197a",
		ruleCase{name: "a score or a reason passes", data: "OC2\nCHILD,SDQ_SCORE,SDQ_REASON\n1,,\n2,10,\n3,,SDQ2"},
		ruleCase{name: "both fire", data: "OC2\nCHILD,SDQ_SCORE,SDQ_REASON\n1,0,SDQ1\n2,,\n3,10,\n4,1,SDQ4", want: []string{"OC2 0", "OC2 3"}},
	)
}

func TestRule198(t *testing.T) {
	testRule(t, "198",
		ruleCase{name: "reasons for the cohort pass", data: "OC2\nCHILD,SDQ_REASON\n1,\n2,SDQ2\n9,SDQ1\n\n" + cohortEpisodes},
		ruleCase{name: "reasons outside the cohort fire", data: "OC2\nCHILD,SDQ_REASON\n999,SDQ1\n1,\n2,SDQ2\n3,SDQ2\n8,SDQ1\n\n" + cohortEpisodes,
			want: []string{"OC2 0", "OC2 3", "OC2 4"}},
	)
}
