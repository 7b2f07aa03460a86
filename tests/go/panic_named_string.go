package main

// An unrecovered panic with a value of a named string type prints it
// quoted, as Go's printpanicval does. Expected output from Go 1.22.

type E string

func main() {
	panic(E("named"))
}
