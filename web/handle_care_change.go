package web

import (
	"net/http"

	"hearth/care"
)

// A change of legal status or placement ends the current episode (reason ceased X1) and starts the next on
// the same day, with the reason for the new episode (RNE) saying what changed, and, when the placement
// changed, the reason for the change recorded on the episode that ends (REASON_PLACE_CHANGE).

// changeReasons are the reasons for a new episode that a change can have (S starts a period of care).
var changeReasons = []string{care.RNELegalStatus, care.RNEPlacement, care.RNEPlacementSameCarer, care.RNELegalStatusAndPlacement, care.RNELegalStatusSameCarer}

// placementChanges reports whether a reason for a new episode means the placement changed.
func placementChanges(rne string) bool { return rne != care.RNELegalStatus }

// legalStatusChanges reports whether a reason for a new episode means the legal status changed.
func legalStatusChanges(rne string) bool {
	return rne == care.RNELegalStatus || rne == care.RNELegalStatusAndPlacement || rne == care.RNELegalStatusSameCarer
}

func (s *Server) handleCareChangeForm(w http.ResponseWriter, r *http.Request) {
	s.careFormGet(w, r, s.openCare, "care change form", "start", s.renderCareChange, func(v *protectionView, form *Form) {
		if cur, open := openCareEpisode(v.rec); open {
			form.Values.Set("legal-status", cur.LegalStatus)
			form.Values.Set("category-of-need", cur.CategoryOfNeed)
			form.Values.Set("placement-type", cur.PlacementType)
			form.Values.Set("placement-provider", cur.PlacementProvider)
			form.Values.Set("provider-name", cur.ProviderName)
			form.Values.Set("urn", cur.URN)
			form.Values.Set("placement-postcode", cur.PlacementPostcode.String())
		}
	})
}

// handleCareChange records a change of legal status or placement as a new episode. The change must come
// after the current episode began and not in the future; what the reason says changed must have changed
// (and what it says stayed the same must not have); a change of placement needs its reason unless the
// placement that ends was temporary.
func (s *Server) handleCareChange(w http.ResponseWriter, r *http.Request) {
	v, cur, form, ok := s.postedEpisodeForm(w, r, "care change form", s.renderCareChange)
	if !ok {
		return
	}
	next := &care.Episode{PersonID: cur.PersonID, PeriodStart: cur.PeriodStart, HomePostcode: cur.HomePostcode,
		StartDate:        pastDate(form, "start", "The date of the change", true, v.today),
		ReasonNewEpisode: codeValue(form, "rne", care.ReasonsNewEpisode, "Select what changed", true),
		LegalStatus:      codeValue(form, "legal-status", care.LegalStatuses, "Select the legal status", true),
		CategoryOfNeed:   codeValue(form, "category-of-need", care.CategoriesOfNeed, "Select the category of need", true),
	}
	if next.ReasonNewEpisode == care.RNEStarted {
		form.Add("rne", "Select what changed: a child already looked after does not start again")
	}
	if !next.StartDate.IsZero() && !next.StartDate.After(cur.StartDate) && form.Error("start-day") == "" {
		form.Add("start-day", "The date of the change must be after the current episode began ("+longDate(cur.StartDate)+")")
	}
	rne := next.ReasonNewEpisode
	if rne != "" && placementChanges(rne) {
		readPlacement(form, next)
		if samePlacement(cur, *next) && form.Error("placement-type") == "" {
			form.Add("placement-type", "The placement is the same as the current one: change the placement, or select a change of legal status only")
		}
		cur.ReasonPlaceChange = codeValue(form, "reason-place-change", care.ReasonsPlaceChange, "Select why the placement changed", !care.TemporaryPlacements[cur.PlacementType])
	} else {
		next.PlacementType, next.PlacementProvider, next.ProviderName, next.URN, next.PlacementPostcode =
			cur.PlacementType, cur.PlacementProvider, cur.ProviderName, cur.URN, cur.PlacementPostcode
		if form.Value("reason-place-change") != "" {
			form.Add("reason-place-change", "A change of legal status only has no reason for a placement change: leave it empty, or select a change of placement")
		}
	}
	if rne != "" && next.LegalStatus != "" {
		switch changed := next.LegalStatus != cur.LegalStatus; {
		case legalStatusChanges(rne) && !changed:
			form.Add("legal-status", "The legal status is still "+codeMeaning(care.LegalStatuses, cur.LegalStatus)+": select the new legal status, or a change of placement only")
		case !legalStatusChanges(rne) && changed:
			form.Add("legal-status", "The legal status changed too: select a change of legal status and placement")
		}
	}
	cur.EndDate, cur.ReasonCeased = next.StartDate, care.RECContinues
	if !s.saveEpisodes(w, r, v, form, &cur, next) {
		return
	}
	s.formDone(w, r, form, func(status int) { s.renderCareChange(w, r, status, v, form) },
		"The new episode is recorded from "+longDate(next.StartDate), idPath(v.childBase()+"/care/episodes", next.ID, ""))
}

// samePlacement reports whether a new episode's placement is the one the current episode had.
func samePlacement(cur, next care.Episode) bool {
	return cur.PlacementType == next.PlacementType && cur.PlacementProvider == next.PlacementProvider &&
		cur.ProviderName == next.ProviderName && cur.URN == next.URN && cur.PlacementPostcode == next.PlacementPostcode
}

func (s *Server) renderCareChange(w http.ResponseWriter, r *http.Request, status int, v *protectionView, form *Form) {
	b := fields{form}
	cur, open := openCareEpisode(v.rec)
	var rnes []option
	for _, o := range codeOptions(care.ReasonsNewEpisode, true) {
		if contains(changeReasons, o.Value) {
			rnes = append(rnes, o)
		}
	}
	page := formPage{Caption: "Looked after", Heading: "Record a change of legal status or placement", Action: v.childBase() + "/care/change",
		Submit: "Record the change", Cancel: v.childBase(),
		Intro: []string{"The current episode ends on the date of the change and a new one begins the same day. For a change of legal status only, the placement questions are not used."},
		Fields: append([]field{
			b.date("start", "The date of the change", "For example, 27 3 2026"),
			b.radios("rne", "What changed", "The reason for the new episode (RNE)", rnes),
			b.radios("legal-status", "Legal status from the change", "The legal status now (LS)", codeOptions(care.LegalStatuses, true)),
			b.radios("category-of-need", "Category of need", "The main reason the child needs to be looked after (CIN)", codeOptions(care.CategoriesOfNeed, true)),
			b.choose("reason-place-change", "Why the placement changed", "For a change of placement, unless the placement that ends was temporary (REASON_PLACE_CHANGE)", "Not a change of placement", codeSelectOptions(care.ReasonsPlaceChange)),
		}, placementFields(b)...)}
	if open {
		page.Hidden, page.Facts = []hidden{versionField(cur.Version)}, currentEpisodeFacts(cur)
	} else {
		page.Closed = "The child is not looked after now. Start a period of care instead."
		page.Cancel, page.CancelText = v.childBase()+"/care/start", "Start a period of care"
	}
	s.renderProtectionForm(w, r, status, v, form, page)
}
