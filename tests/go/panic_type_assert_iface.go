package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var i interface{} = Sq{}
	s := i.(Shape)
	fmt.Println(s)
}
