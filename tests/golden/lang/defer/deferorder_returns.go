package main

import "fmt"

var log []string

func f() (r int) {
	defer func() {
		log = append(log, fmt.Sprint("defer1 r=", r))
		r += 100
	}()
	defer func() {
		log = append(log, fmt.Sprint("defer2 r=", r))
		r *= 2
	}()
	r = 1
	log = append(log, "body")
	return r + 4
}

func main() {
	res := f()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("result", res)
}
