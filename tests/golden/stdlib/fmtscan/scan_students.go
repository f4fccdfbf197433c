// A typical exercise: read a count, then name/score lines, report statistics.
package main

import "fmt"

type student struct {
	name  string
	score float64
	age   int
}

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("bad count:", err)
		return
	}
	var list []student
	for i := 0; i < n; i++ {
		var s student
		c, err := fmt.Scan(&s.name, &s.score, &s.age)
		if err != nil {
			fmt.Printf("record %d: read %d fields: %v\n", i, c, err)
			continue
		}
		list = append(list, s)
	}
	sum := 0.0
	best := -1
	for i, s := range list {
		sum += s.score
		if best < 0 || s.score > list[best].score {
			best = i
		}
		fmt.Printf("%-8s %6.2f %3d\n", s.name, s.score, s.age)
	}
	if len(list) > 0 {
		fmt.Printf("average %.3f, best %s\n", sum/float64(len(list)), list[best].name)
	}
	var word string
	var x int
	for {
		c, err := fmt.Scan(&word)
		if err != nil {
			fmt.Println("end:", c, err)
			break
		}
		fmt.Printf("word %q\n", word)
		if word == "num" {
			c, err = fmt.Scan(&x)
			fmt.Println("num:", c, err, x)
		}
	}
}
