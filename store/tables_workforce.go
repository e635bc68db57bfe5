package store

import "hearth/workforce"

// workforceTables are who works with each child. They come after frontdoorTables in allTables because an
// allocation may name the referral it was made for (involvements.cin_episode_id); nothing in frontdoor or
// protection refers to them.
var workforceTables = []Table{
	{Name: "involvements", SSD: "ssd_involvements", Doc: "A worker allocated to a child in a role (social worker, personal adviser, reviewing officer, ...) over a period.", Row: workforce.Allocation{}},
}
