// A panic with an error value prints the error's text.
// stderr-lines: 2
package main

import (
	"errors"
	"fmt"
)

func main() {
	block := make(chan int)
	go func() {
		err := fmt.Errorf("load config: %w", errors.New("file missing"))
		panic(err)
	}()
	<-block
}
