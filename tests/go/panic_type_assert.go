package main

import "fmt"

func main() {
	var i interface{} = "str"
	n := i.(int)
	fmt.Println(n)
}
