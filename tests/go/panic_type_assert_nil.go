package main

import "fmt"

func main() {
	var i interface{}
	n := i.(int)
	fmt.Println(n)
}
