package synth

import "hearth"

// idSource hands out the ids of new rows: the next id of a table, sequential per table from 1. Ids are
// assigned here rather than by the database so that the same seed gives the same rows, id for id, on
// either engine. The care, missing and leaving-care parts of a journey (care.go, missing.go, leaving.go)
// take their ids from the same source.
type idSource interface {
	next(table string) hearth.ID
}

// idCounter is the idSource of a run: one counter per table. Every row of a run takes exactly one id, so
// the counters are also the number of rows made of each table.
type idCounter struct {
	last map[string]hearth.ID
}

// newIDCounter starts every table at 1, except users: the first migration makes the system user, id 1.
func newIDCounter() *idCounter {
	return &idCounter{last: map[string]hearth.ID{"users": hearth.SystemUserID}}
}

func (c *idCounter) next(table string) hearth.ID {
	c.last[table]++
	return c.last[table]
}

// counts returns how many ids each table has been given.
func (c *idCounter) counts() map[string]int {
	out := make(map[string]int, len(c.last))
	for t, n := range c.last {
		if t == "users" {
			n -= hearth.SystemUserID
		}
		out[t] = int(n)
	}
	return out
}
