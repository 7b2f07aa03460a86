package main

import "fmt"

type T struct{ x int }

func (t *T) Get() int { return t.x }

func main() {
	var p *T
	fmt.Println(p.Get())
}
