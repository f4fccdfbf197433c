// Showcase: bank accounts guarded by mutexes. Transfers lock both accounts in a fixed
// order (by id) so two opposite transfers cannot deadlock; the total is conserved.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("withdraw %d from account %d: %w", amount, a.id, ErrInsufficientFunds)
	}
	a.balance -= amount
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, amount int) error {
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from account %d: %w", amount, from.id, ErrInsufficientFunds)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	const n = 4
	accounts := make([]*Account, n)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var failures sync.Map
	// Every account sends 1 unit, 200 times, to each other account, all concurrently.
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i == j {
				continue
			}
			wg.Add(1)
			go func(from, to *Account) {
				defer wg.Done()
				for k := 0; k < 200; k++ {
					if err := Transfer(from, to, 1); err != nil {
						failures.Store(err.Error(), true)
					}
				}
			}(accounts[i], accounts[j])
		}
	}
	// Concurrent deposits and withdrawals that cancel out.
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(a *Account) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				a.Deposit(5)
				if err := a.Withdraw(5); err != nil {
					failures.Store(err.Error(), true)
				}
			}
		}(accounts[i])
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		fmt.Printf("account %d: %d\n", a.id, a.Balance())
		total += a.Balance()
	}
	fmt.Println("total:", total)
	nf := 0
	failures.Range(func(k, v any) bool { nf++; return true })
	fmt.Println("failed operations:", nf)

	err := accounts[0].Withdraw(5000)
	fmt.Println(err)
	fmt.Println("insufficient funds:", errors.Is(err, ErrInsufficientFunds))
}
