// error class: init cannot be referenced
package main

func init() {}

func main() {
	init()
}
