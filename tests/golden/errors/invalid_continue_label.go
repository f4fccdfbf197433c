// error class: continue label not defined on a loop
package main

func main() {
L:
	switch {
	case true:
		for {
			continue L
		}
	}
}
