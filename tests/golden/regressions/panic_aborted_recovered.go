// Regression (issue 8, progfuzz): a panic raised by a deferred call during panicking aborts
// the first one; when the second is recovered, both are over. goro kept the aborted panic
// and printed it as the chain of a later unrecovered panic ("panic: first / panic: third").
package main

import "fmt"

func f() {
	defer func() { panic("second") }()
	panic("first")
}

func g() {
	defer func() { fmt.Println("g recovered:", recover()) }()
	defer func() { panic(fmt.Sprint("re-", recover())) }()
	panic("one")
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	g()
	panic("third")
}
