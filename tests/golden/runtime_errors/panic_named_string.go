package main

type Reason string

func main() {
	panic(Reason("custom string type"))
}
