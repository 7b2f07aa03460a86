package main

func main() {
	var b byte = 300 // ERROR "cannot use 300 .* as byte value in variable declaration \(overflows\)"
}
