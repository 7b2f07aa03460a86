package main

import "strings"

func main() {
	strings.NoSuch() // ERROR "undefined: strings.NoSuch"
}
