package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatUint(35, 36))
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatBool(true))
	b, err := strconv.ParseBool("false")
	fmt.Println(b, err)
}
