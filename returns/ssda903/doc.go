// Package ssda903 reads, writes and validates the SSDA903 return (children looked after) in its CSV form:
// one table per file (Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing,
// SocialWorker and, from 2026/27, DoLo), each recognised by its columns.
//
// A Return holds every table as typed rows. Each row keeps the values exactly as read (as strings named
// after the DfE's column names, so a rule reads like the DfE's specification) and the dates parsed once on
// reading, so that the rules, which compare dates constantly, never parse them again. The rules of the
// DfE's validation are each defined once (rule.go, rules_*.go) with their code, official message, tables,
// fields and collection years, and run over a Return in memory: fast, and tested on hand-written returns.
package ssda903
