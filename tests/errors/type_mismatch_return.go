package main

func f() int {
	return "s" // ERROR "cannot use \"s\" .* as int value in return statement"
}

func main() { f() }
