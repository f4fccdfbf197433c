// error class: non-boolean condition in for statement
package main

func main() {
	s := "x"
	for s {
	}
}
