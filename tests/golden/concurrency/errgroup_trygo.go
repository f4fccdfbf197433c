// errgroup.TryGo starts a task only if the limit allows it right now.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	release := make(chan struct{})
	started := make(chan struct{})
	fmt.Println("TryGo first:", g.TryGo(func() error {
		close(started)
		<-release
		return nil
	}))
	<-started
	fmt.Println("TryGo while full:", g.TryGo(func() error { return nil }))
	close(release)
	fmt.Println("wait:", g.Wait())
	ran := make(chan bool, 1)
	fmt.Println("TryGo after wait:", g.TryGo(func() error {
		ran <- true
		return fmt.Errorf("late failure")
	}))
	fmt.Println("ran:", <-ran)
	fmt.Println("wait:", g.Wait())
}
