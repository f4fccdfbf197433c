// Package fmt: goro's implementation of Go's fmt package. Formatting is native (C); this file
// gives the API its Go shape.
package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func sprintf(format string, a []any) string
func sprint(a []any) string
func sprintln(a []any) string
func errorf(format string, a []any) (string, []int)
func writeStdout(s string) int

func Sprintf(format string, a ...any) string { return sprintf(format, a) }
func Sprint(a ...any) string                 { return sprint(a) }
func Sprintln(a ...any) string               { return sprintln(a) }

func Printf(format string, a ...any) (n int, err error) {
	return writeStdout(sprintf(format, a)), nil
}

func Print(a ...any) (n int, err error) {
	return writeStdout(sprint(a)), nil
}

func Println(a ...any) (n int, err error) {
	return writeStdout(sprintln(a)), nil
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, sprintf(format, a))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, sprint(a))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, sprintln(a))
}

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	switch len(w) {
	case 0:
		return errors.New(s)
	case 1:
		e, _ := a[w[0]].(error)
		return &wrapError{msg: s, err: e}
	default:
		errs := make([]error, 0, len(w))
		for _, i := range w {
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{msg: s, errs: errs}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// State is the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// state wraps the C printer (fmt.c) for the duration of one Format call.
type state struct {
	h uintptr
}

func stateWrite(h uintptr, b []byte) int
func stateWidth(h uintptr) (int, bool)
func statePrecision(h uintptr) (int, bool)
func stateFlag(h uintptr, c int) bool

func (s *state) Write(b []byte) (int, error)       { return stateWrite(s.h, b), nil }
func (s *state) WriteString(str string) (int, error) { return stateWrite(s.h, []byte(str)), nil }
func (s *state) Width() (int, bool)                 { return stateWidth(s.h) }
func (s *state) Precision() (int, bool)             { return statePrecision(s.h) }
func (s *state) Flag(c int) bool                    { return stateFlag(s.h, c) }

// forces the method table of *state to exist (the VM boxes printer states as fmt.State)
var stateType State = (*state)(nil)
