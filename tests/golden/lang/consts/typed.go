package main

import "fmt"

type Celsius float64
type ID int

const Boiling Celsius = 100
const untypedF = 2.5
const untypedI = 7
const MaxID ID = 1000

func main() {
	var f float32 = untypedI
	var g float64 = untypedF
	var i int8 = untypedI
	fmt.Println(f, g, i)
	fmt.Printf("%T %T %T\n", Boiling, untypedF, untypedI)
	var c Celsius = Boiling / 2
	fmt.Println(c, c+untypedF)
	fmt.Printf("%T %v\n", MaxID+1, MaxID+1)
	var x = untypedI / 2
	var y = untypedI / 2.0
	fmt.Println(x, y)
	fmt.Printf("%T %T %T\n", 'a', 1+'a', 1.0+'a')
	const s = "hello"
	type MyStr string
	var ms MyStr = s
	fmt.Printf("%T %v %d\n", ms, ms, len(s))
	const b = 3 > 2
	type MyBool bool
	var mb MyBool = b
	fmt.Println(mb, !b)
	var u uint = untypedI
	fmt.Println(u << 2)
}
