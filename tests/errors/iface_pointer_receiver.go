package main

type Shape interface{ Area() float64 }

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{} // ERROR "(main\.)?Sq does not implement (main\.)?Shape \((method Area|Area method) has pointer receiver\)"
}
