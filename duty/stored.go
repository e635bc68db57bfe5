package duty

import (
	"errors"
	"fmt"

	"hearth/store"
)

// DueSoonSetting is the name under which the organisation's "due soon" number of working days is stored
// among the duties' settings.
const DueSoonSetting = "due-soon"

// FromStored returns the defaults with the organisation's stored settings applied (store.DB.DutySettings).
// A stored setting that the rules refuse (an unknown duty, or a national timescale loosened by someone
// editing the database) is left out, so the default stands, and the error says which: a page goes on
// working with the safe value while the error is logged.
func FromStored(rows []store.DutySetting) (Settings, error) {
	s := Defaults()
	var errs []error
	for _, r := range rows {
		if err := s.Apply(r); err != nil {
			errs = append(errs, fmt.Errorf("stored setting %d: %w", r.ID, err))
		}
	}
	return s, errors.Join(errs...)
}

// Apply applies one stored setting, with the same rules as Override and SetDueSoon.
func (s *Settings) Apply(r store.DutySetting) error {
	if r.Duty == DueSoonSetting {
		if r.Amount == 0 {
			s.dueSoon = 0
			return nil
		}
		if r.Unit != WorkingDays.Code() {
			return fmt.Errorf("due soon is counted in working days, not %s", r.Unit)
		}
		return s.SetDueSoon(r.Amount)
	}
	if r.Amount == 0 {
		if _, ok := defaultOf(ID(r.Duty)); !ok {
			return fmt.Errorf("%q is not a duty", r.Duty)
		}
		s.Reset(ID(r.Duty))
		return nil
	}
	unit, err := ParseUnit(r.Unit)
	if err != nil {
		return err
	}
	return s.Override(ID(r.Duty), r.Amount, unit)
}
