package web

import (
	"maps"
	"net/http"
)

// noticeKey is the session data key of a message waiting to be shown once.
const noticeKey = "notice"

// setNotice keeps a success message in the signed-in session, to be shown once on the next page. A form
// that succeeds redirects (so reloading does not post it twice), and the message must survive that
// redirect without being put in the address, where it could be bookmarked or shown again.
func (s *Server) setNotice(r *http.Request, message string) {
	st := sessionOf(r)
	if st == nil {
		return
	}
	data := maps.Clone(st.Session.Data)
	if data == nil {
		data = map[string]string{}
	}
	data[noticeKey] = message
	if err := s.db.SetSessionData(r.Context(), st.Session.ID, data); err != nil {
		// The change itself has been saved; only the message is lost, so the page still answers.
		s.log.Warn("could not keep a message for the next page", "err", err)
		return
	}
	st.Session.Data = data
}

// takeNotice returns the message setNotice kept, and removes it so it is shown only once.
func (s *Server) takeNotice(r *http.Request) string {
	st := sessionOf(r)
	if st == nil || st.Session.Data[noticeKey] == "" {
		return ""
	}
	msg := st.Session.Data[noticeKey]
	data := maps.Clone(st.Session.Data)
	delete(data, noticeKey)
	if err := s.db.SetSessionData(r.Context(), st.Session.ID, data); err != nil {
		s.log.Warn("could not clear a message shown once", "err", err)
		return msg
	}
	st.Session.Data = data
	return msg
}
