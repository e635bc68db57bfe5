package auth

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestHashPasswordUsesArgon2idWithTheOWASPParameters(t *testing.T) {
	h := HashPassword("correct horse battery staple")
	parts := strings.Split(h, "$")
	if len(parts) != 6 || !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %q is not a PHC string $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH", h)
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil || len(salt) != 16 {
		t.Errorf("salt %q is not 16 bytes of unpadded base64", parts[4])
	}
	key, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(key) != 32 {
		t.Errorf("hash %q is not 32 bytes of unpadded base64", parts[5])
	}
}

func TestVerifyPassword(t *testing.T) {
	h := HashPassword("s3cret password")
	t.Run("the right password verifies", func(t *testing.T) {
		if ok, err := VerifyPassword(h, "s3cret password"); !ok || err != nil {
			t.Errorf("VerifyPassword = %v, %v", ok, err)
		}
	})
	t.Run("a wrong password does not", func(t *testing.T) {
		for _, pw := range []string{"", "s3cret passwor", "s3cret password ", "S3cret password"} {
			if ok, err := VerifyPassword(h, pw); ok || err != nil {
				t.Errorf("VerifyPassword(%q) = %v, %v; want false, nil", pw, ok, err)
			}
		}
	})
	t.Run("each hash has its own salt", func(t *testing.T) {
		if h == HashPassword("s3cret password") {
			t.Errorf("two hashes of the same password are equal")
		}
	})
	t.Run("a hash made with other parameters still verifies", func(t *testing.T) {
		old := encodeArgon2id("older", []byte("0123456789abcdef"), 8*1024, 1, 2, 16)
		if ok, err := VerifyPassword(old, "older"); !ok || err != nil {
			t.Errorf("VerifyPassword = %v, %v", ok, err)
		}
	})
	t.Run("the reference implementation's test vectors match", func(t *testing.T) {
		// From phc-winner-argon2's src/test.c: password "password", salt "somesalt", t=2, p=1, 32 bytes.
		for _, v := range []struct {
			memory uint32
			hash   string
		}{
			{65536, "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"},
			{256, "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"},
		} {
			if got := encodeArgon2id("password", []byte("somesalt"), v.memory, 2, 1, 32); got != v.hash {
				t.Errorf("encodeArgon2id = %s, want %s", got, v.hash)
			}
			if ok, err := VerifyPassword(v.hash, "password"); !ok || err != nil {
				t.Errorf("VerifyPassword(%s) = %v, %v", v.hash, ok, err)
			}
		}
	})
}

func TestVerifyPasswordRejectsMalformedHashes(t *testing.T) {
	good := strings.Split(HashPassword("x"), "$")
	salt, key := good[4], good[5]
	for _, h := range []string{
		"",
		"password",
		"$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=19456,t=2$" + salt + "$" + key,
		"$argon2id$v=19$t=2,m=19456,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + key,
		"$argon2id$v=19$m=19456,t=2,p=1$" + salt + "==$" + key,
		"$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$",
		"$argon2id$v=19$m=19456,t=2,p=1$$" + key,
		"$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + key + "$",
	} {
		if ok, err := VerifyPassword(h, "x"); ok || err == nil {
			t.Errorf("VerifyPassword(%q) = %v, %v; want an error", h, ok, err)
		}
	}
}

func FuzzVerifyPassword(f *testing.F) {
	f.Add(HashPassword("x"), "x")
	f.Add("$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$c29tZXNhbHRzb21lc2FsdA", "")
	f.Fuzz(func(t *testing.T, encoded, password string) {
		ok, err := VerifyPassword(encoded, password)
		if ok && err != nil {
			t.Errorf("VerifyPassword(%q) = true with error %v", encoded, err)
		}
	})
}

func TestNewPassword(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		p := NewPassword()
		if len(p) != 20 {
			t.Errorf("NewPassword() = %q, want 20 characters", p)
		}
		if strings.Trim(p, passwordAlphabet) != "" {
			t.Errorf("NewPassword() = %q uses characters outside the alphabet", p)
		}
		if seen[p] {
			t.Errorf("NewPassword() repeated %q", p)
		}
		seen[p] = true
	}
}
