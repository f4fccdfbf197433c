// Regression (issue 8, fuzzing): a call of a function without results used as an operand
// (comparison, arithmetic, len, cap, type assertion) crashed the checker (NULL type);
// gc reports "(no value) used as value" at each.
package main

func f() {}

func main() {
	f() <= f()
	_ = f() + 1
	_ = len(f())
	_ = cap(f())
	_ = f().(int)
	_ = 1 == f()
}
