// error class: func init must have no arguments and no return values
package main

func init(x int) {
}

func main() {
}
