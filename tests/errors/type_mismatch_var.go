package main

func main() {
	var s string = 5 // ERROR "cannot use 5 .* as string value in variable declaration"
}
