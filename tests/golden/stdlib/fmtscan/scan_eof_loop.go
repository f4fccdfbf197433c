package main

import "fmt"

func main() {
	sum := 0
	cnt := 0
	for {
		var x int
		n, err := fmt.Scan(&x)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		sum += x
		cnt++
	}
	fmt.Println(cnt, sum)
}
