package main

func f(n int) {}

func main() {
	f("s") // ERROR "cannot use \"s\" .* as int value in argument to f"
}
