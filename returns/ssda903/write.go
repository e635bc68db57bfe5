package ssda903

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteDir writes every table the return has into dir (which must exist) as a CSV file with the DfE's
// column order and file name (header.csv, episodes.csv, ...).
func (r *Return) WriteDir(dir string) error {
	for _, t := range Tables {
		if !r.Present[t] {
			continue
		}
		path := filepath.Join(dir, t.File())
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("writing the %s table: %w", t, err)
		}
		if err := r.WriteCSV(f, t); err != nil {
			f.Close()
			return fmt.Errorf("writing %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}

// WriteCSV writes table t with its header line, LF line ends and no byte order mark.
func (r *Return) WriteCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	cw.Write(t.Columns())
	for i := 0; i < r.Len(t); i++ {
		cw.Write(r.Values(t, i))
	}
	cw.Flush()
	return cw.Error()
}
