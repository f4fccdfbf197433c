package main

func main() {
	println("hello", 1, true, 2.5, 'x')
	print("no newline", 1, 2, "\n")
	println()
	println(-7, uint8(200), int64(-1)<<63)
	println(1e100, -0.5, float32(1.5))
	var p *int
	println(p == nil)
	println("a" + "b")
	var e error
	println(e == nil)
	print("x", "y", "\n")
	print(1, 2, "\n")
	println(nil == p)
}
