package main

import "fmt"

type Status int

func (s Status) String() string { return fmt.Sprintf("status-%d", int(s)) }

type Fatal struct {
	Reason string
	Code   int
}

func main() {
	vals := []interface{}{Status(3), Fatal{"disk", 5}, &Fatal{"net", 6}, []int{1, 2}, map[string]int{"a": 1}, true, 'x', uint8(9)}
	for _, v := range vals {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%v | %+v | %T\n", r, r, r)
			}()
			panic(v)
		}()
	}
}
