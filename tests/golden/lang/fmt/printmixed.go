package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

func main() {
	fmt.Print("a", 1, 2, "b", 3.0, 4.5, 'c', "\n")
	fmt.Print(Pt{1, 2}, Pt{3, 4}, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print([]int{1}, 2, "\n")
	fmt.Print(1, []int{2}, "\n")
	fmt.Print(nil, 1, "\n")
	fmt.Print("x", nil, "\n")
	fmt.Print(1.5, "\n")
	fmt.Print(int8(1), uint(2), "\n")
	fmt.Print(fmt.Sprint(), "|", fmt.Sprint(""), "|", fmt.Sprint("", ""), "\n")
	fmt.Print(fmt.Sprint(1, ""), "|", fmt.Sprint("", 1), "|", fmt.Sprint(1, "", 2), "\n")
	fmt.Println(Pt{1, 1}, &Pt{2, 2}, []Pt{{3, 3}})
	var sp *Pt
	fmt.Println(sp == nil)
}
