package main

import (
	"fmt"
	"os"
	"strings"
)

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	fmt.Fprint(os.Stdout, "a", "b", "\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d|", 7)
	fmt.Fprint(&sb, "x", 1)
	fmt.Fprintln(&sb, " end")
	fmt.Print(sb.String())
	cw := &countWriter{}
	fmt.Fprintf(cw, "%s %d", "hello", 12345)
	fmt.Println(cw.n)
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
	fmt.Fprintln(os.Stderr, "to stderr")
}
