// error class: not enough arguments for builtin delete
package main

func main() {
	m := map[int]int{}
	delete(m)
}
