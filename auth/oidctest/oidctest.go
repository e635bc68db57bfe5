// Package oidctest is an OpenID Connect provider that runs inside a test, so that Hearth's sign-in through
// an organisation's provider is tested end to end without Entra ID or a network: discovery, a JSON Web Key
// Set with an RSA key, an authorize endpoint that signs the configured user in at once and redirects back
// with a code, and a token endpoint that checks the code, the client's credentials and the PKCE verifier
// before it returns a signed ID token. Faults make it issue tokens that a correct client must refuse.
//
// It is for tests only: it keeps codes in memory, trusts whoever calls it, and signs with keys generated
// once per test binary.
package oidctest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
)

// User is the person the provider signs in. Groups and Roles become the "groups" and "roles" claims
// (left out when empty, as Entra ID does); Claims are added to the ID token as they are and override the
// others, for claims such as preferred_username, email_verified or _claim_names.
type User struct {
	Subject string
	Email   string
	Name    string
	Groups  []string
	Roles   []string
	Claims  map[string]any
}

// Fault makes the provider misbehave in one way, to prove that the client refuses what it then gets.
type Fault int

// The faults. Each one still completes the flow, so that only the client's checks stand between the
// fault and a signed-in user.
const (
	NoFault       Fault = iota
	WrongAudience       // the ID token is for another client
	Expired             // the ID token expired an hour ago
	WrongNonce          // the ID token carries a nonce other than the one sent
	WrongKey            // the ID token is signed with a key not in the key set (under the same key id)
	WrongIssuer         // the ID token names another issuer
	NoIDToken           // the token response has no ID token
)

// KeyID is the key id of the provider's signing key.
const KeyID = "oidctest-1"

// Provider is a running test provider.
type Provider struct {
	// Issuer is the provider's issuer URL, for OIDCConfig.Issuer.
	Issuer       string
	ClientID     string
	ClientSecret string

	srv *httptest.Server

	mu            sync.Mutex
	user          User
	fault         Fault
	deny          bool
	codes         map[string]grant
	lastAuthorize url.Values
	tokenRequests int
	authMethods   []string
}

// grant is what the authorize endpoint remembers about a code until it is exchanged.
type grant struct {
	clientID, redirectURI, nonce, challenge string
	user                                    User
	expires                                 time.Time
}

var (
	keysOnce           sync.Once
	signingKey, badKey *rsa.PrivateKey
)

// keys generates the two RSA keys once per test binary, because generating them is the slowest thing a
// provider does and tests start many providers.
func keys() (*rsa.PrivateKey, *rsa.PrivateKey) {
	keysOnce.Do(func() {
		var err error
		if signingKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
		if badKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
	})
	return signingKey, badKey
}

// New starts a provider for the client clientID with clientSecret that signs user in, and stops it when
// the test ends.
func New(t testing.TB, clientID, clientSecret string, user User) *Provider {
	t.Helper()
	p := &Provider{ClientID: clientID, ClientSecret: clientSecret, user: user, codes: map[string]grant{},
		authMethods: []string{"client_secret_basic", "client_secret_post"}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", p.discovery)
	mux.HandleFunc("GET /keys", p.jwks)
	mux.HandleFunc("GET /authorize", p.authorize)
	mux.HandleFunc("POST /token", p.token)
	p.srv = httptest.NewServer(mux)
	p.Issuer = p.srv.URL
	t.Cleanup(p.srv.Close)
	return p
}

// SetUser changes who the provider signs in next.
func (p *Provider) SetUser(u User) { p.mu.Lock(); p.user = u; p.mu.Unlock() }

// SetFault makes the token endpoint issue bad tokens of one kind until it is set back to NoFault.
func (p *Provider) SetFault(f Fault) { p.mu.Lock(); p.fault = f; p.mu.Unlock() }

// SetDeny makes the authorize endpoint redirect back with error=access_denied, as a provider does when the
// person cancels or is not assigned to the application.
func (p *Provider) SetDeny(deny bool) { p.mu.Lock(); p.deny = deny; p.mu.Unlock() }

// SetAuthMethods sets the client authentication methods that discovery advertises and the token endpoint
// accepts ("client_secret_basic", "client_secret_post"); both by default. Set it before the client
// reads the discovery document.
func (p *Provider) SetAuthMethods(methods ...string) {
	p.mu.Lock()
	p.authMethods = methods
	p.mu.Unlock()
}

// LastAuthorize returns the query of the last authorize request, so that tests can check what the client
// sent (the PKCE challenge method, the scopes).
func (p *Provider) LastAuthorize() url.Values {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lastAuthorize
}

// TokenRequests returns how many requests reached the token endpoint, so that tests can show that a
// client refused something without asking the provider.
func (p *Provider) TokenRequests() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.tokenRequests
}

