package main

import "fmt"

type Money int

func (m Money) String() string   { return fmt.Sprintf("$%d.%02d", m/100, m%100) }
func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", int(m)) }

type Formatted struct{}

func (Formatted) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v]", verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

func main() {
	m := Money(12345)
	fmt.Println(m)
	fmt.Printf("%v %s %d %#v %q %x\n", m, m, m, m, m, m)
	fmt.Printf("%10v|%-10v|\n", m, m)
	fmt.Println([]Money{1, 250})
	fmt.Printf("%#v\n", []Money{1, 250})
	fmt.Printf("%v|%+v|%#v|%8.3x|%-d\n", Formatted{}, Formatted{}, Formatted{}, Formatted{}, Formatted{})
	var e error = &Err{"bad"}
	fmt.Println(e)
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Println(struct{ E error }{e})
}
