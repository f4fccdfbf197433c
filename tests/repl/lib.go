package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Greet() string { return "hello, " + strings.ToUpper(g.Name) }

var loaded = compute()

func compute() int { return 6 * 7 }

var order []string

func init() { order = append(order, "init sees loaded="+fmt.Sprint(loaded)) }
