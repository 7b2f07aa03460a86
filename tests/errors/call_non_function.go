package main

func main() {
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x"
}
