// Package auth holds how people prove who they are to Hearth: argon2id hashes for the local accounts of
// small installs and the demo, and OpenID Connect sign-in through an organisation's own provider
// (Microsoft Entra ID in most councils), which maps the provider's group or app-role claims to one Hearth
// role. It knows nothing of HTTP handlers, sessions or the store: the web package keeps a sign-in's state
// between Begin and Finish, and finds or creates the account for the Identity that Finish returns.
package auth
