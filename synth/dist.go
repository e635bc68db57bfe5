package synth

import (
	"math"
	"math/rand/v2"
)

// dist is a categorical distribution over codes, built from weights that need not sum to 1 (the figures
// of the statistics are percentages that do not always add up exactly after rounding).
type dist struct {
	codes []string
	cum   []float64
}

// weighted is one code and its weight, as the parameter tables in params.go list them.
type weighted struct {
	code   string
	weight float64
}

func newDist(ws []weighted) dist {
	d := dist{codes: make([]string, len(ws)), cum: make([]float64, len(ws))}
	total := 0.0
	for _, w := range ws {
		total += w.weight
	}
	acc := 0.0
	for i, w := range ws {
		acc += w.weight / total
		d.codes[i] = w.code
		d.cum[i] = acc
	}
	d.cum[len(d.cum)-1] = 1
	return d
}

// pick returns a code drawn from the distribution.
func (d dist) pick(r *rand.Rand) string {
	u := r.Float64()
	for i, c := range d.cum {
		if u < c {
			return d.codes[i]
		}
	}
	return d.codes[len(d.codes)-1]
}

// share returns the probability of code, for documentation and tests.
func (d dist) share(code string) float64 {
	prev := 0.0
	for i, c := range d.codes {
		if c == code {
			return d.cum[i] - prev
		}
		prev = d.cum[i]
	}
	return 0
}

// bands is a distribution over integer ranges [lo, hi], each band drawn uniformly: ages, durations.
type bands struct {
	lo, hi []int
	cum    []float64
}

// band is one range and its weight.
type band struct {
	lo, hi int
	weight float64
}

func newBands(bs []band) bands {
	out := bands{}
	total := 0.0
	for _, b := range bs {
		total += b.weight
	}
	acc := 0.0
	for _, b := range bs {
		acc += b.weight / total
		out.lo = append(out.lo, b.lo)
		out.hi = append(out.hi, b.hi)
		out.cum = append(out.cum, acc)
	}
	out.cum[len(out.cum)-1] = 1
	return out
}

// pick returns a value drawn from the bands.
func (b bands) pick(r *rand.Rand) int {
	u := r.Float64()
	i := 0
	for i < len(b.cum)-1 && u >= b.cum[i] {
		i++
	}
	return b.lo[i] + r.IntN(b.hi[i]-b.lo[i]+1)
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// between returns a whole number drawn uniformly from [lo, hi].
func between(r *rand.Rand, lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// expDays returns a whole number of days drawn from an exponential distribution with the given mean.
func expDays(r *rand.Rand, mean float64) int {
	return int(math.Round(r.ExpFloat64() * mean))
}

// poisson returns a count drawn from a Poisson distribution with mean lambda (small lambdas only).
func poisson(r *rand.Rand, lambda float64) int {
	l := math.Exp(-lambda)
	k, p := 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}
