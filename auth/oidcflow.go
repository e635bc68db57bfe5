package auth

// What a sign-in must remember while the browser is away at the provider, sealed so that the web package
// can keep it in a short-lived cookie instead of creating a database session for every anonymous visit to
// the sign-in page.

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"hearth"
)

// OIDCFlowLifetime is how long a person has to sign in at their provider. Ten minutes covers typing a
// password and approving a multi-factor prompt, and limits how long a sealed flow is worth stealing.
const OIDCFlowLifetime = 10 * time.Minute

// OIDCFlow is one sign-in in progress: what Begin returned, where to send the person afterwards, and when
// the attempt lapses.
type OIDCFlow struct {
	State    string    `json:"s"`
	Nonce    string    `json:"n"`
	Verifier string    `json:"v"`
	ReturnTo string    `json:"r,omitempty"`
	Expires  time.Time `json:"e"`
}

// BeginFlow starts a sign-in like Begin and returns the flow to keep, expiring OIDCFlowLifetime after now.
// returnTo is where the person was going; anything but a local path (one starting with a single "/") is
// dropped, so that the sign-in cannot be used to send someone to another site.
func (o *OIDC) BeginFlow(returnTo string, now time.Time) (authURL string, f OIDCFlow) {
	authURL, f.State, f.Nonce, f.Verifier = o.Begin()
	f.ReturnTo = LocalPath(returnTo)
	f.Expires = now.Add(OIDCFlowLifetime)
	return authURL, f
}

// FinishFlow completes the sign-in whose callback query is q, for the flow kept when it began: it refuses
// a lapsed flow, reports an error the provider sent back, and otherwise calls Finish with the callback's
// code and state.
func (o *OIDC) FinishFlow(ctx context.Context, q url.Values, f OIDCFlow, now time.Time) (Identity, error) {
	if err := CallbackError(q); err != nil {
		return Identity{}, err
	}
	if f.State == "" || !now.Before(f.Expires) {
		return Identity{}, refused(errors.New("no sign-in was in progress in this browser, or it took longer than ten minutes"))
	}
	return o.Finish(ctx, q.Get("code"), q.Get("state"), f.State, f.Nonce, f.Verifier)
}

// LocalPath returns p if it is a path on this site, and "" otherwise. "//host" and "/\host" are refused
// because browsers treat them as other sites.
func LocalPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.ContainsAny(p, "\r\n") {
		return ""
	}
	u, err := url.Parse(p)
	if err != nil || u.IsAbs() || u.Host != "" {
		return ""
	}
	return p
}

// NewFlowKey returns a random 32-byte key for SealOIDCFlow. A key made when the server starts is enough:
// a restart only makes the sign-ins in progress at that moment start again.
func NewFlowKey() []byte {
	k := make([]byte, 32)
	rand.Read(k) // never fails (crypto/rand)
	return k
}

// SealOIDCFlow encrypts and authenticates f with key (32 bytes, AES-256-GCM), for a cookie. Sealing, not
// just signing, keeps the nonce and PKCE verifier out of sight of anything that reads cookies on the way.
func SealOIDCFlow(key []byte, f OIDCFlow) (string, error) {
	aead, err := flowAEAD(key)
	if err != nil {
		return "", err
	}
	plain, err := json.Marshal(f)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	return base64.RawURLEncoding.EncodeToString(aead.Seal(nonce, nonce, plain, []byte("hearth-oidc-flow"))), nil
}

// OpenOIDCFlow reverses SealOIDCFlow. Anything altered, sealed with another key, or not sealed at all is
// refused as a failed sign-in; FinishFlow checks the expiry.
func OpenOIDCFlow(key []byte, sealed string) (OIDCFlow, error) {
	aead, err := flowAEAD(key)
	if err != nil {
		return OIDCFlow{}, err
	}
	b, err := base64.RawURLEncoding.DecodeString(sealed)
	if err != nil || len(b) < aead.NonceSize()+aead.Overhead() {
		return OIDCFlow{}, refused(errors.New("the sign-in cookie is not a sealed flow"))
	}
	plain, err := aead.Open(nil, b[:aead.NonceSize()], b[aead.NonceSize():], []byte("hearth-oidc-flow"))
	if err != nil {
		return OIDCFlow{}, refused(fmt.Errorf("the sign-in cookie does not open: %w", err))
	}
	var f OIDCFlow
	if err := json.Unmarshal(plain, &f); err != nil {
		return OIDCFlow{}, refused(fmt.Errorf("the sign-in cookie does not decode: %w", err))
	}
	return f, nil
}

func flowAEAD(key []byte) (cipher.AEAD, error) {
	if len(key) != 32 {
		return nil, hearth.Errorf(hearth.EINTERNAL, "the sign-in flow key is %d bytes, not 32", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
