package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type Namer interface{ Name() string }
type N string

func (n N) Name() string { return string(n) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v %T", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case error:
		return "error " + x.Error()
	case Namer:
		return "namer " + x.Name()
	case T:
		return fmt.Sprint("T ", x.A)
	case *T:
		return fmt.Sprint("*T ", x.A)
	case func() int:
		return fmt.Sprint("func ", x())
	case bool, float64:
		return fmt.Sprintf("other %v", x)
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int8(2), int16(3), "hey", []int{1, 2}, map[string]int{"a": 1}, errors.New("bad"), N("n"), T{4}, &T{5}, func() int { return 6 }, true, 2.5, uint(9), struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = 3
	switch i.(type) {
	case int, string:
		fmt.Println("int or string")
	}
	switch t := i.(type) {
	default:
		fmt.Printf("%T\n", t)
	}
}
