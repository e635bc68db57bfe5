package duty

import (
	"hearth"
	"hearth/exploitation"
)

// returnInterviews: a return home interview within 72 hours of the child's return from each missing
// episode (or absence from placement), whether the child is looked after or not. It is met when the
// interview is held, or, when the child declined the interview offered, by the offer: the authority
// cannot hold an interview the child refuses, and the offer is what it owed. An episode with no return
// recorded has no clock yet. An interview never held stops being due when the child next goes missing,
// since the next interview covers both (the timeliness measure still counts the one missed).
func (b *builder) returnInterviews() {
	episodes := sortedStanding(b.rec, func(r exploitation.MissingEpisode) hearth.RecordStatus { return r.Status },
		func(x, y exploitation.MissingEpisode) int { return x.StartTime.Compare(y.StartTime) })
	for i, m := range episodes {
		if m.EndTime.IsZero() {
			continue
		}
		var next hearth.Date
		if i+1 < len(episodes) {
			next = londonDate(episodes[i+1].StartTime)
		}
		it := Item{Duty: ReturnInterview, Table: "missing", RowID: m.ID, Start: londonDate(m.EndTime), StartAt: m.EndTime, WorkerID: m.RHIWorkerID}
		switch {
		case !m.RHIHeldAt.IsZero():
			it.Done, it.DoneAt = londonDate(m.RHIHeldAt), m.RHIHeldAt
		case !m.RHIOfferedAt.IsZero() && m.RHIAccepted != nil && !*m.RHIAccepted:
			it.Done, it.DoneAt = londonDate(m.RHIOfferedAt), m.RHIOfferedAt
		}
		if !it.Done.IsZero() {
			it.DoneTable, it.DoneRowID = "missing", m.ID
		}
		b.add(it, next)
	}
}
