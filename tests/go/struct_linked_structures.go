package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct{ head, tail *Node; n int }

func (q *Queue) Put(v int) {
	nd := &Node{Val: v}
	if q.tail == nil {
		q.head, q.tail = nd, nd
	} else {
		q.tail.Next = nd
		q.tail = nd
	}
	q.n++
}

func (q *Queue) Get() int {
	v := q.head.Val
	q.head = q.head.Next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func (n *Node) String() string {
	s := "["
	for p := n; p != nil; p = p.Next {
		if p != n {
			s += " "
		}
		s += fmt.Sprint(p.Val)
	}
	return s + "]"
}

func main() {
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	fmt.Println(head)
	head = reverse(head)
	fmt.Println(head)
	var st Stack
	for i := 0; i < 4; i++ {
		st.Push(i * i)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := &Queue{}
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	fmt.Println(q.Get(), q.Get(), q.n)
	q.Put(9)
	fmt.Println(q.Get(), q.Get(), q.n, q.head == nil)
	type Graph map[string][]string
	g := Graph{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": nil}
	seen := map[string]bool{}
	var order []string
	var dfs func(string)
	dfs = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n)
		for _, m := range g[n] {
			dfs(m)
		}
	}
	dfs("a")
	fmt.Println(order)
	pp := &head
	(*pp).Val = 100
	fmt.Println(head.Val)
	ppp := &pp
	(**ppp).Next.Val = 200
	fmt.Println(head)
}
