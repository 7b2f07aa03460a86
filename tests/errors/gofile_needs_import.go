package main

// In a Go file the standard packages are in scope only when imported.

func main() {
	fmt.Println("hi") // ERROR "undefined: fmt"
}
