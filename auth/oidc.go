package auth

// Sign-in through an organisation's OpenID Connect provider with the authorization code flow, state, a
// nonce and PKCE (S256). The web package calls Begin when someone chooses to sign in with their
// organisation's account, keeps what Begin returns for the few minutes the round trip takes, and calls
// Finish on the callback. Finish returns who the provider says the person is and the one Hearth role their
// claims map to; the web package finds or creates the account and starts the session.

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"hearth"
)

// oidcHTTPTimeout bounds each request Hearth makes to the provider (discovery, keys, code exchange), so
// that a provider that hangs makes a sign-in fail instead of holding a server goroutine forever.
const oidcHTTPTimeout = 15 * time.Second

// The user-safe messages of a failed sign-in. They name no claims, groups or protocols: the person
// reading them can only try again or ask their administrator, and the detail is in the wrapped error
// for the log.
const (
	msgOIDCFailed  = "Signing in with your organisation's account did not work. Try again, and if it keeps failing tell your administrator."
	msgOIDCNoRole  = "Your account does not have a Hearth role yet. Ask your administrator to give you a Hearth role, then sign in again."
	msgOIDCNoEmail = "Your organisation's account has no email address that Hearth can use. Ask your administrator to check your account."
	msgOIDCDenied  = "Signing in with your organisation's account was cancelled or refused."
)

// OIDC signs people in through one OpenID Connect provider. It is safe for concurrent use; make one when
// the server starts.
type OIDC struct {
	cfg      OIDCConfig
	oauth    oauth2.Config
	verifier *oidc.IDTokenVerifier
	client   *http.Client
}

// Identity is who the provider says has signed in, with the Hearth role their claims map to.
type Identity struct {
	// Issuer and Subject together identify the person at the provider for ever; the web package should
	// store them on the account once linked, because an email address can change or be reassigned.
	Issuer  string
	Subject string
	// Email is lower-cased, so that it can be compared with accounts as it is. It comes from the email
	// claim, or failing that from preferred_username or upn when they are addresses (Entra ID sends
	// email only when it is configured as an optional claim).
	Email string
	Name  string
	// Role is the first role in the configured role map that the person's claims match.
	Role hearth.Role
	// Roles are all the roles the claims matched, in the role map's order, so that the web package can
	// record in the audit that the person could have had another.
	Roles []hearth.Role
	// Claims are the values of the role claim as the provider sent them, for the audit.
	Claims []string
	// Team is the first value of the configured team claim, or "".
	Team string
}

// NewOIDC validates cfg and reads the provider's discovery document, so that a wrong issuer or an
// unreachable provider is found when the server starts, not when the first person tries to sign in. An
// *http.Client carried by ctx (oidc.ClientContext) is used for every request to the provider; otherwise
// one with a 15-second timeout. ctx bounds discovery only; later key fetches are not tied to it.
func NewOIDC(ctx context.Context, cfg OIDCConfig) (*OIDC, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	client, ok := ctx.Value(oauth2.HTTPClient).(*http.Client)
	if !ok || client == nil {
		client = &http.Client{Timeout: oidcHTTPTimeout}
	}
	dctx, cancel := context.WithTimeout(oidc.ClientContext(ctx, client), oidcHTTPTimeout)
	defer cancel()
	provider, err := oidc.NewProvider(dctx, cfg.Issuer)
	if err != nil {
		var mismatch *oidc.IssuerMismatchError
		if errors.As(err, &mismatch) {
			return nil, hearth.WrapError(hearth.EINVALID, err, "%s %q is not the issuer its discovery document names (%q); for Entra ID use https://login.microsoftonline.com/TENANT-ID/v2.0",
				EnvOIDCIssuer, cfg.Issuer, mismatch.Discovered)
		}
		return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot read the OpenID Connect discovery document of %s", cfg.Issuer)
	}
	endpoint := provider.Endpoint()
	endpoint.AuthStyle = authStyle(provider)
	o := &OIDC{
		cfg: cfg,
		oauth: oauth2.Config{
			ClientID:     cfg.ClientID,
			ClientSecret: cfg.ClientSecret,
			Endpoint:     endpoint,
			RedirectURL:  cfg.RedirectURL,
			Scopes:       cfg.Scopes,
		},
		client: client,
	}
	// The key set lives as long as the server, so it gets a context that is never cancelled.
	o.verifier = provider.VerifierContext(oidc.ClientContext(context.Background(), client), &oidc.Config{ClientID: cfg.ClientID})
	return o, nil
}

