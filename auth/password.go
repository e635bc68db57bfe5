package auth

// The password hashing of local accounts: the one implementation, used by the sign-in service here and by
// hearth user add.

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// The argon2id parameters of new hashes: the first configuration the OWASP Password Storage Cheat Sheet
// recommends (19 MiB of memory, two passes, one thread), with a 16-byte salt and a 32-byte key. A hash
// records its own parameters, so raising these later leaves existing passwords working.
const (
	argonMemoryKiB = 19 * 1024
	argonTime      = 2
	argonThreads   = 1
	argonSaltLen   = 16
	argonKeyLen    = 32
)

// Limits on the parameters VerifyPassword accepts from a stored hash, so that a corrupted or hostile
// row cannot make a sign-in take gigabytes of memory or minutes of work.
const (
	maxArgonMemoryKiB = 256 * 1024
	maxArgonTime      = 10
	maxArgonThreads   = 16
)

// HashPassword returns the argon2id hash of password with a fresh random salt, in the PHC string form
// that other argon2 libraries read: $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH, with the salt and hash in
// unpadded standard base64.
func HashPassword(password string) string {
	salt := make([]byte, argonSaltLen)
	rand.Read(salt) // never fails (crypto/rand)
	return encodeArgon2id(password, salt, argonMemoryKiB, argonTime, argonThreads, argonKeyLen)
}

func encodeArgon2id(password string, salt []byte, memory, time uint32, threads uint8, keyLen uint32) string {
	key := argon2.IDKey([]byte(password), salt, time, memory, threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, memory, time, threads,
		b64.EncodeToString(salt), b64.EncodeToString(key))
}

// VerifyPassword reports whether password is the one hashed in encoded, using the parameters recorded
// in the hash. The comparison takes the same time however much of the hash matches. An error means the
// stored hash is not an argon2id hash this code can read, which is different from a wrong password.
func VerifyPassword(encoded, password string) (bool, error) {
	h, err := parseArgon2id(encoded)
	if err != nil {
		return false, err
	}
	key := argon2.IDKey([]byte(password), h.salt, h.time, h.memory, h.threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(key, h.key) == 1, nil
}

// argon2idHash is a parsed PHC string.
type argon2idHash struct {
	memory, time uint32
	threads      uint8
	salt, key    []byte
}

var errBadHash = errors.New("not an argon2id password hash in the form $argon2id$v=19$m=M,t=T,p=P$SALT$HASH")

func parseArgon2id(encoded string) (argon2idHash, error) {
	var h argon2idHash
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, errBadHash
	}
	if parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return h, fmt.Errorf("argon2id hash of version %q; only v=%d is supported", parts[2], argon2.Version)
	}
	params := strings.Split(parts[3], ",")
	if len(params) != 3 {
		return h, errBadHash
	}
	var vals [3]uint64
	limits := [3]uint64{maxArgonMemoryKiB, maxArgonTime, maxArgonThreads}
	for i, key := range []string{"m=", "t=", "p="} {
		s, ok := strings.CutPrefix(params[i], key)
		if !ok {
			return h, errBadHash
		}
		v, err := strconv.ParseUint(s, 10, 32)
		if err != nil || v < 1 || v > limits[i] {
			return h, fmt.Errorf("argon2id hash parameter %s is not between 1 and %d", params[i], limits[i])
		}
		vals[i] = v
	}
	h.memory, h.time, h.threads = uint32(vals[0]), uint32(vals[1]), uint8(vals[2])
	if h.memory < 8*uint32(h.threads) {
		return h, fmt.Errorf("argon2id hash memory m=%d is below 8 KiB per thread", h.memory)
	}
	var err error
	b64 := base64.RawStdEncoding.Strict()
	if h.salt, err = b64.DecodeString(parts[4]); err != nil || len(h.salt) < 8 || len(h.salt) > 64 {
		return h, fmt.Errorf("argon2id hash salt is not 8 to 64 bytes of unpadded base64")
	}
	if h.key, err = b64.DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return h, fmt.Errorf("argon2id hash is not 16 to 64 bytes of unpadded base64")
	}
	return h, nil
}

// passwordAlphabet leaves out characters that are easily confused when a password is read aloud or
// copied from a screen (0 and O, 1, l and I).
const passwordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// generatedPasswordLen gives about 116 bits of entropy from the alphabet above.
const generatedPasswordLen = 20

// NewPassword returns a random password of 20 characters.
func NewPassword() string {
	b := make([]byte, generatedPasswordLen)
	n := big.NewInt(int64(len(passwordAlphabet)))
	for i := range b {
		k, err := rand.Int(rand.Reader, n)
		if err != nil {
			panic(err) // crypto/rand does not fail
		}
		b[i] = passwordAlphabet[k.Int64()]
	}
	return string(b)
}
