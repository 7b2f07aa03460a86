package main

func main() {
	var x int
	x = "hello" // ERROR "cannot use .* as int value in assignment"
	_ = x
}
