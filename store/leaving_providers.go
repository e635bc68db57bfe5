package store

import (
	"context"
	"fmt"

	"hearth"
	"hearth/leaving"
)

// ProviderSummary is a semi-independent provider with what its list shows of the authority's visits: how
// many there have been, the latest, and the latest unannounced.
type ProviderSummary struct {
	leaving.Provider
	Visits          int
	LastVisit       hearth.Date
	LastUnannounced hearth.Date
}

// Providers returns every semi-independent provider that stands, by name, with its visits counted, in two
// statements. Providers are not children's records, so reading them is not audited.
func (db *DB) Providers(ctx context.Context) ([]ProviderSummary, error) {
	providers, err := rowsWhere[leaving.Provider](ctx, db, "WHERE record_status = 'active' ORDER BY name, id")
	if err != nil {
		return nil, fmt.Errorf("reading the semi-independent providers: %w", err)
	}
	out := make([]ProviderSummary, len(providers))
	index := make(map[hearth.ID]int, len(providers))
	for i, p := range providers {
		out[i].Provider, index[p.ID] = p, i
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT provider_id, announced, COUNT(*), MAX(visit_date) FROM provider_visits
		WHERE record_status = 'active' GROUP BY provider_id, announced`)
	if err != nil {
		return nil, fmt.Errorf("counting the visits to semi-independent providers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var provider hearth.ID
		var announced any
		var n int
		var last hearth.Date
		if err := rows.Scan(&provider, &announced, &n, &last); err != nil {
			return nil, fmt.Errorf("counting the visits to semi-independent providers: %w", err)
		}
		i, ok := index[provider]
		if !ok {
			continue
		}
		p := &out[i]
		p.Visits += n
		if last.After(p.LastVisit) {
			p.LastVisit = last
		}
		if !truthy(announced) && last.After(p.LastUnannounced) {
			p.LastUnannounced = last
		}
	}
	return out, rows.Err()
}

// ProviderVisits returns the visits to a provider that stand, newest first.
func (db *DB) ProviderVisits(ctx context.Context, providerID hearth.ID) ([]leaving.ProviderVisit, error) {
	visits, err := rowsWhere[leaving.ProviderVisit](ctx, db, "WHERE provider_id = ? AND record_status = 'active' ORDER BY visit_date DESC, id DESC", providerID)
	if err != nil {
		return nil, fmt.Errorf("reading the visits to provider %d: %w", providerID, err)
	}
	return visits, nil
}

// WorkerNames returns the names of the workers with the ids given (a visit's visitors, say), in one
// statement per 500 ids.
func (db *DB) WorkerNames(ctx context.Context, ids map[hearth.ID]bool) (map[hearth.ID]string, error) {
	n, err := db.names(ctx, ids, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("reading workers' names: %w", err)
	}
	return n.Workers, nil
}
