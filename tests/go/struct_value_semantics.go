package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     [2]string
}

func modify(p Point) Point {
	p.X = 100
	return p
}

func modifyPtr(p *Point) { p.Y = 200 }

func makeRect() Rect { return Rect{Point{1, 2}, Point{3, 4}, [2]string{"a", "b"}} }

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	r := makeRect()
	r2 := r
	r2.Min.X = 99
	r2.Tags[0] = "z"
	fmt.Println(r, r2)
	arr := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	arr2 := arr
	arr2[0].X = 50
	fmt.Println(arr, arr2)
	for _, p := range arr {
		p.X = 1000
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].Y *= 10
	}
	fmt.Println(arr)
	sl := []Point{{1, 2}}
	e := sl[0]
	e.X = 7
	fmt.Println(sl, e)
	sl[0].X = 8
	fmt.Println(sl)
	m := map[string]Point{"a": {1, 2}}
	mp := m["a"]
	mp.X = 9
	fmt.Println(m, mp)
	pp := &arr[1]
	pp.X = 77
	fmt.Println(arr[1])
	var z Rect
	fmt.Println(z)
	fmt.Printf("%+v\n", r)
	ch := make(chan Point, 1)
	ch <- a
	a.X = -1
	fmt.Println(<-ch, a)
	var ifc interface{} = a
	a.Y = -2
	fmt.Println(ifc, a)
}