func (p *Provider) discovery(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	methods := p.authMethods
	p.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{
		"issuer":                                p.Issuer,
		"authorization_endpoint":                p.Issuer + "/authorize",
		"token_endpoint":                        p.Issuer + "/token",
		"jwks_uri":                              p.Issuer + "/keys",
		"response_types_supported":              []string{"code"},
		"subject_types_supported":               []string{"public"},
		"id_token_signing_alg_values_supported": []string{"RS256"},
		"code_challenge_methods_supported":      []string{"S256"},
		"token_endpoint_auth_methods_supported": methods,
		"scopes_supported":                      []string{"openid", "profile", "email"},
	})
}

func (p *Provider) jwks(w http.ResponseWriter, r *http.Request) {
	key, _ := keys()
	writeJSON(w, http.StatusOK, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{
		{Key: &key.PublicKey, KeyID: KeyID, Algorithm: string(jose.RS256), Use: "sig"},
	}})
}

// authorize signs the configured user in at once. Errors in the client or redirect URI are shown as a
// page, as OAuth 2.0 requires (redirecting to an unchecked URI would be an open redirect); other errors
// go back to the client.
func (p *Provider) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastAuthorize = q
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if q.Get("client_id") != p.ClientID || err != nil || !redirect.IsAbs() {
		http.Error(w, "unknown client or bad redirect_uri", http.StatusBadRequest)
		return
	}
	back := redirect.Query()
	back.Set("state", q.Get("state"))
	switch {
	case p.deny:
		back.Set("error", "access_denied")
		back.Set("error_description", "the user is not assigned to the application")
	case q.Get("response_type") != "code" || !slices.Contains(strings.Fields(q.Get("scope")), "openid"):
		back.Set("error", "invalid_request")
	case q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "":
		back.Set("error", "invalid_request")
		back.Set("error_description", "PKCE with S256 is required")
	default:
		code := randomString()
		p.codes[code] = grant{clientID: p.ClientID, redirectURI: q.Get("redirect_uri"), nonce: q.Get("nonce"),
			challenge: q.Get("code_challenge"), user: p.user, expires: time.Now().Add(time.Minute)}
		back.Set("code", code)
	}
	redirect.RawQuery = back.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

