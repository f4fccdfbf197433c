// fmt reads os.Stdin one byte at a time: after a scan, the rest of standard input (less the
// one rune read past each token) is still there for other readers.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var a, b int
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b)
	buf := make([]byte, 4)
	k, err := os.Stdin.Read(buf)
	fmt.Printf("read %d %v %q\n", k, err, buf[:k])
	var s string
	n, err = fmt.Scanln(&s)
	fmt.Println(n, err, s)
	n, err = fmt.Scanln(&a)
	fmt.Println(n, err, a)
	br := bufio.NewReader(os.Stdin)
	line, err := br.ReadString('\n')
	fmt.Printf("bufio %q %v\n", line, err)
	// fmt on the bufio.Reader (an io.RuneScanner): nothing read past the token
	n, err = fmt.Fscan(br, &a)
	fmt.Println(n, err, a)
	r, _, err := br.ReadRune()
	fmt.Printf("next rune %q %v\n", r, err)
	var f float64
	n, err = fmt.Fscanf(br, "%f;", &f)
	fmt.Println(n, err, f)
	rest, err := io.ReadAll(br)
	fmt.Printf("rest %q %v\n", rest, err)
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
}
