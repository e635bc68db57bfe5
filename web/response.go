package web

import (
	"bytes"
	"net/http"
)

// render writes the page template name with the data of page. The template runs into a buffer first, so
// a template error gives a clean error page instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, page *Page) {
	t, ok := s.pages[name]
	if !ok {
		s.serverError(w, r, errNoTemplate(name))
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", page); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errNoTemplate string

func (e errNoTemplate) Error() string { return "no template called " + string(e) }

// errorPage shows a GOV.UK error page with a heading and one paragraph saying what to do.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	p := s.newPage(r, title)
	p.Data = message
	s.render(w, r, status, "error", p)
}

// notFound is the GOV.UK "Page not found".
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusNotFound, "Page not found",
		"If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.")
}

// serverError logs err and shows a plain apology; the error itself is never shown, because it may hold
// details of the record or the database.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	t, ok := s.pages["error"]
	if !ok {
		http.Error(w, "Sorry, there is a problem with the service. Try again later.", http.StatusInternalServerError)
		return
	}
	p := s.newPage(r, "Sorry, there is a problem with the service")
	p.Data = "Try again later. Nothing you had already saved has been lost."
	var buf bytes.Buffer
	if t.ExecuteTemplate(&buf, "layout", p) != nil {
		http.Error(w, "Sorry, there is a problem with the service. Try again later.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(buf.Bytes())
}

// redirect sends the browser to a path on this server with 303 See Other, so that a form POST is followed
// by a GET and reloading the next page never posts the form twice.
func (s *Server) redirect(w http.ResponseWriter, r *http.Request, path string) {
	if !localPath(path) {
		path = "/"
	}
	http.Redirect(w, r, path, http.StatusSeeOther)
}

// readForm reads a posted form of at most 16 KB (no form of Hearth's is longer; the limit stops a client
// from filling the server's memory). When it cannot be read it answers with an error page and returns
// false.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "The form could not be read", "Go back and try again.")
		return false
	}
	return true
}
