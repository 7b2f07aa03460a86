package main

type T struct{ n int }

func main() {
	m := map[string]T{}
	m["a"].n = 1 // ERROR "cannot assign to struct field m\[\"a\"\].n in map"
}
