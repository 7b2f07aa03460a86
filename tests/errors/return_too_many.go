package main

func f() {
	return 1 // ERROR "too many return values"
}

func main() { f() }
