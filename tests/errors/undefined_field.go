package main

type T struct{ a int }

func main() {
	var t T
	_ = t.b // ERROR "t.b undefined \(type (main\.)?T has no field or method b\)"
}
