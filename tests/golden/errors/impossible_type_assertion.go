// error class: impossible type assertion
package main

import "fmt"

type Reader interface{ Read() string }

type File struct{}

func (f *File) Read() string { return "" }

func main() {
	var r Reader = &File{}
	f := r.(File)
	fmt.Println(f)
}
