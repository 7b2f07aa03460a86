// hello.go: start-up cost: time and peak memory of the smallest program.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
