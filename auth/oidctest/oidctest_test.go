package oidctest_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth/auth/oidctest"
)

// The provider must enforce what a real one does, or the client's tests would prove nothing about PKCE
// and redirect handling.
func TestAuthorize(t *testing.T) {
	p := oidctest.New(t, "client", "secret", oidctest.User{Subject: "s"})
	authorize := func(change func(url.Values)) (*url.URL, error) {
		q := url.Values{"client_id": {"client"}, "redirect_uri": {"http://127.0.0.1/cb"}, "response_type": {"code"},
			"scope": {"openid email"}, "state": {"st"}, "nonce": {"n"}, "code_challenge": {"abc"}, "code_challenge_method": {"S256"}}
		change(q)
		return p.Authorize(p.Issuer + "/authorize?" + q.Encode())
	}
	t.Run("a good request is redirected back with a code and the state", func(t *testing.T) {
		cb, err := authorize(func(url.Values) {})
		if err != nil || cb.Query().Get("code") == "" || cb.Query().Get("state") != "st" || !strings.HasPrefix(cb.String(), "http://127.0.0.1/cb?") {
			t.Errorf("callback %v, err %v", cb, err)
		}
	})
	t.Run("a request without PKCE S256 is redirected back with an error", func(t *testing.T) {
		for _, method := range []string{"", "plain"} {
			cb, err := authorize(func(q url.Values) { q.Set("code_challenge_method", method) })
			if err != nil || cb.Query().Get("error") != "invalid_request" || cb.Query().Get("code") != "" {
				t.Errorf("method %q: callback %v, err %v", method, cb, err)
			}
		}
	})
	t.Run("an unknown client is not redirected anywhere", func(t *testing.T) {
		if cb, err := authorize(func(q url.Values) { q.Set("client_id", "other") }); err == nil {
			t.Errorf("redirected to %v", cb)
		}
	})
}

func TestTokenRefusesAnUnknownCode(t *testing.T) {
	p := oidctest.New(t, "client", "secret", oidctest.User{Subject: "s"})
	resp, err := http.PostForm(p.Issuer+"/token", url.Values{"grant_type": {"authorization_code"}, "code": {"made-up"},
		"client_id": {"client"}, "client_secret": {"secret"}, "code_verifier": {"v"}, "redirect_uri": {"http://127.0.0.1/cb"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("status %s", resp.Status)
	}
}
