// error class: unused variable inside a closure
package main

func main() {
	f := func() {
		v := 3
	}
	f()
}
