package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"banana split", 12, 4.25}, {"kiwi", 100, 0.125}}
	fmt.Printf("%-14s|%5s|%8s\n", "item", "qty", "price")
	fmt.Printf("%s\n", "--------------+-----+--------")
	total := 0.0
	for _, r := range rows {
		t := float64(r.qty) * r.price
		total += t
		fmt.Printf("%-14.14s|%5d|%8.2f\n", r.name, r.qty, t)
	}
	fmt.Printf("%-14s|%5s|%8.2f\n", "TOTAL", "", total)
	fmt.Println(fmt.Sprintf("%08.3f|%+.1e|%x", 3.14159, 12345.678, 3.5))
	fmt.Println(fmt.Sprintf("%3d%%|%-3d%%", 5, 5))
}
