// A deferred call calls a function that recovers and re-panics its own panic.
package main

func g() {
	defer func() { r := recover(); panic(r.(string) + "!") }()
	panic("inner")
}

func main() {
	defer func() { r := recover(); g(); _ = r }()
	panic("outer")
}
