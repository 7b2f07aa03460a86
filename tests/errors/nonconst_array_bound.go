package main

func main() {
	n := 5
	var a [n]int // ERROR "invalid array length n|array length n .*must be constant"
}
