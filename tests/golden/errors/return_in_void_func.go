// error class: too many return values in function without results
package main

func f() {
	return 1
}

func main() {
	f()
}
