package main

func main() {
	var i int8 = -129 // ERROR "cannot use -129 .* as int8 value in variable declaration \(overflows\)"
}
