package annexa

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// SheetName is the name of List n's sheet in the workbook, as in Ofsted's template.
func SheetName(n int) string { return fmt.Sprintf("List %d", n) }

// Write writes the lists as an xlsx workbook, one sheet per list ("List 1" to "List 11") with the
// template's headings in bold on the first row and one row per child (or adopter) below. The rows are
// streamed, so a large authority's lists take little memory.
func (l *Lists) Write(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fmt.Errorf("annex A: %w", err)
	}
	for n := 1; n <= 11; n++ {
		name := SheetName(n)
		if n == 1 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return fmt.Errorf("annex A: %w", err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("annex A: %w", err)
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return fmt.Errorf("annex A %s: %w", name, err)
		}
		head := make([]any, len(Headings[n-1]))
		for i, h := range Headings[n-1] {
			head[i] = excelize.Cell{StyleID: bold, Value: h}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return fmt.Errorf("annex A %s: %w", name, err)
		}
		cells := make([]any, len(Headings[n-1]))
		for r, row := range l.Lists[n-1] {
			for i := range cells {
				cells[i] = row[i]
			}
			cell, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := sw.SetRow(cell, cells); err != nil {
				return fmt.Errorf("annex A %s row %d: %w", name, r+2, err)
			}
		}
		if err := sw.Flush(); err != nil {
			return fmt.Errorf("annex A %s: %w", name, err)
		}
	}
	return f.Write(w)
}
