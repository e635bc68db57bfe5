package ssda903

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ReadError is an input that could not be read: which file, which line (0 when the problem is the file
// as a whole) and what was wrong. The command line reports it with exit status 2.
type ReadError struct {
	File string
	Line int
	Msg  string
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s, line %d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Read reads a return from path: a folder of CSV files (each recognised as a table by its columns; files
// with other extensions are ignored), one CSV file, or the return's XML form (a file ending .xml).
func Read(path string) (*Return, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, &ReadError{File: path, Msg: "cannot be opened: " + err.Error()}
	}
	if !info.IsDir() {
		r := &Return{}
		if strings.EqualFold(filepath.Ext(path), ".xml") {
			return r, r.ReadXMLFile(path)
		}
		return r, r.ReadFile(path)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, &ReadError{File: path, Msg: "the folder cannot be read: " + err.Error()}
	}
	r := &Return{}
	found := 0
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			continue
		}
		if err := r.ReadFile(filepath.Join(path, e.Name())); err != nil {
			return nil, err
		}
		found++
	}
	if found == 0 {
		return nil, &ReadError{File: path, Msg: "the folder has no .csv files; give the folder holding the SSDA903 tables (header.csv, episodes.csv, ...) or an XML return"}
	}
	return r, nil
}

// ReadFile reads one CSV file into the return, as the table its columns name.
func (r *Return) ReadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return &ReadError{File: path, Msg: "cannot be opened: " + err.Error()}
	}
	defer f.Close()
	return r.ReadCSV(path, f)
}

// ReadCSV reads one table in CSV form from in; name is the file name for messages. The table is the one
// whose columns the header has (in any order, with any extra columns, which are ignored). A byte order
// mark, CRLF line ends and blank lines are accepted; values are trimmed of spaces.
func (r *Return) ReadCSV(name string, in io.Reader) error {
	// The whole table is read first so that its rows can be counted and the slice made once: growing a
	// slice of wide rows row by row was a third of the reading time.
	data, err := io.ReadAll(in)
	if err != nil {
		return &ReadError{File: name, Msg: "cannot be read: " + err.Error()}
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	cr := csv.NewReader(bytes.NewReader(data))
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err == io.EOF {
		return &ReadError{File: name, Msg: "the file is empty; an SSDA903 table needs a header line naming its columns"}
	}
	if err != nil {
		return csvError(name, err)
	}
	names := make([]string, len(head))
	for i, h := range head {
		names[i] = strings.ToUpper(strings.TrimSpace(h))
	}
	t, cols, err := recognise(names)
	if err != nil {
		return &ReadError{File: name, Line: 1, Msg: err.Error()}
	}
	if r.Present[t] {
		return &ReadError{File: name, Msg: fmt.Sprintf("a second %s table (the first was %s); give each table once", t, r.Source[t])}
	}
	r.Present[t] = true
	r.Source[t] = name
	r.grow(t, bytes.Count(data, []byte{'\n'}))
	return r.readRows(name, t, cr, cols, len(head))
}

// readRows reads the data rows of table t; cols[i] is the position in the file of the table's column i,
// or -1 for an optional column the file does not have.
func (r *Return) readRows(name string, t Table, cr *csv.Reader, cols []int, width int) error {
	values := make([]string, len(cols))
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != width {
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue // a line of spaces only
			}
			return &ReadError{File: name, Line: line, Msg: fmt.Sprintf("the row has %d values but the header has %d columns", len(rec), width)}
		}
		for i, c := range cols {
			if c < 0 {
				values[i] = ""
				continue
			}
			values[i] = strings.TrimSpace(rec[c])
		}
		r.Append(t, values)
		r.Lines[t] = append(r.Lines[t], line)
	}
}

// recognise finds the table whose columns the header has: every column of the table but its optional
// ones. When several tables match (their columns overlap), the one with the most columns wins, so a file
// with UASC's columns is not taken for a smaller table.
func recognise(names []string) (Table, []int, error) {
	best, bestCols := Table(-1), []int(nil)
	for _, t := range Tables {
		s := specs[t]
		cols := make([]int, len(s.columns))
		ok := true
		for i, c := range s.columns {
			cols[i] = slices.Index(names, c)
			if cols[i] < 0 && !s.optional[c] {
				ok = false
				break
			}
		}
		if ok && (best < 0 || len(s.columns) > len(specs[best].columns)) {
			best, bestCols = t, cols
		}
	}
	if best < 0 {
		return 0, nil, fmt.Errorf("the columns (%s) are not those of any SSDA903 table; %s", strings.Join(names, ", "), closestTable(names))
	}
	return best, bestCols, nil
}

// closestTable says which table the header is nearest to and which of its columns are missing, so a
// misspelt column is easy to find.
func closestTable(names []string) string {
	best, bestHave := Header, -1
	for _, t := range Tables {
		have := 0
		for _, c := range specs[t].columns {
			if slices.Contains(names, c) {
				have++
			}
		}
		if have > bestHave {
			best, bestHave = t, have
		}
	}
	var missing []string
	for _, c := range specs[best].columns {
		if !slices.Contains(names, c) && !specs[best].optional[c] {
			missing = append(missing, c)
		}
	}
	return fmt.Sprintf("the nearest is %s, which also needs %s", best, strings.Join(missing, ", "))
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ReadError{File: name, Line: pe.Line, Msg: pe.Err.Error()}
	}
	return &ReadError{File: name, Msg: err.Error()}
}
