package main

import "fmt"

type Engine struct{ HP int }

func (e Engine) Start() string   { return fmt.Sprintf("engine %d started", e.HP) }
func (e *Engine) Tune(d int)     { e.HP += d }

type Wheels struct{ N int }

func (w Wheels) Roll() string { return fmt.Sprintf("%d wheels rolling", w.N) }

type Car struct {
	Engine
	Wheels
	Model string
}

func (c Car) Start() string { return c.Model + ": " + c.Engine.Start() }

type Starter interface{ Start() string }

func main() {
	c := Car{Engine{150}, Wheels{4}, "T"}
	fmt.Println(c.Start())
	fmt.Println(c.Roll())
	c.Tune(50)
	fmt.Println(c.HP, c.Engine.Start())
	var s Starter = c
	fmt.Println(s.Start())
	s = c.Engine
	fmt.Println(s.Start())
	s = &c
	fmt.Println(s.Start())
}
