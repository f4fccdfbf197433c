package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(p.Name, p.Age, p)
	people := []struct {
		Name string
		Age  int
	}{{"A", 1}, {"B", 2}}
	for _, x := range people {
		fmt.Println(x.Name, x.Age)
	}
	type Named struct {
		Name string
		Age  int
	}
	n := Named(p)
	fmt.Println(n)
	var cfg struct {
		Debug bool
		Level int
	}
	cfg.Level = 3
	fmt.Printf("%+v\n", cfg)
	tests := []struct {
		in, want int
	}{{1, 2}, {2, 4}, {3, 6}}
	for _, tc := range tests {
		fmt.Println(tc.in*2 == tc.want)
	}
	nested := struct {
		Pos struct{ X, Y int }
	}{}
	nested.Pos.X = 4
	fmt.Printf("%+v\n", nested)
}
