package main

func main() {
	var u uint = -1 // ERROR "cannot use -1 .* as uint value in variable declaration \(overflows\)"
}
