package main

import (
	"fmt"
	"strconv"
	"strings"
)

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	}
	return 0
}

func tokenize(s string) []string {
	var toks []string
	cur := ""
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur += string(r)
		case r == ' ':
		default:
			if cur != "" {
				toks = append(toks, cur)
				cur = ""
			}
			toks = append(toks, string(r))
		}
	}
	if cur != "" {
		toks = append(toks, cur)
	}
	return toks
}

func toRPN(toks []string) []string {
	var out, ops []string
	for _, t := range toks {
		switch {
		case t == "(":
			ops = append(ops, t)
		case t == ")":
			for ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		case prec(t) > 0:
			for len(ops) > 0 && prec(ops[len(ops)-1]) >= prec(t) {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, t)
		default:
			out = append(out, t)
		}
	}
	for len(ops) > 0 {
		out = append(out, ops[len(ops)-1])
		ops = ops[:len(ops)-1]
	}
	return out
}

func eval(rpn []string) (int, error) {
	var st []int
	for _, t := range rpn {
		if n, err := strconv.Atoi(t); err == nil {
			st = append(st, n)
			continue
		}
		if len(st) < 2 {
			return 0, fmt.Errorf("stack underflow at %q", t)
		}
		b, a := st[len(st)-1], st[len(st)-2]
		st = st[:len(st)-2]
		var r int
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			r = a / b
		case "%":
			r = a % b
		}
		st = append(st, r)
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "2 * (3 + 4) * (5 - 1)", "8 / (4 - 4)", "-"} {
		rpn := toRPN(tokenize(e))
		v, err := eval(rpn)
		fmt.Printf("%-22s => %-20s = %d %v\n", e, strings.Join(rpn, " "), v, err)
	}
}
