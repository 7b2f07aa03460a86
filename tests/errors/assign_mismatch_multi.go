package main

func one() int { return 1 }

func main() {
	var a, b int
	a, b = one() // ERROR "assignment mismatch: 2 variables but one\(\) returns 1 value"
	_, _ = a, b
}
