package main

func main() {
	var s string = 5 // ERROR "cannot use 5 .* as string value in variable declaration"
	_ = s // no error here: s is declared (Go keeps declaring a variable whose initialiser is wrong)
	var b byte = 300 // ERROR "cannot use 300 .* as byte value in variable declaration \(overflows\)"
	b++
}
