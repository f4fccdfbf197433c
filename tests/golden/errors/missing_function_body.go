// error class: missing function body
package main

func f() int

func main() {
	_ = f()
}
