// An empty select blocks forever.
// stderr-lines: 3
package main

import "fmt"

func main() {
	fmt.Println("about to block")
	select {}
}
