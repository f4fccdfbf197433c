package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120},
		{"Bob", "ops", 90},
		{"Cid", "eng", 110},
		{"Dee", "ops", 95},
		{"Eve", "sales", 70},
	}
	byDept := map[string][]Employee{}
	total := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		total[e.Dept] += e.Salary
	}
	depts := make([]string, 0)
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-6s %3d %s\n", d, total[d], strings.Join(names, ","))
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Salary > staff[j].Salary })
	fmt.Println(staff[0], staff[len(staff)-1])
	for i := range staff {
		staff[i].Salary += 10
	}
	fmt.Println(staff)
}
