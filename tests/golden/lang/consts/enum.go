package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Level uint

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

var levelNames = [...]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

func (l Level) String() string { return levelNames[l] }

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s %+v %#v\n", Blue, Blue, Blue, Blue, Blue)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
	fmt.Println(Debug, Error, len(levelNames))
	fmt.Printf("%v %q\n", Warn, Info)
}
