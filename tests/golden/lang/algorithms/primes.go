package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	p := sieve(100)
	fmt.Println(p, len(p))
	fmt.Println(len(sieve(100000)))
	for _, n := range []int{12, 97, 360, 1001, 65536, 999999} {
		fmt.Println(n, factor(n))
	}
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
}
