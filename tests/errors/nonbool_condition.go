package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
}
