package main

func f(xs ...int) {}

func main() {
	s := []string{"a"}
	f(s...) // ERROR "cannot use s .* as \[\]int value in argument to f"
}