// LoadOIDC is what hearth serve calls: it reads the configuration from the file named by
// HEARTH_OIDC_CONFIG when that is set, or else from the HEARTH_OIDC_* variables, and makes the OIDC. It
// returns nil and no error when OpenID Connect is not configured, so that the server offers local
// accounts only.
func LoadOIDC(ctx context.Context, getenv func(string) string) (*OIDC, error) {
	var (
		cfg OIDCConfig
		ok  bool
		err error
	)
	if path := getenv(EnvOIDCConfigFile); path != "" {
		cfg, ok, err = LoadOIDCConfigFile(path, getenv)
		if err == nil && !ok {
			err = hearth.Errorf(hearth.EINVALID, "%s names %q, which does not set %s", EnvOIDCConfigFile, path, EnvOIDCIssuer)
		}
	} else {
		cfg, ok, err = LoadOIDCConfig(getenv)
	}
	if err != nil || !ok {
		return nil, err
	}
	return NewOIDC(ctx, cfg)
}

// authStyle chooses how the client secret is sent from what the provider advertises. Left to guess,
// the oauth2 package sends a failed exchange a second time with the secret in the form, which would hide
// the provider's first answer (a used code cannot be exchanged twice) and double every failure. The
// header is the default of OpenID Connect Discovery 1.0 when nothing is advertised.
func authStyle(p *oidc.Provider) oauth2.AuthStyle {
	var d struct {
		Methods []string `json:"token_endpoint_auth_methods_supported"`
	}
	if err := p.Claims(&d); err == nil && len(d.Methods) > 0 && !slices.Contains(d.Methods, "client_secret_basic") &&
		slices.Contains(d.Methods, "client_secret_post") {
		return oauth2.AuthStyleInParams
	}
	return oauth2.AuthStyleInHeader
}

// Begin starts a sign-in. It returns the provider's URL to redirect the browser to, and the state, nonce
// and PKCE verifier that the web package must keep, bound to this browser and for a few minutes only, and
// hand to Finish. The state stops another site from completing a sign-in in this browser (login CSRF),
// the nonce ties the ID token to this attempt so a stolen token cannot be replayed, and PKCE ties the
// code to this attempt so an intercepted code is useless. None of them is secret from the browser itself,
// but the verifier and nonce must not appear in a URL.
func (o *OIDC) Begin() (authURL, state, nonce, verifier string) {
	state, nonce, verifier = randomToken(), randomToken(), oauth2.GenerateVerifier()
	authURL = o.oauth.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier))
	return authURL, state, nonce, verifier
}

// randomToken returns 256 random bits in unpadded URL-safe base64.
func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// CallbackError returns the error the provider reported on the callback's query (error and
// error_description, for example when the person cancelled or Entra ID refused them), or nil when there
// is none. The web package calls it before Finish, because such a callback carries no code.
func CallbackError(q url.Values) error {
	code := q.Get("error")
	if code == "" {
		return nil
	}
	detail := fmt.Errorf("the provider returned error %q: %s", code, q.Get("error_description"))
	if code == "access_denied" {
		return hearth.WrapError(hearth.EUNAUTHORIZED, detail, msgOIDCDenied)
	}
	return hearth.WrapError(hearth.EUNAUTHORIZED, detail, msgOIDCFailed)
}

// Finish completes a sign-in on the callback. state and code are the callback's query parameters;
// wantState, nonce and verifier are what Begin returned for this browser. It checks the state, exchanges
// the code (with the PKCE verifier and the client secret), verifies the ID token's signature, issuer,
// audience, expiry and nonce, and maps the role claim to a Hearth role. A failure is a *hearth.Error:
// EUNAUTHORIZED when the sign-in itself failed, EFORBIDDEN when the person is known to the provider but
// has no Hearth role or no usable email address; its message is safe to show, its detail is for the log.
func (o *OIDC) Finish(ctx context.Context, code, state, wantState, nonce, verifier string) (Identity, error) {
	if wantState == "" || subtle.ConstantTimeCompare([]byte(state), []byte(wantState)) != 1 {
		return Identity{}, refused(errors.New("the state on the callback is not the one this browser was sent with"))
	}
	if code == "" {
		return Identity{}, refused(errors.New("the callback has no code"))
	}
	if nonce == "" || verifier == "" {
		return Identity{}, refused(errors.New("no nonce or PKCE verifier was kept for this sign-in"))
	}
	ctx = oidc.ClientContext(ctx, o.client)
	tok, err := o.oauth.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return Identity{}, refused(fmt.Errorf("exchanging the code: %w", err))
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return Identity{}, refused(errors.New("the token response has no ID token"))
	}
	idt, err := o.verifier.Verify(ctx, raw)
	if err != nil {
		return Identity{}, refused(fmt.Errorf("verifying the ID token: %w", err))
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(nonce)) != 1 {
		return Identity{}, refused(errors.New("the ID token's nonce is not the one sent for this sign-in"))
	}
	var claims map[string]any
	if err := idt.Claims(&claims); err != nil {
		return Identity{}, refused(fmt.Errorf("reading the ID token's claims: %w", err))
	}
	return o.identity(idt.Issuer, idt.Subject, claims)
}

