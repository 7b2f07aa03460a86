package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct {
	id, sum int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i
		}
		results <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- job{i, i * 10}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var rs []result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].id < rs[b].id })
	for _, r := range rs {
		fmt.Print(r.sum, " ")
	}
	fmt.Println(len(rs))
	// pipeline with fan-in
	gen := func(xs ...int) <-chan int {
		out := make(chan int)
		go func() {
			for _, x := range xs {
				out <- x
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for x := range in {
				out <- x * x
			}
			close(out)
		}()
		return out
	}
	merge := func(cs ...<-chan int) <-chan int {
		var wg sync.WaitGroup
		out := make(chan int)
		for _, c := range cs {
			wg.Add(1)
			go func(c <-chan int) {
				for v := range c {
					out <- v
				}
				wg.Done()
			}(c)
		}
		go func() { wg.Wait(); close(out) }()
		return out
	}
	in := gen(1, 2, 3, 4, 5, 6)
	var got []int
	for v := range merge(sq(in), sq(in), sq(in)) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	// many goroutines
	const N = 10000
	ch := make(chan int, N)
	for i := 0; i < N; i++ {
		go func(i int) { ch <- i }(i)
	}
	total := 0
	for i := 0; i < N; i++ {
		total += <-ch
	}
	fmt.Println(total)
}
