package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 .* as int value in variable declaration \(truncated\)"
}
