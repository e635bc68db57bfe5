package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
)

// assetFS holds Hearth's own CSS and JavaScript and, in vendor/, the GOV.UK Frontend and MOJ Frontend
// files that make assets copies from npm. vendor/ is not committed apart from its README.txt, which keeps
// this embed working on a clean clone.
//
//go:embed assets
var assetFS embed.FS

// assetFiles is the embedded assets with a content hash of each, for cache-busting URLs.
type assetFiles struct {
	fs      fs.FS
	version map[string]string
}

// loadAssets indexes the embedded assets. Without the vendor files the pages still work, unstyled, and a
// warning says how to get them.
func loadAssets(log *slog.Logger) (*assetFiles, error) {
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		return nil, err
	}
	a := &assetFiles{fs: sub, version: map[string]string{}}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a.version[p] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, err
	}
	if _, ok := a.version["vendor/govuk-frontend.min.css"]; !ok {
		log.Warn("the GOV.UK Frontend files are not embedded, so pages will be unstyled: run make assets and build again")
	}
	return a, nil
}

// url returns the address of an asset, such as "app.css", with its content hash as the query, so that
// browsers may cache it for a year and fetch it again when it changes.
func (a *assetFiles) url(name string) string {
	if v, ok := a.version[name]; ok {
		return "/assets/" + name + "?v=" + v
	}
	return "/assets/" + name
}

// handleAssets serves the embedded assets. The CSS of GOV.UK and MOJ Frontend refers to its images at
// /assets/images/, so those are looked for in vendor/images/.
func (s *Server) handleAssets(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/assets/")
	if strings.HasPrefix(name, "images/") {
		name = "vendor/" + name
	}
	if _, ok := s.assets.version[name]; !ok {
		http.NotFound(w, r)
		return
	}
	if r.URL.Query().Get("v") != "" {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=3600")
	}
	http.ServeFileFS(w, r, s.assets.fs, name)
}