// token exchanges a code once, for the client it was issued to, with the verifier whose S256 challenge
// the authorize request carried.
func (p *Provider) token(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tokenRequests++
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", err.Error())
		return
	}
	id, secret, basic := r.BasicAuth()
	if basic { // RFC 6749 2.3.1: the credentials are form-encoded before they go in the header.
		id, _ = url.QueryUnescape(id)
		secret, _ = url.QueryUnescape(secret)
	} else {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	method := map[bool]string{true: "client_secret_basic", false: "client_secret_post"}[basic]
	if !slices.Contains(p.authMethods, method) {
		oauthError(w, http.StatusUnauthorized, "invalid_client", method+" is not accepted")
		return
	}
	if id != p.ClientID || subtle.ConstantTimeCompare([]byte(secret), []byte(p.ClientSecret)) != 1 {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "wrong client id or secret")
		return
	}
	if r.PostForm.Get("grant_type") != "authorization_code" {
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", "")
		return
	}
	code := r.PostForm.Get("code")
	g, ok := p.codes[code]
	delete(p.codes, code) // a code is used once, whatever happens next
	switch {
	case !ok || time.Now().After(g.expires) || g.clientID != id:
		oauthError(w, http.StatusBadRequest, "invalid_grant", "unknown, used or expired code")
		return
	case r.PostForm.Get("redirect_uri") != g.redirectURI:
		oauthError(w, http.StatusBadRequest, "invalid_grant", "redirect_uri differs from the authorize request")
		return
	case !pkceMatches(r.PostForm.Get("code_verifier"), g.challenge):
		oauthError(w, http.StatusBadRequest, "invalid_grant", "code_verifier does not match the code_challenge")
		return
	}
	resp := map[string]any{"access_token": randomString(), "token_type": "Bearer", "expires_in": 3600}
	if p.fault != NoIDToken {
		raw, err := p.idToken(g)
		if err != nil {
			oauthError(w, http.StatusInternalServerError, "server_error", err.Error())
			return
		}
		resp["id_token"] = raw
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, resp)
}

func pkceMatches(verifier, challenge string) bool {
	sum := sha256.Sum256([]byte(verifier))
	got := base64.RawURLEncoding.EncodeToString(sum[:])
	return verifier != "" && subtle.ConstantTimeCompare([]byte(got), []byte(challenge)) == 1
}

// idToken signs the ID token for g, spoiled by the provider's fault.
func (p *Provider) idToken(g grant) (string, error) {
	now := time.Now()
	claims := map[string]any{
		"iss":   p.Issuer,
		"sub":   g.user.Subject,
		"aud":   g.clientID,
		"iat":   now.Unix(),
		"exp":   now.Add(5 * time.Minute).Unix(),
		"nonce": g.nonce,
	}
	if g.user.Email != "" {
		claims["email"] = g.user.Email
	}
	if g.user.Name != "" {
		claims["name"] = g.user.Name
	}
	if len(g.user.Groups) > 0 {
		claims["groups"] = g.user.Groups
	}
	if len(g.user.Roles) > 0 {
		claims["roles"] = g.user.Roles
	}
	maps.Copy(claims, g.user.Claims)
	key, other := keys()
	switch p.fault {
	case WrongAudience:
		claims["aud"] = "some-other-client"
	case Expired:
		claims["iat"], claims["exp"] = now.Add(-2*time.Hour).Unix(), now.Add(-time.Hour).Unix()
	case WrongNonce:
		claims["nonce"] = "not-the-nonce-that-was-sent"
	case WrongKey:
		key = other
	case WrongIssuer:
		claims["iss"] = "https://issuer.example.com"
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: KeyID, Algorithm: string(jose.RS256)}},
		(&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		return "", err
	}
	jws, err := signer.Sign(payload)
	if err != nil {
		return "", err
	}
	return jws.CompactSerialize()
}

func randomString() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func oauthError(w http.ResponseWriter, status int, code, description string) {
	writeJSON(w, status, map[string]string{"error": code, "error_description": description})
}

// String names a fault in test output.
func (f Fault) String() string {
	names := []string{"no fault", "wrong audience", "expired", "wrong nonce", "wrong key", "wrong issuer", "no ID token"}
	if int(f) < len(names) {
		return names[f]
	}
	return fmt.Sprintf("Fault(%d)", int(f))
}

// Authorize visits authURL as a browser would and returns the callback URL the provider redirects to,
// without visiting it, so that a test can read the code and state (or error) and call the client itself.
// A test of the web package can instead follow the redirect into its own server with a cookie jar.
func (p *Provider) Authorize(authURL string) (*url.URL, error) {
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(authURL)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		return nil, fmt.Errorf("the authorize endpoint answered %s, not a redirect", resp.Status)
	}
	return resp.Location()
}
