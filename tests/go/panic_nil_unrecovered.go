package main

// panic(nil) panics with a *runtime.PanicNilError (Go 1.21+).

func main() {
	panic(nil)
}
