package leaving

import (
	"hearth"
	"hearth/frontdoor"
)

// Provider is a provider of semi-independent (supported) accommodation that care leavers and looked-after
// 16 and 17 year olds live with: whether a contract is in place, and its Ofsted registration (supported
// accommodation for 16 and 17 year olds has had to be registered since October 2023). Inspectors find
// young people placed with providers nobody has visited and no contract covers; the visits
// (ProviderVisit) and the contract make that visible.
type Provider struct {
	hearth.Record
	Name          string      `db:"name,notnull" doc:"The provider's name"`
	Postcode      string      `db:"postcode" doc:"The postcode of the provider's accommodation or office"`
	OfstedURN     string      `db:"ofsted_urn" doc:"The Ofsted unique reference number of the provider's registration, when registered"`
	Contract      bool        `db:"contract" doc:"True when a contract (or framework agreement) with the provider is in place"`
	ContractStart hearth.Date `db:"contract_start" doc:"The date the current contract began"`
	ContractEnd   hearth.Date `db:"contract_end" doc:"The date the current contract ends or ended"`
	Notes         string      `db:"notes" doc:"What the accommodation is (shared house, self-contained flats) and whom it is for"`
}

// Validate checks the provider on its own: a name, contract dates only with a contract, in order.
func (p Provider) Validate() error {
	c := check{what: "semi-independent provider (semi_independent_providers)"}
	c.text("name", p.Name, "the provider's name")
	if !p.Contract && (!p.ContractStart.IsZero() || !p.ContractEnd.IsZero()) {
		c.add("contract", "contract dates are recorded, but no contract is in place")
	}
	c.order("the contract's start", p.ContractStart, "contract_end", "the contract's end", p.ContractEnd)
	return c.err()
}

// ProviderVisitOutcomes is the local list of what a visit to a provider found.
var ProviderVisitOutcomes = frontdoor.CodeList{
	{Code: "good", Description: "Good: safe, suitable accommodation and support"},
	{Code: "improvements", Description: "Improvements needed: agreed with the provider, to be checked at the next visit"},
	{Code: "concerns", Description: "Serious concerns: escalated, and the young people's placements reviewed"},
}

// ProviderVisit is a visit by the authority to a semi-independent provider, announced or not, and what it
// found. Unannounced visits see the accommodation as young people live in it.
type ProviderVisit struct {
	hearth.Record
	ProviderID hearth.ID   `db:"provider_id,notnull" ref:"semi_independent_providers" doc:"The provider visited"`
	Date       hearth.Date `db:"visit_date,notnull" doc:"The date of the visit"`
	Announced  bool        `db:"announced" doc:"True when the provider was told of the visit beforehand; false for an unannounced visit"`
	WorkerID   hearth.ID   `db:"worker_id" ref:"professionals" doc:"Who visited"`
	Outcome    string      `db:"outcome,notnull" codes:"provider_visit_outcome" doc:"good, improvements or concerns"`
	Findings   string      `db:"findings,notnull" doc:"What the visit found: the accommodation, the support, what young people said"`
}

// Validate checks the visit on its own: the provider, the date, a known outcome and the findings.
func (v ProviderVisit) Validate() error {
	c := check{what: "visit to a semi-independent provider (provider_visits)"}
	c.id("provider_id", v.ProviderID, "the provider visited")
	c.date("visit_date", v.Date, "the date of the visit")
	c.code("outcome", v.Outcome, ProviderVisitOutcomes, "visit outcome", true)
	c.text("findings", v.Findings, "what the visit found")
	return c.err()
}
