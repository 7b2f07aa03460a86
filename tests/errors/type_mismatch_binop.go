package main

func main() {
	a := 1
	b := "x"
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
}
