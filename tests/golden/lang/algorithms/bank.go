package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[string]int
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]int{}} }

func (b *Bank) Open(name string, amt int) {
	b.accounts[name] = amt
	b.log = append(b.log, fmt.Sprintf("open %s %d", name, amt))
}

func (b *Bank) Transfer(from, to string, amt int) error {
	fb, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	if _, ok := b.accounts[to]; !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if fb < amt {
		return fmt.Errorf("transfer %d from %s (has %d): %w", amt, from, fb, ErrInsufficient)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	b.log = append(b.log, fmt.Sprintf("transfer %s->%s %d", from, to, amt))
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 50)
	ops := []struct {
		from, to string
		amt      int
	}{{"alice", "bob", 30}, {"bob", "carol", 5}, {"bob", "alice", 500}, {"bob", "alice", 80}}
	for _, op := range ops {
		if err := b.Transfer(op.from, op.to, op.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient), errors.Is(err, ErrNoAccount))
		}
	}
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, b.accounts[n])
	}
	fmt.Println(b.log)
}
