package web

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Failed sign-ins are limited per account and per address, so guessing one person's password is slow
// and one machine cannot try many accounts. Only failures use up the allowance; a successful sign-in
// never waits. The limits: five failures for an account, then one more a minute; thirty from an address,
// then one more every ten seconds (an office behind one address may have many people mistyping).
const (
	accountBurst    = 5
	accountInterval = time.Minute
	addressBurst    = 30
	addressInterval = 10 * time.Second
	// limiterCap is how many accounts or addresses are tracked before those with their full allowance
	// back are forgotten, so a flood of made-up emails cannot grow the memory without bound.
	limiterCap = 10000
)

// signInLimits holds the limiters of failed sign-ins.
type signInLimits struct {
	mu        sync.Mutex
	accounts  map[string]*rate.Limiter
	addresses map[string]*rate.Limiter
}

func newSignInLimits() *signInLimits {
	return &signInLimits{accounts: map[string]*rate.Limiter{}, addresses: map[string]*rate.Limiter{}}
}

// blocked reports whether an account (its email in lower case) or an address has used up its allowance
// of failures at now, and if so how long until it may try again.
func (l *signInLimits) blocked(email, addr string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var wait time.Duration
	for _, lim := range []*rate.Limiter{l.accounts[email], l.addresses[addr]} {
		if lim == nil {
			continue
		}
		if tokens := lim.TokensAt(now); tokens < 1 {
			wait = max(wait, time.Duration((1-tokens)/float64(lim.Limit())*float64(time.Second)))
		}
	}
	return wait > 0, wait
}

// failed counts a failed sign-in against the account and the address.
func (l *signInLimits) failed(email, addr string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	limiter(l.accounts, email, rate.Every(accountInterval), accountBurst, now).AllowN(now, 1)
	limiter(l.addresses, addr, rate.Every(addressInterval), addressBurst, now).AllowN(now, 1)
}

// limiter returns the limiter of key in m, making it if needed.
func limiter(m map[string]*rate.Limiter, key string, every rate.Limit, burst int, now time.Time) *rate.Limiter {
	if lim, ok := m[key]; ok {
		return lim
	}
	if len(m) >= limiterCap {
		for k, lim := range m {
			if lim.TokensAt(now) >= float64(lim.Burst()) {
				delete(m, k)
			}
		}
	}
	lim := rate.NewLimiter(every, burst)
	m[key] = lim
	return lim
}
