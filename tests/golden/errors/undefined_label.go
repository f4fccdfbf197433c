// error class: break to undefined label
package main

func main() {
	for {
		break missing
	}
}
