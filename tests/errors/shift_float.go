package main

func main() {
	f := 1.5
	_ = f << 2 // ERROR "invalid operation: shift of type float64|shifted operand f .* must be integer"
}
