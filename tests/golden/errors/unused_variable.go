// error class: unused local variable
package main

func main() {
	x := 1
}
