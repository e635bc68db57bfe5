package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// TestEveryTemplateCalledIsDefined catches a partial lost in a merge: html/template only notices a
// missing {{template "name"}} when a page runs it, which may be a form's error path no test reaches.
func TestEveryTemplateCalledIsDefined(t *testing.T) {
	s := &Server{assets: &assetFiles{}}
	pages, err := parseTemplates(s.templateFuncs())
	if err != nil {
		t.Fatal(err)
	}
	called := regexp.MustCompile(`{{-?\s*template\s+"([^"]+)"`)
	files, err := fs.Glob(templateFS, "templates/*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(templateFS, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range called.FindAllStringSubmatch(string(b), -1) {
			for name, p := range pages {
				if strings.HasPrefix(f, "templates/partials") || strings.HasSuffix(f, "/layout.tmpl") || f == "templates/"+name+".tmpl" {
					if p.Lookup(m[1]) == nil {
						t.Errorf("%s calls {{template %q}}, which the page %s does not define", f, m[1], name)
					}
				}
			}
		}
	}
}
