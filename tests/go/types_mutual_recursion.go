package main

import "fmt"

// A holds a pointer to B while B holds an A by value: a valid pair of
// mutually recursive types whose layouts depend on each other.
type A struct {
	b *B
	n int
}

type B struct {
	a A
	m int
}

type List struct {
	head *Node
	size int
}

type Node struct {
	val  [2]int
	next *Node
	in   *List
	kids []Node
	byID map[int]Node
	ch   chan Node
	fn   func(Node) Node
}

func main() {
	var b B
	b.a.n = 5
	b.m = 7
	b.a.b = &b
	fmt.Println(b.a.n, b.m, b.a.b.m, b.a.b.a.n)
	x := B{A{nil, 1}, 2}
	y := x
	y.a.n = 9
	fmt.Println(x, y.a.n)
	l := &List{}
	n := &Node{val: [2]int{1, 2}, in: l}
	l.head = n
	l.size = 1
	n.kids = append(n.kids, Node{val: [2]int{3, 4}})
	n.byID = map[int]Node{1: {val: [2]int{5, 6}}}
	fmt.Println(l.head.val, l.head.in.size, n.kids[0].val, n.byID[1].val)
}
