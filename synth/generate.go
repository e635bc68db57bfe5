package synth

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/measure"
	"hearth/store"
)

// Random streams: every household has its own, numbered by its place in the run, so a change to one
// household's journey never shifts another's; the workforce has its own too.
const (
	streamWorkforce  = 1
	streamHouseholds = 1 << 20
)

// gen is one run of the generator. Everything in it is touched by one goroutine only.
type gen struct {
	opts     Options
	ref      hearth.Date // the last day of the history
	from     hearth.Date // the first day of the history
	earliest hearth.Date // the earliest day the stock of looked-after children may have started
	pop      int
	cal      *calendar.Calendar
	ids      *idCounter
	out      rowSink
	wf       *workforceGen
	breaches []Breach

	childSeq, nhsSeq, upnSeq int
	stats                    genStats
}

// genStats counts what the journeys did, for the summary and the tests of rates.
type genStats struct {
	households int
}

// historyStart is the first day of the history.
func (g *gen) historyStart() hearth.Date { return g.from }

// normalise checks the options and fills in the defaults.
func normalise(opts Options, today hearth.Date) (Options, int, error) {
	if opts.Size == "" {
		opts.Size = Small
	}
	pop, err := opts.Size.ChildPopulation()
	if err != nil {
		return opts, 0, err
	}
	if opts.Years == 0 {
		opts.Years = 6
	}
	if opts.ReferenceDate.IsZero() {
		opts.ReferenceDate = LastThirtyFirstMarch(today)
	}
	if opts.ErrorRate < 0 || opts.ErrorRate > 1 {
		return opts, 0, hearth.Errorf(hearth.EINVALID, "the error rate is a share of children from 0 to 1, such as 0.02; %v is not", opts.ErrorRate)
	}
	cal := calendar.England()
	from := opts.ReferenceDate.AddMonths(-12 * opts.Years).AddDays(1)
	if from.Year() < 2016 || opts.ReferenceDate.Year() >= cal.KnownThrough() {
		return opts, 0, hearth.Errorf(hearth.EINVALID,
			"a history of %d years to %s needs bank holidays from %d to %d, but they are known only from 2015 to %d: choose a later reference date or fewer years",
			opts.Years, opts.ReferenceDate, from.Year()-1, opts.ReferenceDate.Year()+1, cal.KnownThrough())
	}
	if opts.Years < 1 {
		return opts, 0, hearth.Errorf(hearth.EINVALID, "the history must cover at least one year")
	}
	return opts, pop, nil
}

func newGen(opts Options, pop int, out rowSink) *gen {
	g := &gen{opts: opts, ref: opts.ReferenceDate, pop: pop, cal: calendar.England(), ids: newIDCounter(), out: out}
	g.from = g.ref.AddMonths(-12 * opts.Years).AddDays(1)
	g.earliest = hearth.NewDate(2015, time.January, 5)
	g.wf = newWorkforce(g)
	return g
}

// perYear returns how many of something happen in a year at rate per 10,000 children.
func (g *gen) perYear(rate float64) float64 { return rate * float64(g.pop) / 10_000 }

// run makes the whole authority: the children already looked after when the history begins, then every
// family that comes to the front door during it. With stride > 1 it makes only every stride-th household
// (the first pass, which counts the workforce's demand).
func (g *gen) run(ctx context.Context, stride int) error {
	nStock, nUASC, _ := g.householdCounts()
	total := g.households()
	span := g.ref.DaysSince(g.from) + 1
	// Each family's first contact is spread evenly over the history; the kind of each household (stock,
	// UASC, family) is fixed by its number so the schedule never depends on what happened before.
	for i := 0; i < total; i += stride {
		if i%1024 < stride {
			if err := ctx.Err(); err != nil {
				return err
			}
			if g.out.failed() {
				return nil
			}
		}
		hh := int64(i + 1)
		r := newRand(g.opts.Seed, streamHouseholds+uint64(hh))
		day := g.from.AddDays(r.IntN(span))
		switch {
		case i < nStock:
			g.stockHousehold(r, hh)
		case i < nStock+nUASC:
			g.uascHousehold(r, hh, day)
		default:
			g.familyHousehold(r, hh, day)
		}
	}
	return nil
}

// householdCounts returns how many households of each kind the run makes: children already looked after
// when the history begins, unaccompanied asylum-seeking young people, and families.
func (g *gen) householdCounts() (stock, uasc, families int) {
	years := float64(g.ref.DaysSince(g.from)+1) / 365.25
	stock = int(g.perYear(claStockRate) + 0.5)
	uasc = int(g.perYear(claStartRate*uascShareOfStarts)*years + 0.5)
	families = int(g.perYear(referralRate)*years/referralsPerFamily + 0.5)
	return stock, uasc, families
}

