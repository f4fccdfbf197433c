package main

import "fmt"

func main() {
	primes := []int{}
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if !isPrime {
			continue
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	words := []string{"a", "", "b", "stop", "c"}
	for _, w := range words {
		if w == "" {
			continue
		}
		if w == "stop" {
			break
		}
		fmt.Print(w)
	}
	fmt.Println()
}
