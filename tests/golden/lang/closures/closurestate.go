package main

import "fmt"

type Bank struct {
	deposit  func(int)
	withdraw func(int) bool
	balance  func() int
}

func newBank() Bank {
	bal := 0
	return Bank{
		deposit:  func(n int) { bal += n },
		withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			return true
		},
		balance: func() int { return bal },
	}
}

func main() {
	b := newBank()
	b.deposit(100)
	fmt.Println(b.withdraw(30), b.withdraw(100), b.balance())
	b2 := b
	b2.deposit(5)
	fmt.Println(b.balance(), b2.balance())
	fresh := newBank()
	fmt.Println(fresh.balance())
	x := 0
	defer func() { fmt.Println("deferred sees", x) }()
	x = 7
}
