package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

type Stats struct {
	sync.Mutex
	n int
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
	sc := SafeCounter{m: map[string]int{}}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sc.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(sc.m)
	var st Stats
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			st.Lock()
			st.n += 2
			st.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(st.n)
	var total int64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			atomic.AddInt64(&total, 3)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	results := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	wg.Wait()
	close(results)
	var all []int
	for r := range results {
		all = append(all, r)
	}
	sort.Ints(all)
	fmt.Println(all)
	var rw sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			shared[i] = i
			rw.Unlock()
			rw.RLock()
			_ = shared[0]
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(shared))
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	var ai atomic.Int64
	ai.Add(5)
	ai.Store(ai.Load() * 2)
	fmt.Println(ai.Load())
}
