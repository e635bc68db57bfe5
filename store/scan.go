package store

import (
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// nullScanner scans a nullable column into a plain string or integer field, leaving the zero value for
// NULL, so that the row structs need no sql.Null wrappers.
type nullScanner struct{ f reflect.Value }

func (s *nullScanner) Scan(src any) error {
	if src == nil {
		s.f.SetZero()
		return nil
	}
	return setPlain(s.f, src)
}

// plainScanner scans a NOT NULL column into an integer, float, bool or string field, accepting the
// representations either engine returns (SQLite returns booleans as integers).
type plainScanner struct{ f reflect.Value }

func (s *plainScanner) Scan(src any) error {
	if src == nil {
		s.f.SetZero()
		return nil
	}
	return setPlain(s.f, src)
}

func setPlain(f reflect.Value, src any) error {
	switch f.Kind() {
	case reflect.String:
		switch v := src.(type) {
		case string:
			f.SetString(v)
		case []byte:
			f.SetString(string(v))
		default:
			f.SetString(fmt.Sprint(v))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch v := src.(type) {
		case int64:
			f.SetInt(v)
		case int32:
			f.SetInt(int64(v))
		case float64:
			f.SetInt(int64(v))
		case []byte:
			n, err := strconv.ParseInt(string(v), 10, 64)
			if err != nil {
				return err
			}
			f.SetInt(n)
		case string:
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return err
			}
			f.SetInt(n)
		default:
			return fmt.Errorf("cannot scan %T into an integer", src)
		}
	case reflect.Bool:
		switch v := src.(type) {
		case bool:
			f.SetBool(v)
		case int64:
			f.SetBool(v != 0)
		default:
			return fmt.Errorf("cannot scan %T into a bool", src)
		}
	case reflect.Float32, reflect.Float64:
		switch v := src.(type) {
		case float64:
			f.SetFloat(v)
		case int64:
			f.SetFloat(float64(v))
		case []byte:
			x, err := strconv.ParseFloat(string(v), 64)
			if err != nil {
				return err
			}
			f.SetFloat(x)
		case string:
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return err
			}
			f.SetFloat(x)
		default:
			return fmt.Errorf("cannot scan %T into a number", src)
		}
	default:
		return fmt.Errorf("cannot scan into %v", f.Type())
	}
	return nil
}

// timeScanner scans a timestamp: PostgreSQL returns time.Time; SQLite keeps RFC 3339 text.
type timeScanner struct{ f reflect.Value }

func (s *timeScanner) Scan(src any) error {
	var t time.Time
	switch v := src.(type) {
	case nil:
	case time.Time:
		t = v.UTC()
	case string:
		p, err := parseStoredTime(v)
		if err != nil {
			return err
		}
		t = p
	case []byte:
		p, err := parseStoredTime(string(v))
		if err != nil {
			return err
		}
		t = p
	default:
		return fmt.Errorf("cannot scan %T into a time", src)
	}
	s.f.Set(reflect.ValueOf(t))
	return nil
}

// storedTimeLayouts are the forms a timestamp may take in SQLite: Hearth writes RFC 3339 with nanoseconds;
// the driver's own form is accepted for values written by other tools.
var storedTimeLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05"}

func parseStoredTime(s string) (time.Time, error) {
	for _, layout := range storedTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a timestamp", s)
}
