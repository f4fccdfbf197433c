package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

func defaults() *Config {
	c := new(Config)
	c.Name = "default"
	c.Retries = 3
	return c
}

func main() {
	c1 := defaults()
	c2 := &Config{Name: "lit"}
	c3 := *c1
	c3.Name = "copy"
	c1.Tags = append(c1.Tags, "x")
	fmt.Printf("%+v\n%+v\n%+v\n", *c1, *c2, c3)
	fmt.Println(c1)
	pi := new(int)
	pf := new(float64)
	ps := new(string)
	pb := new(bool)
	fmt.Println(*pi, *pf, *ps == "", *pb)
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = pi
	**pp = 9
	fmt.Println(*pi)
}
