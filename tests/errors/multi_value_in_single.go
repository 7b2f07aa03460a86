package main

func two() (int, int) { return 1, 2 }

func main() {
	_ = two() + 1 // ERROR "multiple-value two\(\) .* in single-value context"
}
