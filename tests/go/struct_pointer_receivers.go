package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) IncCopy()  { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type List struct {
	items []int
}

func (l *List) Push(v int) { l.items = append(l.items, v) }
func (l List) Len() int    { return len(l.items) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get(), c.n)
	p.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[1].Add(5)
	fmt.Println(arr)
	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l.Len(), l.items)
	pc := new(Counter)
	pc.Inc()
	fmt.Println(*pc, pc.n)
	type Wrap struct{ C Counter }
	w := Wrap{}
	w.C.Inc()
	wp := &w
	wp.C.Inc()
	fmt.Println(w.C.n)
	pp := &Counter{n: 40}
	pp.Add(2)
	fmt.Println(pp.Get())
}
