// A panic recovered inside a nested call is over; the outer one recovered then replaced is not.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic("later")
	}()
	func() {
		defer func() { recover() }()
		panic("inner")
	}()
	panic("first")
}
