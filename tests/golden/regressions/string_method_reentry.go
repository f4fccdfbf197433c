// fmt calls String methods by re-entering the VM from a native; deep String methods grow the
// goroutine's frame and register arrays while the caller's frame is live. The caller must
// continue with the moved arrays (this once re-ran io.WriteString with clobbered registers).
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

type Deep int

func depth(n int) string {
	if n == 0 {
		return "."
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1)[:1] + fmt.Sprint(pad[n%8]%10)
}

func (d Deep) String() string { return "deep" + depth(int(d)) }

type Wrap struct{ d Deep }

func (w *Wrap) String() string { return "wrap(" + fmt.Sprint(w.d) + ")" }

func writeVia(w *strings.Builder, vals ...any) {
	fmt.Fprintln(w, vals...)
	fmt.Fprint(w, vals[0], "|")
}

func main() {
	t := time.Unix(0, 0).UTC()
	fmt.Fprintln(os.Stdout, time.Duration(1500)*time.Microsecond)
	var x any = &t
	fmt.Println(x)
	for _, n := range []int{1, 10, 100, 1000, 3000} {
		fmt.Fprintln(os.Stdout, Deep(n), n)
		s := fmt.Sprintf("%v %s %d", Deep(n), &Wrap{Deep(n)}, n)
		fmt.Println(len(s) > 0, s[:8])
	}
	var b strings.Builder
	writeVia(&b, Deep(2000), &Wrap{Deep(5)})
	fmt.Print(b.String())
	fmt.Println()
	done := make(chan string)
	go func() { done <- fmt.Sprint(Deep(4000), &Wrap{Deep(4000)}) }()
	fmt.Println(len(<-done))
}
