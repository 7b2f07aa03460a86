package main

// container/heap (an IntHeap and a priority queue with Fix and Remove),
// container/list, and math/bits. Expected output from Go 1.22.

import (
	"container/heap"
	"container/list"
	"fmt"
	"math/bits"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}
type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println((*h)[0], *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := PQ{}
	for _, k := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: k, priority: items[k]})
	}
	it := &Item{value: "orange", priority: 1}
	heap.Push(&pq, it)
	it.priority = 5
	heap.Fix(&pq, it.index)
	heap.Remove(&pq, pq[len(pq)-1].index)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	l.Remove(l.Front().Next())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Front().Value, l.Back().Value)
	var zl list.List
	zl.PushBack("zero")
	other := list.New()
	other.PushBack("x")
	fmt.Println(zl.Len(), zl.Remove(other.Front()), other.Len())
	zl.PushBackList(other)
	zl.PushFrontList(other)
	for e := zl.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Len(1023), bits.UintSize)
	fmt.Println(bits.RotateLeft8(0b10010011, 2), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.ReverseBytes32(0x11223344))
	hi, lo := bits.Mul64(1<<63, 4)
	q, r := bits.Div64(1, 5, 7)
	s, c := bits.Add64(^uint64(0), 1, 0)
	d, b := bits.Sub32(0, 1, 0)
	fmt.Println(hi, lo, q, r, s, c, d, b, bits.Rem64(3, 4, 5))
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	bits.Div32(5, 0, 2)
}
