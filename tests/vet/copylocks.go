// copylocks: values that contain a lock, copied. Each `// want` line was
// checked with go vet (Go 1.19): same message, same LINE:COL (copylocks.out
// is go vet's output, with go vet's package name command-line-arguments
// spelled main, as csp and Go's %T spell it).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

type Group struct {
	wg    sync.WaitGroup
	count atomic.Int64
}

type Locked struct {
	sync.Mutex
	items []string
}

func byValue(m sync.Mutex) {} // want "byValue passes lock by value: sync.Mutex"

func (c Counter) Get() int { return c.n } // want "Get passes lock by value: main.Counter contains sync.Mutex"

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func snapshot(c *Counter) Counter {
	return *c // want "return copies lock value: main.Counter contains sync.Mutex"
}

func fresh() Counter { return Counter{} }

func same(c *Counter) *Counter { return c }

func main() {
	var c Counter
	c.Inc()
	d := c // want "assignment copies lock value to d: main.Counter contains sync.Mutex"
	d.Inc()
	var e = c // want "variable declaration copies lock value to e: main.Counter contains sync.Mutex"
	e.Inc()
	var mu sync.Mutex
	byValue(mu) // want "call of byValue copies lock value: sync.Mutex"
	counters := []Counter{{}, {}}
	for _, x := range counters { // want "range var x copies lock: main.Counter contains sync.Mutex"
		fmt.Println(x.n)
	}
	for i := range counters { // indexing copies nothing
		counters[i].Inc()
	}
	var g Group
	h := g // want "assignment copies lock value to h: main.Group contains sync.WaitGroup contains sync.noCopy"
	_ = h  // want "assignment copies lock value to _: main.Group contains sync.WaitGroup contains sync.noCopy"
	var n atomic.Int64
	m := n // want "assignment copies lock value to m: sync/atomic.Int64 contains sync/atomic.noCopy"
	fmt.Println(m.Load())
	var once sync.Once
	o := once // want "assignment copies lock value to o: sync.Once contains sync.Mutex"
	o.Do(func() {})
	var l Locked
	l2 := l // want "assignment copies lock value to l2: main.Locked"
	fmt.Println(len(l2.items))
	pair := [2]Counter{c, d} // want "literal copies lock value from c: main.Counter contains sync.Mutex" "literal copies lock value from d: main.Counter contains sync.Mutex"
	fmt.Println(len(pair))
	f := func(c Counter) {} // want "func passes lock by value: main.Counter contains sync.Mutex"
	f(fresh())               // a call's result is a fresh value: no finding
	p := &c                  // a pointer shares the lock
	p.Inc()
	q := *p // want "assignment copies lock value to q: main.Counter contains sync.Mutex"
	r := *same(p) // go vet lets *f() pass
	fmt.Println(q.Get(), r.n, snapshot(p).n, fresh().n)
}
