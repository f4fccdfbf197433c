// strings.Fields / bytes.Fields: ASCII and Unicode spaces, empty results, appending to the result.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  a bb\tccc\n  dddd  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.Fields("héllo wörld\u00a0x\u2003y"))
	f := strings.Fields("one two")
	f = append(f, "three")
	fmt.Println(f, len(f))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  yy zzz ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("ü\u2003ä")))
}
