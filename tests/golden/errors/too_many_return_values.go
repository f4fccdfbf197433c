// error class: too many return values
package main

func f() int {
	return 1, "extra"
}

func main() {
	_ = f()
}
