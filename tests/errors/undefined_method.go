package main

type T struct{}

func (T) M() {}

func main() {
	var t T
	t.N() // ERROR "t.N undefined \(type (main\.)?T has no field or method N\)"
}
