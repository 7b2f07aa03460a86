package main

import "fmt"

func main() {
	s := "hello"
	j := 10
	fmt.Println(s[:j])
}