// households returns how many households the run makes.
func (g *gen) households() int {
	a, b, c := g.householdCounts()
	return a + b + c
}

// referralsPerFamily is how many referrals a family that comes to the front door has over the history,
// on average, measured from the generator (see TestRates); it turns the referral rate into a number of
// families.
const referralsPerFamily = 1.28

// Generate makes the authority in db, which must hold no people yet.
func Generate(ctx context.Context, db *store.DB, opts Options) (*Summary, error) {
	started := time.Now()
	opts, pop, err := normalise(opts, hearth.DateOf(time.Now()))
	if err != nil {
		return nil, err
	}
	var n int
	if err := db.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM (SELECT id FROM person LIMIT 1) p").Scan(&n); err != nil {
		return nil, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot read the database")
	}
	if n > 0 {
		return nil, hearth.Errorf(hearth.EINVALID,
			"the database already holds people: a synthetic authority is made only in an empty database, so that synthetic and real records are never mixed")
	}
	demand, scale, err := workforceDemand(ctx, opts, pop)
	if err != nil {
		return nil, err
	}
	p, err := newPipeline(ctx, db)
	if err != nil {
		return nil, err
	}
	g := newGen(opts, pop, p)
	g.wf.staff(demand, scale)
	g.addCareDistricts() // where placements are, for the placement forms (branch care)
	runErr := g.run(ctx, 1)
	counts, closeErr := p.close()
	if runErr != nil {
		return nil, runErr
	}
	if closeErr != nil {
		return nil, hearth.WrapError(hearth.EUNAVAILABLE, closeErr, "cannot write the synthetic authority")
	}
	// The rates per 10,000 children divide by the area's child population, which a real organisation
	// sets from the ONS estimates; the synthetic authority's is the population its rates were drawn for.
	err = db.SetChildPopulation(ctx, hearth.System, measure.ChildPopulation{Count: pop, Year: opts.ReferenceDate.Year(),
		Source: fmt.Sprintf("the synthetic authority's population (hearth generate --size %s), not an ONS estimate", opts.Size)})
	if err != nil {
		return nil, err
	}
	return g.summary(opts, counts, time.Since(started)), nil
}

// generateTo runs the generator into any sink, for tests and benchmarks of the generator alone.
func generateTo(ctx context.Context, out rowSink, opts Options) (*gen, error) {
	opts, pop, err := normalise(opts, hearth.NewDate(2026, time.November, 1))
	if err != nil {
		return nil, err
	}
	demand, scale, err := workforceDemand(ctx, opts, pop)
	if err != nil {
		return nil, err
	}
	g := newGen(opts, pop, out)
	g.wf.staff(demand, scale)
	return g, g.run(ctx, 1)
}

// demandSample is about how many households the first pass runs: enough to know each pool's demand week
// by week, few enough to cost little at national size.
const demandSample = 40_000

// workforceDemand runs the first pass: the journeys of a sample of the households, without writing, to
// count how many children each pool of workers holds week by week. It returns the counts and the factor
// that scales them to the whole authority.
func workforceDemand(ctx context.Context, opts Options, pop int) ([nPools][]float64, float64, error) {
	g := newGen(opts, pop, &discard{})
	g.wf.demandOnly = true
	total := g.households()
	stride := max(1, total/demandSample)
	err := g.run(ctx, stride)
	return g.wf.demand, float64(stride), err
}

func (g *gen) summary(opts Options, counts map[string]int, elapsed time.Duration) *Summary {
	return &Summary{Size: opts.Size, Seed: opts.Seed, ReferenceDate: g.ref, From: g.from, Counts: counts,
		Breaches: g.breaches, Elapsed: elapsed}
}

// wd returns the day n working days after d (before, for negative n), falling back to calendar days
// outside the years whose bank holidays are known.
func (g *gen) wd(d hearth.Date, n int) hearth.Date {
	t, err := g.cal.AddWorkingDays(d.Time(), n)
	if err != nil {
		return d.AddDays(n * 7 / 5)
	}
	return hearth.DateOf(t)
}

// workingDay returns d, or the next working day when d is a weekend or bank holiday.
func (g *gen) workingDay(d hearth.Date) hearth.Date {
	ok, err := g.cal.IsWorkingDay(d.Time())
	if err != nil || ok {
		return d
	}
	return g.wd(d, 1)
}

// draw returns a random stream for one use, derived from a household's stream.
func draw(r *rand.Rand) *rand.Rand { return rand.New(rand.NewPCG(r.Uint64(), r.Uint64())) }
