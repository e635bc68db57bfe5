package web

import "net/http"

// The parts a section 47 enquiry shares with an assessment (protection_enquiry.go), at the enquiry's
// addresses.

func (s *Server) handleS47SeenForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquirySeenForm(w, r, true)
}

func (s *Server) handleS47Seen(w http.ResponseWriter, r *http.Request) {
	s.handleEnquirySeen(w, r, true)
}

func (s *Server) handleS47HouseholdForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryHouseholdForm(w, r, true)
}

func (s *Server) handleS47Household(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryHousehold(w, r, true)
}

func (s *Server) handleS47GPForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryGPForm(w, r, true)
}

func (s *Server) handleS47GP(w http.ResponseWriter, r *http.Request) { s.handleEnquiryGP(w, r, true) }
