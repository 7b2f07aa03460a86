package main

// Found by make fuzz: x op= y with an operator the type lacks described x
// from an uninitialised operand (ASan: stack-use-after-scope in op_describe).
func main() {
	var n []int
	n &= n // ERROR "operator & not defined on n"
	var s string
	s -= "x" // ERROR "operator - not defined on s"
}
