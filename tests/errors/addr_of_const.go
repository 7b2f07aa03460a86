package main

func main() {
	_ = &5 // ERROR "invalid operation: cannot take address of 5"
}
