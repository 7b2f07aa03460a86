package main

func main() {
	x := 5
	_ = *x // ERROR "invalid operation: cannot indirect x|invalid indirect of x"
}
