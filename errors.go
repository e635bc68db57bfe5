package hearth

import (
	"errors"
	"fmt"
)

// Error codes say what kind of failure happened, so that the web application can choose a status and the
// command line an exit code without parsing messages.
const (
	EINVALID      = "invalid"      // the input is wrong; the message says what and where
	ENOTFOUND     = "not_found"    // the thing asked for does not exist (or is not visible to the actor)
	ECONFLICT     = "conflict"     // the change was based on a stale version, or would duplicate something
	EFORBIDDEN    = "forbidden"    // the actor may not do this
	EUNAUTHORIZED = "unauthorized" // nobody is signed in
	EUNAVAILABLE  = "unavailable"  // a dependency such as the database cannot be reached
	EINTERNAL     = "internal"     // a fault in Hearth itself; the detail is logged, not shown
)

// Error is a failure with a code and a message that is safe to show to the person using Hearth. The
// wrapped Err carries the technical detail for logs; it is never shown to users because it may hold SQL or
// data from another record.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error returns the user-safe message, followed by the wrapped detail when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap lets errors.Is and errors.As see the wrapped detail.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with a code and a formatted user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an Error with a code and user-safe message that keeps err as its technical detail.
func WrapError(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other error and "" for
// nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's chain, and a generic sentence for
// any other error, because the text of an unexpected error may leak details that users must not see.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "An internal error has occurred."
}
