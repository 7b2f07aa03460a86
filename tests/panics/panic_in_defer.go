// A deferred call panics while the first panic runs it: both are printed, the new one indented.
package main

func main() {
	defer func() { panic("second") }()
	panic("first")
}
