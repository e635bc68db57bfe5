// Package returns holds what the statutory returns share: a finding of a validation rule, the report of a
// validation run (with the rules that could not run and why), and the three report formats of the command
// line contract (text grouped by rule, csv and json). Each return has a package of its own beneath this one
// (returns/ssda903, returns/cin) with its reader, writer and rules; they read and write plain Go values and
// never the database, so a rule is tested on a hand-built return and runs the same from the command line
// and while people work.
package returns
