package main

type T struct{}

func (T) Add(n int) int { return n }

func main() {
	var t T
	t.Add("x") // ERROR "cannot use \"x\" .* as int value in argument to t.Add"
}
