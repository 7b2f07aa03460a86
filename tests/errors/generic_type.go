package main

type List[T any] struct { // ERROR "generic types are not supported by csp"
	items []T
}

func main() {}
