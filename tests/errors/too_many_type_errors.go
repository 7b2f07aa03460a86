package main

func main() {
	var a int = "x" // ERROR "cannot use"
	var b string = 1 // ERROR "cannot use"
	c := undefinedThing // ERROR "undefined: undefinedThing"

}
