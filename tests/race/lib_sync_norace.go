// race: none
// The sync package's other types used as intended from many goroutines:
// sync.Map, Once, Cond (with its lock), Pool, and the atomic types.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready int
}

func main() {
	var m sync.Map
	var once sync.Once
	var table map[int]int
	var hits atomic.Int64
	var last atomic.Int32
	var seen atomic.Bool
	var cfg atomic.Value
	cfg.Store("v1")
	pool := sync.Pool{New: func() any { return new([64]byte) }}
	s := &stats{}
	s.cond = sync.NewCond(&s.mu)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { table = map[int]int{0: 0} })
			_ = table[0]
			m.Store(i, i*i)
			v, _ := m.LoadOrStore(i%3, -1)
			_ = v
			m.Range(func(k, v any) bool { return true })
			m.Delete(i % 2)
			buf := pool.Get().(*[64]byte)
			buf[0] = byte(i)
			pool.Put(buf)
			hits.Add(1)
			last.Store(int32(i))
			seen.Store(true)
			_ = cfg.Load().(string)
			s.mu.Lock()
			s.ready++
			s.cond.Broadcast()
			s.mu.Unlock()
		}(i)
	}
	s.mu.Lock()
	for s.ready < 6 {
		s.cond.Wait()
	}
	s.mu.Unlock()
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(hits.Load(), seen.Load(), s.ready, n > 0)
}
