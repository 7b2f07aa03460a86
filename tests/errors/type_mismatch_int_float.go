package main

func main() {
	var i int = 1
	var f float64 = 2
	_ = i * f // ERROR "invalid operation: i \* f \(mismatched types int and float64\)"
}
