package auth

// The configuration of sign-in through an organisation's OpenID Connect provider (Microsoft Entra ID in
// most councils): what it holds, how it is checked, and how hearth serve reads it from the environment or
// from a small file.

import (
	"bufio"
	"fmt"
	"net"
	"net/url"
	"os"
	"slices"
	"strings"

	"hearth"
)

// The environment variables (and keys of an OIDC configuration file) that LoadOIDCConfig reads. They are
// named once here so that error messages, the documentation and hearth serve agree.
const (
	EnvOIDCIssuer           = "HEARTH_OIDC_ISSUER"             // e.g. https://login.microsoftonline.com/TENANT-ID/v2.0
	EnvOIDCClientID         = "HEARTH_OIDC_CLIENT_ID"          // the application (client) id
	EnvOIDCClientSecret     = "HEARTH_OIDC_CLIENT_SECRET"      // the client secret itself, or
	EnvOIDCClientSecretFile = "HEARTH_OIDC_CLIENT_SECRET_FILE" // a file holding it (systemd or container secrets)
	EnvOIDCRedirectURL      = "HEARTH_OIDC_REDIRECT_URL"       // e.g. https://hearth.example.gov.uk/sign-in/oidc/callback
	EnvOIDCScopes           = "HEARTH_OIDC_SCOPES"             // space- or comma-separated; default "openid profile email"
	EnvOIDCRoleClaim        = "HEARTH_OIDC_ROLE_CLAIM"         // "roles" (Entra app roles) or "groups"; default "roles"
	EnvOIDCRoleMap          = "HEARTH_OIDC_ROLE_MAP"           // "claim-value=role,other-value=role", first wins
	EnvOIDCTeamClaim        = "HEARTH_OIDC_TEAM_CLAIM"         // optional: a claim naming the user's team
	EnvOIDCConfigFile       = "HEARTH_OIDC_CONFIG"             // optional: a file of the lines above
)

// DefaultOIDCScopes are the scopes Hearth asks for when none are configured: openid is what makes the
// request OpenID Connect, and profile and email carry the name and address Hearth shows and matches.
var DefaultOIDCScopes = []string{"openid", "profile", "email"}

// DefaultOIDCRoleClaim is "roles" because Entra ID app roles are the mapping Microsoft recommends: they are
// named by the application's owner, survive group renames, and never overflow the token as groups can.
const DefaultOIDCRoleClaim = "roles"

// OIDCConfig says how Hearth signs people in through their organisation's OpenID Connect provider.
type OIDCConfig struct {
	// Issuer is the provider's issuer URL; discovery reads Issuer/.well-known/openid-configuration. For
	// Entra ID it must name the tenant (https://login.microsoftonline.com/TENANT-ID/v2.0), not "common"
	// or "organizations", whose tokens carry each user's own tenant as their issuer and would fail.
	Issuer string
	// ClientID and ClientSecret are the credentials of Hearth's registration with the provider.
	ClientID     string
	ClientSecret string
	// RedirectURL is Hearth's callback, exactly as registered with the provider.
	RedirectURL string
	// Scopes must include "openid"; DefaultOIDCScopes when empty.
	Scopes []string
	// RoleClaim is the ID token claim whose values map to Hearth roles: "roles" for Entra app roles,
	// "groups" for group object ids. DefaultOIDCRoleClaim when empty.
	RoleClaim string
	// RoleMap maps claim values to Hearth roles. It is a list, not a Go map, because its order is the
	// precedence when a user's claims map to several roles: the first entry that matches wins.
	RoleMap []RoleMapping
	// TeamClaim optionally names a claim whose (first) value is the user's team, for provisioning.
	TeamClaim string
}

// RoleMapping maps one value of the role claim (an app role value or a group object id) to a Hearth role.
type RoleMapping struct {
	Value string
	Role  hearth.Role
}

