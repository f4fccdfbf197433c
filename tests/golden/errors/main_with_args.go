// error class: func main must have no arguments and no return values
package main

func main() int {
	return 0
}
