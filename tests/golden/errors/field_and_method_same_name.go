// error class: field and method with the same name
package main

type T struct {
	Name string
}

func (t T) Name() string { return "" }

func main() {
}
