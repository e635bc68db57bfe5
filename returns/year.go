package returns

import "hearth"

// CollectionYear is the collection year that holds the date, named by the 31 March that ends it (so 23
// November 2026 is in 2027, the year 2026/27). Every return is collected over the same years.
func CollectionYear(d hearth.Date) int {
	if d.Month() >= 4 {
		return d.Year() + 1
	}
	return d.Year()
}
