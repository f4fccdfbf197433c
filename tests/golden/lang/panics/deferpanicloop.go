package main

import "fmt"

func step(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("step %d failed: %v", i, r)
		}
	}()
	arr := []int{10, 20, 30}
	return fmt.Sprintf("step %d ok: %d", i, 100/arr[i])
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(step(i))
	}
	total := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					total += 100
				}
			}()
			if i == 1 {
				panic("one")
			}
			total += i
		}()
	}
	fmt.Println(total)
}
