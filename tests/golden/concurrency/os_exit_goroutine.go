// os.Exit from a goroutine ends the whole program at once, without running deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer: never printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer: never printed")
		fmt.Println("exiting with status 3")
		os.Exit(3)
	}()
	<-done
}
