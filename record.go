package hearth

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"time"
)

// RecordStatus says whether a row stands. A row made in error is never deleted: it is marked, with a reason,
// and stays in the record and in every history, so that what people saw and decided can be reconstructed.
type RecordStatus string

const (
	StatusActive          RecordStatus = "active"
	StatusRecordedInError RecordStatus = "recorded_in_error"
)

// Record holds the columns every row of every table carries, embedded at the top of each table's struct.
// Version counts amendments from 1; an amendment must name the version it was based on, so two people
// editing the same row can never silently overwrite each other. The earlier versions are kept in the
// record_history table.
//
// The struct tags describe the table to the store, which generates the SQL of both engines from them:
//
//	db:"name"          the column name; fields without a db tag are not stored
//	db:"name,notnull"  the column may not be NULL (only needed for strings, Dates, times and references,
//	                   whose zero value otherwise means "not recorded" and is stored as NULL)
//	db:"name,null"     an integer column that is not a reference but whose 0 means "not recorded"
//	db:"name,unique"   no two rows may hold the same value (NULLs excepted)
//	ref:"table"        a foreign key to that table's id
//	codes:"list"       the DfE or local code list the value comes from (see package codes)
//	dfe:"..."          the DfE return items this column feeds, e.g. "SSDA903 Episodes.DECOM"
//	ssd:"..."          the Standard Safeguarding Dataset field it corresponds to, e.g. "clae_cla_episode_start_date"
//	doc:"..."          what the column holds, in words an analyst understands
//	since:"00008"      the column was added by that hand-written migration, after the first migration was
//	                   in use, so the generated first migration leaves it out (see store.Table.Since)
type Record struct {
	ID          ID           `db:"id" doc:"Row identifier"`
	Version     int          `db:"version" doc:"Amendment count, from 1; the earlier versions are in record_history"`
	Status      RecordStatus `db:"record_status,notnull" doc:"active, or recorded_in_error (never deleted)"`
	ErrorReason string       `db:"error_reason" doc:"Why the row was marked recorded in error"`
	RecordedAt  time.Time    `db:"recorded_at,notnull" doc:"When this version was recorded"`
	RecordedBy  ID           `db:"recorded_by,notnull" ref:"users" doc:"The user who recorded this version"`
}

// Codes is a set of codes held in one column, such as the factors identified at an assessment or the
// categories of a child protection plan. It is stored as the codes separated by single spaces, which keeps
// the row whole and is how the DfE's own extracts list them.
type Codes []string

// Value stores the codes separated by spaces, or NULL when there are none.
func (c Codes) Value() (driver.Value, error) {
	if len(c) == 0 {
		return nil, nil
	}
	return strings.Join(c, " "), nil
}

// Scan reads codes separated by spaces.
func (c *Codes) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c = nil
	case string:
		*c = strings.Fields(v)
	case []byte:
		*c = strings.Fields(string(v))
	default:
		return fmt.Errorf("hearth.Codes: cannot scan %T", src)
	}
	return nil
}

// Has reports whether code is one of the codes.
func (c Codes) Has(code string) bool {
	for _, x := range c {
		if x == code {
			return true
		}
	}
	return false
}
