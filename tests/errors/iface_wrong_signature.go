package main

type Shape interface{ Area() float64 }

type Sq struct{}

func (s Sq) Area() int { return 1 }

func main() {
	var s Shape = Sq{} // ERROR "(main\.)?Sq does not implement (main\.)?Shape \(wrong type for (method Area|Area method)\)"
}
