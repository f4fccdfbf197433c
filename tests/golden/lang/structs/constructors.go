package main

import (
	"errors"
	"fmt"
)

type Account struct {
	owner   string
	balance int
	history []int
}

func NewAccount(owner string, initial int) *Account {
	return &Account{owner: owner, balance: initial, history: []int{initial}}
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, n)
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return errors.New("insufficient funds")
	}
	a.balance -= n
	a.history = append(a.history, -n)
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s: %d %v", a.owner, a.balance, a.history)
}

func main() {
	acc := NewAccount("bob", 100)
	acc.Deposit(50)
	if err := acc.Withdraw(500); err != nil {
		fmt.Println("error:", err)
	}
	_ = acc.Withdraw(30)
	fmt.Println(acc)
	fmt.Println(*acc)
	copyAcc := *acc
	copyAcc.Deposit(1)
	fmt.Println(acc.balance, copyAcc.balance, len(acc.history), len(copyAcc.history))
}
