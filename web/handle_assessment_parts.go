package web

import "net/http"

// The parts an assessment shares with a section 47 enquiry (protection_enquiry.go), at the
// assessment's addresses.

func (s *Server) handleAssessmentSeenForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquirySeenForm(w, r, false)
}

func (s *Server) handleAssessmentSeen(w http.ResponseWriter, r *http.Request) {
	s.handleEnquirySeen(w, r, false)
}

func (s *Server) handleAssessmentHouseholdForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryHouseholdForm(w, r, false)
}

func (s *Server) handleAssessmentHousehold(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryHousehold(w, r, false)
}

func (s *Server) handleAssessmentGPForm(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryGPForm(w, r, false)
}

func (s *Server) handleAssessmentGP(w http.ResponseWriter, r *http.Request) {
	s.handleEnquiryGP(w, r, false)
}
