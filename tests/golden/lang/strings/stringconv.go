package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 42
	s := strconv.Itoa(n) + "!"
	fmt.Println(s)
	fmt.Println(fmt.Sprint(n) + fmt.Sprint(3.5) + fmt.Sprint(true))
	fmt.Println(string(rune(n)))
	q := strconv.Quote("héllo\n")
	fmt.Println(q, strconv.QuoteToASCII("héllo"))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote("abc")
	fmt.Println(err)
	fmt.Println(strconv.QuoteRune('☺'), strconv.AppendInt([]byte("x="), -7, 10))
	fmt.Println(string(strconv.AppendInt([]byte("x="), -7, 10)))
}
