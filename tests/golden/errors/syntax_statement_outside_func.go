// error class: syntax error (non-declaration statement outside function body)
package main

x := 1

func main() {
}
