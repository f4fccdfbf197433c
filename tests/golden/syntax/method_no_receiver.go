package main

func () Name() string {
	return ""
}

func main() {
}
