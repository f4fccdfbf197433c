package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Animal
	Volume int
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }

type Shadow struct {
	Animal
	Name string
}

type Multi struct {
	Base
	Dog
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	l := Loud{&Animal{"Bird", 2}, 11}
	l.Rename("Parrot")
	fmt.Println(l.Describe(), l.Volume)
	s := Shadow{Animal{"inner", 0}, "outer"}
	fmt.Println(s.Name, s.Animal.Name, s.Describe())
	m := Multi{Base{7}, d}
	fmt.Println(m.ID, m.Breed, m.Base.Describe(), m.Dog.Describe())
}
