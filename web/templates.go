package web

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"
	"text/template/parse"
	"time"
	_ "time/tzdata" // pages show London time on machines without a time zone database

	"hearth/measure"
)

// templateFS holds the page templates. layout.tmpl and partials*.tmpl are shared (a group of pages may
// keep its own partials in partials_NAME.tmpl), and so are child_actions_*.tmpl, the parts each area adds
// to the child's record page; every other file is a page that defines "content".
//
//go:embed templates/*.tmpl
var templateFS embed.FS

// parseTemplates parses every page with the layout and partials once, at start, into one template set
// per page (so each page's "content" is its own).
func parseTemplates(funcs template.FuncMap) (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.tmpl", "templates/partials*.tmpl", "templates/child_actions_*.tmpl")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(templateFS, "templates/*.tmpl")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".tmpl")
		if name == "layout" || strings.HasPrefix(name, "partials") || strings.HasPrefix(name, "child_actions_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if missing := missingTemplates(t); len(missing) > 0 {
			return nil, fmt.Errorf("%s uses templates that no file defines: %s", f, strings.Join(missing, ", "))
		}
		pages[name] = t
	}
	return pages, nil
}

// missingTemplates returns the names that a {{template "name"}} of t's set calls but nothing defines.
// html/template finds them only when the page is drawn; checking here stops the server at start instead
// of giving someone an error page later.
func missingTemplates(t *template.Template) []string {
	var missing []string
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.TemplateNode:
			if t.Lookup(n.Name) == nil && !slices.Contains(missing, n.Name) {
				missing = append(missing, n.Name)
			}
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.IfNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.List)
			walk(n.ElseList)
		}
	}
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			walk(tt.Tree.Root)
		}
	}
	return missing
}

// templateFuncs are the functions templates may call.
func (s *Server) templateFuncs() template.FuncMap {
	return template.FuncMap{
		// asset returns the URL of an embedded asset with its content hash, so it can be cached for a
		// year and still change when Hearth is upgraded.
		"asset":     s.assets.url,
		"roleLabel": RoleLabel,
		"date": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(londonTime).Format("2 January 2006")
		},
		// day writes a civil date as GOV.UK style asks, "2 January 2006", and "" when not recorded.
		"day": longDate,
		// count writes a whole number with thousands separated by commas, as GOV.UK statistics do.
		"count": countWords,
		// rag writes a measure's RAG rating as a GOV.UK tag (see ragTag).
		"ragClass": func(r measure.RAG) string { c, _ := ragTag(r); return c },
		"ragWords": func(r measure.RAG) string { _, w := ragTag(r); return w },
		// unitValue and breakdownValue write a measure's numbers in its unit (handle_performance.go).
		"unitValue":      unitValue,
		"breakdownValue": resultValue,
		"add":            func(a, b int) int { return a + b },
		"datetime": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(londonTime).Format("2 January 2006 at 15:04")
		},
	}
}

// londonTime is the time zone pages show times in: every user works in England.
var londonTime = func() *time.Location {
	if loc, err := time.LoadLocation("Europe/London"); err == nil {
		return loc
	}
	return time.UTC
}()
