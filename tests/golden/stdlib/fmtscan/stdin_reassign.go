package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	f, err := os.CreateTemp("", "scanre")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	f.WriteString("11 22\n33 44\n")
	f.Close()
	var a, b int
	n, err := fmt.Scan(&a)
	fmt.Println("stdin", n, err, a)
	old := os.Stdin
	os.Stdin, _ = os.Open(f.Name())
	n, err = fmt.Scan(&a, &b)
	fmt.Println("file", n, err, a, b)
	var buf [100]byte
	k, _ := os.Stdin.Read(buf[:])
	fmt.Printf("rest %q\n", buf[:k])
	os.Stdin.Close()
	n, err = fmt.Scan(&a)
	fmt.Println("closed", n, err != nil && strings.HasSuffix(err.Error(), ": file already closed"))
	os.Stdin = nil
	n, err = fmt.Scan(&a)
	fmt.Println("nil", n, err)
	os.Stdin = old
	n, err = fmt.Scan(&a)
	fmt.Println("back", n, err, a)
	k, err = os.Stdin.Read(buf[:3])
	fmt.Printf("read %d %v %q\n", k, err, buf[:k])
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("scanln", n, err, a, b)
	k, err = os.Stdin.Read(buf[:])
	fmt.Printf("all %q\n", buf[:k])
}