// Validate checks every field and reports all the problems at once, each naming the field (and the
// environment variable that sets it) and what is wrong, so that whoever sets Hearth up fixes them in one
// pass. It fills in the defaults for Scopes and RoleClaim.
func (c *OIDCConfig) Validate() error {
	if len(c.Scopes) == 0 {
		c.Scopes = slices.Clone(DefaultOIDCScopes)
	}
	if c.RoleClaim == "" {
		c.RoleClaim = DefaultOIDCRoleClaim
	}
	var problems []string
	add := func(field, env, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s (%s) %s", field, env, fmt.Sprintf(format, args...)))
	}
	if msg := checkOIDCURL(c.Issuer); msg != "" {
		add("Issuer", EnvOIDCIssuer, "%s", msg)
	}
	if strings.TrimSpace(c.ClientID) == "" {
		add("ClientID", EnvOIDCClientID, "is empty; it is the application (client) id registered with the provider")
	}
	if c.ClientSecret == "" {
		add("ClientSecret", EnvOIDCClientSecret, "is empty; set it or %s", EnvOIDCClientSecretFile)
	}
	if msg := checkOIDCURL(c.RedirectURL); msg != "" {
		add("RedirectURL", EnvOIDCRedirectURL, "%s", msg)
	}
	if !slices.Contains(c.Scopes, "openid") {
		add("Scopes", EnvOIDCScopes, "%q do not include \"openid\", without which the provider issues no ID token", strings.Join(c.Scopes, " "))
	}
	if strings.TrimSpace(c.RoleClaim) != c.RoleClaim || strings.ContainsAny(c.RoleClaim, " ,=") {
		add("RoleClaim", EnvOIDCRoleClaim, "%q is not a claim name", c.RoleClaim)
	}
	if strings.TrimSpace(c.TeamClaim) != c.TeamClaim || strings.ContainsAny(c.TeamClaim, " ,=") {
		add("TeamClaim", EnvOIDCTeamClaim, "%q is not a claim name", c.TeamClaim)
	}
	if len(c.RoleMap) == 0 {
		add("RoleMap", EnvOIDCRoleMap, "is empty, so nobody could sign in; map at least one %s value to a role, e.g. \"GROUP-OR-APP-ROLE=practitioner\"", c.RoleClaim)
	}
	seen := map[string]bool{}
	for i, m := range c.RoleMap {
		if msg := checkRoleMapping(m); msg != "" {
			add("RoleMap", EnvOIDCRoleMap, "entry %d: %s", i+1, msg)
		}
		if seen[m.Value] {
			add("RoleMap", EnvOIDCRoleMap, "entry %d: %q is mapped twice; each value may map to one role only", i+1, m.Value)
		}
		seen[m.Value] = true
	}
	if len(problems) > 0 {
		return hearth.Errorf(hearth.EINVALID, "the OpenID Connect configuration is not valid: %s", strings.Join(problems, "; "))
	}
	return nil
}

// checkOIDCURL returns what is wrong with an issuer or redirect URL, or "". Both must be https, except on
// the loopback interface, where a developer's machine or a test has no certificate and nothing travels
// over a network.
func checkOIDCURL(s string) string {
	if s == "" {
		return "is empty"
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return fmt.Sprintf("%q is not an absolute http(s) URL", s)
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		return fmt.Sprintf("%q must use https (plain http is allowed only for localhost)", s)
	}
	if u.Fragment != "" || u.User != nil {
		return fmt.Sprintf("%q must not contain a fragment or user information", s)
	}
	return ""
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkRoleMapping returns what is wrong with one mapping, or "".
func checkRoleMapping(m RoleMapping) string {
	if m.Value == "" || strings.TrimSpace(m.Value) != m.Value || strings.ContainsAny(m.Value, ",\r\n") {
		return fmt.Sprintf("claim value %q is empty, has surrounding spaces, or contains a comma or line break", m.Value)
	}
	if _, err := hearth.ParseRole(string(m.Role)); err != nil {
		return fmt.Sprintf("%q maps to %q, which is not a role; the roles are %s", m.Value, m.Role, roleNames())
	}
	return ""
}

func roleNames() string {
	names := make([]string, len(hearth.Roles))
	for i, r := range hearth.Roles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// ParseRoleMap reads the role map as HEARTH_OIDC_ROLE_MAP writes it: entries "VALUE=ROLE" separated by
// commas or line breaks, spaces around each trimmed, blank entries ignored, in order of precedence. The
// value is split from the role at the last "=", because role names never contain one and a group name
// from some providers might. It parses outside input, so it returns an EINVALID error naming the entry
// rather than guessing.
func ParseRoleMap(s string) ([]RoleMapping, error) {
	var out []RoleMapping
	seen := map[string]bool{}
	entries := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' || r == '\r' })
	for i, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		k := strings.LastIndexByte(e, '=')
		if k < 0 {
			return nil, hearth.Errorf(hearth.EINVALID, "%s entry %d %q is not VALUE=ROLE", EnvOIDCRoleMap, i+1, e)
		}
		m := RoleMapping{Value: strings.TrimSpace(e[:k]), Role: hearth.Role(strings.TrimSpace(e[k+1:]))}
		if msg := checkRoleMapping(m); msg != "" {
			return nil, hearth.Errorf(hearth.EINVALID, "%s entry %d: %s", EnvOIDCRoleMap, i+1, msg)
		}
		if seen[m.Value] {
			return nil, hearth.Errorf(hearth.EINVALID, "%s entry %d: %q is mapped twice; each value may map to one role only", EnvOIDCRoleMap, i+1, m.Value)
		}
		seen[m.Value] = true
		out = append(out, m)
	}
	return out, nil
}

// FormatRoleMap writes a role map in the form ParseRoleMap reads, so that hearth can show the
// configuration it is running with.
func FormatRoleMap(ms []RoleMapping) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.Value + "=" + string(m.Role)
	}
	return strings.Join(parts, ",")
}

