// error class: function redeclared in package block
package main

func helper() {}

func helper() {}

func main() {
	helper()
}
