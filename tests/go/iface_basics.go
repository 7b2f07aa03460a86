package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) Name() string        { return "rect" }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string     { return "circle" }

func describe(s Shape) string {
	return fmt.Sprintf("%.2f %.2f", s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var ns NamedShape = Rect{2, 5}
	fmt.Println(ns.Name(), ns.Area())
	var sh Shape = ns
	fmt.Println(sh.Perimeter())
	n, ok := sh.(Named)
	fmt.Println(n.Name(), ok)
	r, ok := sh.(Rect)
	fmt.Println(r, ok)
	c, ok := sh.(*Circle)
	fmt.Println(c, ok)
	var empty interface{}
	fmt.Println(empty == nil, empty)
	empty = 42
	i, ok := empty.(int)
	s, ok2 := empty.(string)
	fmt.Printf("%d %v %q %v\n", i, ok, s, ok2)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != "1", a == 1.0)
	var x interface{} = int64(1)
	fmt.Println(x == 1, x == int64(1))
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(s1 == s2)
	c1, c2 := &Circle{1}, &Circle{1}
	var s3, s4 Shape = c1, c2
	fmt.Println(s3 == s4, s3 == Shape(c1))
	var nilShape Shape
	fmt.Println(nilShape == nil)
	var cp *Circle
	nilShape = cp
	fmt.Println(nilShape == nil, nilShape != nil)
	fmt.Printf("%T %T %T\n", shapes[0], shapes[1], empty)
	var any1 any = []int{1}
	fmt.Println(any1)
}
