// error class: call of undefined function
package main

func main() {
	doSomething(1)
}
