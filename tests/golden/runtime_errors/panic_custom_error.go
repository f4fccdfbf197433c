package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "my error code" }

func main() {
	panic(&MyErr{7})
}
