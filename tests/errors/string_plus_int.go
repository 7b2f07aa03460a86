package main

func main() {
	_ = "a" + 1 // ERROR "mismatched types untyped string and untyped int|cannot convert 1"
}
