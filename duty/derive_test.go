package duty_test

import (
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

const (
	child      hearth.ID = 1
	worker     hearth.ID = 50 // the child's social worker
	frontDoor  hearth.ID = 60 // a front door worker
	s47Worker  hearth.ID = 70
	assessor   hearth.ID = 80
	otherChild hearth.ID = 2
)

func d(s string) hearth.Date {
	v, err := hearth.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// at is a moment in England, written "2025-06-10 10:00".
func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, duty.London)
	if err != nil {
		panic(err)
	}
	return t
}

func rec(id hearth.ID) hearth.Record {
	return hearth.Record{ID: id, Version: 1, Status: hearth.StatusActive}
}

func inError(id hearth.ID) hearth.Record {
	return hearth.Record{ID: id, Version: 2, Status: hearth.StatusRecordedInError, ErrorReason: "wrong child"}
}

func yes() *bool { v := true; return &v }
func no() *bool  { v := false; return &v }

func record(t *testing.T, rows ...any) *store.ChildRecord {
	t.Helper()
	r, err := store.NewChildRecord(hearth.Person{Record: rec(child), Forename: "Ada", Surname: "Test"}, rows...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func derive(t *testing.T, r *store.ChildRecord, asAt string) []duty.Item {
	t.Helper()
	items, err := duty.Derive(r, d(asAt), duty.Defaults(), calendar.England())
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// find returns the item of the duty started by the row, failing the test when there is not exactly one.
func find(t *testing.T, items []duty.Item, id duty.ID, table string, row hearth.ID) duty.Item {
	t.Helper()
	var found []duty.Item
	for _, it := range items {
		if it.Duty == id && it.Table == table && it.RowID == row {
			found = append(found, it)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d items of %s started by %s %d, want 1; items:\n%s", len(found), id, table, row, dump(items))
	}
	return found[0]
}

// none fails the test if there is an item of the duty started by the row.
func none(t *testing.T, items []duty.Item, id duty.ID, table string, row hearth.ID) {
	t.Helper()
	for _, it := range items {
		if it.Duty == id && it.Table == table && it.RowID == row {
			t.Fatalf("unexpected item %+v", it)
		}
	}
}

func dump(items []duty.Item) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString("  " + string(it.Duty) + " " + it.Table + " " + it.Start.String() + " due " + it.Due.String() +
			" done " + it.Done.String() + " " + string(it.State) + "\n")
	}
	return b.String()
}

// expect checks an item's due date, done date and state, and its lateness in working days.
func expect(t *testing.T, it duty.Item, due, done string, state duty.State, late int) {
	t.Helper()
	if it.Due.String() != due || it.Done.String() != done || it.State != state || it.Late != late {
		t.Errorf("%s from %s %d: got due %s done %q %s late %d; want due %s done %q %s late %d",
			it.Duty, it.Table, it.RowID, it.Due, it.Done, it.State, it.Late, due, done, state, late)
	}
}

func allocation() workforce.Allocation {
	return workforce.Allocation{Record: rec(900), PersonID: child, WorkerID: worker, Role: workforce.RoleSocialWorker, TeamID: 5, StartDate: d("2025-01-01")}
}

func TestContactDecisions(t *testing.T) {
	r := record(t, allocation(),
		frontdoor.Contact{Record: rec(1), PersonID: child, ReceivedAt: at("2025-06-10 10:00"), Decision: "early_help", DecidedAt: at("2025-06-11 09:00"), DecidedBy: frontDoor},
		frontdoor.Contact{Record: rec(2), PersonID: child, ReceivedAt: at("2025-04-17 15:00"), Decision: "no_further_action", DecidedAt: at("2025-04-23 11:00"), DecidedBy: frontDoor},
		frontdoor.Contact{Record: rec(3), PersonID: child, ReceivedAt: at("2025-06-13 17:30")},
		frontdoor.Contact{Record: inError(4), PersonID: child, ReceivedAt: at("2025-06-13 09:00")},
	)
	t.Run("decided the next working day is on time", func(t *testing.T) {
		it := find(t, derive(t, r, "2025-06-16"), duty.ContactDecision, "contacts", 1)
		expect(t, it, "2025-06-11", "2025-06-11", duty.StateDoneOnTime, 0)
		if it.WorkerID != frontDoor || it.Title != "Decision on the contact" || it.PersonID != child {
			t.Errorf("worker %d, title %q, child %d", it.WorkerID, it.Title, it.PersonID)
		}
	})
	t.Run("decided the day after the Easter Tuesday is late by a working day", func(t *testing.T) {
		expect(t, find(t, derive(t, r, "2025-06-16"), duty.ContactDecision, "contacts", 2), "2025-04-22", "2025-04-23", duty.StateDoneLate, 1)
	})
	t.Run("undecided on its due day is due soon", func(t *testing.T) {
		it := find(t, derive(t, r, "2025-06-16"), duty.ContactDecision, "contacts", 3)
		expect(t, it, "2025-06-16", "", duty.StateDueSoon, 0)
		if it.WorkerID != worker {
			t.Errorf("an undecided contact's worker is %d, want the social worker %d", it.WorkerID, worker)
		}
	})
	t.Run("undecided after its due day is overdue", func(t *testing.T) {
		expect(t, find(t, derive(t, r, "2025-06-18"), duty.ContactDecision, "contacts", 3), "2025-06-16", "", duty.StateOverdue, 2)
	})
	t.Run("not yet received is not due", func(t *testing.T) {
		none(t, derive(t, r, "2025-06-12"), duty.ContactDecision, "contacts", 3)
	})
	t.Run("decided after the date asked about is open on that date", func(t *testing.T) {
		expect(t, find(t, derive(t, r, "2025-04-22"), duty.ContactDecision, "contacts", 2), "2025-04-22", "", duty.StateDueSoon, 0)
	})
	t.Run("a contact recorded in error is ignored", func(t *testing.T) {
		none(t, derive(t, r, "2025-06-16"), duty.ContactDecision, "contacts", 4)
	})
}

func TestMASHChecks(t *testing.T) {
	contact := frontdoor.Contact{Record: rec(3), PersonID: child, ReceivedAt: at("2025-06-13 09:00")}
	decided := frontdoor.Contact{Record: rec(4), PersonID: child, ReceivedAt: at("2025-06-02 09:00"), Decision: "referral", DecidedAt: at("2025-06-03 12:00"), DecidedBy: frontDoor}
	r := record(t, contact, decided,
		frontdoor.MASHCheck{Record: rec(11), PersonID: child, ContactID: 3, Agency: "police", RAG: "amber", AskedAt: at("2025-06-13 16:00"), AskedBy: frontDoor,
			DueBy: at("2025-06-16 16:00"), AnsweredAt: at("2025-06-16 15:00"), AnsweredBy: "PC Smith", Response: "Known"},
		frontdoor.MASHCheck{Record: rec(12), PersonID: child, ContactID: 3, Agency: "health", RAG: "red", AskedAt: at("2025-06-13 10:00"), AskedBy: frontDoor,
			DueBy: at("2025-06-13 14:00"), AnsweredAt: at("2025-06-13 15:00"), AnsweredBy: "Nurse", Response: "Not known"},
		frontdoor.MASHCheck{Record: rec(13), PersonID: child, ContactID: 3, Agency: "education", RAG: "green", AskedAt: at("2025-06-13 11:00"), AskedBy: frontDoor,
			DueBy: at("2025-06-18 11:00")},
		frontdoor.MASHCheck{Record: rec(14), PersonID: child, ContactID: 4, Agency: "gp", RAG: "green", AskedAt: at("2025-06-02 10:00"), AskedBy: frontDoor,
			DueBy: at("2025-06-05 10:00")},
	)
	items := derive(t, r, "2025-06-17")
	t.Run("answered within the working hours is on time", func(t *testing.T) {
		it := find(t, items, duty.MASHCheckAmber, "mash_checks", 11)
		expect(t, it, "2025-06-16", "2025-06-16", duty.StateDoneOnTime, 0)
		if !it.DueAt.Equal(at("2025-06-16 16:00")) || it.WorkerID != frontDoor {
			t.Errorf("due at %s, worker %d", it.DueAt, it.WorkerID)
		}
	})
	t.Run("a red check answered an hour after its four hours is late on the same day", func(t *testing.T) {
		// Late counts working days, and it was answered on the day it was due: late, by less than a day.
		expect(t, find(t, items, duty.MASHCheckRed, "mash_checks", 12), "2025-06-13", "2025-06-13", duty.StateDoneLate, 1)
	})
	t.Run("an unanswered green check due tomorrow is due soon", func(t *testing.T) {
		expect(t, find(t, items, duty.MASHCheckGreen, "mash_checks", 13), "2025-06-18", "", duty.StateDueSoon, 0)
	})
	t.Run("an unanswered check stops when its contact is decided", func(t *testing.T) {
		none(t, items, duty.MASHCheckGreen, "mash_checks", 14)
		// Before the decision it was open.
		expect(t, find(t, derive(t, r, "2025-06-02"), duty.MASHCheckGreen, "mash_checks", 14), "2025-06-05", "", duty.StateDue, 0)
	})
}

// pathway is one child's journey from a contact decided for a strategy discussion to a child protection
// plan, with dates chosen so that each duty is met on time or late in a known way. The due dates in the
// tests are worked out by hand from the bank holidays of 2025.
func pathway() []any {
	return []any{
		allocation(),
		frontdoor.Contact{Record: rec(1), PersonID: child, ReceivedAt: at("2025-06-16 09:00"), Decision: frontdoor.DecisionStrategyDiscussion,
			DecidedAt: at("2025-06-16 11:00"), DecidedBy: frontDoor},
		frontdoor.CINEpisode{Record: rec(10), PersonID: child, ContactID: 1, ReferralDate: d("2025-06-16"), ReferralSource: "6", PrimaryNeed: "N1", WorkerID: frontDoor},
		protection.StrategyDiscussion{Record: rec(20), PersonID: child, CINEpisodeID: 10, HeldAt: at("2025-06-17 10:00"), Agencies: hearth.Codes{"police", "health"}, Decision: "reconvene"},
		protection.StrategyDiscussion{Record: rec(21), PersonID: child, CINEpisodeID: 10, HeldAt: at("2025-06-18 09:00"), Agencies: hearth.Codes{"police", "health"}, Decision: "s47"},
		protection.Assessment{Record: rec(30), PersonID: child, CINEpisodeID: 10, StartDate: d("2025-06-17"), AuthorisationDate: d("2025-08-28"), WorkerID: assessor,
			Outcome: protection.OutcomeCINPlan},
		protection.S47Enquiry{Record: rec(40), PersonID: child, CINEpisodeID: 10, StrategyDiscussionID: 20, StartDate: d("2025-06-18"), WorkerID: s47Worker,
			ICPCRequired: yes(), EndDate: d("2025-07-01"), Conclusion: "substantiated_continuing_risk"},
		protection.CPPlan{Record: rec(50), PersonID: child, CINEpisodeID: 10, StartDate: d("2025-07-08"), InitialCategory: "NEG", LatestCategory: "NEG"},
		protection.Conference{Record: rec(60), PersonID: child, CINEpisodeID: 10, Kind: "initial", S47EnquiryID: 40, CPPlanID: 50, ConferenceDate: d("2025-07-08"),
			Outcome: "plan_made", Categories: hearth.Codes{"NEG"}},
		protection.Conference{Record: rec(61), PersonID: child, CINEpisodeID: 10, Kind: "review", CPPlanID: 50, ConferenceDate: d("2025-10-07"),
			Outcome: "plan_continues", Categories: hearth.Codes{"NEG"}},
		protection.CoreGroup{Record: rec(70), PersonID: child, CPPlanID: 50, MeetingDate: d("2025-07-24"), Attendees: hearth.Codes{"social_worker"}},
		protection.CoreGroup{Record: rec(71), PersonID: child, CPPlanID: 50, MeetingDate: d("2025-09-04"), Attendees: hearth.Codes{"social_worker"}},
		protection.CoreGroup{Record: inError(72), PersonID: child, CPPlanID: 50, MeetingDate: d("2025-10-14"), Attendees: hearth.Codes{"social_worker"}},
		protection.Visit{Record: rec(80), PersonID: child, Kind: "cp", CPPlanID: 50, VisitDate: d("2025-07-15"), WorkerID: worker, ChildSeen: yes()},
		protection.Visit{Record: rec(81), PersonID: child, Kind: "cp", CPPlanID: 50, VisitDate: d("2025-07-30"), WorkerID: worker, ChildSeen: no(), NotSeenReason: "Out"},
		protection.Visit{Record: rec(82), PersonID: child, Kind: "cp", CPPlanID: 50, VisitDate: d("2025-08-01"), WorkerID: 99, ChildSeen: yes()},
		protection.Visit{Record: rec(83), PersonID: child, Kind: "cin", VisitDate: d("2025-08-08"), WorkerID: worker, ChildSeen: yes()},
	}
}

func TestPathway(t *testing.T) {
	r := record(t, pathway()...)
	items := derive(t, r, "2025-10-20")
	t.Run("strategy discussion the day after the contact decision", func(t *testing.T) {
		it := find(t, items, duty.StrategyDiscussion, "contacts", 1)
		expect(t, it, "2025-06-17", "2025-06-17", duty.StateDoneOnTime, 0)
		if it.EpisodeID != 10 || it.DoneTable != "strategy_discussions" || it.DoneRowID != 20 {
			t.Errorf("episode %d, done by %s %d", it.EpisodeID, it.DoneTable, it.DoneRowID)
		}
	})
	t.Run("assessment authorised seven working days late", func(t *testing.T) {
		// 45 working days from Monday 16 June is Monday 18 August; 28 August is 7 working days later
		// because the Summer bank holiday (25 August) does not count.
		it := find(t, items, duty.Assessment, "cin_episodes", 10)
		expect(t, it, "2025-08-18", "2025-08-28", duty.StateDoneLate, 7)
		if it.WorkerID != assessor {
			t.Errorf("worker %d, want the assessor", it.WorkerID)
		}
	})
	t.Run("ICPC runs from the latest strategy discussion before the enquiry", func(t *testing.T) {
		// 15 working days from Wednesday 18 June is Wednesday 9 July; from the named discussion on the
		// 17th it would have been the 8th.
		it := find(t, items, duty.ICPC, "strategy_discussions", 21)
		expect(t, it, "2025-07-09", "2025-07-08", duty.StateDoneOnTime, 0)
		if it.WorkerID != s47Worker || it.DoneRowID != 60 {
			t.Errorf("worker %d, done by conference %d", it.WorkerID, it.DoneRowID)
		}
	})
	t.Run("first core group two working days late", func(t *testing.T) {
		it := find(t, items, duty.FirstCoreGroup, "cp_conferences", 60)
		expect(t, it, "2025-07-22", "2025-07-24", duty.StateDoneLate, 2)
		if it.PlanID != 50 || it.WorkerID != worker {
			t.Errorf("plan %d worker %d", it.PlanID, it.WorkerID)
		}
	})
	t.Run("second core group six weeks on, on time", func(t *testing.T) {
		expect(t, find(t, items, duty.CoreGroup, "core_groups", 70), "2025-09-04", "2025-09-04", duty.StateDoneOnTime, 0)
	})
	t.Run("third core group overdue: the meeting recorded in error does not count", func(t *testing.T) {
		expect(t, find(t, items, duty.CoreGroup, "core_groups", 71), "2025-10-16", "", duty.StateOverdue, 2)
	})
	t.Run("first review within three months", func(t *testing.T) {
		expect(t, find(t, items, duty.FirstReviewConference, "cp_conferences", 60), "2025-10-08", "2025-10-07", duty.StateDoneOnTime, 0)
	})
	t.Run("next review six months after the first", func(t *testing.T) {
		expect(t, find(t, items, duty.ReviewConference, "cp_conferences", 61), "2026-04-07", "", duty.StateDue, 0)
	})
	t.Run("visits: on time, then late because the child was not seen on the 30th", func(t *testing.T) {
		expect(t, find(t, items, duty.CPVisit, "cp_plans", 50), "2025-07-22", "2025-07-15", duty.StateDoneOnTime, 0)
		it := find(t, items, duty.CPVisit, "visits", 80)
		expect(t, it, "2025-07-29", "2025-08-01", duty.StateDoneLate, 3)
		if it.WorkerID != 99 {
			t.Errorf("worker %d, want the worker who made the visit", it.WorkerID)
		}
		// A child in need visit is not a child protection visit: the next is still open, long overdue.
		expect(t, find(t, items, duty.CPVisit, "visits", 82), "2025-08-15", "", duty.StateOverdue, 45)
	})
	t.Run("the items are soonest due first", func(t *testing.T) {
		for i := 1; i < len(items); i++ {
			if items[i].Due.Before(items[i-1].Due) {
				t.Fatalf("out of order:\n%s", dump(items))
			}
		}
	})
}

func TestDutiesStopWhenTheirReasonEnds(t *testing.T) {
	rows := pathway()
	for i, row := range rows {
		switch v := row.(type) {
		case protection.CPPlan:
			v.EndDate, v.EndReason = d("2025-10-10"), "no_longer_at_risk"
			rows[i] = v
		}
	}
	items := derive(t, record(t, rows...), "2025-10-20")
	t.Run("the plan's open items end with it", func(t *testing.T) {
		none(t, items, duty.CoreGroup, "core_groups", 71)
		none(t, items, duty.ReviewConference, "cp_conferences", 61)
		none(t, items, duty.CPVisit, "visits", 82)
	})
	t.Run("what was done before it ended stays", func(t *testing.T) {
		expect(t, find(t, items, duty.FirstReviewConference, "cp_conferences", 60), "2025-10-08", "2025-10-07", duty.StateDoneOnTime, 0)
		expect(t, find(t, items, duty.CoreGroup, "core_groups", 70), "2025-09-04", "2025-09-04", duty.StateDoneOnTime, 0)
	})
	t.Run("before the end the items were open", func(t *testing.T) {
		items := derive(t, record(t, rows...), "2025-10-09")
		expect(t, find(t, items, duty.CoreGroup, "core_groups", 71), "2025-10-16", "", duty.StateDue, 0)
	})

	t.Run("a closed referral's assessment is no longer due", func(t *testing.T) {
		r := record(t, allocation(),
			frontdoor.CINEpisode{Record: rec(10), PersonID: child, ReferralDate: d("2025-06-16"), ReferralSource: "6", PrimaryNeed: "N1",
				ClosureDate: d("2025-06-20"), ClosureReason: "RC8"},
			frontdoor.CINEpisode{Record: rec(11), PersonID: child, ReferralDate: d("2025-06-16"), ReferralSource: "6", ReferralNFA: true,
				ClosureDate: d("2025-06-16"), ClosureReason: "RC8"},
		)
		none(t, derive(t, r, "2025-09-01"), duty.Assessment, "cin_episodes", 10)
		none(t, derive(t, r, "2025-06-17"), duty.Assessment, "cin_episodes", 11)
		expect(t, find(t, derive(t, r, "2025-06-17"), duty.Assessment, "cin_episodes", 10), "2025-08-18", "", duty.StateDue, 0)
	})
	t.Run("an enquiry that needs no conference", func(t *testing.T) {
		r := record(t, allocation(),
			frontdoor.CINEpisode{Record: rec(10), PersonID: child, ReferralDate: d("2025-06-16"), ReferralSource: "6", PrimaryNeed: "N1"},
			protection.StrategyDiscussion{Record: rec(20), PersonID: child, CINEpisodeID: 10, HeldAt: at("2025-06-17 10:00"), Agencies: hearth.Codes{"police"}, Decision: "s47"},
			protection.S47Enquiry{Record: rec(40), PersonID: child, CINEpisodeID: 10, StrategyDiscussionID: 20, StartDate: d("2025-06-17"),
				ICPCRequired: no(), EndDate: d("2025-06-30"), Conclusion: "not_substantiated"},
			protection.S47Enquiry{Record: rec(41), PersonID: child, CINEpisodeID: 10, StrategyDiscussionID: 20, StartDate: d("2025-06-17")},
		)
		items := derive(t, r, "2025-07-10")
		// Only the open enquiry with no decision yet still has its conference due, overdue now.
		var open []duty.Item
		for _, it := range items {
			if it.Duty == duty.ICPC {
				open = append(open, it)
			}
		}
		if len(open) != 1 || open[0].State != duty.StateOverdue || open[0].Due != d("2025-07-08") {
			t.Errorf("got:\n%s", dump(items))
		}
	})
	t.Run("a review that ends the plan is the last", func(t *testing.T) {
		rows := pathway()
		for i, row := range rows {
			if c, ok := row.(protection.Conference); ok && c.Kind == "review" {
				c.Outcome = "plan_ends"
				rows[i] = c
			}
		}
		// Even before the plan's end date is recorded, nothing follows a conference that ended it.
		none(t, derive(t, record(t, rows...), "2025-10-20"), duty.ReviewConference, "cp_conferences", 61)
	})
}

func TestLocalSettingsChangeTheItems(t *testing.T) {
	s := duty.Defaults()
	if err := s.Override(duty.CoreGroup, 4, duty.Weeks); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDueSoon(10); err != nil {
		t.Fatal(err)
	}
	items, err := duty.Derive(record(t, pathway()...), d("2025-09-01"), s, calendar.England())
	if err != nil {
		t.Fatal(err)
	}
	// Four weeks from 24 July is 21 August; on 1 September the meeting of the 4th has not yet happened, and
	// the item is 6 working days overdue (the Summer bank holiday does not count).
	expect(t, find(t, items, duty.CoreGroup, "core_groups", 70), "2025-08-21", "", duty.StateOverdue, 6)
	// With due soon at 10 working days, the review due on 8 October is not yet due soon on 1 September.
	expect(t, find(t, items, duty.FirstReviewConference, "cp_conferences", 60), "2025-10-08", "", duty.StateDue, 0)
}

func TestDeriveReportsWhatTheCalendarCannotAnswer(t *testing.T) {
	r := record(t, allocation(),
		frontdoor.CINEpisode{Record: rec(10), PersonID: child, ReferralDate: d("2014-03-03"), ReferralSource: "6", PrimaryNeed: "N1"},
		frontdoor.CINEpisode{Record: rec(11), PersonID: child, ReferralDate: d("2025-06-16"), ReferralSource: "6", PrimaryNeed: "N1"},
	)
	items, err := duty.Derive(r, d("2025-06-20"), duty.Defaults(), calendar.England())
	if err == nil || !strings.Contains(err.Error(), "cin_episodes 10") {
		t.Errorf("got error %v, want one naming the referral of 2014", err)
	}
	find(t, items, duty.Assessment, "cin_episodes", 11)
}
