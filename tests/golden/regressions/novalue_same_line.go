// Regression (issue 8): gc reports an error text once per line (`f() + f()`: one error, the
// same text on two lines: two), goro deduplicated by exact position only.
package main

func f() {}
func g() {}

func main() {
	_ = f() + g()
	_ = undefinedA + undefinedA
	var a, b int = f(), f()
	_, _ = a, b
	_ = f() +
		f()
}
