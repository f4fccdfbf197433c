// error class: continue outside loop
package main

func main() {
	switch {
	case true:
		continue
	}
}
