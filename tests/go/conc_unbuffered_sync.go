package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	var log []string
	go func() {
		for v := range ch {
			log = append(log, fmt.Sprint("recv ", v))
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	fmt.Println(log)
	// handoff ordering: a send completes only when received
	step := make(chan string)
	go func() {
		step <- "one"
		step <- "two"
		close(step)
	}()
	for s := range step {
		fmt.Println(s)
	}
	// channel of channels: request/response
	type req struct {
		n    int
		resp chan int
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.resp <- r.n * r.n
		}
	}()
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		fmt.Print(<-rc, " ")
	}
	fmt.Println()
	close(reqs)
	// semaphore limiting concurrency
	sem := make(chan struct{}, 2)
	results := make([]int, 6)
	fin := make(chan struct{})
	for i := 0; i < 6; i++ {
		go func(i int) {
			sem <- struct{}{}
			results[i] = i * 2
			<-sem
			fin <- struct{}{}
		}(i)
	}
	for i := 0; i < 6; i++ {
		<-fin
	}
	fmt.Println(results)
}