func refused(detail error) error {
	return hearth.WrapError(hearth.EUNAUTHORIZED, detail, msgOIDCFailed)
}

// identity turns verified claims into an Identity. It is separate from Finish so that the mapping rules
// can be read in one place.
func (o *OIDC) identity(issuer, subject string, claims map[string]any) (Identity, error) {
	if subject == "" {
		return Identity{}, refused(errors.New("the ID token has no subject"))
	}
	id := Identity{Issuer: issuer, Subject: subject, Email: claimEmail(claims), Name: claimName(claims)}
	if id.Email == "" {
		return Identity{}, hearth.WrapError(hearth.EFORBIDDEN, fmt.Errorf("subject %q: no verified email, preferred_username or upn address in the ID token", subject), msgOIDCNoEmail)
	}
	if id.Name == "" {
		id.Name = id.Email
	}
	if o.cfg.TeamClaim != "" {
		if vs := claimStrings(claims[o.cfg.TeamClaim]); len(vs) > 0 {
			id.Team = vs[0]
		}
	}
	id.Claims = claimStrings(claims[o.cfg.RoleClaim])
	if id.Claims == nil && hasClaimSource(claims, o.cfg.RoleClaim) {
		// Entra ID leaves out the groups claim when a user is in more groups than fit in a token
		// (the "groups overage"), pointing to Microsoft Graph instead.
		return Identity{}, hearth.WrapError(hearth.EFORBIDDEN,
			fmt.Errorf("%s: the %q claim was left out of the ID token because the user is in too many groups; set the app registration's groups claim to \"Groups assigned to the application\" or use app roles", id.Email, o.cfg.RoleClaim),
			msgOIDCNoRole)
	}
	id.Roles = MapRoles(o.cfg.RoleMap, id.Claims)
	if len(id.Roles) == 0 {
		return Identity{}, hearth.WrapError(hearth.EFORBIDDEN,
			fmt.Errorf("%s: no value of the %q claim %q is in %s", id.Email, o.cfg.RoleClaim, id.Claims, EnvOIDCRoleMap), msgOIDCNoRole)
	}
	id.Role = id.Roles[0]
	return id, nil
}

// MapRoles returns the roles that values map to, in the order of the role map and without repeats. The
// first is the one a person gets. The order of the role map, which the administrator writes, decides,
// rather than least privilege or a ranking built into Hearth: a team manager is usually also in the
// group of all social workers, and least privilege would make every manager a practitioner, unable to
// allocate or oversee; a built-in ranking cannot know whether, say, a quality assurance officer who is
// also a practitioner should work as one or the other in a given council. The provider's order of values
// is not used, because providers do not promise one.
func MapRoles(roleMap []RoleMapping, values []string) []hearth.Role {
	have := make(map[string]bool, len(values))
	for _, v := range values {
		have[v] = true
	}
	var roles []hearth.Role
	for _, m := range roleMap {
		if have[m.Value] && !slices.Contains(roles, m.Role) {
			roles = append(roles, m.Role)
		}
	}
	return roles
}

// claimStrings reads a claim that providers send either as an array of strings (Entra ID's roles and
// groups) or as a single string; anything else counts as absent.
func claimStrings(v any) []string {
	switch v := v.(type) {
	case string:
		if v == "" {
			return nil
		}
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok && s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// hasClaimSource reports whether the token says the claim is to be fetched from elsewhere (an
// "aggregated or distributed claim", OpenID Connect Core 5.6.2).
func hasClaimSource(claims map[string]any, name string) bool {
	names, ok := claims["_claim_names"].(map[string]any)
	if !ok {
		return false
	}
	_, ok = names[name]
	return ok
}

// claimEmail returns the person's address, lower-cased. An email claim that the provider marks as not
// verified is not used, because Hearth matches accounts by address and an unverified one could be
// anybody's.
func claimEmail(claims map[string]any) string {
	if e, _ := claims["email"].(string); e != "" && claims["email_verified"] != false {
		return strings.ToLower(strings.TrimSpace(e))
	}
	for _, k := range []string{"preferred_username", "upn"} {
		if e, _ := claims[k].(string); strings.Contains(e, "@") {
			return strings.ToLower(strings.TrimSpace(e))
		}
	}
	return ""
}

// claimName returns the person's name from the name claim, or their given and family names.
func claimName(claims map[string]any) string {
	if n, _ := claims["name"].(string); strings.TrimSpace(n) != "" {
		return strings.TrimSpace(n)
	}
	given, _ := claims["given_name"].(string)
	family, _ := claims["family_name"].(string)
	return strings.TrimSpace(given + " " + family)
}
