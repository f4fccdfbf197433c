// error class: cannot define new methods on non-local type
package main

func (n int) Double() int { return n * 2 }

func main() {
}
