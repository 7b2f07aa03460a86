package main

const z = 0

func main() {
	_ = 5 % z // ERROR "invalid operation: division by zero"
}
