// Package hearth holds the shared vocabulary of Hearth, the case record and performance system of a
// children's services organisation in England: identifiers, the civil Date, errors with codes and
// user-safe messages, the Actor who is doing something, and validated identifiers such as the NHS
// number and the Unique Pupil Number. It imports nothing from the rest of the module, so every other
// package can depend on it.
package hearth
