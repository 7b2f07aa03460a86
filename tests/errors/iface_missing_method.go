package main

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var s Shape = Sq{} // ERROR "(main\.)?Sq does not implement (main\.)?Shape \((missing method Area|missing Area method)\)"
}
