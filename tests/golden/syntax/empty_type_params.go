package main

func Map[](x int) int {
	return x
}

func main() {
}