// LoadOIDCConfig reads the configuration from the HEARTH_OIDC_* variables that getenv returns (os.Getenv
// in hearth serve; a map in tests) and validates it. It returns ok false and no error when
// HEARTH_OIDC_ISSUER is unset, because then the organisation uses local accounts only.
func LoadOIDCConfig(getenv func(string) string) (cfg OIDCConfig, ok bool, err error) {
	if getenv(EnvOIDCIssuer) == "" {
		return OIDCConfig{}, false, nil
	}
	cfg = OIDCConfig{
		Issuer:      strings.TrimSpace(getenv(EnvOIDCIssuer)),
		ClientID:    strings.TrimSpace(getenv(EnvOIDCClientID)),
		RedirectURL: strings.TrimSpace(getenv(EnvOIDCRedirectURL)),
		Scopes:      strings.FieldsFunc(getenv(EnvOIDCScopes), func(r rune) bool { return r == ' ' || r == ',' }),
		RoleClaim:   strings.TrimSpace(getenv(EnvOIDCRoleClaim)),
		TeamClaim:   strings.TrimSpace(getenv(EnvOIDCTeamClaim)),
	}
	secret, secretFile := getenv(EnvOIDCClientSecret), getenv(EnvOIDCClientSecretFile)
	switch {
	case secret != "" && secretFile != "":
		return cfg, true, hearth.Errorf(hearth.EINVALID, "set %s or %s, not both", EnvOIDCClientSecret, EnvOIDCClientSecretFile)
	case secretFile != "":
		b, err := os.ReadFile(secretFile)
		if err != nil {
			return cfg, true, hearth.WrapError(hearth.EINVALID, err, "%s: cannot read the client secret from %q", EnvOIDCClientSecretFile, secretFile)
		}
		cfg.ClientSecret = strings.TrimSpace(string(b))
	default:
		cfg.ClientSecret = secret
	}
	if cfg.RoleMap, err = ParseRoleMap(getenv(EnvOIDCRoleMap)); err != nil {
		return cfg, true, err
	}
	if err := cfg.Validate(); err != nil {
		return cfg, true, err
	}
	return cfg, true, nil
}

// LoadOIDCConfigFile reads a configuration file of KEY=VALUE lines with the same names as the environment
// variables (blank lines and lines starting with # ignored, values optionally in double quotes), so that
// the client secret need not sit in the environment of every process. A variable set in the environment
// overrides the file, as operators expect. The role map may be long, so HEARTH_OIDC_ROLE_MAP may appear
// on several lines; their entries are joined in order.
func LoadOIDCConfigFile(path string, getenv func(string) string) (OIDCConfig, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return OIDCConfig{}, false, hearth.WrapError(hearth.EINVALID, err, "cannot read the OpenID Connect configuration file %q", path)
	}
	defer f.Close()
	vals := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, found := strings.Cut(line, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !found || !strings.HasPrefix(key, "HEARTH_OIDC_") {
			return OIDCConfig{}, false, hearth.Errorf(hearth.EINVALID, "%s line %d: want HEARTH_OIDC_NAME=VALUE", path, n)
		}
		if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
			val = val[1 : len(val)-1]
		}
		if key == EnvOIDCRoleMap && vals[key] != "" {
			val = vals[key] + "," + val
		}
		vals[key] = val
	}
	if err := sc.Err(); err != nil {
		return OIDCConfig{}, false, hearth.WrapError(hearth.EINVALID, err, "cannot read the OpenID Connect configuration file %q", path)
	}
	return LoadOIDCConfig(func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vals[k]
	})
}
