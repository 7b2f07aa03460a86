package main

func main() {
	doesNotExist() // ERROR "undefined: doesNotExist"
}
