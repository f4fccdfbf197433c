package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	X = iota * 2
	Y
	_
	Z
	W = "str"
	V
	U = iota
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %v\n", Friday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(X, Y, Z, W, V, U)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Printf("%T %08b\n", FlagD, FlagA|FlagB|FlagD)
	const single = iota
	fmt.Println(single)
}
