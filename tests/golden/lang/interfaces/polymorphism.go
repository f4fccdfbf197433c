package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{}
type Cat struct{ name string }
type Cow struct{ id int }

func (Dog) Sound() string   { return "woof" }
func (Dog) Name() string    { return "dog" }
func (c Cat) Sound() string { return "meow" }
func (c Cat) Name() string  { return c.name }
func (c *Cow) Sound() string { return "moo" }
func (c *Cow) Name() string  { return fmt.Sprintf("cow#%d", c.id) }

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	zoo := []Animal{Cat{"tom"}, Dog{}, &Cow{2}, Cat{"felix"}, &Cow{1}}
	sort.Sort(byName(zoo))
	var parts []string
	for _, a := range zoo {
		parts = append(parts, a.Name()+":"+a.Sound())
	}
	fmt.Println(strings.Join(parts, " "))
	counts := map[string]int{}
	for _, a := range zoo {
		counts[a.Sound()]++
	}
	fmt.Println(counts)
}
