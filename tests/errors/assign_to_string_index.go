package main

func main() {
	s := "abc"
	s[0] = 65 // ERROR "cannot assign to s\[0\] \(value of type byte\)|cannot assign to s\[0\]"
}
