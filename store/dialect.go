package store

import (
	"fmt"
	"strings"
	"time"

	"hearth"
)

// Engine names the two database engines Hearth runs on.
type Engine string

const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// storedTimeLayout is how SQLite keeps a timestamp: UTC, fixed width (so text order is time order) and to
// the microsecond, which is PostgreSQL's precision, so both engines hold exactly the same value.
const storedTimeLayout = "2006-01-02T15:04:05.000000Z"

// sqlType returns the column type of k on engine e. SQLite gets plain storage classes, so the driver never
// reinterprets a value; PostgreSQL gets the strict types.
func (e Engine) sqlType(k kind) string {
	if e == SQLite {
		switch k {
		case kindInt, kindBool:
			return "INTEGER"
		case kindFloat:
			return "REAL"
		default:
			return "TEXT"
		}
	}
	switch k {
	case kindInt:
		return "BIGINT"
	case kindBool:
		return "BOOLEAN"
	case kindFloat:
		return "DOUBLE PRECISION"
	case kindDate:
		return "DATE"
	case kindTime:
		return "TIMESTAMPTZ"
	default:
		return "TEXT"
	}
}

// placeholder returns the n-th (1-based) bind parameter.
func (e Engine) placeholder(n int) string {
	if e == Postgres {
		return fmt.Sprintf("$%d", n)
	}
	return "?"
}

// placeholders returns n bind parameters starting at first, separated by commas.
func (e Engine) placeholders(first, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(e.placeholder(first + i))
	}
	return b.String()
}

// arg converts a plain value from tableInfo.values into what this engine's driver stores best.
func (e Engine) arg(v any) any {
	switch x := v.(type) {
	case hearth.Date:
		if e == SQLite {
			return x.String()
		}
		return x.Time()
	case time.Time:
		if e == SQLite {
			return x.UTC().Format(storedTimeLayout)
		}
		return x.UTC().Truncate(time.Microsecond)
	case bool:
		if e == SQLite {
			if x {
				return int64(1)
			}
			return int64(0)
		}
	}
	return v
}

// args converts every value of a row in place.
func (e Engine) args(vals []any) []any {
	for i, v := range vals {
		vals[i] = e.arg(v)
	}
	return vals
}

// dateOf returns an expression for the civil date (in UTC) of an instant expression, as text YYYY-MM-DD
// on SQLite (which keeps instants as fixed-width UTC text) and as a DATE on PostgreSQL, so that dates and
// instants can be compared and combined in one query.
func (e Engine) dateOf(expr string) string {
	if e == Postgres {
		return "CAST((" + expr + ") AT TIME ZONE 'UTC' AS DATE)"
	}
	return "substr(" + expr + ", 1, 10)"
}
