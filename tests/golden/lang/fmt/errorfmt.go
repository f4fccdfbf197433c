// go1.22: expected output from gc 1.22 (several %w verbs in one Errorf need Go 1.20)
package main

import (
	"errors"
	"fmt"
)

func main() {
	e := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(e)
	w := fmt.Errorf("ctx: %w", e)
	fmt.Println(w, errors.Unwrap(w) == e)
	fmt.Printf("%v|%s|%q|%+v\n", w, w, w, w)
	fmt.Println(fmt.Errorf("no wrap %v", e))
	multi := fmt.Errorf("a: %w, b: %w", errors.New("A"), errors.New("B"))
	fmt.Println(multi)
	fmt.Println(errors.Unwrap(multi) == nil)
	fmt.Println(fmt.Errorf("%w", nil))
	fmt.Printf("%v\n", []error{e, nil})
}
