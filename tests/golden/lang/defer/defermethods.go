package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(s string)   { fmt.Println(l.prefix + s) }
func (l *Logger) PLog(s string) { fmt.Println(l.prefix + s) }

func main() {
	l := Logger{"v1: "}
	defer l.Log("value receiver")
	defer l.PLog("pointer receiver")
	l.prefix = "v2: "
	var f func()
	defer func() {
		if f == nil {
			fmt.Println("f was nil at defer time? no - closure reads it now")
		}
	}()
	f = func() {}
	fmt.Println("end of main")
}
